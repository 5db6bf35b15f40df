// Bulk seeding for the benchmark: a large, realistic data set in the demo town (Amersfoort, its eight
// buurten and 37 partner organisations), written with set-based INSERT … SELECT generate_series straight into
// each partner's own database, then VACUUM (ANALYZE). Sizes come from config.ts.
//
// - gemeente: residents (person), and the sociale kaart index rows for the bulk activities and services
//   (what the indexer would build from the partners' change feeds; the feeds are filled by the partners'
//   triggers as usual and the index cursor is moved past them, so the indexer does not redo them one by one).
// - welzijn: hulpvragen over three years in every state, spread over the buurten (by population) and the
//   welfare organisations (the two town-wide ones and each wijk's own), each with its state history
//   (help_request_transition); volunteers; one match per hulpvraag that got one (MATCHED, IN_PROGRESS,
//   COMPLETED).
// - bewoners: neighbours' help offers (via the buurt's cooperatives) and published activities.
// - zorg: published services of the care organisations, offered to a buurt, a wijk or the whole gemeente.
import type { Hub } from '../../hub/hub';
import { Pool } from 'pg';
import { PARTNERS, type Partner } from '../../platform/config';
import { DISTRICTS, MUNICIPALITY, NEIGHBOURHOODS, ORGANISATIONS, VENUES } from '../../hub/demo/town';
import { HELP_CATEGORIES, TARGET_GROUPS } from '../../hub/demo/vocabulary';
import type { BenchConfig } from './config';
import { at, caseOf, lit, pick, rnd, snap, textArray, weighted } from './sql';

const TIME_SLOTS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].flatMap((day) => ['MORNING', 'AFTERNOON', 'EVENING'].map((part) => `${day}_${part}`));
const DAY = 86_400_000;

/** Buurten weighted by population (one entry per 100 inwoners). */
const BUURT_BY_POPULATION = NEIGHBOURHOODS.flatMap((b) => Array.from({ length: Math.round(b.population / 100) }, () => b.code));
const BUURT_CODES = NEIGHBOURHOODS.map((b) => b.code);
const wijkOf = (buurt: string) => `WK${buurt.slice(2, 8)}`;

const orgs = (kind: string, area?: string) =>
  ORGANISATIONS.filter((o) => o.kind === kind && (area === undefined || o.areas.includes(area))).map((o) => o.id);
const TOWN_WIDE_WELFARE = orgs('WELFARE', MUNICIPALITY.code);
const CARE = orgs('CARE');

/** A VALUES list of the buurten: code, wijk, name, centroid. */
const BUURTEN_SQL = `(VALUES ${NEIGHBOURHOODS.map((b) => `(${lit(b.code)}, ${lit(wijkOf(b.code))}, ${lit(b.name)}, ${b.latitude}::float8, ${b.longitude}::float8)`).join(', ')}) AS b(code, wijk, name, lat, lon)`;

/** A welfare organisation for a row in buurt `area`: the town-wide ones for about half, else one of the wijk's own. */
function welfareOrganisationSql(area: string, salt: number, v = 'i'): string {
  const perWijk = Object.fromEntries(DISTRICTS.map((d) => [d.code, pick(orgs('WELFARE', d.code), salt + 1, v)]));
  return `(CASE WHEN ${rnd(salt, 100, v)} < 35 THEN ${lit(TOWN_WIDE_WELFARE[0])} WHEN ${rnd(salt, 100, v)} < 55 THEN ${lit(TOWN_WIDE_WELFARE[1])}
    ELSE ${caseOf(`'WK' || substring(${area} from 3 for 6)`, perWijk)} END)`;
}

/** A cooperative of the buurt `area`. */
function cooperativeSql(area: string, salt: number, v = 'i'): string {
  return caseOf(area, Object.fromEntries(BUURT_CODES.map((code) => [code, pick(orgs('COOPERATIVE', code), salt, v)])));
}

/** One or two distinct time slots. */
function slotsSql(salt: number, v = 'i'): string {
  const first = rnd(salt, TIME_SLOTS.length, v);
  const second = `((${first} + 1 + ${rnd(salt + 1, 5, v)}) % ${TIME_SLOTS.length})`;
  return `(CASE WHEN ${rnd(salt + 2, 3, v)} = 0 THEN ARRAY[(${textArray(TIME_SLOTS)})[1 + ${first}]]
    ELSE ARRAY[(${textArray(TIME_SLOTS)})[1 + ${first}], (${textArray(TIME_SLOTS)})[1 + ${second}]] END)`;
}

/** One to three categories. */
function categoriesSql(salt: number, v = 'i'): string {
  const c = (k: number) => `(${textArray(HELP_CATEGORIES)})[1 + ((${rnd(salt, HELP_CATEGORIES.length, v)} + ${k}) % ${HELP_CATEGORIES.length})]`;
  return `(CASE ${rnd(salt + 1, 3, v)} WHEN 0 THEN ARRAY[${c(0)}] WHEN 1 THEN ARRAY[${c(0)}, ${c(3)}] ELSE ARRAY[${c(0)}, ${c(3)}, ${c(7)}] END)`;
}

function languagesSql(salt: number, v = 'i'): string {
  return `(CASE WHEN ${rnd(salt, 100, v)} < 80 THEN '{nl}'::text[] WHEN ${rnd(salt, 100, v)} < 88 THEN '{nl,en}'::text[]
    WHEN ${rnd(salt, 100, v)} < 93 THEN '{nl,tr}'::text[] WHEN ${rnd(salt, 100, v)} < 97 THEN '{ar,nl}'::text[] ELSE '{pl}'::text[] END)`;
}

const person = (expression: string) => `'bench-person-' || lpad((1 + ${expression})::text, 7, '0')`;

// ---------------------------------------------------------------------------------------------- welzijn

const STATUS_RECENT = weighted({ NEW: 3, ASSESSED: 3, OPEN: 9, MATCHED: 3, IN_PROGRESS: 2 }); // under 14 days old
const STATUS_MONTHS = weighted({ OPEN: 3, MATCHED: 2, IN_PROGRESS: 6, COMPLETED: 6, ON_HOLD: 1, CANCELLED: 1, REFERRED: 1 }); // under 60 days
const STATUS_OLD = weighted({ COMPLETED: 75, CANCELLED: 12, REFERRED: 6, IN_PROGRESS: 4, ON_HOLD: 3 });

function helpRequestSql(from: number, to: number, persons: number, now: Date): string {
  return `
    INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, helpers_needed,
      created_at, respond_by, description, underlying_need, latitude, longitude, wished_times, languages)
    SELECT 'bench-hr-' || lpad(i::text, 7, '0'), category,
      ${pick(weighted({ LIGHT_ONE_OFF: 6, RECURRING: 3, LONG_TERM: 1 }), 5)},
      status,
      ${pick(weighted({ PHONE: 35, WEB: 25, WALK_IN: 15, HOME_VISIT: 10, FAMILY: 8, PROFESSIONAL: 7 }), 6)},
      area, ${person(rnd(7, persons))}, ${welfareOrganisationSql('area', 8)},
      CASE WHEN ${rnd(9, 10)} = 0 THEN 2 ELSE 1 END,
      created_at, (created_at + interval '5 days')::date,
      'Hulpvraag ' || lower(category) || ' in ' || b.name || ' (' || i || ')',
      CASE WHEN status NOT IN ('NEW') THEN 'Vraag achter de vraag: ' || lower(category) END,
      ${snap(`b.lat + (${rnd(10, 41)} - 20) * 0.0005`)}, ${snap(`b.lon + (${rnd(11, 41)} - 20) * 0.0008`)},
      ${slotsSql(12)}, ${languagesSql(15)}
    FROM (
      SELECT i, area, category, created_at,
        CASE WHEN age < 14 THEN ${pick(STATUS_RECENT, 3)} WHEN age < 60 THEN ${pick(STATUS_MONTHS, 3)} ELSE ${pick(STATUS_OLD, 3)} END AS status
      FROM (
        SELECT i, ${pick(BUURT_BY_POPULATION, 1)} AS area, ${pick(HELP_CATEGORIES, 4)} AS category, ${rnd(2, 1095)} AS age,
               ${at(now)} - ${rnd(2, 1095)} * interval '1 day' - ${rnd(13, 86_400)} * interval '1 second' AS created_at
        FROM generate_series(${from}, ${to}) AS i
      ) r
    ) s JOIN ${BUURTEN_SQL} ON b.code = s.area`;
}

function volunteerSql(count: number, now: Date, withRegisteredAt: boolean): string {
  return `
    INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km,
      availability, load_cap, limits, has_vog, insured${withRegisteredAt ? ', registered_at' : ''})
    SELECT 'bench-vol-' || lpad(i::text, 6, '0'), ${welfareOrganisationSql('area', 20)}, area, ${categoriesSql(22)},
      ${rnd(25, 100)} < 85, ${languagesSql(26)},
      ${snap(`b.lat + (${rnd(27, 41)} - 20) * 0.0005`)}, ${snap(`b.lon + (${rnd(28, 41)} - 20) * 0.0008`)},
      (ARRAY[1, 2, 3, 3, 5, 10])[1 + ${rnd(29, 6)}],
      ${slotsSql(30)} || ${slotsSql(33)}, 1 + ${rnd(36, 3)},
      CASE WHEN ${rnd(37, 4)} = 0 THEN '{NO_PERSONAL_CARE}'::text[] ELSE '{}'::text[] END,
      ${rnd(38, 10)} < 7, ${rnd(39, 20)} > 0
      ${withRegisteredAt ? `, ${at(now)} - ${rnd(40, 1825)} * interval '1 day'` : ''}
    FROM (SELECT i, ${pick(BUURT_BY_POPULATION, 21)} AS area FROM generate_series(1, ${count}) AS i) s
    JOIN ${BUURTEN_SQL} ON b.code = s.area`;
}

/** The path to each state, with hours after intake: (final state, from, to, hours). */
const PATHS: [string, string | null, string, number][] = [
  ...(['NEW', 'ASSESSED', 'OPEN', 'MATCHED', 'IN_PROGRESS', 'COMPLETED', 'ON_HOLD', 'CANCELLED', 'REFERRED'] as const).map(
    (final): [string, string | null, string, number] => [final, null, 'NEW', 0],
  ),
  ['ASSESSED', 'NEW', 'ASSESSED', 4],
  ...(['OPEN', 'MATCHED', 'IN_PROGRESS', 'COMPLETED', 'ON_HOLD', 'CANCELLED', 'REFERRED'] as const).map(
    (final): [string, string | null, string, number] => [final, 'NEW', 'OPEN', 24],
  ),
  ...(['MATCHED', 'IN_PROGRESS', 'COMPLETED'] as const).map((final): [string, string | null, string, number] => [final, 'OPEN', 'MATCHED', 72]),
  ...(['IN_PROGRESS', 'COMPLETED'] as const).map((final): [string, string | null, string, number] => [final, 'MATCHED', 'IN_PROGRESS', 120]),
  ['COMPLETED', 'IN_PROGRESS', 'COMPLETED', 720],
  ['ON_HOLD', 'OPEN', 'ON_HOLD', 48],
  ['CANCELLED', 'OPEN', 'CANCELLED', 240],
  ['REFERRED', 'OPEN', 'REFERRED', 48],
];

/** Each hulpvraag's state history (what the dashboard's backlog reads), for hulpvragen from..to. */
function transitionSql(from: number, to: number, now: Date): string {
  return `
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, at, by_subject, by_organisation_id, reason)
    SELECT h.id, p.from_status, p.to_status, least(h.created_at + p.hours * interval '1 hour', ${at(now)}),
      'matcher@' || h.intake_organisation_id, h.intake_organisation_id, NULL
    FROM help_request h
    JOIN (VALUES ${PATHS.map(([final, from, to, hours]) => `(${lit(final)}, ${from ? lit(from) : 'NULL'}, ${lit(to)}, ${hours})`).join(', ')})
      AS p(final, from_status, to_status, hours) ON p.final = h.status
    WHERE h.id >= 'bench-hr-' || lpad('${from}', 7, '0') AND h.id <= 'bench-hr-' || lpad('${to}', 7, '0')
    ORDER BY h.id, p.hours`;
}

/** One match per hulpvraag that got one, with a volunteer of the same organisation. */
function matchSql(now: Date): string {
  const v = `hashtext(h.id)`;
  return `
    WITH pool AS (SELECT organisation_id, array_agg(id ORDER BY id) AS ids FROM volunteer WHERE id LIKE 'bench-vol-%' GROUP BY organisation_id)
    INSERT INTO match (id, help_request_id, volunteer_id, status, made_by, proposed_at, started_at, ended_at, request_organisation_id,
      volunteer_organisation_id, pool, follow_up_due, follow_up_outcome, satisfaction)
    SELECT 'bench-match-' || substring(h.id from 10), h.id, p.ids[1 + ${rnd(50, 1_000_000, v)} % cardinality(p.ids)],
      m.status, CASE WHEN ${rnd(51, 2, v)} = 0 THEN 'SELF' ELSE 'MATCHER' END,
      least(h.created_at + ${rnd(52, 10, v)} * interval '1 day' + interval '3 hours', ${at(now)}),
      CASE WHEN m.status IN ('ACTIVE', 'ENDED') THEN least(h.created_at + ${rnd(52, 10, v)} * interval '1 day' + interval '4 days', ${at(now)}) END,
      CASE WHEN m.status = 'ENDED' THEN least(h.created_at + interval '60 days', ${at(now)}) END,
      h.intake_organisation_id, h.intake_organisation_id, 'VOLUNTEER',
      CASE WHEN m.status IN ('ACTIVE', 'ENDED') THEN least(h.created_at + ${rnd(52, 10, v)} * interval '1 day' + interval '21 days', ${at(now)}) END,
      CASE WHEN m.status = 'ENDED' THEN ${pick(weighted({ GOING_WELL: 8, NEEDS_ATTENTION: 1, STOPPED: 1 }), 53, v)} END,
      CASE WHEN m.status = 'ENDED' THEN 3 + ${rnd(54, 3, v)} END
    FROM help_request h
    JOIN pool p ON p.organisation_id = h.intake_organisation_id
    CROSS JOIN LATERAL (SELECT CASE h.status WHEN 'MATCHED' THEN (CASE WHEN ${rnd(55, 2, v)} = 0 THEN 'PROPOSED' ELSE 'INTRODUCED' END)
                                              WHEN 'IN_PROGRESS' THEN 'ACTIVE' ELSE 'ENDED' END AS status) m
    WHERE h.id LIKE 'bench-hr-%' AND h.status IN ('MATCHED', 'IN_PROGRESS', 'COMPLETED')`;
}

// --------------------------------------------------------------------------------------------- bewoners

function helpOfferSql(count: number, persons: number): string {
  return `
    INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km,
      availability, languages, limits)
    SELECT 'bench-offer-' || lpad(i::text, 6, '0'), ${person(rnd(60, persons))}, ${cooperativeSql('area', 61)}, ${categoriesSql(62)},
      area, ${rnd(64, 100)} < 80,
      ${snap(`b.lat + (${rnd(65, 41)} - 20) * 0.0005`)}, ${snap(`b.lon + (${rnd(66, 41)} - 20) * 0.0008`)},
      (ARRAY[0.5, 1, 1, 2])[1 + ${rnd(67, 4)}], ${slotsSql(68)}, ${languagesSql(71)},
      CASE WHEN ${rnd(72, 3)} = 0 THEN '{NO_PERSONAL_CARE}'::text[] ELSE '{}'::text[] END
    FROM (SELECT i, ${pick(BUURT_BY_POPULATION, 63)} AS area FROM generate_series(1, ${count}) AS i) s
    JOIN ${BUURTEN_SQL} ON b.code = s.area`;
}

const ACTIVITY_KINDS: Record<string, { titles: string[]; themes: string[] }> = {
  SHARED_MEAL: { titles: ['Eettafel', 'Samen eten', 'Buurtmaaltijd'], themes: ['FOOD', 'SOCIAL_CONTACT'] },
  COFFEE_MORNING: { titles: ['Koffieochtend', 'Koffie & kletsen', 'Koffie-inloop'], themes: ['SOCIAL_CONTACT'] },
  DROP_IN: { titles: ['Inloop', 'Open huis', 'Buurtkamer open'], themes: ['SOCIAL_CONTACT'] },
  COURSE: { titles: ['Computercursus', 'Taalles', 'Cursus omgaan met geld'], themes: ['LEARNING'] },
  WALKING_GROUP: { titles: ['Wandelgroep', 'Ommetje', 'Beweegwandeling'], themes: ['EXERCISE', 'SOCIAL_CONTACT'] },
  REPAIR_CAFE: { titles: ['Repair Café', 'Fietsreparatie', 'Klusochtend'], themes: ['SOCIAL_CONTACT', 'LEARNING'] },
  GARDENING: { titles: ['Buurtmoestuin', 'Tuinieren', 'Groene ochtend'], themes: ['EXERCISE', 'SOCIAL_CONTACT'] },
};
const KIND_NAMES = Object.keys(ACTIVITY_KINDS);
const VENUE_OF_BUURT = Object.fromEntries(BUURT_CODES.map((code) => [code, VENUES.filter((v) => v.area === code).map((v) => v.id)]));

/**
 * The bulk activities as rows (the same in bewoners and in gemeente's index). `anchor` fixes "now" so both
 * databases generate the same start times.
 */
export function activityRowsSql(count: number, anchor: Date): string {
  const venue = caseOf('area', Object.fromEntries(BUURT_CODES.filter((c) => VENUE_OF_BUURT[c].length).map((c) => [c, pick(VENUE_OF_BUURT[c], 83)])));
  return `
    SELECT 'bench-act-' || lpad(i::text, 6, '0') AS id,
      kt.title || ' ' || b.name || ' ' || i AS title,
      kt.title || ' in ' || b.name || ': ' || (ARRAY['iedereen welkom', 'voor ouderen en mantelzorgers', 'gratis, aanmelden niet nodig',
        'met vrijwilligers uit de buurt', 'samen met de wijkverpleging'])[1 + ${rnd(84, 5)}] AS description,
      s.kind, kt.themes, ARRAY[${pick(TARGET_GROUPS, 85)}] AS target_groups,
      ${cooperativeSql('s.area', 86)} AS organisation_id,
      CASE WHEN ${rnd(87, 3)} = 0 THEN ${venue} END AS venue_id,
      CASE WHEN ${rnd(88, 100)} < 85 THEN s.area ELSE b.wijk END AS area_code,
      s.starts_at, s.starts_at + interval '2 hours' AS ends_at,
      CASE WHEN ${rnd(89, 100)} < 45 THEN 'FREQ=WEEKLY' WHEN ${rnd(89, 100)} < 70 THEN 'FREQ=MONTHLY' END AS recurrence,
      ${rnd(90, 10)} < 8 AS free, true AS published, 'SCHEDULED' AS status
    FROM (
      SELECT i, ${pick(BUURT_BY_POPULATION, 80)} AS area, ${pick(KIND_NAMES, 81)} AS kind,
        date_trunc('day', ${at(anchor)}) - interval '30 days' + ${rnd(82, 120)} * interval '1 day' + (9 + ${rnd(91, 10)}) * interval '1 hour' AS starts_at
      FROM generate_series(1, ${count}) AS i
    ) s
    JOIN ${BUURTEN_SQL} ON b.code = s.area
    JOIN (VALUES ${KIND_NAMES.map((k) => ACTIVITY_KINDS[k].titles.map((t, n) => `(${lit(k)}, ${n}, ${lit(t)}, ${textArray(ACTIVITY_KINDS[k].themes)})`).join(', ')).join(', ')})
      AS kt(kind, n, title, themes) ON kt.kind = s.kind AND kt.n = ${rnd(92, 3)}`;
}

const ACTIVITY_COLUMNS = 'id, title, description, kind, themes, target_groups, organisation_id, venue_id, area_code, starts_at, ends_at, recurrence, free, published, status';

// ------------------------------------------------------------------------------------------------- zorg

const SERVICES: { name: string; themes: string[]; targets: string[] }[] = [
  { name: 'Ouderenadvies aan huis', themes: ['HEALTH', 'HOUSING'], targets: ['OLDER_65', 'OLDER_75'] },
  { name: 'Mantelzorgconsulent', themes: ['INFORMAL_CARE'], targets: ['INFORMAL_CARERS'] },
  { name: 'Schuldhulp spreekuur', themes: ['MONEY'], targets: ['POVERTY_DEBT'] },
  { name: 'Wijkverpleging', themes: ['HEALTH'], targets: ['CHRONICALLY_ILL', 'OLDER_75'] },
  { name: 'Casemanager dementie', themes: ['HEALTH', 'INFORMAL_CARE'], targets: ['DEMENTIA', 'INFORMAL_CARERS'] },
  { name: 'Koffie-inloop GGZ', themes: ['SOCIAL_CONTACT', 'HEALTH'], targets: ['PSYCHIATRIC'] },
  { name: 'Budgetcoach', themes: ['MONEY', 'LEARNING'], targets: ['POVERTY_DEBT', 'YOUTH'] },
  { name: 'Opvoedspreekuur', themes: ['PARENTING'], targets: ['YOUTH'] },
  { name: 'Welkom in de wijk voor nieuwkomers', themes: ['SOCIAL_CONTACT', 'LEARNING'], targets: ['NEWCOMERS'] },
  { name: 'Valpreventie beweegles', themes: ['EXERCISE', 'HEALTH'], targets: ['OLDER_65'] },
];

/** The bulk services as rows (the same in zorg and in gemeente's index). */
export function serviceRowsSql(count: number): string {
  return `
    SELECT 'bench-svc-' || lpad(i::text, 6, '0') AS id, sv.name || ' — ' || b.name || ' ' || i AS name,
      sv.name || ' voor inwoners van ' || b.name || '. Bel of loop binnen; ook via de huisarts.' AS description,
      ${pick(CARE, 101)} AS organisation_id, sv.themes, sv.targets AS target_groups,
      CASE WHEN ${rnd(102, 10)} < 6 THEN s.area WHEN ${rnd(102, 10)} < 9 THEN b.wijk ELSE ${lit(MUNICIPALITY.code)} END AS area_code,
      ${rnd(103, 10)} < 7 AS free, true AS published
    FROM (SELECT i, ${pick(BUURT_BY_POPULATION, 100)} AS area, ${rnd(104, SERVICES.length)} + 1 AS n FROM generate_series(1, ${count}) AS i) s
    JOIN ${BUURTEN_SQL} ON b.code = s.area
    JOIN (VALUES ${SERVICES.map((s, n) => `(${n + 1}, ${lit(s.name)}, ${textArray(s.themes)}, ${textArray(s.targets)})`).join(', ')})
      AS sv(n, name, themes, targets) ON sv.n = s.n`;
}

const SERVICE_COLUMNS = 'id, name, description, organisation_id, themes, target_groups, area_code, free, published';

// --------------------------------------------------------------------------------------------- gemeente

function personSql(count: number, now: Date): string {
  return `
    INSERT INTO person (id, home_area_code, created_at)
    SELECT ${person('(i - 1)')}, ${pick(BUURT_BY_POPULATION, 110)}, ${at(now)} - ${rnd(111, 3650)} * interval '1 day'
    FROM generate_series(1, ${count}) AS i`;
}

/** Index rows as gemeente's indexer writes them (social-map/indexer.ts): location from the venue, else the area's centre. */
function indexSql(kind: 'ACTIVITY' | 'SERVICE', partner: string, rows: string, title: string): string {
  return `
    INSERT INTO social_map_item (kind, item_id, partner, title, description, themes, target_groups, area_code, organisation_id, free,
      latitude, longitude, venue_id, starts_at, ends_at, recurrence, search, title_norm, source_seq, indexed_at)
    SELECT ${lit(kind)}, r.id, ${lit(partner)}, r.${title}, r.description, r.themes, r.target_groups, r.area_code, r.organisation_id, r.free,
      coalesce(v.latitude, a.latitude), coalesce(v.longitude, a.longitude),
      ${kind === 'ACTIVITY' ? 'r.venue_id, r.starts_at, r.ends_at, r.recurrence' : 'NULL, NULL, NULL, NULL'},
      setweight(to_tsvector('dutch', unaccent(r.${title})), 'A') || setweight(to_tsvector('dutch', unaccent(r.description)), 'B'),
      lower(unaccent(r.${title})), 0, now()
    FROM (${rows}) r
    LEFT JOIN venue v ON v.id = ${kind === 'ACTIVITY' ? 'r.venue_id' : 'NULL'}
    LEFT JOIN area a ON a.code = r.area_code
    ON CONFLICT (kind, item_id) DO NOTHING`;
}

/** The occurrences the indexer keeps (kit/social-map/schedule.ts): from yesterday to a year ahead. */
const OCCURRENCES_SQL = `
  INSERT INTO social_map_occurrence (kind, item_id, starts_at)
  SELECT i.kind, i.item_id, o.t
  FROM social_map_item i
  CROSS JOIN LATERAL (
    SELECT CASE WHEN i.recurrence = 'FREQ=MONTHLY' THEN (i.starts_at AT TIME ZONE 'UTC' + k * interval '1 month') AT TIME ZONE 'UTC'
                ELSE (i.starts_at AT TIME ZONE 'UTC' + k * interval '7 days') AT TIME ZONE 'UTC' END AS t
    FROM generate_series(0, CASE i.recurrence WHEN 'FREQ=WEEKLY' THEN 60 WHEN 'FREQ=MONTHLY' THEN 14 ELSE 0 END) AS k
  ) o
  WHERE i.kind = 'ACTIVITY' AND i.item_id LIKE 'bench-act-%' AND o.t >= now() - interval '1 day' AND o.t <= now() + interval '365 days'
  ON CONFLICT DO NOTHING`;

// ------------------------------------------------------------------------------------------------- run

export interface SeedReport {
  seconds: number;
  steps: { step: string; seconds: number }[];
  rows: Record<string, number>;
}

async function hasColumn(db: BulkConnection, table: string, column: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = $2', [table, column]);
  return rows.length > 0;
}

async function hasFunction(db: BulkConnection, name: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM pg_proc WHERE proname = $1', [name])).length > 0;
}

interface BulkConnection {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

/**
 * Connections to each partner's database for bulk statements, which run far longer than a request may:
 * the subgraphs' own pools cancel statements after STATEMENT_TIMEOUT_MS, these do not.
 */
function bulkConnections(hub: Hub): { partners: Record<Partner, { db: BulkConnection }>; close(): Promise<void> } {
  const pools = PARTNERS.map((partner) => new Pool({ connectionString: (hub.subgraphs[partner].db.options as { url: string }).url, max: 2 }));
  const partners = Object.fromEntries(
    PARTNERS.map((partner, i) => [partner, { db: { query: async (sql: string, params?: unknown[]) => (await pools[i].query(sql, params)).rows } }]),
  ) as Record<Partner, { db: BulkConnection }>;
  return { partners, close: async () => void (await Promise.all(pools.map((pool) => pool.end()))) };
}

export async function seedBench(hub: Hub, config: BenchConfig, log: (line: string) => void = console.log): Promise<SeedReport> {
  const bulk = bulkConnections(hub);
  try {
    return await seed(bulk.partners, config, log);
  } finally {
    await bulk.close();
  }
}

async function seed(partners: Record<Partner, { db: BulkConnection }>, config: BenchConfig, log: (line: string) => void): Promise<SeedReport> {
  const started = Date.now();
  const now = new Date();
  const anchor = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const steps: SeedReport['steps'] = [];
  const { gemeente, welzijn, zorg, bewoners } = partners;

  const step = async (name: string, db: BulkConnection, sql: string): Promise<void> => {
    const t = Date.now();
    await db.query(sql);
    const seconds = (Date.now() - t) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
  };

  // welzijn keeps its dashboard rollups up to date with triggers (migration 9). The bulk inserts skip them
  // (session_replication_role, for the statement's transaction only; it skips the foreign key checks too,
  // which these rows pass by construction) and the rollups are rebuilt from the tables once at the end,
  // set-based: far faster than the triggers over millions of rows.
  const rollups = await hasFunction(welzijn.db, 'rebuild_indicator_rollups');
  const withoutTriggers = (sql: string) => (rollups ? `SET LOCAL session_replication_role = replica; ${sql}` : sql);

  // Hulpvragen in two halves at once (two connections, two cores), everything else alongside.
  const half = Math.ceil(config.helpRequests / 2);
  const withRegisteredAt = await hasColumn(welzijn.db, 'volunteer', 'registered_at');
  await Promise.all([
    (async () => {
      await Promise.all([
        step('welzijn help_request (1st half)', welzijn.db, withoutTriggers(helpRequestSql(1, half, config.persons, now))),
        step('welzijn help_request (2nd half)', welzijn.db, withoutTriggers(helpRequestSql(half + 1, config.helpRequests, config.persons, now))),
      ]);
      if (!config.transitions) return;
      await Promise.all([
        step('welzijn help_request_transition (1st half)', welzijn.db, withoutTriggers(transitionSql(1, half, now))),
        step('welzijn help_request_transition (2nd half)', welzijn.db, withoutTriggers(transitionSql(half + 1, config.helpRequests, now))),
      ]);
    })(),
    (async () => {
      await step('welzijn volunteer', welzijn.db, withoutTriggers(volunteerSql(config.volunteers, now, withRegisteredAt)));
      await step('gemeente person', gemeente.db, personSql(config.persons, now));
      await step('bewoners help_offer', bewoners.db, helpOfferSql(config.offers, config.persons));
      await step('bewoners activity (+ change feed)', bewoners.db, `INSERT INTO activity (${ACTIVITY_COLUMNS}) SELECT ${ACTIVITY_COLUMNS} FROM (${activityRowsSql(config.activities, anchor)}) r`);
      await step('zorg service (+ change feed)', zorg.db, `INSERT INTO service (${SERVICE_COLUMNS}) SELECT ${SERVICE_COLUMNS} FROM (${serviceRowsSql(config.services)}) r`);
      await step('gemeente social_map_item (activities)', gemeente.db, indexSql('ACTIVITY', 'bewoners', activityRowsSql(config.activities, anchor), 'title'));
      await step('gemeente social_map_item (services)', gemeente.db, indexSql('SERVICE', 'zorg', serviceRowsSql(config.services), 'name'));
      await step('gemeente social_map_occurrence', gemeente.db, OCCURRENCES_SQL);
      // The index now holds what the partners' feeds published: move its cursors past them.
      for (const [partner, db] of [['bewoners', bewoners.db], ['zorg', zorg.db]] as const) {
        const [{ seq, n }] = await db.query('SELECT coalesce(max(seq), 0)::bigint AS seq, count(*)::int AS n FROM public_change');
        await gemeente.db.query(
          `INSERT INTO social_map_feed (partner, last_seq, last_pulled_at, last_change_at, changes_applied) VALUES ($1, $2, now(), now(), $3)
           ON CONFLICT (partner) DO UPDATE SET last_seq = greatest(social_map_feed.last_seq, EXCLUDED.last_seq), last_pulled_at = now(),
             last_change_at = now(), changes_applied = EXCLUDED.changes_applied`,
          [partner, seq, n],
        );
      }
    })(),
  ]);
  if (config.matches) await step('welzijn match', welzijn.db, withoutTriggers(matchSql(now)));
  if (rollups) await step('welzijn indicator rollups (rebuilt)', welzijn.db, 'SELECT rebuild_indicator_rollups()');

  // VACUUM as well as ANALYZE: a freshly bulk-loaded table has no visibility map or hint bits yet, so the
  // first reads (and autovacuum) would rewrite it under load; vacuumed, the tables are in their steady state.
  const t = Date.now();
  await Promise.all([gemeente, welzijn, zorg, bewoners].map((s) => s.db.query('VACUUM (ANALYZE)')));
  steps.push({ step: 'VACUUM (ANALYZE), all four databases', seconds: (Date.now() - t) / 1000 });
  log(`  VACUUM (ANALYZE): ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const count = async (db: BulkConnection, table: string) => Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const rows = {
    'gemeente.person': await count(gemeente.db, 'person'),
    'gemeente.social_map_item': await count(gemeente.db, 'social_map_item'),
    'gemeente.social_map_occurrence': await count(gemeente.db, 'social_map_occurrence'),
    'welzijn.help_request': await count(welzijn.db, 'help_request'),
    'welzijn.volunteer': await count(welzijn.db, 'volunteer'),
    'welzijn.match': await count(welzijn.db, 'match'),
    'welzijn.help_request_transition': await count(welzijn.db, 'help_request_transition'),
    'bewoners.help_offer': await count(bewoners.db, 'help_offer'),
    'bewoners.activity': await count(bewoners.db, 'activity'),
    'bewoners.public_change': await count(bewoners.db, 'public_change'),
    'zorg.service': await count(zorg.db, 'service'),
    'zorg.public_change': await count(zorg.db, 'public_change'),
  };
  return { seconds: (Date.now() - started) / 1000, steps, rows };
}

