import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';
import type { Intensity } from '../../kit/matching/scoring';

/** A hulpvraag. */
@Entity('help_request')
export class HelpRequest {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  intensity!: Intensity;

  @Column({ type: 'text' })
  status!: HelpRequestStatus;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', name: 'underlying_need', nullable: true })
  underlyingNeed!: string | null;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  /** Rounded to about 500 m (see kit/matching/location.ts). */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', array: true, name: 'wished_times' })
  wishedTimes!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** HelpTask codes: what the help involves beyond its category (kit/matching/limits.ts). */
  @Column({ type: 'text', array: true })
  tasks!: string[];

  @Column({ type: 'boolean', name: 'not_direct_neighbour' })
  notDirectNeighbour!: boolean;

  @Column({ type: 'text', name: 'requester_id' })
  requesterId!: string;

  /** The organisation holding it: the one that took it in, or the one it was last transferred to. */
  @Column({ type: 'text', name: 'intake_organisation_id' })
  intakeOrganisationId!: string;

  /** Organisations that held it before a transfer; each keeps its own part (policies.ts). */
  @Column({ type: 'text', array: true, name: 'former_holder_organisation_ids', default: () => "'{}'" })
  formerHolderOrganisationIds!: string[];

  /** Organisations of the volunteers of its open matches (proposed, introduced, active), read with the row. */
  @VirtualColumn({
    // joined by commas (organisation ids have none), read back as a list
    type: 'simple-array',
    query: (alias) => `SELECT coalesce(string_agg(DISTINCT m.volunteer_organisation_id, ','), '') FROM match m
      WHERE m.help_request_id = ${alias}.id AND m.volunteer_organisation_id IS NOT NULL AND m.status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE')`,
  })
  helperOrganisationIds!: string[];

  /** A point of attention for the helper (a disability, something to know before the match): health data. */
  @Column({ type: 'text', name: 'attention_note', nullable: true })
  attentionNote!: string | null;

  @Column({ type: 'text', name: 'referred_by_organisation_id', nullable: true })
  referredByOrganisationId!: string | null;

  @Column({ type: 'integer', name: 'helpers_needed' })
  helpersNeeded!: number;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'date', name: 'respond_by', nullable: true })
  respondBy!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** The organisation whose clientMutationId it is (the caller's); keys are unique per organisation. */
  @Column({ type: 'text', name: 'recorded_by_organisation_id', nullable: true })
  recordedByOrganisationId!: string | null;

  /** Fingerprint of the input it was created with (kit/idempotent-create.ts). */
  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}

export type HelpRequestStatus = 'NEW' | 'ASSESSED' | 'OPEN' | 'MATCHED' | 'IN_PROGRESS' | 'COMPLETED' | 'ON_HOLD' | 'CANCELLED' | 'REFERRED';
