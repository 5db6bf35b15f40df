import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('area')
export class Area {
  /** CBS code (GMxxxx, WKxxxxxx, BUxxxxxxxx); the entity key. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: 'MUNICIPALITY' | 'DISTRICT' | 'NEIGHBOURHOOD';

  @Column({ type: 'text', name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'integer' })
  population!: number;

  @Column({ type: 'integer', name: 'population_65_plus' })
  population65Plus!: number;

  @Column({ type: 'integer', name: 'population_75_plus' })
  population75Plus!: number;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;
}
