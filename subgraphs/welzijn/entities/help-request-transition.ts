import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One state change of a hulpvraag: who, when, why. */
@Entity('help_request_transition')
export class HelpRequestTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'text', name: 'to_status' })
  toStatus!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', name: 'by_subject' })
  bySubject!: string;

  @Column({ type: 'text', name: 'by_organisation_id' })
  byOrganisationId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
