import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner's webhook endpoint (migration 1763900000600); its deliveries are plain SQL (webhooks/). */
@Entity('webhook')
export class Webhook {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', array: true, name: 'event_types' })
  eventTypes!: string[];

  @Column({ type: 'text' })
  purpose!: string;

  /** The signing secret, `whsec_` + base64 (Standard Webhooks); shown to the partner once. */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'text' })
  status!: 'ACTIVE' | 'PAUSED';

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'text', name: 'created_by' })
  createdBy!: string;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
