import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity (
        id text PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('SHARED_MEAL', 'COFFEE_MORNING', 'DROP_IN', 'COURSE', 'WALKING_GROUP', 'REPAIR_CAFE', 'GARDENING')),
        themes text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        organisation_id text NOT NULL,
        venue_id text,
        area_code text NOT NULL CHECK (area_code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at >= starts_at),
        recurrence text,
        free boolean NOT NULL DEFAULT true,
        published boolean NOT NULL DEFAULT false
      );
      CREATE INDEX activity_area_key ON activity (area_key, id) WHERE published;
      CREATE INDEX activity_venue ON activity (venue_id, id) WHERE published;
      CREATE INDEX activity_organisation ON activity (organisation_id, id) WHERE published;

      CREATE TABLE help_offer (
        id text PRIMARY KEY,
        helper_id text NOT NULL,
        organisation_id text NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        area_code text NOT NULL CHECK (area_code ~ '^BU[0-9]{8}$'),
        available boolean NOT NULL DEFAULT true
      );
      CREATE INDEX help_offer_area_available ON help_offer (area_code, id) WHERE available;
      CREATE INDEX help_offer_categories ON help_offer USING gin (categories);

      CREATE TABLE membership (
        id text PRIMARY KEY,
        person_id text NOT NULL,
        organisation_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER', 'VOLUNTEER', 'BOARD', 'COORDINATOR')),
        since date NOT NULL,
        UNIQUE (person_id, organisation_id)
      );
      CREATE INDEX membership_organisation ON membership (organisation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE membership, help_offer, activity');
  }
}
