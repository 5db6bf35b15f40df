import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hand-over of a hulpvraag from its holder to another informal organisation (transfer.ts). */
@Entity('help_request_transfer')
export class HelpRequestTransfer {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  /** The hulpvraag's resident, so the record is in their inzage, export and erasure. */
  @Column({ type: 'text', name: 'requester_id' })
  requesterId!: string;

  @Column({ type: 'text', name: 'from_organisation_id' })
  fromOrganisationId!: string;

  @Column({ type: 'text', name: 'to_organisation_id' })
  toOrganisationId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', name: 'by_subject' })
  bySubject!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** The organisation whose clientMutationId it is (the sender's). */
  @Column({ type: 'text', name: 'recorded_by_organisation_id', nullable: true })
  recordedByOrganisationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
