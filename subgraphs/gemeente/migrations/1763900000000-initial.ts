import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE area (
        code text PRIMARY KEY CHECK (code ~ '^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$'),
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
        parent_code text REFERENCES area (code),
        population integer NOT NULL CHECK (population >= 0),
        population_65_plus integer NOT NULL CHECK (population_65_plus >= 0),
        population_75_plus integer NOT NULL CHECK (population_75_plus >= 0),
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      );
      CREATE INDEX area_parent_code ON area (parent_code);
      CREATE INDEX area_level ON area (level, code);

      CREATE TABLE organisation (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'WELFARE', 'CARE', 'COOPERATIVE')),
        kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
        website text,
        covenant_signed boolean NOT NULL DEFAULT false,
        area_codes text[] NOT NULL DEFAULT '{}'
      );
      CREATE INDEX organisation_kind ON organisation (kind, id);
      CREATE INDEX organisation_area_codes ON organisation USING gin (area_codes);

      CREATE TABLE person (
        id text PRIMARY KEY,
        home_area_code text NOT NULL REFERENCES area (code),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE venue (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('NEIGHBOURHOOD_ROOM', 'VILLAGE_HALL', 'COMMUNITY_CENTRE', 'INFO_POINT')),
        address text NOT NULL,
        area_code text NOT NULL REFERENCES area (code),
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        organisation_id text NOT NULL REFERENCES organisation (id),
        self_managed boolean NOT NULL DEFAULT false,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      );
      CREATE INDEX venue_area_key ON venue (area_key, id);
      CREATE INDEX venue_organisation ON venue (organisation_id);

      CREATE TABLE "grant" (
        id text PRIMARY KEY,
        organisation_id text NOT NULL REFERENCES organisation (id),
        purpose text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount_euros integer NOT NULL CHECK (amount_euros >= 0)
      );
      CREATE INDEX grant_organisation ON "grant" (organisation_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "grant", venue, person, organisation, area');
  }
}
