import type { MigrationInterface, QueryRunner } from 'typeorm';

const HELP_CATEGORIES = `('SHOPPING', 'TRANSPORT', 'ODD_JOBS', 'GARDEN', 'COMPANY', 'WALKING', 'PAPERWORK', 'DIGITAL_HELP',
  'MEALS', 'PETS', 'CARER_RESPITE', 'BUDDY', 'LANGUAGE', 'MOVING')`;

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE help_request (
        id text PRIMARY KEY,
        category text NOT NULL CHECK (category IN ${HELP_CATEGORIES}),
        intensity text NOT NULL CHECK (intensity IN ('LIGHT_ONE_OFF', 'RECURRING', 'LONG_TERM')),
        status text NOT NULL CHECK (status IN ('NEW', 'ASSESSED', 'OPEN', 'MATCHED', 'IN_PROGRESS', 'COMPLETED', 'ON_HOLD', 'CANCELLED', 'REFERRED')),
        channel text NOT NULL CHECK (channel IN ('PHONE', 'WEB', 'WALK_IN', 'HOME_VISIT', 'FAMILY', 'PROFESSIONAL')),
        area_code text NOT NULL CHECK (area_code ~ '^BU[0-9]{8}$'),
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        requester_id text NOT NULL,
        intake_organisation_id text NOT NULL,
        helpers_needed integer NOT NULL DEFAULT 1 CHECK (helpers_needed BETWEEN 1 AND 20),
        created_at timestamptz NOT NULL DEFAULT now(),
        respond_by date
      );
      CREATE INDEX help_request_area_key ON help_request (area_key, id);
      CREATE INDEX help_request_status ON help_request (status, id);
      CREATE INDEX help_request_intake_organisation ON help_request (intake_organisation_id, id);
      CREATE INDEX help_request_requester ON help_request (requester_id);

      CREATE TABLE volunteer (
        id text PRIMARY KEY,
        organisation_id text NOT NULL,
        home_area_code text NOT NULL CHECK (home_area_code ~ '^BU[0-9]{8}$'),
        categories text[] NOT NULL DEFAULT '{}',
        available boolean NOT NULL DEFAULT true,
        languages text[] NOT NULL DEFAULT '{nl}'
      );
      CREATE INDEX volunteer_organisation ON volunteer (organisation_id);

      CREATE TABLE match (
        id text PRIMARY KEY,
        help_request_id text NOT NULL REFERENCES help_request (id),
        volunteer_id text NOT NULL REFERENCES volunteer (id),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE', 'ENDED', 'DECLINED')),
        made_by text NOT NULL CHECK (made_by IN ('SELF', 'MATCHER')),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz
      );
      CREATE INDEX match_help_request ON match (help_request_id);
      CREATE INDEX match_volunteer ON match (volunteer_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE match, volunteer, help_request');
  }
}
