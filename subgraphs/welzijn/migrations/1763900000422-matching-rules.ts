import type { MigrationInterface, QueryRunner } from 'typeorm';

const HELP_CATEGORIES = `('SHOPPING', 'TRANSPORT', 'ODD_JOBS', 'GARDEN', 'COMPANY', 'WALKING', 'PAPERWORK', 'DIGITAL_HELP',
  'MEALS', 'PETS', 'CARER_RESPITE', 'BUDDY', 'LANGUAGE', 'MOVING', 'BABYSITTING', 'HOMEWORK_HELP', 'DAILY_CALL', 'HOSPITAL_ESCORT')`;

/**
 * The field's matching rules (issue 16): the categories that were missing, what a hulpvraag involves beyond
 * its category (tasks, which helpers' limits may rule out), a resident's wish not to be helped by a direct
 * neighbour, who declined a match (a declined helper is not offered again for that hulpvraag), and the
 * organisation's list of follow-ups still to record (follow-ups.ts).
 */
export class MatchingRules1763900000422 implements MigrationInterface {
  name = 'MatchingRules1763900000422';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_request DROP CONSTRAINT help_request_category_check;
      ALTER TABLE help_request
        ADD CONSTRAINT help_request_category_check CHECK (category IN ${HELP_CATEGORIES}),
        ADD COLUMN tasks text[] NOT NULL DEFAULT '{}' CHECK (tasks <@ ARRAY['PERSONAL_CARE', 'HOUSEHOLD', 'MONEY']),
        ADD COLUMN not_direct_neighbour boolean NOT NULL DEFAULT false;
      ALTER TABLE match ADD COLUMN declined_by text CHECK (declined_by IN ('RESIDENT', 'HELPER', 'MATCHER'));
      UPDATE match SET declined_by = 'MATCHER' WHERE status = 'DECLINED';
      CREATE INDEX match_follow_up_open ON match (request_organisation_id, id) WHERE status = 'ACTIVE' AND follow_up_outcome IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX match_follow_up_open;
      ALTER TABLE match DROP COLUMN declined_by;
      ALTER TABLE help_request DROP COLUMN not_direct_neighbour, DROP COLUMN tasks, DROP CONSTRAINT help_request_category_check;
      ALTER TABLE help_request ADD CONSTRAINT help_request_category_check CHECK (category IN ('SHOPPING', 'TRANSPORT', 'ODD_JOBS', 'GARDEN',
        'COMPANY', 'WALKING', 'PAPERWORK', 'DIGITAL_HELP', 'MEALS', 'PETS', 'CARER_RESPITE', 'BUDDY', 'LANGUAGE', 'MOVING'));
    `);
  }
}
