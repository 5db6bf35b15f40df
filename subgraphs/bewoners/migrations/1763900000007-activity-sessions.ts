import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions held (bijeenkomsten) with their number of participants, as cooperatives register them. */
export class ActivitySessions1763900000007 implements MigrationInterface {
  name = 'ActivitySessions1763900000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity_session (
        activity_id text NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        participants integer NOT NULL CHECK (participants BETWEEN 0 AND 10000),
        PRIMARY KEY (activity_id, held_on)
      );
      CREATE INDEX activity_session_held ON activity_session (held_on);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE activity_session');
  }
}
