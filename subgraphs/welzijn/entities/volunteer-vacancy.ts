import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CapacityRecord } from '../../kit/capacity';
import type { ContactRecord } from '../../kit/contact-details';

/** A vrijwilligersvacature, public once published. */
@Entity('volunteer_vacancy')
export class VolunteerVacancy {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'integer', name: 'hours_per_week', nullable: true })
  hoursPerWeek!: number | null;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  /** Takes new volunteers now, and how long until one can start. */
  @Column({ type: 'jsonb' })
  capacity!: CapacityRecord;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** When the organisation closed it (off the kaart for good); null while it is open. */
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
