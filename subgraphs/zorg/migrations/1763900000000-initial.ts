import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service (
        id text PRIMARY KEY,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        organisation_id text NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        area_code text NOT NULL CHECK (area_code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        free boolean NOT NULL DEFAULT true,
        published boolean NOT NULL DEFAULT false
      );
      CREATE INDEX service_area_key ON service (area_key, id) WHERE published;
      CREATE INDEX service_area_code ON service (area_code, id) WHERE published;
      CREATE INDEX service_organisation ON service (organisation_id, id) WHERE published;

      CREATE TABLE professional (
        id text PRIMARY KEY,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('DISTRICT_TEAM', 'DISTRICT_NURSE', 'ELDERLY_ADVISOR', 'GP_PRACTICE_NURSE', 'DEBT_COUNSELLOR', 'DEMENTIA_CASE_MANAGER')),
        organisation_id text NOT NULL
      );
      CREATE INDEX professional_organisation ON professional (organisation_id);

      CREATE TABLE referral (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('REFERRAL', 'SIGNAL')),
        direction text NOT NULL CHECK (direction IN ('TO_PROFESSIONAL', 'TO_INFORMAL_HELP')),
        reason text NOT NULL CHECK (reason IN ('DEBTS', 'PSYCHOSOCIAL', 'CARE_NEEDS', 'LONELINESS', 'HOUSING', 'SAFETY', 'OTHER')),
        urgency text NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH')),
        status text NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'IN_CARE', 'CLOSED', 'DECLINED', 'RETURNED_TO_INFORMAL_HELP')),
        help_request_id text,
        person_id text NOT NULL,
        professional_id text REFERENCES professional (id),
        organisation_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX referral_help_request ON referral (help_request_id);
      CREATE INDEX referral_person ON referral (person_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE referral, professional, service');
  }
}
