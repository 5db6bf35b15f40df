import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's own reference for a resident (its client number): how intake finds the key again. */
@Entity('person_reference')
export class PersonReference {
  @PrimaryColumn({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @PrimaryColumn({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', name: 'person_id' })
  personId!: string;

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt!: Date;

  @Column({ type: 'text', name: 'registered_by' })
  registeredBy!: string;
}
