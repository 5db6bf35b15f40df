// No N+1, for every list field: each list field of every subgraph (root fields and fields of entity types that
// return a list of objects or a *Connection, found by introspecting the subgraphs' federated SDL) is asked
// through the gateway once with 10 and once with 100 parents (or a page of 10 and of 100), and the SQL
// statements each subgraph runs must be the same. A list field that appears in a subgraph's schema without a
// case below (or a reasoned exemption) fails the coverage test.
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode, type TypeNode } from 'graphql';
import { PARTNERS, type Partner } from '../../platform/config';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { ORGANISATIONS } from '../../hub/demo/town';

const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
/** Sees who is involved with a resident (org-bw-03's and org-zg-01's consent to COORDINATION for org-wz-01 is seeded for every test resident). */
const COORDINATING_MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'COORDINATION' };
/** The gemeente sees every grant. */
const GEMEENTE: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'COORDINATION' };
/** Staff of Het Klokhuis (org-bw-03): its memberships. */
const COORDINATOR: TestCaller = { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'COORDINATION' };

const N = 120; // rows seeded per list (more than the 100 parents asked for)
const pad = (i: number) => String(i).padStart(3, '0');
const ids = (prefix: string) => `'${prefix}' || lpad(i::text, 3, '0')`;
const WIJKEN = ['01', '02', '03', '04'];

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub(); // the sociale kaart indexer stays quiet unless asked (refreshSocialMap below)
  const { gemeente, welzijn, zorg, bewoners } = hub.subgraphs;
  // Test rows go to every one of the 100 new buurten in turn, and to every organisation in turn (demo ones
  // first, as the lists order them), so a page of 10 parents holds data just like a page of 100.
  const buurt = `'BU0307' || (ARRAY['01','02','03','04'])[1 + i % 4] || lpad((10 + (i / 4) % 25)::text, 2, '0')`;
  const organisations = [...ORGANISATIONS.map((o) => o.id), ...Array.from({ length: N }, (_, i) => `org-zt-${pad(i + 1)}`)].sort();
  const organisation = `(ARRAY[${organisations.map((id) => `'${id}'`).join(',')}])[1 + i % ${organisations.length}]`;

  // gemeente: 100 more buurten (25 in each demo wijk), welfare organisations, venues, residents with consents to org-wz-01, grants.
  await gemeente.db.query(`
    INSERT INTO area (code, name, level, parent_code, population, population_65_plus, population_75_plus, latitude, longitude)
    SELECT 'BU0307' || w || lpad((9 + n)::text, 2, '0'), 'Testbuurt ' || w || '-' || n, 'NEIGHBOURHOOD', 'WK0307' || w, 1000 + n, 200, 100,
           52.15 + n * 0.001, 5.38 + n * 0.001
    FROM unnest(ARRAY[${WIJKEN.map((w) => `'${w}'`).join(',')}]) AS w, generate_series(1, 25) AS n`);
  // and 96 more wijken (100 in all), each with one buurt, as parents for Area.children
  await gemeente.db.query(`
    INSERT INTO area (code, name, level, parent_code, population, population_65_plus, population_75_plus, latitude, longitude)
    SELECT code, name, level, parent, 500, 100, 50, 52.16, 5.39 FROM generate_series(0, 99) AS w,
      LATERAL (VALUES ('WK0307' || lpad(w::text, 2, '0'), 'Testwijk ' || w, 'DISTRICT', 'GM0307', 1),
                      ('BU0307' || lpad(w::text, 2, '0') || '01', 'Buurt van testwijk ' || w, 'NEIGHBOURHOOD', 'WK0307' || lpad(w::text, 2, '0'), 2)) AS a(code, name, level, parent, o)
    WHERE w NOT BETWEEN 1 AND 4 ORDER BY o`);
  await gemeente.db.query(`
    INSERT INTO organisation (id, name, kind, covenant_signed, area_codes)
    SELECT ${ids('org-zt-')}, 'Testorganisatie ' || i, 'WELFARE', true, ARRAY[${buurt}, 'WK030703']
    FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`
    INSERT INTO venue (id, name, kind, address, area_code, organisation_id, self_managed, latitude, longitude)
    SELECT ${ids('np-venue-')}, 'Testlocatie ' || i, 'NEIGHBOURHOOD_ROOM', 'Teststraat ' || i, ${buurt}, ${organisation}, true, 52.17, 5.40
    FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`INSERT INTO person (id, home_area_code) SELECT ${ids('np-person-')}, 'BU03070301' FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`
    INSERT INTO consent (id, person_id, holder_organisation_id, recipient_organisation_id, purpose, method, reference, granted_at, valid_until, recorded_by, recorded_by_organisation_id, recorded_as)
    SELECT 'np-consent-' || h || '-' || p || '-' || lpad(i::text, 3, '0'), 'np-person-' || lpad(i::text, 3, '0'), h, 'org-wz-01', p, 'WRITTEN', 'test',
           now() - interval '1 day', now() + interval '1 year', 'test', h, 'HOLDER'
    FROM generate_series(1, ${N}) AS i, unnest(ARRAY['COORDINATION', 'MATCHING']) AS p, unnest(ARRAY['org-bw-03', 'org-zg-01']) AS h`);
  // each test resident registered under org-wz-01's own reference, and 120 merges of extra keys into them
  await gemeente.db.query(`
    INSERT INTO person_reference (organisation_id, reference, person_id, registered_by)
    SELECT 'org-wz-01', 'wz-ref-' || i, 'np-person-' || lpad(i::text, 3, '0'), 'test' FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`INSERT INTO person (id, home_area_code) SELECT ${ids('np-merged-')}, 'BU03070301' FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`
    INSERT INTO person_merge (id, merged_id, survivor_id, reason, merged_by, merged_by_organisation_id)
    SELECT ${ids('np-merge-')}, 'np-merged-' || lpad(i::text, 3, '0'), 'np-person-' || lpad(i::text, 3, '0'), 'dubbel ingeschreven', 'test', 'org-wz-01'
    FROM generate_series(1, ${N}) AS i`);
  await gemeente.db.query(`
    INSERT INTO "grant" (id, organisation_id, purpose, year, amount_euros)
    SELECT ${ids('np-grant-')}, ${organisation}, 'Buurtactiviteiten', 2026, 1000 * i FROM generate_series(1, ${N}) AS i`);

  // welzijn: open hulpvragen of org-wz-01 (ids sort before the demo's), one resident, (self-made) match, volunteer, transitions and board listing each.
  await welzijn.db.query(`
    INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, helpers_needed,
      created_at, respond_by, latitude, longitude, wished_times, languages, description)
    SELECT ${ids('a-hr-')}, (ARRAY['SHOPPING','TRANSPORT','ODD_JOBS','GARDEN','COMPANY','WALKING','PAPERWORK'])[1 + i % 7], 'LIGHT_ONE_OFF', 'OPEN',
      'PHONE', ${buurt}, 'np-person-' || lpad(i::text, 3, '0'), 'org-wz-01', 2, now() - i * interval '1 hour', current_date + 3,
      52.175, 5.405, ARRAY['MON_MORNING'], '{nl}', 'Testvraag ' || i
    FROM generate_series(1, ${N}) AS i`);
  await welzijn.db.query(`
    INSERT INTO help_request_transition (help_request_id, from_status, to_status, by_subject, by_organisation_id)
    SELECT 'a-hr-' || lpad(i::text, 3, '0'), s.f, s.t, 'matcher@org-wz-01', 'org-wz-01'
    FROM generate_series(1, ${N}) AS i, (VALUES (NULL, 'NEW'), ('NEW', 'ASSESSED'), ('ASSESSED', 'OPEN')) AS s(f, t)`);
  // each handed over to org-wz-01 once (welzijn/transfer.ts)
  await welzijn.db.query(`
    INSERT INTO help_request_transfer (id, help_request_id, requester_id, from_organisation_id, to_organisation_id, reason, by_subject, at)
    SELECT 'a-hrt-' || lpad(i::text, 3, '0'), 'a-hr-' || lpad(i::text, 3, '0'), 'np-person-' || lpad(i::text, 3, '0'), 'org-wz-02', 'org-wz-01', 'dichter bij huis', 'matcher@org-wz-02', now()
    FROM generate_series(1, ${N}) AS i`);
  await welzijn.db.query(`
    INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, has_vog)
    SELECT ${ids('np-vol-')}, 'org-wz-01', 'BU03070301', ARRAY['SHOPPING','TRANSPORT','ODD_JOBS','GARDEN','COMPANY','WALKING','PAPERWORK'], true, '{nl}',
      52.175, 5.405, 3, ARRAY['MON_MORNING'], 3, true
    FROM generate_series(1, ${N}) AS i`);
  await welzijn.db.query(`
    INSERT INTO match (id, help_request_id, volunteer_id, status, made_by, request_organisation_id, volunteer_organisation_id, pool)
    SELECT ${ids('np-match-')}, 'a-hr-' || lpad(i::text, 3, '0'), 'np-vol-' || lpad(i::text, 3, '0'), 'PROPOSED', 'SELF', 'org-wz-01', 'org-wz-01', 'VOLUNTEER'
    FROM generate_series(1, ${N}) AS i`);
  // and an active match each whose follow-up is overdue (followUpsDue), with the next volunteer
  await welzijn.db.query(`
    INSERT INTO match (id, help_request_id, volunteer_id, status, made_by, request_organisation_id, volunteer_organisation_id, pool, started_at, follow_up_due)
    SELECT ${ids('np-follow-')}, 'a-hr-' || lpad(i::text, 3, '0'), 'np-vol-' || lpad((i % ${N} + 1)::text, 3, '0'), 'ACTIVE', 'MATCHER', 'org-wz-01', 'org-wz-01', 'VOLUNTEER',
      now() - interval '20 days', now() - interval '3 days'
    FROM generate_series(1, ${N}) AS i`);
  // each test hulpvraag on the self-matching board
  await welzijn.db.query(`
    INSERT INTO board_listing (id, help_request_id, organisation_id, area_code, released_at, released_by)
    SELECT ${ids('a-board-')}, 'a-hr-' || lpad(i::text, 3, '0'), 'org-wz-01', ${buurt}, now(), 'matcher@org-wz-01' FROM generate_series(1, ${N}) AS i`);

  // published vacancies of org-wz-01 (on the sociale kaart after the refresh below), each with a response it recorded
  await welzijn.db.query(`
    INSERT INTO volunteer_vacancy (id, organisation_id, title, description, categories, area_code, published)
    SELECT ${ids('np-vac-')}, 'org-wz-01', 'Testvacature ' || i, 'Omschrijving', ARRAY['COMPANY'], ${buurt}, true FROM generate_series(1, ${N}) AS i`);
  await welzijn.db.query(`
    INSERT INTO vacancy_response (id, vacancy_id, vacancy_organisation_id, recorded_by_organisation_id, volunteer_id, client_mutation_id)
    SELECT ${ids('np-resp-')}, 'np-vac-' || lpad(i::text, 3, '0'), 'org-wz-01', 'org-wz-01', 'np-vol-' || lpad(i::text, 3, '0'), 'np-resp-' || i
    FROM generate_series(1, ${N}) AS i`);

  // zorg: published services, and a referral from org-wz-01 for every test hulpvraag.
  await zorg.db.query(`
    INSERT INTO service (id, name, description, organisation_id, themes, target_groups, area_code, free, published)
    SELECT ${ids('np-svc-')}, 'Testdienst ' || i, 'Omschrijving', ${organisation}, ARRAY['HEALTH'], ARRAY['EVERYONE'], ${buurt}, true, true
    FROM generate_series(1, ${N}) AS i`);
  await zorg.db.query(`
    INSERT INTO referral (id, kind, direction, reason, urgency, status, help_request_id, person_id, organisation_id, referrer_organisation_id)
    SELECT ${ids('np-ref-')}, 'REFERRAL', 'TO_PROFESSIONAL', 'DEBTS', 'NORMAL', 'SENT', 'a-hr-' || lpad(i::text, 3, '0'),
      'np-person-' || lpad(i::text, 3, '0'), 'org-zg-01', 'org-wz-01'
    FROM generate_series(1, ${N}) AS i`);

  // bewoners: published activities (one at each test venue), neighbours' offers next to each hulpvraag, memberships.
  await bewoners.db.query(`
    INSERT INTO activity (id, title, description, kind, themes, target_groups, organisation_id, venue_id, area_code, starts_at, ends_at, recurrence, free, published)
    SELECT ${ids('np-act-')}, 'Testactiviteit ' || i, 'Omschrijving', 'COFFEE_MORNING', ARRAY['SOCIAL_CONTACT'], ARRAY['EVERYONE'],
      ${organisation}, 'np-venue-' || lpad(i::text, 3, '0'), ${buurt}, now() + interval '1 day', now() + interval '1 day 2 hours', 'FREQ=WEEKLY', true, true
    FROM generate_series(1, ${N}) AS i`);
  await bewoners.db.query(`
    INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages)
    SELECT ${ids('np-offer-')}, 'np-person-' || lpad(i::text, 3, '0'), 'org-bw-03', ARRAY['SHOPPING','TRANSPORT','ODD_JOBS','GARDEN','COMPANY','WALKING','PAPERWORK'],
      ${buurt}, true, 52.175, 5.405, 2, ARRAY['MON_MORNING'], '{nl}'
    FROM generate_series(1, ${N}) AS i`);
  await bewoners.db.query(`
    INSERT INTO membership (id, person_id, organisation_id, role, since)
    SELECT ${ids('np-mem-')}, 'np-person-' || lpad(i::text, 3, '0'), ${organisation}, 'MEMBER', current_date - 30
    FROM generate_series(1, ${N}) AS i`);

  // every subgraph's processing log: a line about each test resident, read by org-wz-01
  for (const partner of PARTNERS) {
    await hub.subgraphs[partner].db.query(`
      INSERT INTO processing_log (trace_id, organisation_id, subject, roles, purpose, processing_activity_id, entity, entity_id, person_id, fields)
      SELECT 'np-trace', 'org-wz-01', 'matcher@org-wz-01', 'matcher', 'MATCHING', 'urn:samenspel:verwerkingsactiviteit:koppelen', 'Test', 'np-' || i,
        'np-person-' || lpad(i::text, 3, '0'), 'id'
      FROM generate_series(1, ${N}) AS i`);
  }
  await bewoners.db.query(`
    INSERT INTO cooperative_service (id, organisation_id, name, kind, area_code, venue_id)
    SELECT ${ids('np-coop-')}, ${organisation}, 'Testklussendienst ' || i, 'ODD_JOBS', ${buurt}, 'np-venue-' || lpad(i::text, 3, '0')
    FROM generate_series(1, ${N}) AS i`);

  // The sociale kaart picks up the new activities, services and venues.
  const refreshed = await graphql(hub.gateway.url, 'mutation { refreshSocialMap { feeds { partner lastError } } }', undefined, gatewayHeaders(GEMEENTE));
  expect(refreshed.errors).toBeUndefined();
}, 180_000);
afterAll(() => hub?.close());

// ------------------------------------------------------------------------------------------------ inventory

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const isList = (type: TypeNode): boolean => (type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE);
const hasDirective = (node: { directives?: readonly { name: { value: string } }[] }, name: string) => (node.directives ?? []).some((d) => d.name.value === name);

/** The list fields of one subgraph, from its federated SDL (`_service { sdl }`), as "partner:Type.field". */
async function listFieldsOf(partner: Partner): Promise<string[]> {
  const response = await graphql(hub.subgraphs[partner].url, '{ _service { sdl } }', undefined, identityHeaders(partner));
  const document = parse(response.data._service.sdl);
  const scalarsAndEnums = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) scalarsAndEnums.add(definition.name.value);
  }
  const found: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    const name = type.name.value;
    const root = name === 'Query' || name === 'Mutation';
    if (!root && !hasDirective(type, 'key')) continue; // value types (connections, edges, hits, indicator sets) hang off these
    for (const field of (type.fields ?? []) as FieldDefinitionNode[]) {
      if (field.name.value.startsWith('_') || hasDirective(field, 'external')) continue; // federation's own; owned elsewhere
      const target = namedType(field.type);
      if (scalarsAndEnums.has(target)) continue; // a list of values is a column, not a relation
      if (isList(field.type) || target.endsWith('Connection')) found.push(`${partner}:${name}.${field.name.value}`);
    }
  }
  return found;
}

// ------------------------------------------------------------------------------------------------ the cases

interface Case {
  /** The list fields this case exercises with 10 and 100 parents / items. */
  covers: string[];
  caller?: TestCaller;
  query: (n: number) => string;
  /** How many parents (or items) the answer holds; must be n. */
  parents: (data: any) => number;
}

const edges = (connection: any) => connection?.edges?.length ?? -1;
const areaPage = (n: number, inner: string) => `{ areas(first: ${n}) { edges { node { code ${inner} } } } }`;
const organisationPage = (n: number, inner: string, kind?: string) => `{ organisations(first: ${n}${kind ? `, kind: ${kind}` : ''}) { edges { node { id ${inner} } } } }`;
const venuePage = (n: number, inner: string) => `{ venues(first: ${n}) { edges { node { id ${inner} } } } }`;
const requestPage = (n: number, inner: string) => `{ helpRequests(first: ${n}, states: [OPEN]) { edges { node { id ${inner} } } } }`;

const CASES: Case[] = [
  // root lists: a page of 10 and of 100
  { covers: ['gemeente:Query.areas'], query: (n) => areaPage(n, 'name'), parents: (d) => edges(d.areas) },
  { covers: ['gemeente:Query.organisations'], query: (n) => organisationPage(n, 'name'), parents: (d) => edges(d.organisations) },
  { covers: ['gemeente:Query.venues'], query: (n) => venuePage(n, 'name area { name } organisation { name }'), parents: (d) => edges(d.venues) },
  {
    covers: ['gemeente:Query.socialMap'],
    query: (n) => `{ socialMap(first: ${n}) { edges { node { id title area { name } organisation { name }
      item { __typename ... on Activity { title } ... on Service { name } ... on Venue { name } ... on VolunteerVacancy { title } } } } } }`,
    parents: (d) => edges(d.socialMap),
  },
  { covers: ['welzijn:Query.helpRequests'], caller: MATCHER, query: (n) => requestPage(n, 'category area { name } requester { id }'), parents: (d) => edges(d.helpRequests) },
  {
    covers: ['welzijn:Query.matchView'],
    caller: MATCHER,
    query: (n) => `{ matchView(area: "GM0307", first: ${n}) { edges { node { ageInDays helpRequest { id area { name } } } } } }`,
    parents: (d) => edges(d.matchView),
  },
  {
    covers: ['welzijn:Query.followUpsDue'],
    caller: MATCHER,
    query: (n) => `{ followUpsDue(first: ${n}) { edges { node { id status followUpDue helpRequest { id area { name } } volunteer { id } } } } }`,
    parents: (d) => edges(d.followUpsDue),
  },
  { covers: ['welzijn:Query.board'], query: (n) => `{ board(area: "GM0307", first: ${n}) { edges { node { id category area { name } } } } }`, parents: (d) => edges(d.board) },
  {
    covers: ['welzijn:Query.selfMatchesToReview'],
    caller: MATCHER,
    query: (n) => `{ selfMatchesToReview(first: ${n}) { edges { node { id helpRequest { id area { name } } } } } }`,
    parents: (d) => edges(d.selfMatchesToReview),
  },
  { covers: ['zorg:Query.services'], query: (n) => `{ services(first: ${n}) { edges { node { id name area { name } } } } }`, parents: (d) => edges(d.services) },
  { covers: ['gemeente:Query.personMerges'], caller: { org: 'org-wz-01', roles: ['partner-system'], purpose: 'COORDINATION' }, query: (n) => `{ personMerges(first: ${n}) { edges { node { id merged { id } survivor { id } } } } }`, parents: (d) => edges(d.personMerges) },
  {
    covers: ['bewoners:Query.cooperativeServices'],
    query: (n) => `{ cooperativeServices(first: ${n}) { edges { node { id name area { name } organisation { name } } } } }`,
    parents: (d) => edges(d.cooperativeServices),
  },
  {
    covers: ['bewoners:Query.activities'],
    query: (n) => `{ activities(first: ${n}) { edges { node { id title area { name } } } } }`,
    parents: (d) => edges(d.activities),
  },
  // lists on 10 and 100 areas
  {
    covers: ['gemeente:Area.children'],
    query: (n) => `{ areas(level: DISTRICT, first: ${n}) { edges { node { code children { code name } } } } }`,
    parents: (d) => edges(d.areas),
  },
  { covers: ['gemeente:Area.statisticsGrid'], query: (n) => areaPage(n, 'statisticsGrid { code minimumInterval }'), parents: (d) => edges(d.areas) },
  { covers: ['gemeente:Area.venues'], query: (n) => areaPage(n, 'venues(first: 2) { edges { node { id name } } }'), parents: (d) => edges(d.areas) },
  { covers: ['welzijn:Area.helpRequests'], caller: MATCHER, query: (n) => areaPage(n, 'helpRequests(first: 2) { edges { node { id category } } }'), parents: (d) => edges(d.areas) },
  { covers: ['zorg:Area.services'], query: (n) => areaPage(n, 'services(first: 2) { edges { node { id name } } }'), parents: (d) => edges(d.areas) },
  { covers: ['bewoners:Area.activities'], query: (n) => areaPage(n, 'activities(first: 2) { edges { node { id title } } }'), parents: (d) => edges(d.areas) },
  // lists on 10 and 100 organisations
  { covers: ['gemeente:Organisation.areasServed'], query: (n) => organisationPage(n, 'areasServed { code name }'), parents: (d) => edges(d.organisations) },
  { covers: ['gemeente:Organisation.venues'], query: (n) => organisationPage(n, 'venues { id name }'), parents: (d) => edges(d.organisations) },
  { covers: ['gemeente:Organisation.grants'], caller: GEMEENTE, query: (n) => organisationPage(n, 'grants { id amountEuros }'), parents: (d) => edges(d.organisations) },
  { covers: ['welzijn:Organisation.helpRequests'], caller: MATCHER, query: (n) => organisationPage(n, 'helpRequests(first: 2) { edges { node { id } } }', 'WELFARE'), parents: (d) => edges(d.organisations) },
  { covers: ['zorg:Organisation.services'], query: (n) => organisationPage(n, 'services(first: 2) { edges { node { id name } } }'), parents: (d) => edges(d.organisations) },
  { covers: ['bewoners:Organisation.activities'], query: (n) => organisationPage(n, 'activities(first: 2) { edges { node { id title } } }'), parents: (d) => edges(d.organisations) },
  { covers: ['bewoners:Organisation.memberships'], caller: COORDINATOR, query: (n) => organisationPage(n, 'memberships(first: 2) { edges { node { id role } } }'), parents: (d) => edges(d.organisations) },
  // lists on 10 and 100 venues
  { covers: ['bewoners:Venue.activities'], query: (n) => venuePage(n, 'activities(first: 2) { edges { node { id title } } }'), parents: (d) => edges(d.venues) },
  // lists on 10 and 100 hulpvragen (each with its own resident, match, volunteer, referral and neighbours)
  { covers: ['welzijn:HelpRequest.matches'], caller: MATCHER, query: (n) => requestPage(n, 'matches { id status }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['welzijn:HelpRequest.transitions'], caller: MATCHER, query: (n) => requestPage(n, 'transitions { from to at organisation { name } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['welzijn:HelpRequest.transfers'], caller: MATCHER, query: (n) => requestPage(n, 'transfers { id reason at from { id } to { id } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['welzijn:HelpRequest.candidates'], caller: MATCHER, query: (n) => requestPage(n, 'candidates(first: 3) { pool helperId score }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['bewoners:HelpRequest.neighbourCandidates'], caller: MATCHER, query: (n) => requestPage(n, 'neighbourCandidates { helperId score }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['bewoners:HelpRequest.neighbourOffers'], caller: MATCHER, query: (n) => requestPage(n, 'neighbourOffers(first: 5) { id categories }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['zorg:HelpRequest.referrals'], caller: MATCHER, query: (n) => requestPage(n, 'referrals { id status organisation { name } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['welzijn:Volunteer.matches'], caller: MATCHER, query: (n) => requestPage(n, 'matches { volunteer { matches(first: 1) { edges { node { id } } } } }'), parents: (d) => edges(d.helpRequests) },
  // lists on 10 and 100 residents (the requesters of the hulpvragen)
  { covers: ['gemeente:Person.references'], caller: MATCHER, query: (n) => requestPage(n, 'requester { id references { reference registeredAt } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['gemeente:Person.consents'], caller: MATCHER, query: (n) => requestPage(n, 'requester { id consents { id purpose active } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['welzijn:Person.welzijnInvolvement'], caller: COORDINATING_MATCHER, query: (n) => requestPage(n, 'requester { id welzijnInvolvement { id } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['zorg:Person.zorgInvolvement'], caller: COORDINATING_MATCHER, query: (n) => requestPage(n, 'requester { id zorgInvolvement { id } }'), parents: (d) => edges(d.helpRequests) },
  { covers: ['bewoners:Person.bewonersInvolvement'], caller: COORDINATING_MATCHER, query: (n) => requestPage(n, 'requester { id bewonersInvolvement { id } }'), parents: (d) => edges(d.helpRequests) },
  // the resident's own processing log (inzage), asked by a welfare organisation's data-protection officer
  // for its hulpvragen' residents: its own lines of every subgraph's log, merged by gemeente
  {
    covers: ['gemeente:Person.processingLog', 'welzijn:Person.welzijnProcessingLog', 'zorg:Person.zorgProcessingLog', 'bewoners:Person.bewonersProcessingLog'],
    caller: { org: 'org-wz-01', roles: ['matcher', 'data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' },
    query: (n) => requestPage(n, 'requester { id processingLog { keptBy recordType fields } welzijnProcessingLog { keptBy } zorgProcessingLog { keptBy } bewonersProcessingLog { keptBy } }'),
    parents: (d) => edges(d.helpRequests),
  },
  {
    covers: ['gemeente:Person.involvedOrganisations'],
    caller: COORDINATING_MATCHER,
    query: (n) => requestPage(n, 'requester { id involvedOrganisations { id name } }'),
    parents: (d) => edges(d.helpRequests),
  },
  // lists on 10 and 100 volunteer vacancies, found through the sociale kaart
  {
    covers: ['welzijn:VolunteerVacancy.responses'],
    caller: MATCHER,
    query: (n) => `{ socialMap(first: ${n}, filter: { kinds: [VOLUNTEER_VACANCY] }) { edges { node { item { ... on VolunteerVacancy { id responses(first: 2) { edges { node { id createdAt } } } } } } } } }`,
    parents: (d) => edges(d.socialMap),
  },
];

/** List fields whose length does not depend on a page size or on parents. */
const EXEMPT: Record<string, string> = {
  'gemeente:Query.socialMapStatus': 'one status per partner feed (four), not a page',
  'bewoners:HelpOffer.trainings': "a jsonb column of the offer's own row: no statement of its own",
  'welzijn:Volunteer.trainings': "a jsonb column of the volunteer's own row: no statement of its own",
  'gemeente:Venue.accessibility': "a jsonb column of the venue's own row: no statement of its own",
  // one statement per page, checked by reading the code (webhooks/log.ts, cascade.ts): 100 parents would need
  // 100 endpoints (20 per organisation at most) or 100 deliveries or asks to seed
  'gemeente:Query.webhooks': "one statement per page; an endpoint's organisation comes from the loader",
  'gemeente:Query.webhookDeliveries': "one statement per page: each delivery's attempts are aggregated in it (json_agg)",
  'welzijn:Query.cascadeAsks': 'one statement per page (the ask, its cascade and hulpvraag joined); an area is a federated reference',
  'welzijn:Query.cascadeRules': 'one statement (the organisation\'s rules in force, at most one per category); a rule has only scalar fields',
};

// ------------------------------------------------------------------------------------------------ the tests

async function statementsFor(query: string, caller?: TestCaller): Promise<{ counts: Record<Partner, number>; response: GraphQLResponse }> {
  // the gateway asks gemeente's partner registry once per organisation (then caches it): not the query's SQL
  await graphql(hub.gateway.url, '{ __typename }', undefined, gatewayHeaders(caller));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].db.stats.statements]));
  const response = await graphql(hub.gateway.url, query, undefined, gatewayHeaders(caller));
  const counts = Object.fromEntries(PARTNERS.map((p) => [p, hub.subgraphs[p].db.stats.statements - before[p]])) as Record<Partner, number>;
  return { counts, response };
}

test('every list field of every subgraph has a case (or a reasoned exemption)', async () => {
  const inSchemas = (await Promise.all(PARTNERS.map(listFieldsOf))).flat().sort();
  expect(inSchemas.length).toBeGreaterThan(20); // the inventory itself works
  const covered = new Set([...CASES.flatMap((c) => c.covers), ...Object.keys(EXEMPT)]);
  expect(inSchemas.filter((field) => !covered.has(field))).toEqual([]);
  // and no case names a field that is gone
  expect([...covered].filter((field) => !inSchemas.includes(field))).toEqual([]);
});

/** Items found under `field` anywhere in an answer (list entries or connection edges), so a case cannot pass on empty lists. */
function itemsUnder(value: unknown, field: string): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + itemsUnder(v, field), 0);
  if (!value || typeof value !== 'object') return 0;
  let sum = 0;
  for (const [key, child] of Object.entries(value)) {
    if (key === field) sum += Array.isArray(child) ? child.length : ((child as { edges?: unknown[] } | null)?.edges?.length ?? 0);
    sum += itemsUnder(child, field);
  }
  return sum;
}

test.each(CASES.map((c) => [c.covers.join(', '), c] as const))('%s: the same SQL statements for 10 and 100 parents', async (_name, c) => {
  const small = await statementsFor(c.query(10), c.caller);
  const large = await statementsFor(c.query(100), c.caller);
  expect(small.response.errors).toBeUndefined();
  expect(large.response.errors).toBeUndefined();
  expect(c.parents(small.response.data)).toBe(10);
  expect(c.parents(large.response.data)).toBe(100);
  for (const covered of c.covers) {
    const [partner, typeAndField] = covered.split(':') as [Partner, string];
    const field = typeAndField.split('.')[1];
    // the lists are not empty, and the subgraph that owns the field does run SQL for them
    expect({ field: covered, small: itemsUnder(small.response.data, field) > 0, large: itemsUnder(large.response.data, field) > 0 }).toEqual({ field: covered, small: true, large: true });
    expect(large.counts[partner]).toBeGreaterThan(0);
  }
  expect(large.counts).toEqual(small.counts);
});
