import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A koppeling between a hulpvraag and a volunteer. */
@Entity('match')
export class Match {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  @Column({ type: 'text', name: 'volunteer_id' })
  volunteerId!: string;

  @Column({ type: 'text', name: 'request_organisation_id' })
  requestOrganisationId!: string;

  @Column({ type: 'text', name: 'volunteer_organisation_id' })
  volunteerOrganisationId!: string;

  @Column({ type: 'text' })
  status!: 'PROPOSED' | 'INTRODUCED' | 'ACTIVE' | 'ENDED' | 'DECLINED';

  @Column({ type: 'text', name: 'made_by' })
  madeBy!: 'SELF' | 'MATCHER';

  @Column({ type: 'timestamptz', name: 'proposed_at' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt!: Date | null;
}
