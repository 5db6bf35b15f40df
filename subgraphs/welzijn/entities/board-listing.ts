import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hulpvraag on the self-matching board: released by its holder, shown under a key of its own. */
@Entity('board_listing')
export class BoardListing {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'help_request_id' })
  helpRequestId!: string;

  /** The holder that released it (the hulpvraag's intake organisation). */
  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'timestamptz', name: 'released_at' })
  releasedAt!: Date;

  @Column({ type: 'text', name: 'released_by' })
  releasedBy!: string;

  /** When the holder took it off the board; null while it is on. */
  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
