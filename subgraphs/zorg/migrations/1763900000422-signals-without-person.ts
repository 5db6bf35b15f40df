import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signal without a Person key (issue 16): a neighbour or volunteer worries about someone whose key nobody
 * has yet ("the lady on the corner has not opened her curtains for days"). It names a buurt and says what was
 * seen; linkSignalToPerson adds the key later. Anything else still names the resident.
 */
export class SignalsWithoutPerson1763900000422 implements MigrationInterface {
  name = 'SignalsWithoutPerson1763900000422';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE referral ALTER COLUMN person_id DROP NOT NULL,
        ADD CONSTRAINT referral_person_or_signal CHECK (person_id IS NOT NULL OR (kind = 'SIGNAL' AND area_code IS NOT NULL AND note IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE referral DROP CONSTRAINT referral_person_or_signal, ALTER COLUMN person_id SET NOT NULL');
  }
}
