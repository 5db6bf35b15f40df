import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A doorverwijzing or signaal. */
@Entity('referral')
export class Referral {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  kind!: 'REFERRAL' | 'SIGNAL';

  @Column({ type: 'text' })
  direction!: 'TO_PROFESSIONAL' | 'TO_INFORMAL_HELP';

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  urgency!: 'LOW' | 'NORMAL' | 'HIGH';

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', name: 'help_request_id', nullable: true })
  helpRequestId!: string | null;

  /** Null only for a signal raised before anyone had the resident's key (signals.ts). */
  @Column({ type: 'text', name: 'person_id', nullable: true })
  personId!: string | null;

  @Column({ type: 'text', name: 'professional_id', nullable: true })
  professionalId!: string | null;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'area_code', nullable: true })
  areaCode!: string | null;

  @Column({ type: 'text', name: 'referrer_organisation_id' })
  referrerOrganisationId!: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** Fingerprint of the input it was created with (kit/idempotent-create.ts). */
  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'status_changed_at' })
  statusChangedAt!: Date;

  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  /** The service referred to, when the referral names one (its capacity is shown with the referral). */
  /** A bewoners activity referred to (TO_INFORMAL_HELP, afschalen); checked with bewoners when recorded. */
  @Column({ type: 'text', name: 'activity_id', nullable: true })
  activityId!: string | null;

  @Column({ type: 'text', name: 'service_id', nullable: true })
  serviceId!: string | null;
}
