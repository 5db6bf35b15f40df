import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CascadeStatus = 'ASKING' | 'MATCHED' | 'EXHAUSTED' | 'CANCELLED';
export type CascadeAnswer = 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'SKIPPED';

/** A hulpvraag put to its candidates one after another, until one accepts or the list runs out. */
@Entity('cascade')
export class Cascade {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  /** The hulpvraag's holder (its intake organisation), whose matcher or rule started it. */
  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  /** The matcher's token subject, or `cascade-rule:<rule id>` for one a rule started. */
  @Column({ type: 'text', name: 'started_by' })
  startedBy!: string;

  /** The rule that started it (cascade-rules.ts); null when a matcher did. */
  @Column({ type: 'text', name: 'rule_id', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'text' })
  status!: CascadeStatus;

  @Column({ type: 'integer', name: 'answer_within_hours' })
  answerWithinHours!: number;

  @Column({ type: 'text', name: 'match_id', nullable: true })
  matchId!: string | null;

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}

/** One candidate of a cascade: not asked yet, asked (with a deadline), or answered. */
@Entity('cascade_step')
export class CascadeStep {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'cascade_id' })
  cascadeId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  pool!: 'VOLUNTEER' | 'NEIGHBOUR';

  @Column({ type: 'text', name: 'helper_id' })
  helperId!: string;

  @Column({ type: 'timestamptz', name: 'asked_at', nullable: true })
  askedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ type: 'text', nullable: true })
  answer!: CascadeAnswer | null;

  @Column({ type: 'timestamptz', name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  /** The partner system that answered (for ACCEPTED and DECLINED). */
  @Column({ type: 'text', name: 'answered_by_organisation_id', nullable: true })
  answeredByOrganisationId!: string | null;

  /** The answer's retry key: the same answer again gets the same result. */
  @Column({ type: 'text', name: 'answer_client_mutation_id', nullable: true })
  answerClientMutationId!: string | null;
}
