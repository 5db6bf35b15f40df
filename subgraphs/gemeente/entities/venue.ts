import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactRecord } from '../../kit/contact-details';

/** A note on accessibility (HSDS accessibility). */
export interface AccessibilityNote {
  description: string;
  details: string | null;
  url: string | null;
}

@Entity('venue')
export class Venue {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'NEIGHBOURHOOD_ROOM' | 'VILLAGE_HALL' | 'COMMUNITY_CENTRE' | 'INFO_POINT';

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'boolean', name: 'self_managed' })
  selfManaged!: boolean;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** Phones, e-mail, website, the structured address and opening hours. */
  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  @Column({ type: 'jsonb' })
  accessibility!: AccessibilityNote[];

  /** The organisation that recorded it through the graph (the scope of its retry key); null for the initial ones. */
  @Column({ type: 'text', name: 'recorded_by_organisation_id', nullable: true })
  recordedByOrganisationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
