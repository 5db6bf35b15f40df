import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Intake details, the transition log, helper profiles for scoring, and the match life cycle. */
export class Matching1763900000004 implements MigrationInterface {
  name = 'Matching1763900000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE help_request
        ADD COLUMN description text,
        ADD COLUMN underlying_need text,
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN wished_times text[] NOT NULL DEFAULT '{}',
        ADD COLUMN languages text[] NOT NULL DEFAULT '{nl}',
        ADD COLUMN referred_by_organisation_id text,
        ADD COLUMN client_mutation_id text;
      CREATE UNIQUE INDEX help_request_client_mutation ON help_request (intake_organisation_id, client_mutation_id);
      CREATE INDEX help_request_match_view ON help_request (intake_organisation_id, status, area_key, created_at);

      CREATE TABLE help_request_transition (
        id bigserial PRIMARY KEY,
        help_request_id text NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        by_subject text NOT NULL,
        by_organisation_id text NOT NULL,
        reason text
      );
      CREATE INDEX help_request_transition_request ON help_request_transition (help_request_id, id);

      ALTER TABLE volunteer
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN max_distance_km double precision NOT NULL DEFAULT 3 CHECK (max_distance_km > 0),
        ADD COLUMN availability text[] NOT NULL DEFAULT '{}',
        ADD COLUMN load_cap integer NOT NULL DEFAULT 2 CHECK (load_cap BETWEEN 1 AND 20),
        ADD COLUMN limits text[] NOT NULL DEFAULT '{}',
        ADD COLUMN has_vog boolean NOT NULL DEFAULT false,
        ADD COLUMN insured boolean NOT NULL DEFAULT true;
      CREATE INDEX volunteer_pool ON volunteer USING gin (categories) WHERE available;

      ALTER TABLE match
        ADD COLUMN pool text NOT NULL DEFAULT 'VOLUNTEER' CHECK (pool IN ('VOLUNTEER', 'NEIGHBOUR')),
        ADD COLUMN help_offer_id text,
        ALTER COLUMN volunteer_id DROP NOT NULL,
        ALTER COLUMN volunteer_organisation_id DROP NOT NULL,
        ADD COLUMN ended_at timestamptz,
        ADD COLUMN decline_reason text CHECK (decline_reason IN ('TOO_FAR', 'UNCLEAR', 'NO_CLICK', 'ALREADY_HELPED', 'OTHER')),
        ADD COLUMN follow_up_due timestamptz,
        ADD COLUMN follow_up_outcome text CHECK (follow_up_outcome IN ('GOING_WELL', 'NEEDS_ATTENTION', 'STOPPED')),
        ADD COLUMN satisfaction integer CHECK (satisfaction BETWEEN 1 AND 5),
        ADD COLUMN follow_up_note text,
        ADD COLUMN client_mutation_id text UNIQUE,
        ADD CONSTRAINT match_helper CHECK (
          (pool = 'VOLUNTEER' AND volunteer_id IS NOT NULL AND help_offer_id IS NULL)
          OR (pool = 'NEIGHBOUR' AND help_offer_id IS NOT NULL AND volunteer_id IS NULL));
      -- A helper is proposed to a hulpvraag once at a time; a neighbour's offer serves one match at a time.
      CREATE UNIQUE INDEX match_helper_once ON match (help_request_id, pool, coalesce(volunteer_id, help_offer_id))
        WHERE status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE');
      CREATE UNIQUE INDEX match_neighbour_offer_busy ON match (help_offer_id)
        WHERE pool = 'NEIGHBOUR' AND status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE');
      CREATE INDEX match_volunteer_active ON match (volunteer_id) WHERE status IN ('PROPOSED', 'INTRODUCED', 'ACTIVE');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE help_request_transition;
      ALTER TABLE help_request DROP COLUMN description, DROP COLUMN underlying_need, DROP COLUMN latitude, DROP COLUMN longitude,
        DROP COLUMN wished_times, DROP COLUMN languages, DROP COLUMN referred_by_organisation_id, DROP COLUMN client_mutation_id;
      ALTER TABLE volunteer DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN max_distance_km, DROP COLUMN availability,
        DROP COLUMN load_cap, DROP COLUMN limits, DROP COLUMN has_vog, DROP COLUMN insured;
      DELETE FROM match WHERE pool = 'NEIGHBOUR';
      ALTER TABLE match DROP CONSTRAINT match_helper, DROP COLUMN pool, DROP COLUMN help_offer_id, DROP COLUMN ended_at,
        DROP COLUMN decline_reason, DROP COLUMN follow_up_due, DROP COLUMN follow_up_outcome, DROP COLUMN satisfaction,
        DROP COLUMN follow_up_note, DROP COLUMN client_mutation_id;
    `);
  }
}
