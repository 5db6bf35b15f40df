import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ConsentPurpose = 'MATCHING' | 'REFERRAL' | 'COORDINATION';
export type ConsentMethod = 'WRITTEN' | 'VERBAL' | 'DIGITAL';
export type ConsentRecorder = 'HOLDER' | 'RESIDENT';

/** A resident's consent: the holder's records about them open to the recipient, for one purpose, until a date. */
@Entity('consent')
export class Consent {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** The resident (a pseudonymous key; not checked against the person table, so keys cannot be tried out). */
  @Column({ type: 'text', name: 'person_id' })
  personId!: string;

  /** The organisation whose records it opens. */
  @Column({ type: 'text', name: 'holder_organisation_id' })
  holderOrganisationId!: string;

  /** The organisation that may read them. */
  @Column({ type: 'text', name: 'recipient_organisation_id' })
  recipientOrganisationId!: string;

  @Column({ type: 'text' })
  purpose!: ConsentPurpose;

  /** Evidence: how it was given. */
  @Column({ type: 'text' })
  method!: ConsentMethod;

  /** Evidence: where the proof is. */
  @Column({ type: 'text' })
  reference!: string;

  /** When the resident gave it. */
  @Column({ type: 'timestamptz', name: 'granted_at' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz', name: 'valid_until' })
  validUntil!: Date;

  /** Who recorded it (token subject). */
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy!: string;

  @Column({ type: 'text', name: 'recorded_by_organisation_id' })
  recordedByOrganisationId!: string;

  @Column({ type: 'text', name: 'recorded_as' })
  recordedAs!: ConsentRecorder;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** Who revoked it (token subject); null while it is not. */
  @Column({ type: 'text', name: 'revoked_by', nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'text', name: 'revoked_by_organisation_id', nullable: true })
  revokedByOrganisationId!: string | null;

  /** Whose retry keys clientMutationId is unique among: the recording organisation, or the resident. */
  @Column({ type: 'text', name: 'retry_scope', nullable: true })
  retryScope!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** Fingerprint of the input it was recorded with (kit/idempotent-create.ts). */
  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
