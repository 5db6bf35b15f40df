import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Two keys of one resident made one, with the reason; partners follow these to move their records. */
@Entity('person_merge')
export class PersonMerge {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** Order of the merges, for the list partners follow. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ type: 'text', name: 'merged_id' })
  mergedId!: string;

  @Column({ type: 'text', name: 'survivor_id' })
  survivorId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz', name: 'merged_at' })
  mergedAt!: Date;

  @Column({ type: 'text', name: 'merged_by' })
  mergedBy!: string;

  @Column({ type: 'text', name: 'merged_by_organisation_id' })
  mergedByOrganisationId!: string;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
