import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('venue')
export class Venue {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'NEIGHBOURHOOD_ROOM' | 'VILLAGE_HALL' | 'COMMUNITY_CENTRE' | 'INFO_POINT';

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'boolean', name: 'self_managed' })
  selfManaged!: boolean;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;
}
