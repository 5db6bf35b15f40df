import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HelperStatus, Training } from '../../kit/helper-profile';

/** A neighbour's aanbod. */
@Entity('help_offer')
export class HelpOffer {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'helper_id' })
  helperId!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'boolean' })
  available!: boolean;

  /** Rounded to about 500 m. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', name: 'max_distance_km' })
  maxDistanceKm!: number;

  @Column({ type: 'text', array: true })
  availability!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  limits!: string[];

  /** A VOG on record, where the cooperative checks one (kit/helper-profile.ts: it counts for three years). */
  @Column({ type: 'boolean', name: 'has_vog' })
  hasVog!: boolean;

  @Column({ type: 'date', name: 'vog_issued_on', nullable: true })
  vogIssuedOn!: string | null;

  @Column({ type: 'boolean' })
  insured!: boolean;

  @Column({ type: 'jsonb' })
  trainings!: Training[];

  @Column({ type: 'text', array: true })
  competences!: string[];

  @Column({ type: 'text' })
  status!: HelperStatus;

  @Column({ type: 'date', name: 'paused_until', nullable: true })
  pausedUntil!: string | null;

  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'timestamptz', name: 'status_changed_at', nullable: true })
  statusChangedAt!: Date | null;

  /** The endHelpOffer call asking welzijn for open matches right now (offer-ending.ts), and since when. */
  @Column({ type: 'text', name: 'ending_claim', nullable: true })
  endingClaim!: string | null;

  @Column({ type: 'timestamptz', name: 'ending_since', nullable: true })
  endingSince!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
