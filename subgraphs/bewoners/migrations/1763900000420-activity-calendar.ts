import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

const ACTIVITY_SUMMARY = (r: string) => `jsonb_build_object('title', ${r}.title, 'description', ${r}.description, 'themes', to_jsonb(${r}.themes),
  'targetGroups', to_jsonb(${r}.target_groups), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
  'free', ${r}.free, 'venueId', ${r}.venue_id, 'startsAt', ${r}.starts_at, 'endsAt', ${r}.ends_at, 'recurrence', ${r}.recurrence,
  'excludedDates', to_jsonb(${r}.excluded_dates), 'contact', ${r}.contact)`;

/**
 * Activities as calendar events (RFC 5545): a SEQUENCE that goes up with every change a calendar shows
 * (so subscribers take the newest version), the local dates of cancelled occurrences (EXDATE, also left out
 * of the kaart's occurrences), and a LOCATION in words (the venue's name and address, or the imported
 * calendar's LOCATION).
 */
export class ActivityCalendar1763900000420 implements MigrationInterface {
  name = 'ActivityCalendar1763900000420';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE activity
        ADD COLUMN sequence integer NOT NULL DEFAULT 0,
        ADD COLUMN excluded_dates text[] NOT NULL DEFAULT '{}' CHECK (array_to_string(excluded_dates, ',') ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}(,|$))*$'),
        ADD COLUMN location text;
      CREATE FUNCTION activity_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.title, NEW.description, NEW.starts_at, NEW.ends_at, NEW.recurrence, NEW.status, NEW.excluded_dates, NEW.location, NEW.venue_id, NEW.published)
           IS DISTINCT FROM (OLD.title, OLD.description, OLD.starts_at, OLD.ends_at, OLD.recurrence, OLD.status, OLD.excluded_dates, OLD.location, OLD.venue_id, OLD.published) THEN
          NEW.sequence := OLD.sequence + 1;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER activity_sequence BEFORE UPDATE ON activity FOR EACH ROW EXECUTE FUNCTION activity_sequence();
      DROP TRIGGER activity_public_change ON activity;
      DROP FUNCTION activity_public_change();
    `);
    await db.query(publicChangeTriggerSql('activity', 'ACTIVITY', (r) => `(${r}.published AND ${r}.status = 'SCHEDULED')`, ACTIVITY_SUMMARY));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER activity_sequence ON activity;
      DROP FUNCTION activity_sequence();
      ALTER TABLE activity DROP COLUMN sequence, DROP COLUMN excluded_dates, DROP COLUMN location;
    `);
  }
}
