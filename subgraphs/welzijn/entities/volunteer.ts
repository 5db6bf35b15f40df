import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A vrijwilliger. */
@Entity('volunteer')
export class Volunteer {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'home_area_code' })
  homeAreaCode!: string;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'boolean' })
  available!: boolean;

  @Column({ type: 'text', array: true })
  languages!: string[];
}
