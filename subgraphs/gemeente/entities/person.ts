import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A pseudonymous resident: a key and a home buurt, nothing that names the person. */
@Entity('person')
export class Person {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'home_area_code' })
  homeAreaCode!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** The key this one was merged into (the same resident); null while it is a key of its own. */
  @Column({ type: 'text', name: 'merged_into', nullable: true })
  mergedInto!: string | null;

  @Column({ type: 'timestamptz', name: 'merged_at', nullable: true })
  mergedAt!: Date | null;
}
