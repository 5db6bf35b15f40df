import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MatchStatus = 'PROPOSED' | 'INTRODUCED' | 'ACTIVE' | 'ENDED' | 'DECLINED';
export const OPEN_MATCH_STATES: readonly MatchStatus[] = ['PROPOSED', 'INTRODUCED', 'ACTIVE'];

/** A koppeling between a hulpvraag and a helper: a volunteer or a neighbour's help offer. */
@Entity('match')
export class Match {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  @Column({ type: 'text' })
  pool!: 'VOLUNTEER' | 'NEIGHBOUR';

  @Column({ type: 'text', name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  @Column({ type: 'text', name: 'help_offer_id', nullable: true })
  helpOfferId!: string | null;

  @Column({ type: 'text', name: 'request_organisation_id' })
  requestOrganisationId!: string;

  @Column({ type: 'text', name: 'volunteer_organisation_id', nullable: true })
  volunteerOrganisationId!: string | null;

  @Column({ type: 'text' })
  status!: MatchStatus;

  @Column({ type: 'text', name: 'made_by' })
  madeBy!: 'SELF' | 'MATCHER';

  @Column({ type: 'timestamptz', name: 'proposed_at' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'text', name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'text', name: 'declined_by', nullable: true })
  declinedBy!: 'RESIDENT' | 'HELPER' | 'MATCHER' | null;

  @Column({ type: 'timestamptz', name: 'follow_up_due', nullable: true })
  followUpDue!: Date | null;

  @Column({ type: 'text', name: 'follow_up_outcome', nullable: true })
  followUpOutcome!: string | null;

  @Column({ type: 'integer', nullable: true })
  satisfaction!: number | null;

  @Column({ type: 'text', name: 'follow_up_note', nullable: true })
  followUpNote!: string | null;

  /** Hours the helper gave, recorded with the follow-up (for the hoursGiven indicator). */
  @Column({ type: 'numeric', precision: 6, scale: 1, name: 'hours_given', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  hoursGiven!: number | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** The organisation whose clientMutationId it is: the proposing matcher's, or the responding helper's partner system. */
  @Column({ type: 'text', name: 'recorded_by_organisation_id', nullable: true })
  recordedByOrganisationId!: string | null;

  /** Fingerprint of the input it was created with (kit/idempotent-create.ts). */
  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
