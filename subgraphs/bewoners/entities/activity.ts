import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactRecord } from '../../kit/contact-details';

/** An activity of a cooperative. */
@Entity('activity')
export class Activity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ type: 'text', array: true, name: 'target_groups' })
  targetGroups!: string[];

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text', name: 'venue_id', nullable: true })
  venueId!: string | null;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  recurrence!: string | null;

  @Column({ type: 'boolean' })
  free!: boolean;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'text' })
  status!: 'SCHEDULED' | 'CANCELLED';

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  /** Fingerprint of the input it was created with (kit/idempotent-create.ts). */
  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** Phones, e-mail, website and hours to ask about it (the address is the venue's). */
  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  /** Goes up with every change a calendar shows (a trigger keeps it): the iCalendar SEQUENCE. */
  @Column({ type: 'int', default: 0, insert: false, update: false })
  sequence!: number;

  /** Local dates (YYYY-MM-DD) of occurrences that are cancelled (iCalendar EXDATE). */
  @Column({ type: 'text', array: true, name: 'excluded_dates', default: () => "'{}'" })
  excludedDates!: string[];

  /** Where, in words: the venue's name and address, or an imported calendar's LOCATION. */
  @Column({ type: 'text', nullable: true })
  location!: string | null;
}
