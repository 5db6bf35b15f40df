import type { MigrationInterface, QueryRunner } from 'typeorm';

// volunteer_active_span (migration 9) keeps, with each span, the first day of the same volunteer's next span
// (NULL for the last), so the dashboard's activeVolunteers (indicators.ts) reads the spans of its scope and
// period from an index without a window function over all of them. The match trigger and the rebuild
// replace a volunteer's spans by deleting them all and inserting them again; a statement trigger on the
// spans then sets next_first_day for the volunteers whose spans changed (spans are never updated).
export class ActiveSpanNext1763900000690 implements MigrationInterface {
  name = 'ActiveSpanNext1763900000690';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE volunteer_active_span ADD COLUMN next_first_day date;
      CREATE FUNCTION volunteer_active_span_next() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE volunteer_active_span s SET next_first_day = n.next_first_day
        FROM (SELECT volunteer_id, first_day, lead(first_day) OVER (PARTITION BY volunteer_id ORDER BY first_day) AS next_first_day
              FROM volunteer_active_span WHERE volunteer_id IN (SELECT volunteer_id FROM changed)) n
        WHERE s.volunteer_id = n.volunteer_id AND s.first_day = n.first_day AND s.next_first_day IS DISTINCT FROM n.next_first_day;
        RETURN NULL;
      END $$;
      CREATE TRIGGER volunteer_active_span_next_insert AFTER INSERT ON volunteer_active_span REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION volunteer_active_span_next();
      CREATE TRIGGER volunteer_active_span_next_delete AFTER DELETE ON volunteer_active_span REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION volunteer_active_span_next();
      UPDATE volunteer_active_span s SET next_first_day = n.next_first_day
      FROM (SELECT volunteer_id, first_day, lead(first_day) OVER (PARTITION BY volunteer_id ORDER BY first_day) AS next_first_day FROM volunteer_active_span) n
      WHERE s.volunteer_id = n.volunteer_id AND s.first_day = n.first_day AND n.next_first_day IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER volunteer_active_span_next_insert ON volunteer_active_span;
      DROP TRIGGER volunteer_active_span_next_delete ON volunteer_active_span;
      DROP FUNCTION volunteer_active_span_next();
      ALTER TABLE volunteer_active_span DROP COLUMN next_first_day;
    `);
  }
}
