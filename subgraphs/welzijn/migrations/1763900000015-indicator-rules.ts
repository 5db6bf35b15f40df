import type { MigrationInterface, QueryRunner } from 'typeorm';

// The indicators the field counts, on top of the rollups of migration 9 (1763900000009-indicator-rollups.ts,
// which explains how they are kept): this migration replaces its trigger functions and its rebuild with
// versions that also keep
//
// - matchesDeclined: declined matches per day of declining (ended_at), by decline reason;
// - hoursGiven: the hours a helper gave, recorded with the follow-up (match.hours_given, new), counted on the
//   follow-up's due day by the hulpvraag's category; indicator_daily gets an `amount` next to its count n
//   (n: the matches whose hours make up the amount);
// - the open and overdue backlog per category (backlog_delta gets a `category`), for supply against demand.
//
// And two base tables for the others (counted straight from them, they are small):
// - volunteer.person_id: the volunteer's pseudonymous Person key when the volunteer is a resident the hub
//   knows, for reciprocity (requesters who later help);
// - volunteer_availability: when a volunteer switched available on or off (a row trigger; from registration),
//   for the volunteers available at the end of a bucket. Bulk loads without triggers get one row per
//   volunteer from rebuild_indicator_rollups().

const day = (timestamp: string) => `(${timestamp} AT TIME ZONE 'UTC')::date`;
const OPEN_STATES = "('NEW', 'ASSESSED', 'OPEN', 'ON_HOLD')";

const COLUMNS: Record<string, string> = {
  help_request: 'id, area_code, created_at, respond_by, category, channel',
  help_request_transition: 'id, help_request_id, to_status, at',
  match: 'id, help_request_id, volunteer_id, made_by, proposed_at, follow_up_due, follow_up_outcome, started_at, ended_at, status, decline_reason, hours_given',
  volunteer: 'id, home_area_code, registered_at',
};

const requestFacts = (h: string) => `
  SELECT 'requestsOpened' AS indicator, h.area_code, ${day('h.created_at')} AS day, h.category AS key, 0::numeric AS amount FROM ${h} h
  UNION ALL SELECT 'requestsByChannel', h.area_code, ${day('h.created_at')}, h.channel, 0 FROM ${h} h`;
const matchFacts = (m: string, h: string) => `
  SELECT 'matchesMade' AS indicator, h.area_code, ${day('m.proposed_at')} AS day, m.made_by AS key, 0::numeric AS amount
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id
  UNION ALL SELECT 'followUpOutcomes', h.area_code, ${day('m.follow_up_due')}, m.follow_up_outcome, 0
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id WHERE m.follow_up_outcome IS NOT NULL AND m.follow_up_due IS NOT NULL
  UNION ALL SELECT 'matchesDeclined', h.area_code, ${day('m.ended_at')}, m.decline_reason, 0
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id WHERE m.status = 'DECLINED' AND m.decline_reason IS NOT NULL AND m.ended_at IS NOT NULL
  UNION ALL SELECT 'hoursGiven', h.area_code, ${day('m.follow_up_due')}, h.category, m.hours_given
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id WHERE m.hours_given IS NOT NULL AND m.follow_up_due IS NOT NULL`;
const volunteerFacts = (v: string) => `
  SELECT 'newVolunteers' AS indicator, v.home_area_code AS area_code, ${day('v.registered_at')} AS day, '' AS key, 0::numeric AS amount FROM ${v} v`;

const countFacts = (plus: string[], minus: string[] = []) => `
  INSERT INTO indicator_daily AS d (indicator, area_code, day, key, n, amount)
  SELECT indicator, area_code, day, key, sum(n), sum(amount) FROM (
    ${[...plus.map((f) => `SELECT indicator, area_code, day, key, 1 AS n, amount FROM (${f}) f`), ...minus.map((f) => `SELECT indicator, area_code, day, key, -1 AS n, -amount FROM (${f}) f`)].join('\n    UNION ALL ')}
  ) facts WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(amount) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (indicator, area_code, day, key) DO UPDATE SET n = d.n + excluded.n, amount = d.amount + excluded.amount`;

const backlogChanges = (t: string, h: string) => `
  SELECT s.area_code, s.created_on, s.category, c.day, c.open, c.overdue
  FROM (
    SELECT h.area_code, h.category, ${day('h.created_at')} AS created_on, t.to_status, ${day('t.at')} AS since,
           CASE WHEN h.respond_by IS NOT NULL THEN greatest(${day('t.at')}, h.respond_by) END AS due,
           ${day('lead(t.at) OVER (PARTITION BY t.help_request_id ORDER BY t.at, t.id)')} AS until
    FROM ${t} t JOIN ${h} h ON h.id = t.help_request_id
  ) s
  CROSS JOIN LATERAL (VALUES (s.since, 1, 0, s.until IS NULL OR s.since < s.until), (s.until, -1, 0, s.since < s.until),
                             (s.due, 0, 1, s.until IS NULL OR s.due < s.until), (s.until, 0, -1, s.due < s.until)) AS c(day, open, overdue, counts)
  WHERE s.to_status IN ${OPEN_STATES} AND c.counts AND c.day IS NOT NULL`;

const applyBacklog = (plus: string[], minus: string[] = []) => `
  INSERT INTO backlog_delta AS d (area_code, created_on, category, day, open, overdue)
  SELECT area_code, created_on, category, day, sum(open), sum(overdue) FROM (
    ${[...plus.map((c) => `SELECT * FROM (${c}) c`), ...minus.map((c) => `SELECT area_code, created_on, category, day, -open AS open, -overdue AS overdue FROM (${c}) c`)].join('\n    UNION ALL ')}
  ) changes GROUP BY 1, 2, 3, 4 HAVING sum(open) <> 0 OR sum(overdue) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (area_code, created_on, category, day) DO UPDATE SET open = d.open + excluded.open, overdue = d.overdue + excluded.overdue`;

const activeSpans = (m: string) => `
  SELECT volunteer_id, min(first_day) AS first_day, max(last_day) AS last_day
  FROM (
    SELECT *, count(*) FILTER (WHERE starts) OVER (PARTITION BY volunteer_id ORDER BY first_day, last_day ROWS UNBOUNDED PRECEDING) AS span
    FROM (
      SELECT *, coalesce(first_day > max(last_day) OVER (PARTITION BY volunteer_id ORDER BY first_day, last_day
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, true) AS starts
      FROM (SELECT m.volunteer_id, ${day('m.started_at')} AS first_day,
                   greatest(coalesce(${day('m.ended_at')}, 'infinity'), ${day('m.started_at')}) AS last_day
            FROM ${m} m WHERE m.volunteer_id IS NOT NULL AND m.started_at IS NOT NULL) days
    ) marked
  ) numbered
  GROUP BY volunteer_id, span`;

const firstMatches = (where: string) => `
  INSERT INTO first_match (help_request_id, area_code, created_at, proposed_at)
  SELECT h.id, h.area_code, h.created_at, min(m.proposed_at) FROM help_request h JOIN match m ON m.help_request_id = h.id
  WHERE ${where} GROUP BY h.id ORDER BY h.id`;

const refreshFirstMatches = `
      IF ids IS NOT NULL THEN
        PERFORM 1 FROM help_request WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        DELETE FROM first_match WHERE help_request_id = ANY (ids);
        ${firstMatches('h.id = ANY (ids)')};
      END IF`;

/** The function of migration 9's statement triggers on `table`, with the body for these rollups. */
function rollupFunction(table: string, body: (added: string, removed: string) => string): string {
  const columns = COLUMNS[table];
  const none = `(SELECT ${columns} FROM ${table} WHERE false)`;
  const rows = (relation: string) => `(SELECT ${columns} FROM ${relation})`;
  const changed = (a: string, b: string) => `(SELECT ${columns} FROM ${a} EXCEPT ALL SELECT ${columns} FROM ${b})`;
  return `
    CREATE OR REPLACE FUNCTION ${table}_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE ids text[];
    BEGIN
      IF TG_OP = 'INSERT' THEN ${body(rows('new_rows'), none)};
      ELSIF TG_OP = 'UPDATE' THEN ${body(changed('new_rows', 'old_rows'), changed('old_rows', 'new_rows'))};
      ELSE ${body(none, rows('old_rows'))};
      END IF;
      RETURN NULL;
    END $$;`;
}

const FUNCTIONS = [
  rollupFunction('help_request', (added, removed) => `
      ${countFacts([requestFacts(added), matchFacts('match', added)], [requestFacts(removed), matchFacts('match', removed)])};
      ${applyBacklog([backlogChanges('help_request_transition', added)], [backlogChanges('help_request_transition', removed)])};
      IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(id) INTO ids FROM ${added} a;
        ${refreshFirstMatches};
      END IF`),

  rollupFunction('help_request_transition', (added, removed) => `
      SELECT array_agg(DISTINCT help_request_id) INTO ids FROM (SELECT help_request_id FROM ${added} a UNION ALL SELECT help_request_id FROM ${removed} r) changed;
      IF ids IS NULL THEN RETURN NULL; END IF;
      PERFORM 1 FROM help_request WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
      ${applyBacklog(
        [backlogChanges(`(SELECT ${COLUMNS.help_request_transition} FROM help_request_transition WHERE help_request_id = ANY (ids))`, 'help_request')],
        [backlogChanges(
          `((SELECT ${COLUMNS.help_request_transition} FROM help_request_transition WHERE help_request_id = ANY (ids) EXCEPT ALL SELECT * FROM ${added} a)
            UNION ALL SELECT * FROM ${removed} r)`,
          'help_request',
        )],
      )}`),

  rollupFunction('match', (added, removed) => `
      ${countFacts([matchFacts(added, 'help_request')], [matchFacts(removed, 'help_request')])};
      SELECT array_agg(DISTINCT help_request_id) INTO ids FROM (
        SELECT help_request_id, proposed_at FROM ${added} a EXCEPT ALL SELECT help_request_id, proposed_at FROM ${removed} r
        UNION ALL (SELECT help_request_id, proposed_at FROM ${removed} r EXCEPT ALL SELECT help_request_id, proposed_at FROM ${added} a)
      ) changed;
      ${refreshFirstMatches};
      SELECT array_agg(DISTINCT volunteer_id) INTO ids FROM (
        SELECT volunteer_id, started_at, ended_at FROM ${added} a EXCEPT ALL SELECT volunteer_id, started_at, ended_at FROM ${removed} r
        UNION ALL (SELECT volunteer_id, started_at, ended_at FROM ${removed} r EXCEPT ALL SELECT volunteer_id, started_at, ended_at FROM ${added} a)
      ) changed WHERE volunteer_id IS NOT NULL;
      IF ids IS NULL THEN RETURN NULL; END IF;
      PERFORM 1 FROM volunteer WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM volunteer_active_span WHERE volunteer_id = ANY (ids);
      INSERT INTO volunteer_active_span (volunteer_id, first_day, last_day) ${activeSpans('(SELECT * FROM match WHERE volunteer_id = ANY (ids))')}`),

  rollupFunction('volunteer', (added, removed) => `${countFacts([volunteerFacts(added)], [volunteerFacts(removed)])}`),

  `CREATE OR REPLACE FUNCTION help_request_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${applyBacklog([], [backlogChanges('help_request_transition', '(SELECT OLD.id, OLD.area_code, OLD.created_at, OLD.respond_by, OLD.category)')])};
      RETURN OLD;
    END $$;`,

  `CREATE OR REPLACE FUNCTION rebuild_indicator_rollups() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    LOCK TABLE help_request, help_request_transition, match, volunteer IN SHARE MODE;
    TRUNCATE indicator_daily, backlog_delta, volunteer_active_span, first_match;
    ${countFacts([requestFacts('help_request'), matchFacts('match', 'help_request'), volunteerFacts('volunteer')])};
    ${applyBacklog([backlogChanges('help_request_transition', 'help_request')])};
    INSERT INTO volunteer_active_span (volunteer_id, first_day, last_day) ${activeSpans('match')};
    ${firstMatches('true')};
    INSERT INTO volunteer_availability (volunteer_id, at, available)
    SELECT v.id, v.registered_at, v.available FROM volunteer v
    WHERE NOT EXISTS (SELECT 1 FROM volunteer_availability a WHERE a.volunteer_id = v.id) ORDER BY v.id;
  END $$;`,

  `CREATE FUNCTION volunteer_availability_log() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO volunteer_availability (volunteer_id, at, available) VALUES (NEW.id, NEW.registered_at, NEW.available);
      ELSIF NEW.available IS DISTINCT FROM OLD.available THEN
        INSERT INTO volunteer_availability (volunteer_id, at, available) VALUES (NEW.id, greatest(now(), NEW.registered_at), NEW.available);
      END IF;
      RETURN NULL;
    END $$;
   CREATE TRIGGER volunteer_availability_log AFTER INSERT OR UPDATE OF available ON volunteer
     FOR EACH ROW EXECUTE FUNCTION volunteer_availability_log();`,
];

export class IndicatorRules1763900000015 implements MigrationInterface {
  name = 'IndicatorRules1763900000015';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE match ADD COLUMN hours_given numeric(6, 1) CHECK (hours_given BETWEEN 0 AND 1000);
      ALTER TABLE indicator_daily ADD COLUMN amount numeric NOT NULL DEFAULT 0;
      ALTER TABLE backlog_delta ADD COLUMN category text NOT NULL DEFAULT '',
        DROP CONSTRAINT backlog_delta_pkey, ADD PRIMARY KEY (area_code, created_on, category, day);
      ALTER TABLE volunteer ADD COLUMN person_id text;
      CREATE INDEX volunteer_person ON volunteer (person_id) WHERE person_id IS NOT NULL;
      CREATE TABLE volunteer_availability (
        id bigserial PRIMARY KEY,
        volunteer_id text NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        available boolean NOT NULL
      );
      CREATE INDEX volunteer_availability_volunteer ON volunteer_availability (volunteer_id, at);
    `);
    for (const sql of FUNCTIONS) await db.query(sql);
    await db.query('SELECT rebuild_indicator_rollups()');
  }

  async down(db: QueryRunner): Promise<void> {
    throw new Error('IndicatorRules1763900000015 cannot be undone: restore migration 9\'s functions from a backup');
  }
}
