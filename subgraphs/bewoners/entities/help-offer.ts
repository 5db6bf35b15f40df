import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A neighbour's aanbod. */
@Entity('help_offer')
export class HelpOffer {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'helper_id' })
  helperId!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'boolean' })
  available!: boolean;

  /** Rounded to about 500 m. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', name: 'max_distance_km' })
  maxDistanceKm!: number;

  @Column({ type: 'text', array: true })
  availability!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  limits!: string[];
}
