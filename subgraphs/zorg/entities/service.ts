import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}
