import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('organisation')
export class Organisation {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'MUNICIPALITY' | 'WELFARE' | 'CARE' | 'COOPERATIVE';

  @Column({ type: 'text', name: 'kvk_number', nullable: true })
  kvkNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'boolean', name: 'covenant_signed' })
  covenantSigned!: boolean;

  /** CBS codes of the areas the organisation works in. */
  @Column({ type: 'text', array: true, name: 'area_codes' })
  areaCodes!: string[];
}
