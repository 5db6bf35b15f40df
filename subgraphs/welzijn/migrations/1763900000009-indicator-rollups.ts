import type { MigrationInterface, QueryRunner } from 'typeorm';

// Rollups for the dashboard indicators (indicators.ts), so they stay fast at a million hulpvragen: counted
// per buurt and day (UTC days, the buckets of kit/indicators.ts), kept up to date by triggers on the base
// tables, in the same transaction as the change.
//
// - indicator_daily: plain counts per (indicator, buurt, day, key); a bucket is the sum of its days.
// - backlog_delta: the open and overdue backlog as changes. A hulpvraag's history is cut into spans (a state,
//   from its transition to the next, in (at, id) order). The dashboard counts the spans that cover a bucket's
//   end E, a midnight: since < E <= until, i.e. day(since) < day(E) <= day(until). So an open span adds 1
//   dated day(since) and takes 1 off dated day(until), and the backlog at E is the sum of the changes dated
//   before day(E). Overdue also needs respond_by < day(E): its +1 is dated greatest(day(since), respond_by).
//   A span that covers no midnight adds nothing. Kept per day of intake (created_on) as well, because the
//   dashboard counts only hulpvragen taken in by the end of the period.
// - volunteer_active_span: per volunteer, the days they had a match running (from started_at to ended_at,
//   both inclusive), merged into disjoint spans; 'infinity' while a match still runs. indicators.ts counts
//   the volunteers active in a bucket from these without a count(DISTINCT) (see there). A match whose end
//   lies on an earlier day than its start (the hub never writes one) counts on its start day; the direct
//   formula counted it only in a bucket holding both days.
// - first_match: per matched hulpvraag, when its first match was proposed and so the days to match, with the
//   hulpvraag's buurt and intake time, in an index the measure reads without visiting the hulpvragen.
//
// Triggers are per statement (on transition tables), so a bulk write costs a few set-based statements. A
// change to a hulpvraag's history is applied as (its spans now) − (its spans before the statement), with the
// hulpvraag locked, so concurrent writers to one history take turns (READ COMMITTED, as the hub runs).
// A deleted hulpvraag takes its backlog along before the cascade removes its history (a row trigger).
// Bulk loads can skip the triggers (session_replication_role = replica, as test/bench/seed.ts does) and then
// call rebuild_indicator_rollups(), which recomputes everything from the base tables set-based (as this
// migration does for existing rows); so must whoever TRUNCATEs a base table.

const day = (timestamp: string) => `(${timestamp} AT TIME ZONE 'UTC')::date`;
const OPEN_STATES = "('NEW', 'ASSESSED', 'OPEN', 'ON_HOLD')";

/** The columns each rollup reads; a write that changes none of them changes no rollup. */
const COLUMNS: Record<string, string> = {
  help_request: 'id, area_code, created_at, respond_by, category, channel',
  help_request_transition: 'id, help_request_id, to_status, at',
  match: 'id, help_request_id, volunteer_id, made_by, proposed_at, follow_up_due, follow_up_outcome, started_at, ended_at',
  volunteer: 'id, home_area_code, registered_at',
};

// ------------------------------------------------------------------------------------- what is counted

/** Facts (indicator, area_code, day, key) of hulpvragen `h`, their matches and of volunteers. */
const requestFacts = (h: string) => `
  SELECT 'requestsOpened' AS indicator, h.area_code, ${day('h.created_at')} AS day, h.category AS key FROM ${h} h
  UNION ALL SELECT 'requestsByChannel', h.area_code, ${day('h.created_at')}, h.channel FROM ${h} h`;
const matchFacts = (m: string, h: string) => `
  SELECT 'matchesMade' AS indicator, h.area_code, ${day('m.proposed_at')} AS day, m.made_by AS key
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id
  UNION ALL SELECT 'followUpOutcomes', h.area_code, ${day('m.follow_up_due')}, m.follow_up_outcome
  FROM ${m} m JOIN ${h} h ON h.id = m.help_request_id WHERE m.follow_up_outcome IS NOT NULL AND m.follow_up_due IS NOT NULL`;
const volunteerFacts = (v: string) => `
  SELECT 'newVolunteers' AS indicator, v.home_area_code AS area_code, ${day('v.registered_at')} AS day, '' AS key FROM ${v} v`;

/** Counts the `plus` facts in and the `minus` facts out (rows in a fixed order, so writers never deadlock). */
const countFacts = (plus: string[], minus: string[] = []) => `
  INSERT INTO indicator_daily AS d (indicator, area_code, day, key, n)
  SELECT indicator, area_code, day, key, sum(n) FROM (
    ${[...plus.map((f) => `SELECT *, 1 AS n FROM (${f}) f`), ...minus.map((f) => `SELECT *, -1 AS n FROM (${f}) f`)].join('\n    UNION ALL ')}
  ) facts WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (indicator, area_code, day, key) DO UPDATE SET n = d.n + excluded.n`;

/** The backlog changes (area_code, created_on, day, open, overdue) of hulpvragen `h` with histories `t`. */
const backlogChanges = (t: string, h: string) => `
  SELECT s.area_code, s.created_on, c.day, c.open, c.overdue
  FROM (
    SELECT h.area_code, ${day('h.created_at')} AS created_on, t.to_status, ${day('t.at')} AS since,
           CASE WHEN h.respond_by IS NOT NULL THEN greatest(${day('t.at')}, h.respond_by) END AS due,
           ${day('lead(t.at) OVER (PARTITION BY t.help_request_id ORDER BY t.at, t.id)')} AS until
    FROM ${t} t JOIN ${h} h ON h.id = t.help_request_id
  ) s
  CROSS JOIN LATERAL (VALUES (s.since, 1, 0, s.until IS NULL OR s.since < s.until), (s.until, -1, 0, s.since < s.until),
                             (s.due, 0, 1, s.until IS NULL OR s.due < s.until), (s.until, 0, -1, s.due < s.until)) AS c(day, open, overdue, counts)
  WHERE s.to_status IN ${OPEN_STATES} AND c.counts AND c.day IS NOT NULL`;

const applyBacklog = (plus: string[], minus: string[] = []) => `
  INSERT INTO backlog_delta AS d (area_code, created_on, day, open, overdue)
  SELECT area_code, created_on, day, sum(open), sum(overdue) FROM (
    ${[...plus.map((c) => `SELECT * FROM (${c}) c`), ...minus.map((c) => `SELECT area_code, created_on, day, -open AS open, -overdue AS overdue FROM (${c}) c`)].join('\n    UNION ALL ')}
  ) changes GROUP BY 1, 2, 3 HAVING sum(open) <> 0 OR sum(overdue) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (area_code, created_on, day) DO UPDATE SET open = d.open + excluded.open, overdue = d.overdue + excluded.overdue`;

/** Each volunteer's running matches `m` as merged spans of days (gaps and islands: a match that starts after the latest end so far + 1 day starts a new span). */
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

/** The first match of the hulpvragen `where` (over h) selects. */
const firstMatches = (where: string) => `
  INSERT INTO first_match (help_request_id, area_code, created_at, proposed_at)
  SELECT h.id, h.area_code, h.created_at, min(m.proposed_at) FROM help_request h JOIN match m ON m.help_request_id = h.id
  WHERE ${where} GROUP BY h.id ORDER BY h.id`;

/** Recomputes the first match of the hulpvragen in `ids` (locked, so concurrent writers take turns). */
const refreshFirstMatches = `
      IF ids IS NOT NULL THEN
        PERFORM 1 FROM help_request WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        DELETE FROM first_match WHERE help_request_id = ANY (ids);
        ${firstMatches('h.id = ANY (ids)')};
      END IF`;

// ---------------------------------------------------------------------------------------- the triggers

/**
 * A statement trigger for INSERT, UPDATE and DELETE on `table`; `body(added, removed)` gets the rows (of the
 * COLUMNS above) the statement added and removed: an update that changes none of them adds and removes none.
 */
function rollupTrigger(table: string, body: (added: string, removed: string) => string): string {
  const columns = COLUMNS[table];
  const none = `(SELECT ${columns} FROM ${table} WHERE false)`;
  const rows = (relation: string) => `(SELECT ${columns} FROM ${relation})`;
  const changed = (a: string, b: string) => `(SELECT ${columns} FROM ${a} EXCEPT ALL SELECT ${columns} FROM ${b})`;
  return `
    CREATE FUNCTION ${table}_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE ids text[];  -- the hulpvragen or volunteers whose rollups a statement changed
    BEGIN
      IF TG_OP = 'INSERT' THEN ${body(rows('new_rows'), none)};
      ELSIF TG_OP = 'UPDATE' THEN ${body(changed('new_rows', 'old_rows'), changed('old_rows', 'new_rows'))};
      ELSE ${body(none, rows('old_rows'))};
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER ${table}_rollups_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${table}_rollups();
    CREATE TRIGGER ${table}_rollups_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${table}_rollups();
    CREATE TRIGGER ${table}_rollups_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${table}_rollups();`;
}

const TRIGGERS = [
  // A hulpvraag's own counts; if its buurt, intake time or respond_by changed, its matches and backlog move too
  // (its history and matches are not changed by this statement). Deleted: see help_request_deleted below.
  rollupTrigger('help_request', (added, removed) => `
      ${countFacts([requestFacts(added), matchFacts('match', added)], [requestFacts(removed), matchFacts('match', removed)])};
      ${applyBacklog([backlogChanges('help_request_transition', added)], [backlogChanges('help_request_transition', removed)])};
      IF TG_OP = 'UPDATE' THEN  -- a new hulpvraag has no matches yet
        SELECT array_agg(id) INTO ids FROM ${added} a;
        ${refreshFirstMatches};
      END IF`),

  rollupTrigger('help_request_transition', (added, removed) => `
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

  // Match counts; the first match of each hulpvraag whose matches changed; and the active spans of each
  // volunteer whose matches changed, recomputed (volunteer locked).
  rollupTrigger('match', (added, removed) => `
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

  rollupTrigger('volunteer', (added, removed) => `${countFacts([volunteerFacts(added)], [volunteerFacts(removed)])}`),

  // Before the row goes (and ON DELETE CASCADE takes its history, which then no longer joins a hulpvraag).
  `CREATE FUNCTION help_request_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${applyBacklog([], [backlogChanges('help_request_transition', '(SELECT OLD.id, OLD.area_code, OLD.created_at, OLD.respond_by)')])};
      RETURN OLD;
    END $$;
   CREATE TRIGGER help_request_deleted BEFORE DELETE ON help_request FOR EACH ROW EXECUTE FUNCTION help_request_deleted();`,
];

const REBUILD = `
  CREATE FUNCTION rebuild_indicator_rollups() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    LOCK TABLE help_request, help_request_transition, match, volunteer IN SHARE MODE;
    TRUNCATE indicator_daily, backlog_delta, volunteer_active_span, first_match;
    ${countFacts([requestFacts('help_request'), matchFacts('match', 'help_request'), volunteerFacts('volunteer')])};
    ${applyBacklog([backlogChanges('help_request_transition', 'help_request')])};
    INSERT INTO volunteer_active_span (volunteer_id, first_day, last_day) ${activeSpans('match')};
    ${firstMatches('true')};
  END $$;`;

export class IndicatorRollups1763900000009 implements MigrationInterface {
  name = 'IndicatorRollups1763900000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE indicator_daily (
        indicator text NOT NULL,
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        day date NOT NULL,
        key text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (indicator, area_code, day, key)
      );
      CREATE INDEX indicator_daily_area ON indicator_daily (indicator, area_key, day);

      CREATE TABLE backlog_delta (
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        created_on date NOT NULL,
        day date NOT NULL,
        open integer NOT NULL,
        overdue integer NOT NULL,
        PRIMARY KEY (area_code, created_on, day)
      );
      CREATE INDEX backlog_delta_area ON backlog_delta (area_key, created_on);

      CREATE TABLE volunteer_active_span (
        volunteer_id text NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
        first_day date NOT NULL,
        last_day date NOT NULL,
        PRIMARY KEY (volunteer_id, first_day)
      );

      -- No foreign key (it would double the rebuild's time): a hulpvraag loses its matches before it can go,
      -- and the match trigger then removes its row here.
      CREATE TABLE first_match (
        help_request_id text PRIMARY KEY,
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        created_at timestamptz NOT NULL,
        proposed_at timestamptz NOT NULL,
        -- what the days-to-match measure sorts, as it computed it from the base tables
        days float8 GENERATED ALWAYS AS ((extract(epoch FROM proposed_at - created_at) / 86400)::float8) STORED
      );
      CREATE INDEX first_match_area_created ON first_match (area_key, created_at) INCLUDE (days);

    `);
    for (const sql of [...TRIGGERS, REBUILD]) await db.query(sql);
    await db.query('SELECT rebuild_indicator_rollups()');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER help_request_deleted ON help_request;
      ${['help_request', 'help_request_transition', 'match', 'volunteer']
        .map((t) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER ${t}_rollups_${op} ON ${t};`).join(' ') + ` DROP FUNCTION ${t}_rollups();`)
        .join('\n      ')}
      DROP FUNCTION help_request_deleted(), rebuild_indicator_rollups();
      DROP TABLE indicator_daily, backlog_delta, volunteer_active_span, first_match;
    `);
  }
}
