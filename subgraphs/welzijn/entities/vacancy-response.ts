import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Someone who would like to do the work of a vacancy: a volunteer of the organisation passing it on, or a newcomer with a name and a way to reach them. */
@Entity('vacancy_response')
export class VacancyResponse {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'vacancy_id' })
  vacancyId!: string;

  @Column({ type: 'text', name: 'vacancy_organisation_id' })
  vacancyOrganisationId!: string;

  /** The organisation that recorded the response (the scope of its retry key); it holds the response too. */
  @Column({ type: 'text', name: 'recorded_by_organisation_id' })
  recordedByOrganisationId!: string;

  @Column({ type: 'text', name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  /** The resident who responded (a newcomer's key from gemeente's register, or the volunteer's); for inzage, export and erasure. */
  @Column({ type: 'text', name: 'person_id', nullable: true })
  personId!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'text', name: 'client_mutation_id' })
  clientMutationId!: string;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
