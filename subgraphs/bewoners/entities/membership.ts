import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident's membership of a cooperative. */
@Entity('membership')
export class Membership {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  role!: 'MEMBER' | 'VOLUNTEER' | 'BOARD' | 'COORDINATOR';

  @Column({ type: 'date' })
  since!: string;
}
