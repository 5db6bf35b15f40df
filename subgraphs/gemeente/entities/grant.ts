import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('grant')
export class Grant {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer', name: 'amount_euros' })
  amountEuros!: number;
}
