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
}
