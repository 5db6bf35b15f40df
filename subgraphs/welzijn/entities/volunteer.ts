import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HelperStatus, Training } from '../../kit/helper-profile';

/** A vrijwilliger, with what the scoring function needs (kit/matching/scoring.ts). */
@Entity('volunteer')
export class Volunteer {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'home_area_code' })
  homeAreaCode!: string;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'boolean' })
  available!: boolean;

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Rounded to about 500 m. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'double precision', name: 'max_distance_km' })
  maxDistanceKm!: number;

  @Column({ type: 'text', array: true })
  availability!: string[];

  @Column({ type: 'integer', name: 'load_cap' })
  loadCap!: number;

  @Column({ type: 'text', array: true })
  limits!: string[];

  @Column({ type: 'boolean', name: 'has_vog' })
  hasVog!: boolean;

  @Column({ type: 'boolean' })
  insured!: boolean;

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt!: Date;

  /** Date of issue of the VOG on record (kit/helper-profile.ts: it counts for three years). */
  @Column({ type: 'date', name: 'vog_issued_on', nullable: true })
  vogIssuedOn!: string | null;

  @Column({ type: 'jsonb' })
  trainings!: Training[];

  @Column({ type: 'text', array: true })
  competences!: string[];

  @Column({ type: 'text' })
  status!: HelperStatus;

  @Column({ type: 'date', name: 'paused_until', nullable: true })
  pausedUntil!: string | null;

  /** Why the volunteer paused or stopped, as their organisation wrote it. */
  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'timestamptz', name: 'status_changed_at', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
  /** The volunteer's pseudonymous Person key, when the volunteer is a resident the hub knows (for reciprocity). */
  @Column({ type: 'text', name: 'person_id', nullable: true })
  personId!: string | null;
}
