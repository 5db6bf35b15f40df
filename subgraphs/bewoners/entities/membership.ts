import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident's membership of a cooperative. */
@Entity('membership')
export class Membership {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  role!: 'MEMBER' | 'VOLUNTEER' | 'BOARD' | 'COORDINATOR';

  @Column({ type: 'date' })
  since!: string;

  /** The last day of the membership; null while it lasts. */
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
