import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hulpvraag. */
@Entity('help_request')
export class HelpRequest {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  intensity!: 'LIGHT_ONE_OFF' | 'RECURRING' | 'LONG_TERM';

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode!: string;

  @Column({ type: 'text', name: 'requester_id' })
  requesterId!: string;

  @Column({ type: 'text', name: 'intake_organisation_id' })
  intakeOrganisationId!: string;

  @Column({ type: 'integer', name: 'helpers_needed' })
  helpersNeeded!: number;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'date', name: 'respond_by', nullable: true })
  respondBy!: string | null;
}
