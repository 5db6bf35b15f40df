import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactRecord } from '../../kit/contact-details';

@Entity('organisation')
export class Organisation {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'MUNICIPALITY' | 'WELFARE' | 'CARE' | 'COOPERATIVE';

  @Column({ type: 'text', name: 'kvk_number', nullable: true })
  kvkNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'boolean', name: 'covenant_signed' })
  covenantSigned!: boolean;

  /** CBS codes of the areas the organisation works in. */
  @Column({ type: 'text', array: true, name: 'area_codes' })
  areaCodes!: string[];

  /** Phones, e-mail, address, opening hours; the website is the column above. */
  @Column({ type: 'jsonb' })
  contact!: ContactRecord;

  /** Who onboarded it (the gemeente); null for organisations of the initial registry. */
  @Column({ type: 'text', name: 'onboarded_by_organisation_id', nullable: true })
  onboardedByOrganisationId!: string | null;

  @Column({ type: 'timestamptz', name: 'onboarded_at', nullable: true })
  onboardedAt!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
