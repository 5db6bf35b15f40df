import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CapacityRecord } from '../../kit/capacity';
import type { ContactRecord } from '../../kit/contact-details';

/** A care or support offer on the sociale kaart. */
@Entity('service')
export class Service {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ type: 'text', array: true, name: 'target_groups' })
  targetGroups!: string[];

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'boolean' })
  free!: boolean;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  @Column({ type: 'jsonb' })
  capacity!: CapacityRecord;

  /** The id it had in the HSDS document it was imported from (importHsdsServices); null when written here. */
  @Column({ type: 'text', name: 'hsds_id', nullable: true })
  hsdsId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** When the organisation took it off the kaart for good; null while it is offered. */
  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
