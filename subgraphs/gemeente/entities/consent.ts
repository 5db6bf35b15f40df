import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident's consent for one organisation and purpose. */
@Entity('consent')
export class Consent {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'person_id' })
  personId!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  purpose!: 'MATCHING' | 'REFERRAL' | 'COORDINATION';

  @Column({ type: 'timestamptz', name: 'granted_at' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz', name: 'valid_until' })
  validUntil!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** Who recorded it (token subject). */
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy!: string;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;
}
