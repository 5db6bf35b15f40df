import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CapacityRecord } from '../../kit/capacity';
import type { ContactRecord } from '../../kit/contact-details';

/** Kinds of ongoing service a cooperative runs. */
export type CooperativeServiceKind = 'ODD_JOBS' | 'SHOPPING' | 'TRANSPORT' | 'MEALS' | 'VISITING' | 'GARDENING' | 'DIGITAL_HELP' | 'OTHER';

/** An ongoing service a cooperative runs (klussendienst, boodschappendienst), on the sociale kaart. */
@Entity('cooperative_service')
export class CooperativeService {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  kind!: CooperativeServiceKind;

  /** The kinds of help it gives (HelpCategory), so a matcher can point a resident to it. */
  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ type: 'text', array: true, name: 'target_groups' })
  targetGroups!: string[];

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'text', name: 'venue_id', nullable: true })
  venueId!: string | null;

  @Column({ type: 'boolean' })
  free!: boolean;

  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  @Column({ type: 'jsonb' })
  capacity!: CapacityRecord;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
