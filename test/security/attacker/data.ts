// The data generator: a small random town (seeded), written with SQL straight into the subgraphs' databases of
// a test hub (replacing the demo data the indicators count), and the TRUE value of any atom of the attacker's
// model, computed from the generated records with the rules the API documents. Only the test uses the truth.
import { Client } from 'pg';
import { seededRandom, type Random } from '../../../hub/demo/random';
import { bucketEnd, dayOf, iso, type Day } from './dates';
import { ASKED_BEFORE, FAMILIES, UNLISTED, namesOf, setValue, type AtomDesc } from './model';

const MS = 86_400_000;
const OPEN = new Set(['NEW', 'ASSESSED', 'OPEN', 'ON_HOLD']);

export interface Town {
  helpRequests: { id: string; area: string; category: string; channel: string; createdAt: Date; respondBy: Day | null; transitions: { status: string; at: Date }[]; requesterId: string }[];
  /** `availability`: when the volunteer switched available on or off, from registration (the first entry). */
  volunteers: { id: string; area: string; registeredAt: Date; categories: string[]; personId: string | null; availability: { at: Date; available: boolean }[] }[];
  matches: {
    id: string; helpRequestId: string; volunteerId: string; madeBy: string; proposedAt: Date; startedAt: Date | null; endedAt: Date | null; followUpDue: Date | null; outcome: string | null;
    declineReason: string | null; hoursGiven: number | null;
  }[];
  referrals: { id: string; kind: string; direction: string; reason: string; returned: boolean; area: string; createdAt: Date; statusChangedAt: Date }[];
  activities: { id: string; kind: string; organisationId: string; area: string; targetGroups: string[] }[];
  sessions: { activityId: string; heldOn: Day; participants: number }[];
  grants: { id: string; organisationId: string; area: string; purpose: string; year: number }[];
}

export interface TownShape {
  gemeente: string;
  wijken: string[];
  buurten: string[];
  organisations: { id: string; kind: string; area: string }[];
}

/** A moment on day d: mostly during the day, one in eight exactly at midnight. */
function momentOn(random: Random, d: Day): Date {
  return new Date(d * MS + (random.chance(0.125) ? 0 : random.int(6 * 3600, 21 * 3600) * 1000));
}
const later = (random: Random, from: Date, minDays: number, maxDays: number) => new Date(from.getTime() + Math.floor((minDays + random.next() * (maxDays - minDays)) * MS));

export function generateTown(seed: number, window: { from: Day; to: Day }, shape: TownShape): Town {
  const random = seededRandom(seed);
  const weights = shape.buurten.map(() => 0.2 + random.next() * 2.5); // some buurten busy, some quiet
  const buurt = () => {
    let x = random.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return shape.buurten[i];
    return shape.buurten[0];
  };
  const dayIn = (from: Day, to: Day) => random.int(from, to);
  const town: Town = { helpRequests: [], volunteers: [], matches: [], referrals: [], activities: [], sessions: [], grants: [] };

  for (let i = 1; i <= 22; i++) {
    town.volunteers.push({ id: `sdc-v${i}`, area: buurt(), registeredAt: momentOn(random, dayIn(window.from - 40, window.to)), categories: [], personId: null, availability: [] });
  }

  const requests = 40 + random.int(0, 20);
  for (let i = 1; i <= requests; i++) {
    const createdAt = momentOn(random, random.chance(0.12) ? dayIn(window.from - 14, window.from - 1) : dayIn(window.from, window.to));
    const transitions = [{ status: 'NEW', at: createdAt }];
    let last = createdAt;
    if (random.chance(0.3)) transitions.push({ status: 'ASSESSED', at: (last = later(random, last, 0.1, 3)) });
    if (random.chance(0.1)) transitions.push({ status: 'ON_HOLD', at: (last = later(random, last, 0.5, 5)) });
    const outcome = random.next();
    if (outcome < 0.55) transitions.push({ status: 'MATCHED', at: (last = later(random, last, 0.2, 18)) });
    else if (outcome < 0.65) transitions.push({ status: 'CANCELLED', at: (last = later(random, last, 0.2, 10)) });
    if (outcome < 0.55 && random.chance(0.1)) transitions.push({ status: 'OPEN', at: (last = later(random, last, 1, 6)) }); // the match fell through
    const id = `sdc-h${i}`;
    town.helpRequests.push({
      id,
      area: buurt(),
      category: random.pick(['SHOPPING', 'TRANSPORT', 'COMPANY', 'PAPERWORK']),
      channel: random.pick(['PHONE', 'WEB', 'WALK_IN']),
      createdAt,
      respondBy: random.chance(0.8) ? dayOf(createdAt) + random.int(-1, 12) : null,
      transitions,
      requesterId: '',
    });
    for (const t of transitions.filter((t) => t.status === 'MATCHED')) {
      const startedAt = random.chance(0.8) ? later(random, t.at, 0, 4) : null;
      const followUpDue = startedAt && random.chance(0.8) ? later(random, startedAt, 10, 20) : null;
      town.matches.push({
        id: `sdc-m${town.matches.length + 1}`,
        helpRequestId: id,
        volunteerId: random.pick(town.volunteers).id,
        madeBy: random.pick(['SELF', 'MATCHER']),
        proposedAt: t.at,
        startedAt,
        endedAt: startedAt && random.chance(0.35) ? later(random, startedAt, 1, 25) : null,
        followUpDue,
        outcome: followUpDue && random.chance(0.8) ? random.pick(['GOING_WELL', 'NEEDS_ATTENTION', 'STOPPED']) : null,
        declineReason: null,
        hoursGiven: null,
      });
    }
  }

  const referrals = 25 + random.int(0, 15);
  for (let i = 1; i <= referrals; i++) {
    const createdAt = momentOn(random, dayIn(window.from, window.to));
    const returned = random.chance(0.2);
    const where = random.next();
    town.referrals.push({
      id: `sdc-r${i}`,
      kind: random.chance(0.7) ? 'REFERRAL' : 'SIGNAL',
      direction: random.chance(0.8) ? 'TO_PROFESSIONAL' : 'TO_INFORMAL_HELP',
      reason: random.pick(['DEBTS', 'PSYCHOSOCIAL', 'LONELINESS', 'CARE_NEEDS', 'HOUSING']),
      returned,
      area: where < 0.85 ? buurt() : where < 0.95 ? random.pick(shape.wijken) : shape.gemeente, // some are coded to a wijk or the gemeente
      createdAt,
      statusChangedAt: returned ? later(random, createdAt, 1, 20) : createdAt,
    });
  }

  const cooperatives = shape.organisations.filter((o) => o.kind === 'COOPERATIVE');
  for (let i = 1; i <= 9; i++) {
    const activity = {
      id: `sdc-a${i}`, kind: random.pick(['SHARED_MEAL', 'COFFEE_MORNING', 'WALKING_GROUP']), organisationId: random.pick(cooperatives).id,
      area: i === 8 ? random.pick(shape.wijken) : i === 9 ? shape.gemeente : buurt(), targetGroups: [] as string[],
    };
    town.activities.push(activity);
    const days = new Set<Day>();
    for (let d = window.from; d <= window.to; d++) if (random.chance(0.3)) days.add(d);
    for (const d of days) town.sessions.push({ activityId: activity.id, heldOn: d, participants: random.chance(0.03) ? 0 : random.int(1, 14) });
  }

  const funded = shape.organisations.filter((o) => o.area);
  for (let i = 1; i <= 30; i++) {
    const organisation = random.pick(funded);
    town.grants.push({ id: `sdc-g${i}`, organisationId: organisation.id, area: organisation.area, purpose: random.pick(['Eettafels', 'Burenhulp', 'Mantelzorg', 'Buurtkamer']), year: random.chance(0.4) ? 2025 : 2026 });
  }
  addFieldCounts(seededRandom(seed * 7919 + 17), window, town, buurt);
  return town;
}

/**
 * What the indicators the field counts need (issue 14), from a second random stream so that the rest of a
 * seed's town stays as it was: who asked for help (a few residents ask more than once, and some of them
 * volunteer later: reciprocity), volunteers' categories and when they switch available on and off (supply),
 * declined matches with a reason, hours recorded with follow-ups, and activities' target groups (reach).
 */
function addFieldCounts(random: Random, window: { from: Day; to: Day }, town: Town, buurt: () => string): void {
  const residents = Array.from({ length: 30 }, (_, i) => `sdc-p${i + 1}`);
  for (const h of town.helpRequests) h.requesterId = random.pick(residents);
  const requesters = [...new Set(town.helpRequests.map((h) => h.requesterId))];
  // more volunteers registering in the window, many of them residents who asked for help (reciprocity)
  for (let i = 23; i <= 44; i++) {
    const registeredAt = momentOn(random, random.int(window.from, window.to + 14));
    town.volunteers.push({ id: `sdc-v${i}`, area: buurt(), registeredAt, categories: [], personId: random.chance(0.7) ? random.pick(requesters) : null, availability: [] });
  }
  for (const v of town.volunteers) {
    v.categories = random.some(['SHOPPING', 'TRANSPORT', 'COMPANY', 'PAPERWORK'], 1, 2);
    if (!v.personId) v.personId = random.chance(0.5) ? random.pick(requesters) : random.chance(0.3) ? `sdc-p${100 + random.int(1, 20)}` : null;
    v.availability = [{ at: v.registeredAt, available: random.chance(0.85) }];
    for (let k = random.int(0, 2), last = v.registeredAt; k > 0; k--) {
      last = later(random, last, 0.2, 12);
      if (dayOf(last) > window.to + 7) break;
      v.availability.push({ at: last, available: !v.availability.at(-1)!.available });
    }
  }
  for (const m of town.matches) if (m.followUpDue && random.chance(0.9)) m.hoursGiven = random.int(1, 80) / 2;
  for (const h of [...town.helpRequests, ...town.helpRequests.filter(() => random.chance(0.4))]) {
    if (!random.chance(0.6)) continue;
    const taken = new Set(town.matches.filter((m) => m.helpRequestId === h.id).map((m) => m.volunteerId));
    const volunteer = random.pick(town.volunteers.filter((v) => !taken.has(v.id)));
    const proposedAt = later(random, h.createdAt, 0.1, 6);
    town.matches.push({
      id: `sdc-m${town.matches.length + 1}`, helpRequestId: h.id, volunteerId: volunteer.id, madeBy: random.pick(['SELF', 'MATCHER']), proposedAt,
      startedAt: null, endedAt: later(random, proposedAt, 0, 4), followUpDue: null, outcome: null,
      declineReason: random.pick(['TOO_FAR', 'UNCLEAR', 'NO_CLICK', 'ALREADY_HELPED', 'OTHER']), hoursGiven: null,
    });
  }
  for (const a of town.activities) a.targetGroups = random.some(['OLDER_65', 'LIVING_ALONE', 'INFORMAL_CARERS'], 0, 2);
}

/** The town's shape as the gemeente subgraph holds it (areas and partner organisations). */
export async function readTownShape(gemeenteUrl: string): Promise<TownShape> {
  const client = new Client({ connectionString: gemeenteUrl });
  await client.connect();
  try {
    const areas = (await client.query('SELECT code FROM area ORDER BY code')).rows.map((r) => r.code as string);
    const organisations = (await client.query('SELECT id, kind, area_codes[1] AS area FROM organisation ORDER BY id')).rows;
    return { gemeente: areas.find((c) => c.startsWith('GM'))!, wijken: areas.filter((c) => c.startsWith('WK')), buurten: areas.filter((c) => c.startsWith('BU')), organisations };
  } finally {
    await client.end();
  }
}

async function withClient(url: string, work: (sql: (text: string, rows?: unknown[][]) => Promise<void>) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(async (text, rows) => {
      if (!rows) return void (await client.query(text));
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500);
        const params: unknown[] = [];
        const values = chunk.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`).join(', ');
        await client.query(`${text} VALUES ${values}`, params);
      }
    });
  } finally {
    await client.end();
  }
}

const ts = (d: Date | null) => (d ? d.toISOString() : null);

/** Replaces what the indicators count in each subgraph database by the town (the rollups rebuilt after). */
export async function loadTown(urls: Record<'gemeente' | 'welzijn' | 'zorg' | 'bewoners', string>, town: Town): Promise<void> {
  await withClient(urls.welzijn, async (sql) => {
    await sql('TRUNCATE match, help_request_transition, help_request, volunteer CASCADE');
    // the row trigger logs each volunteer's availability at registration; the later switches are written as
    // the trigger would have logged them (the volunteer row keeps its first state: nothing here reads it)
    await sql(
      'INSERT INTO volunteer (id, organisation_id, home_area_code, categories, registered_at, available, person_id)',
      town.volunteers.map((v) => [v.id, 'org-wz-01', v.area, `{${v.categories.join(',')}}`, ts(v.registeredAt), v.availability[0].available, v.personId]),
    );
    await sql(
      'INSERT INTO volunteer_availability (volunteer_id, at, available)',
      town.volunteers.flatMap((v) => v.availability.slice(1).map((a) => [v.id, ts(a.at), a.available])),
    );
    await sql(
      'INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, created_at, respond_by)',
      town.helpRequests.map((h) => [h.id, h.category, 'LIGHT_ONE_OFF', h.transitions.at(-1)!.status, h.channel, h.area, h.requesterId, 'org-wz-01', ts(h.createdAt), h.respondBy === null ? null : iso(h.respondBy)]),
    );
    await sql(
      'INSERT INTO help_request_transition (help_request_id, to_status, at, by_subject, by_organisation_id)',
      town.helpRequests.flatMap((h) => h.transitions.map((t) => [h.id, t.status, ts(t.at), 'sdc-test', 'org-wz-01'])),
    );
    await sql(
      `INSERT INTO match (id, help_request_id, pool, volunteer_id, volunteer_organisation_id, request_organisation_id, status, made_by,
                          proposed_at, started_at, ended_at, follow_up_due, follow_up_outcome, decline_reason, hours_given)`,
      town.matches.map((m) => [m.id, m.helpRequestId, 'VOLUNTEER', m.volunteerId, 'org-wz-01', 'org-wz-01',
        m.declineReason ? 'DECLINED' : m.endedAt ? 'ENDED' : m.startedAt ? 'ACTIVE' : 'PROPOSED', m.madeBy,
        ts(m.proposedAt), ts(m.startedAt), ts(m.endedAt), ts(m.followUpDue), m.outcome, m.declineReason, m.hoursGiven]),
    );
    await sql('SELECT rebuild_indicator_rollups()'); // TRUNCATE bypasses the rollup triggers
  });
  await withClient(urls.zorg, async (sql) => {
    await sql('TRUNCATE referral CASCADE');
    await sql(
      'INSERT INTO referral (id, kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, area_code, created_at, status_changed_at)',
      town.referrals.map((r) => [r.id, r.kind, r.direction, r.reason, 'NORMAL', r.returned ? 'RETURNED_TO_INFORMAL_HELP' : 'SENT', 'person-001', 'org-zg-01', 'org-wz-01', r.area, ts(r.createdAt), ts(r.statusChangedAt)]),
    );
  });
  await withClient(urls.bewoners, async (sql) => {
    await sql("DELETE FROM activity_session; DELETE FROM activity WHERE id LIKE 'sdc-%'");
    await sql(
      'INSERT INTO activity (id, title, kind, organisation_id, area_code, starts_at, ends_at, published, target_groups)',
      town.activities.map((a) => [a.id, `SDC ${a.id}`, a.kind, a.organisationId, a.area, '2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z', true, `{${a.targetGroups.join(',')}}`]),
    );
    await sql('INSERT INTO activity_session (activity_id, held_on, participants)', town.sessions.map((s) => [s.activityId, iso(s.heldOn), s.participants]));
  });
  await withClient(urls.gemeente, async (sql) => {
    await sql('DELETE FROM "grant"');
    await sql('INSERT INTO "grant" (id, organisation_id, purpose, year, amount_euros)', town.grants.map((g) => [g.id, g.organisationId, g.purpose, g.year, 10_000]));
  });
}

/** The facts of an amount's contributors (Truth.contributors). */
const contributors = (indicator: string) => `${indicator}#contributors`;

interface Fact {
  node: string;
  day: Day;
  key: string;
  n: number;
}

/** The true value of any atom of the attacker's model. */
export class Truth {
  private facts = new Map<string, Fact[]>();
  /** Per hulpvraag: its buurt, intake day and its spans in open states (as day numbers; until null: still). */
  private waiting: { node: string; created: Day; spans: { since: Day; until: Day | null; due: Day | null }[] }[];
  private volunteerSpans: { node: string; spans: { first: Day; last: Day }[] }[];
  /** Per volunteer: their categories and the days they switched available on (since) until off (until: null, still). */
  private availability: { node: string; categories: string; spans: { since: Day; until: Day | null }[] }[];

  private activities: Map<string, Town['activities'][number]>;

  constructor(private town: Town) {
    this.activities = new Map(town.activities.map((a) => [a.id, a]));
    const add = (name: string, node: string, d: Day, key: string, n = 1) => {
      if (!this.facts.has(name)) this.facts.set(name, []);
      this.facts.get(name)!.push({ node, day: d, key, n });
    };
    const requests = new Map(town.helpRequests.map((h) => [h.id, h]));
    // families (model.ts FAMILIES) by their joint key
    for (const h of town.helpRequests) add('welzijnIndicators.requests*', h.area, dayOf(h.createdAt), `${h.category}|${h.channel}`);
    for (const m of town.matches) {
      const h = requests.get(m.helpRequestId)!;
      add('welzijnIndicators.matchesMade', h.area, dayOf(m.proposedAt), m.madeBy);
      if (m.outcome && m.followUpDue) add('welzijnIndicators.followUpOutcomes', h.area, dayOf(m.followUpDue), m.outcome);
      if (m.declineReason && m.endedAt) add('welzijnIndicators.matchesDeclined', h.area, dayOf(m.endedAt), m.declineReason);
      if (m.hoursGiven !== null && m.followUpDue) {
        add('welzijnIndicators.hoursGiven', h.area, dayOf(m.followUpDue), h.category, Math.round(m.hoursGiven * 10)); // in tenths (model.ts)
        add(contributors('welzijnIndicators.hoursGiven'), h.area, dayOf(m.followUpDue), h.category);
      }
    }
    for (const v of town.volunteers) {
      const askedBefore = v.personId !== null && town.helpRequests.some((h) => h.requesterId === v.personId && h.createdAt < v.registeredAt);
      add('welzijnIndicators.volunteers*', v.area, dayOf(v.registeredAt), askedBefore ? ASKED_BEFORE : 'NOT_ASKED');
    }
    this.availability = town.volunteers.map((v) => ({
      node: v.area,
      categories: setValue(v.categories),
      spans: v.availability.flatMap((a, i) => (a.available ? [{ since: dayOf(a.at), until: i + 1 < v.availability.length ? dayOf(v.availability[i + 1].at) : null }] : [])),
    }));
    for (const r of town.referrals) {
      add('zorgIndicators.referrals*', r.area, dayOf(r.createdAt), `${r.kind}|${r.reason}|${r.direction}`);
      if (r.returned) add('zorgIndicators.returnedToInformalHelp', r.area, dayOf(r.statusChangedAt), '');
    }
    const activities = new Map(town.activities.map((a) => [a.id, a]));
    for (const s of town.sessions) {
      const a = activities.get(s.activityId)!;
      add('bewonersIndicators.activitiesHeld', a.area, s.heldOn, a.kind);
      add('bewonersIndicators.participants*', a.area, s.heldOn, `${a.kind}|${setValue(a.targetGroups)}`, s.participants);
    }
    for (const g of town.grants) add('gemeenteIndicators.grants', g.area, g.year, g.purpose);
    this.waiting = town.helpRequests.map((h) => ({
      node: h.area,
      created: dayOf(h.createdAt),
      spans: h.transitions.flatMap((t, i) => {
        if (!OPEN.has(t.status)) return [];
        const since = dayOf(t.at);
        return [{ since, until: i + 1 < h.transitions.length ? dayOf(h.transitions[i + 1].at) : null, due: h.respondBy === null ? null : Math.max(since, h.respondBy) }];
      }),
    }));
    this.volunteerSpans = town.volunteers.map((v) => ({
      node: v.area,
      spans: town.matches.filter((m) => m.volunteerId === v.id && m.startedAt).map((m) => ({ first: dayOf(m.startedAt!), last: m.endedAt ? Math.max(dayOf(m.endedAt), dayOf(m.startedAt!)) : Infinity })),
    }));
  }

  /** The value of an atom; `dims` are the values the attacker knows per key dimension (for "(unlisted)"). */
  atom(d: AtomDesc, dims: string[][] = []): number {
    return this.compute(d, dims);
  }

  /** For an amount (hours): how many contributed to the atom's amount (what the threshold applies to). */
  contributors(d: AtomDesc, dims: string[][] = []): number {
    return this.compute({ ...d, indicator: contributors(d.indicator) }, dims);
  }

  private compute(d: AtomDesc, dims: string[][]): number {
    const wanted = (d.key ?? '').split('|');
    const sets = FAMILIES.find((f) => f.name === d.indicator)?.sets ?? [];
    // a set dimension's value as the attacker can tell it: the names it knows, and "(unlisted)" for any other
    const known = (i: number) => new Set(dims[i]?.flatMap(namesOf) ?? []);
    const asSeen = (value: string, i: number) => {
      const names = known(i);
      const seen = namesOf(value).filter((n) => names.has(n));
      return setValue(seen.length < namesOf(value).length ? [...seen, UNLISTED] : seen);
    };
    const keyMatches = (key: string) =>
      key.split('|').every((v, i) => (sets.includes(i) ? asSeen(v, i) === wanted[i] : wanted[i] === UNLISTED ? !dims[i]?.includes(v) : v === wanted[i]));
    const facts = this.facts.get(d.indicator) ?? [];
    switch (d.kind) {
      case 'daily':
        return facts.filter((f) => f.node === d.node && f.day >= d.lo! && f.day <= d.hi! && keyMatches(f.key)).reduce((s, f) => s + f.n, 0);
      case 'yearly':
        return facts.filter((f) => f.node === d.node && f.day === d.year && keyMatches(f.key)).reduce((s, f) => s + f.n, 0);
      case 'cohortLevel': {
        const overdue = d.indicator.endsWith('overdueResponses');
        const t = d.t!;
        return this.waiting
          .filter((h) => h.node === d.node && h.created >= d.lo! && h.created <= d.hi!)
          .reduce((n, h) => n + h.spans.filter((s) => s.since < t && (s.until === null || t <= s.until) && (!overdue || (s.due !== null && s.due < t))).length, 0);
      }
      case 'endLevel': {
        // available at the end of the day before t: switched on by then, and not off before t
        const t = d.t!;
        return this.availability.filter((v) => v.node === d.node && keyMatches(v.categories) && v.spans.some((s) => s.since < t && (s.until === null || s.until >= t))).length;
      }
      case 'bucketLevel': {
        const end = bucketEnd(d.bucket!, d.interval!);
        return this.volunteerSpans.filter((v) => v.node === d.node && v.spans.some((s) => s.first <= end && s.last >= d.bucket!)).length;
      }
      case 'rangeDistinct': {
        const activities = this.activities;
        const organisations = new Set(
          this.town.sessions
            .filter((s) => activities.get(s.activityId)!.area.slice(2).startsWith(d.node.slice(2)) && s.heldOn >= d.lo! && s.heldOn <= d.hi!)
            .map((s) => activities.get(s.activityId)!.organisationId),
        );
        return organisations.size;
      }
    }
  }
}
