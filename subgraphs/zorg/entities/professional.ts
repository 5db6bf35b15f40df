import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A beroepskracht. */
@Entity('professional')
export class Professional {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;
}
