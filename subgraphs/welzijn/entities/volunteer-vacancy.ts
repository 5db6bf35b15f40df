import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}
