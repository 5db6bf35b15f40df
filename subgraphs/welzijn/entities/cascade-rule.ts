import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's rule: its hulpvragen of `category` are put to a cascade as they become OPEN. */
@Entity('cascade_rule')
export class CascadeRule {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'integer', name: 'answer_within_hours' })
  answerWithinHours!: number;

  /** The matcher or partner system that set it (token subject). */
  @Column({ type: 'text', name: 'set_by' })
  setBy!: string;

  @Column({ type: 'timestamptz', name: 'set_at' })
  setAt!: Date;

  /** When it was set again or removed; null while it is in force. */
  @Column({ type: 'timestamptz', name: 'replaced_at', nullable: true })
  replacedAt!: Date | null;

  @Column({ type: 'text', name: 'client_mutation_id', nullable: true })
  clientMutationId!: string | null;

  @Column({ type: 'text', name: 'client_mutation_hash', nullable: true })
  clientMutationHash!: string | null;
}
