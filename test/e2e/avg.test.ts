// Issue 12, finding 10, and the resident's own view: an AVG export covers every personal column of every
// record each subgraph holds (transitions included); export and erasure are scoped to the caller's own
// organisation unless the gemeente's data-protection officer runs them hub-wide; every erased record is a
// line in the processing log. And person { processingLog } shows the resident, and the officers, who read
// what, when and why.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { PARTNERS, type Partner } from '../../platform/config';

let hub: TestHub;
const HUB_OFFICER: TestCaller = { org: 'org-gm-01', roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' };
const officerOf = (org: string): TestCaller => ({ org, roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' });
const adminOf = (org: string): TestCaller => ({ org, roles: ['hub-admin'], purpose: 'DATA_SUBJECT_REQUEST' });
const EXPORT = 'query Export($id: ID!) { person(id: $id) { gemeenteRecords welzijnRecords zorgRecords bewonersRecords } }';
const RECORDS: Record<Partner, string> = { gemeente: 'gemeenteRecords', welzijn: 'welzijnRecords', zorg: 'zorgRecords', bewoners: 'bewonersRecords' };

const ask = (query: string, caller: TestCaller, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));
const db = (partner: Partner) => hub.subgraphs[partner].db;

/** A resident with records in every subgraph, and a second hulpvraag at another welfare organisation. */
let person: string;
let firstOrg: string;
const SECOND_ORG = 'org-wz-09';

beforeAll(async () => {
  hub = await startTestHub();
  const ids = async (partner: Partner, sql: string): Promise<string[]> => (await db(partner).query(sql)).map((row: any) => row.person_id as string);
  const [welzijn, zorg, bewoners] = await Promise.all([
    ids('welzijn', 'SELECT DISTINCT requester_id AS person_id FROM help_request h WHERE EXISTS (SELECT 1 FROM match m WHERE m.help_request_id = h.id)'),
    ids('zorg', 'SELECT DISTINCT person_id FROM referral'),
    ids('bewoners', 'SELECT person_id FROM membership UNION SELECT helper_id FROM help_offer'),
  ]);
  person = welzijn.filter((id) => zorg.includes(id) && bewoners.includes(id)).sort()[0];
  expect(person).toBeDefined();
  [{ id: firstOrg }] = await db('welzijn').query('SELECT intake_organisation_id AS id FROM help_request WHERE requester_id = $1 ORDER BY id LIMIT 1', [person]);
  expect(firstOrg).not.toBe(SECOND_ORG);
  await db('welzijn').query(
    `INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, description, underlying_need, latitude, longitude, wished_times)
     VALUES ('help-request-avg', 'GARDEN', 'RECURRING', 'ASSESSED', 'HOME_VISIT', 'BU03070101', $1, $2, 'de heg snoeien', 'wil graag buiten zijn', 52.155, 5.385, '{TUE_MORNING}')`,
    [person, SECOND_ORG],
  );
  await db('welzijn').query(
    `INSERT INTO board_listing (id, help_request_id, organisation_id, area_code, released_at, released_by) VALUES ('board-listing-avg', 'help-request-avg', $1, 'BU03070101', now(), 'matcher@${SECOND_ORG}')`,
    [SECOND_ORG],
  );
  // a cascade that put it to a volunteer (welzijn/cascade.ts)
  await db('welzijn').query(
    `INSERT INTO cascade (id, help_request_id, organisation_id, started_by, status, answer_within_hours, started_at, ended_at)
     VALUES ('cascade-avg', 'help-request-avg', $1, 'matcher@${SECOND_ORG}', 'CANCELLED', 24, now(), now())`,
    [SECOND_ORG],
  );
  await db('welzijn').query("INSERT INTO cascade_step (id, cascade_id, position, pool, helper_id) VALUES ('cascade-step-avg', 'cascade-avg', 1, 'VOLUNTEER', 'volunteer-avg')");
  // handed over to the second organisation by another one (welzijn/transfer.ts)
  await db('welzijn').query(
    `INSERT INTO help_request_transfer (id, help_request_id, requester_id, from_organisation_id, to_organisation_id, reason, by_subject, at)
     VALUES ('help-request-transfer-avg', 'help-request-avg', $1, 'org-wz-08', $2, 'dichter bij huis', 'matcher@org-wz-08', now())`,
    [person, SECOND_ORG],
  );
  await db('welzijn').query(
    `INSERT INTO help_request_transition (help_request_id, from_status, to_status, by_subject, by_organisation_id, reason)
     VALUES ('help-request-avg', 'NEW', 'ASSESSED', 'matcher@${SECOND_ORG}', $1, 'huisbezoek gehad')`,
    [SECOND_ORG],
  );
  // consents about them: one the second organisation holds, one it receives, one between two others, and one from before
  // consents named a holder (kept in consent_without_holder, naming the organisation it was for)
  await db('gemeente').query(
    `INSERT INTO consent (id, person_id, holder_organisation_id, recipient_organisation_id, purpose, method, reference, granted_at, valid_until, recorded_by, recorded_by_organisation_id, recorded_as)
     VALUES ('consent-avg-held', $1, $2, 'org-zg-02', 'REFERRAL', 'WRITTEN', 'formulier avg-1', now() - interval '1 day', now() + interval '1 year', 'matcher@${SECOND_ORG}', $2, 'HOLDER'),
            ('consent-avg-received', $1, 'org-zg-03', $2, 'REFERRAL', 'WRITTEN', 'formulier avg-3', now() - interval '1 day', now() + interval '1 year', 'professional@org-zg-03', 'org-zg-03', 'HOLDER'),
            ('consent-avg-other', $1, 'org-zg-03', 'org-wz-10', 'REFERRAL', 'WRITTEN', 'formulier avg-2', now() - interval '1 day', now() + interval '1 year', 'professional@org-zg-03', 'org-zg-03', 'HOLDER')`,
    [person, SECOND_ORG],
  );
  await db('gemeente').query(
    `INSERT INTO consent_without_holder (id, person_id, organisation_id, purpose, granted_at, valid_until, revoked_at, recorded_by, client_mutation_id)
     VALUES ('consent-avg-legacy', $1, $2, 'MATCHING', now() - interval '400 days', now() + interval '1 day', NULL, 'hub-admin', NULL)`,
    [person, SECOND_ORG],
  );
  // the resident is also a volunteer at the first organisation (the reciprocity link), who responded to a
  // vacancy; the first organisation has a client number for them, and the gemeente merged a second key into theirs
  const [vacancy] = await db('welzijn').query('SELECT id, organisation_id FROM volunteer_vacancy ORDER BY id LIMIT 1');
  await db('welzijn').query(
    "INSERT INTO volunteer (id, organisation_id, home_area_code, person_id) VALUES ('volunteer-avg', $2, 'BU03070101', $1)",
    [person, firstOrg],
  );
  await db('welzijn').query(
    `INSERT INTO vacancy_response (id, vacancy_id, vacancy_organisation_id, recorded_by_organisation_id, volunteer_id, message, client_mutation_id)
     VALUES ('vacancy-response-avg', $1, $2, $3, 'volunteer-avg', 'ik help graag', 'avg-response-1')`,
    [vacancy.id, vacancy.organisation_id, firstOrg],
  );
  await db('gemeente').query(
    "INSERT INTO person_reference (organisation_id, reference, person_id, registered_by) VALUES ($2, 'avg-client-1', $1, 'matcher')",
    [person, firstOrg],
  );
  await db('gemeente').query(
    `INSERT INTO person (id, home_area_code, merged_into, merged_at) SELECT 'person-avg-merged', home_area_code, id, now() FROM person WHERE id = $1`,
    [person],
  );
  await db('gemeente').query(
    `INSERT INTO person_merge (id, merged_id, survivor_id, reason, merged_by, merged_by_organisation_id)
     VALUES ('person-merge-avg', 'person-avg-merged', $1, 'dubbel ingeschreven', 'hub-admin', 'org-gm-01')`,
    [person],
  );
});
afterAll(() => hub?.close());

/**
 * The tables of a subgraph that hold records about a resident: those with a column naming a Person key, and
 * those that refer to one of them (a hulpvraag's transitions and matches). The processing log is exported
 * on its own, and rollups are counts.
 */
async function personalTables(partner: Partner): Promise<string[]> {
  const direct: { table_name: string }[] = await db(partner).query(
    `SELECT DISTINCT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('person_id', 'requester_id', 'helper_id') AND table_name <> 'processing_log'`,
  );
  const tables = new Set(direct.map((row) => row.table_name));
  if (partner === 'gemeente') tables.add('person'); // the Person key itself
  for (;;) {
    // pg_constraint, not information_schema: the subgraph's serving role owns no table, and
    // information_schema shows only the constraints of tables a role owns
    const referring: { table_name: string }[] = await db(partner).query(
      `SELECT DISTINCT conrelid::regclass::text AS table_name FROM pg_constraint
       WHERE contype = 'f' AND confrelid::regclass::text = ANY ($1)`,
      [[...tables]],
    );
    const before = tables.size;
    for (const row of referring) tables.add(row.table_name);
    if (tables.size === before) return [...tables].sort();
  }
}

async function columnsOf(partner: Partner, table: string): Promise<string[]> {
  const rows: { column_name: string }[] = await db(partner).query(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name",
    [table],
  );
  return rows.map((row) => row.column_name);
}

test('the hub-wide export has every personal table of every subgraph, every column of every row, transitions included', async () => {
  const exported = await ask(EXPORT, HUB_OFFICER, { id: person });
  expect(exported.errors).toBeUndefined();
  for (const partner of PARTNERS) {
    const records = exported.data.person[RECORDS[partner]];
    const tables = await personalTables(partner);
    expect(Object.keys(records).filter((key) => key !== 'processingLog').sort()).toEqual(tables);
    for (const table of tables) {
      const [{ n }] = await db(partner).query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(n).toBeGreaterThan(0); // the check is not vacuous
      const columns = await columnsOf(partner, table);
      for (const row of records[table]) expect(Object.keys(row).sort()).toEqual(columns);
    }
  }
  const welzijn = exported.data.person.welzijnRecords;
  const ours = welzijn.help_request.find((row: any) => row.id === 'help-request-avg');
  expect(ours).toMatchObject({ description: 'de heg snoeien', underlying_need: 'wil graag buiten zijn', latitude: 52.155, longitude: 5.385, wished_times: ['TUE_MORNING'] });
  expect(welzijn.help_request_transition.map((t: any) => t.reason)).toContain('huisbezoek gehad');
  expect(welzijn.match.length).toBeGreaterThan(0);
  expect(welzijn.vacancy_response.map((row: any) => row.message)).toEqual(['ik help graag']);
  const gemeente = exported.data.person.gemeenteRecords;
  expect(gemeente.person.map((row: any) => row.id).sort()).toEqual([person, 'person-avg-merged'].sort()); // the key merged into theirs
  expect(gemeente.person_merge.map((row: any) => row.id)).toEqual(['person-merge-avg']);
});

test('an export by an organisation covers only its own records; analysts and other purposes are refused', async () => {
  const second = await ask(EXPORT, adminOf(SECOND_ORG), { id: person });
  expect(second.errors).toBeUndefined();
  const welzijn = second.data.person.welzijnRecords;
  expect(welzijn.help_request.map((row: any) => row.id)).toEqual(['help-request-avg']);
  expect(welzijn.help_request_transition.map((row: any) => row.help_request_id)).toEqual(['help-request-avg']);
  expect(welzijn.match).toEqual([]);
  expect(second.data.person.zorgRecords.referral).toEqual([]);
  expect(second.data.person.gemeenteRecords.person).toEqual([]); // the Person key is the gemeente's
  // consents it holds or receives (and its consents from before holders were named), no one else's
  const consents = second.data.person.gemeenteRecords.consent;
  expect(consents.map((row: any) => row.id)).toEqual(expect.arrayContaining(['consent-avg-held', 'consent-avg-received']));
  expect(consents.map((row: any) => row.id)).not.toContain('consent-avg-other');
  for (const row of consents) expect([row.holder_organisation_id, row.recipient_organisation_id]).toContain(SECOND_ORG);
  expect(second.data.person.gemeenteRecords.consent_without_holder.map((row: any) => row.id)).toEqual(['consent-avg-legacy']);
  for (const line of welzijn.processingLog) expect(line.organisation_id).toBe(SECOND_ORG);
  // the first organisation's volunteer record of the resident, its vacancy response and client number stay with it
  expect(welzijn.vacancy_response).toEqual([]);
  expect(welzijn.volunteer.map((row: any) => row.organisation_id)).not.toContain(firstOrg);
  expect(second.data.person.gemeenteRecords.person_reference).toEqual([]);
  expect(second.data.person.gemeenteRecords.person_merge).toEqual([]);

  const first = await ask(EXPORT, officerOf(firstOrg), { id: person });
  expect(first.data.person.welzijnRecords.help_request.map((row: any) => row.id)).not.toContain('help-request-avg');
  expect(first.data.person.welzijnRecords.help_request.length).toBeGreaterThan(0);
  expect(first.data.person.welzijnRecords.vacancy_response.map((row: any) => row.id)).toEqual(['vacancy-response-avg']);
  expect(first.data.person.welzijnRecords.volunteer.map((row: any) => row.id)).toContain('volunteer-avg');
  expect(first.data.person.gemeenteRecords.person_reference).toMatchObject([{ organisation_id: firstOrg, reference: 'avg-client-1' }]);

  for (const caller of [
    { org: 'org-gm-01', roles: ['analyst'], purpose: 'DATA_SUBJECT_REQUEST' },
    { ...HUB_OFFICER, purpose: 'COORDINATION' },
    { org: 'org-gm-01', roles: ['resident'], person, purpose: 'DATA_SUBJECT_REQUEST' },
  ] as TestCaller[]) {
    const refused = await ask(EXPORT, caller, { id: person });
    expect(refused.data.person).toEqual({ gemeenteRecords: null, welzijnRecords: null, zorgRecords: null, bewonersRecords: null });
    expect(refused.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  }
});

test('every exported record is a line in its subgraph’s processing log, with the columns exported', async () => {
  const operation = `export-${Date.now()}`;
  const response = await graphql(hub.gateway.url, EXPORT, { id: person }, { ...gatewayHeaders(adminOf(SECOND_ORG)), 'x-partner-operation': operation });
  expect(response.errors).toBeUndefined();
  const lines = await db('welzijn').query(
    "SELECT action, entity, entity_id, fields, operation_name FROM processing_log WHERE foreign_operation = $1 AND entity <> 'processing_log' ORDER BY entity, entity_id",
    [operation],
  );
  expect(lines).toEqual([
    { action: 'export', entity: 'board_listing', entity_id: 'board-listing-avg', fields: (await columnsOf('welzijn', 'board_listing')).join(','), operation_name: 'Export' },
    { action: 'export', entity: 'cascade', entity_id: 'cascade-avg', fields: (await columnsOf('welzijn', 'cascade')).join(','), operation_name: 'Export' },
    { action: 'export', entity: 'cascade_step', entity_id: 'cascade-step-avg', fields: (await columnsOf('welzijn', 'cascade_step')).join(','), operation_name: 'Export' },
    { action: 'export', entity: 'help_request', entity_id: 'help-request-avg', fields: (await columnsOf('welzijn', 'help_request')).join(','), operation_name: 'Export' },
    { action: 'export', entity: 'help_request_transfer', entity_id: 'help-request-transfer-avg', fields: (await columnsOf('welzijn', 'help_request_transfer')).join(','), operation_name: 'Export' },
    {
      action: 'export',
      entity: 'help_request_transition',
      entity_id: String(response.data.person.welzijnRecords.help_request_transition[0].id),
      fields: (await columnsOf('welzijn', 'help_request_transition')).join(','),
      operation_name: 'Export',
    },
  ]);
});

const ERASE = `mutation Erase($id: ID!) {
  eraseWelzijnRecords(personId: $id) { erasure { organisationId erased { entity count } } userErrors { code field } }
}`;

test('an erasure by an organisation removes only its own records, and every erased record is logged', async () => {
  const before = (await db('welzijn').query('SELECT id FROM help_request WHERE requester_id = $1 ORDER BY id', [person])).map((r: any) => r.id);
  const [{ last }] = await db('welzijn').query('SELECT coalesce(max(id), 0)::int AS last FROM processing_log');
  const [{ n: secondOrgVolunteerLinks }] = await db('welzijn').query('SELECT count(*)::int AS n FROM volunteer WHERE person_id = $1 AND organisation_id = $2', [person, SECOND_ORG]);
  const erased = await ask(ERASE, adminOf(SECOND_ORG), { id: person });
  expect(erased.errors).toBeUndefined();
  expect(erased.data.eraseWelzijnRecords).toEqual({
    erasure: { organisationId: SECOND_ORG, erased: [
      { entity: 'help_request_transition', count: 1 },
      { entity: 'cascade_step', count: 1 },
      { entity: 'cascade', count: 1 },
      { entity: 'help_request_transfer', count: 1 },
      { entity: 'board_listing', count: 1 },
      { entity: 'match', count: 0 },
      { entity: 'help_request', count: 1 },
      { entity: 'vacancy_response', count: 0 }, // the first organisation's
      { entity: 'volunteer', count: secondOrgVolunteerLinks },
    ] },
    userErrors: [],
  });
  const after = (await db('welzijn').query('SELECT id FROM help_request WHERE requester_id = $1 ORDER BY id', [person])).map((r: any) => r.id);
  expect(after).toEqual(before.filter((id: string) => id !== 'help-request-avg')); // the first organisation's stay
  expect((await db('welzijn').query("SELECT person_id FROM volunteer WHERE id = 'volunteer-avg'"))[0].person_id).toBe(person);
  expect(await db('welzijn').query("SELECT id FROM vacancy_response WHERE id = 'vacancy-response-avg'")).toHaveLength(1);
  const lines = await db('welzijn').query(
    'SELECT action, organisation_id, person_id, purpose, entity, entity_id FROM processing_log WHERE id > $1 AND action = $2 ORDER BY entity',
    [last, 'erasure'],
  );
  expect(lines).toEqual([
    expect.objectContaining({ action: 'erasure', entity: 'board_listing', entity_id: 'board-listing-avg', person_id: person }),
    expect.objectContaining({ action: 'erasure', entity: 'cascade', entity_id: 'cascade-avg', person_id: person }),
    expect.objectContaining({ action: 'erasure', entity: 'cascade_step', entity_id: 'cascade-step-avg', person_id: person }),
    { action: 'erasure', organisation_id: SECOND_ORG, person_id: person, purpose: 'DATA_SUBJECT_REQUEST', entity: 'help_request', entity_id: 'help-request-avg' },
    expect.objectContaining({ action: 'erasure', entity: 'help_request_transfer', entity_id: 'help-request-transfer-avg', person_id: person }),
    expect.objectContaining({ action: 'erasure', entity: 'help_request_transition', person_id: person }),
  ]);

  // in gemeente: the consents it holds (the say-so that opened its records), not another holder's (not even
  // one naming it as recipient), not the Person key
  const gemeente = await ask('mutation ($id: ID!) { erasePerson(personId: $id) { erasure { erased { entity count } } userErrors { code } } }', adminOf(SECOND_ORG), { id: person });
  expect(gemeente.errors).toBeUndefined();
  const consentIds = async (table: string) => (await db('gemeente').query(`SELECT id FROM ${table} WHERE person_id = $1`, [person])).map((r: any) => r.id);
  expect(await consentIds('consent')).toEqual(expect.arrayContaining(['consent-avg-other', 'consent-avg-received']));
  expect(await consentIds('consent')).not.toContain('consent-avg-held');
  expect(await consentIds('consent_without_holder')).not.toContain('consent-avg-legacy');
  expect(gemeente.data.erasePerson.erasure.erased).toContainEqual({ entity: 'person', count: 0 });
  expect(gemeente.data.erasePerson.erasure.erased).toContainEqual({ entity: 'person_reference', count: 0 }); // the first organisation's
  expect(gemeente.data.erasePerson.erasure.erased).toContainEqual({ entity: 'person_merge', count: 0 }); // hub-wide only
  expect((await db('gemeente').query('SELECT id FROM person WHERE id = $1', [person])).length).toBe(1);
  const consentLines = await db('gemeente').query(
    "SELECT DISTINCT organisation_id, entity, entity_id FROM processing_log WHERE action = 'erasure' AND person_id = $1 ORDER BY entity, entity_id",
    [person],
  );
  expect(consentLines).toEqual([
    { organisation_id: SECOND_ORG, entity: 'consent', entity_id: 'consent-avg-held' },
    { organisation_id: SECOND_ORG, entity: 'consent_without_holder', entity_id: 'consent-avg-legacy' },
  ]);

  const bad = await ask(ERASE, adminOf(SECOND_ORG), { id: '  ' });
  expect(bad.data.eraseWelzijnRecords).toEqual({ erasure: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['personId'] }] });
  const notAllowed = await ask(ERASE, { org: SECOND_ORG, roles: ['matcher'], purpose: 'DATA_SUBJECT_REQUEST' }, { id: person });
  expect(notAllowed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

const INZAGE = `query Inzage($id: ID!) {
  person(id: $id) { processingLog { at organisationId organisation { name } action purpose processingActivity { id name } recordType recordId fields recipient keptBy traceId operationName foreignOperation } }
}`;

test('inzage: the resident sees who read which of their data, when and why, across the subgraphs; the reading is logged', async () => {
  // a read by a partner with consent to COORDINATION, to be found in the log
  await graphql(hub.gateway.url, 'query WhoIsInvolved($id: ID!) { person(id: $id) { involvedOrganisations { id } } }', { id: 'person-001' }, {
    ...gatewayHeaders({ org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' }),
    'x-partner-operation': 'zorg-ticket-4711',
  });
  const resident: TestCaller = { org: 'org-gm-01', roles: ['resident'], person: 'person-001', purpose: 'DATA_SUBJECT_REQUEST' };
  const response = await ask(INZAGE, resident, { id: 'person-001' });
  expect(response.errors).toBeUndefined();
  const lines = response.data.person.processingLog;
  const read = lines.filter((line: any) => line.foreignOperation === 'zorg-ticket-4711' && line.action === 'READ');
  expect(read.map((line: any) => line.keptBy)).toEqual(['gemeente']);
  // welzijn, zorg and bewoners passed their part of who is involved to gemeente (@requires): a disclosure each
  const disclosed = lines.filter((line: any) => line.foreignOperation === 'zorg-ticket-4711' && line.action === 'DISCLOSURE');
  expect(new Set(disclosed.map((line: any) => line.keptBy))).toEqual(new Set(['welzijn', 'zorg', 'bewoners']));
  for (const line of disclosed) expect(line).toMatchObject({ recipient: 'gemeente', organisationId: 'org-zg-01', purpose: 'COORDINATION', recordType: 'Person', fields: [`${line.keptBy}Involvement`] });
  // and the consent register's answers to the questions that read asked (gemeente's log)
  const checks = lines.filter((line: any) => line.foreignOperation === 'zorg-ticket-4711' && line.action === 'CHECK');
  expect(checks.length).toBeGreaterThan(0);
  for (const line of checks) {
    expect(line).toMatchObject({ keptBy: 'gemeente', organisationId: 'org-zg-01', purpose: 'COORDINATION', recordType: 'ConsentCheck', processingActivity: { id: 'urn:samenspel:verwerkingsactiviteit:afstemmen' } });
    expect(line.recordId).toMatch(/^person-001:/);
  }
  for (const line of [...read, ...disclosed]) {
    expect(line).toMatchObject({
      organisationId: 'org-zg-01',
      organisation: { name: 'Wijkteam Binnenstad' },
      purpose: 'COORDINATION',
      processingActivity: { id: 'urn:samenspel:verwerkingsactiviteit:afstemmen', name: 'Afstemmen wie er betrokken is' },
      recordType: 'Person',
      recordId: 'person-001',
      operationName: 'WhoIsInvolved',
    });
    expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);
  }
  const times = lines.map((line: any) => new Date(line.at).getTime());
  expect(times).toEqual([...times].sort((a, b) => b - a)); // newest first
  // the inzage itself is a line the next inzage shows
  const again = (await ask(INZAGE, resident, { id: 'person-001' })).data.person.processingLog;
  expect(again.filter((line: any) => line.recordType === 'ProcessingLog' && line.purpose === 'DATA_SUBJECT_REQUEST').length).toBeGreaterThanOrEqual(PARTNERS.length);
});

test('inzage is for the resident themself and the data-protection officers (another organisation’s officer sees its own lines)', async () => {
  const refused = [
    { org: 'org-gm-01', roles: ['resident'], person: 'person-002', purpose: 'DATA_SUBJECT_REQUEST' },
    { org: 'org-zg-01', roles: ['professional'], purpose: 'DATA_SUBJECT_REQUEST' },
    { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'DATA_SUBJECT_REQUEST' },
    { org: 'org-gm-01', roles: ['resident'], person: 'person-001', purpose: 'COORDINATION' },
  ] as TestCaller[];
  for (const caller of refused) {
    const response = await ask(INZAGE, caller, { id: 'person-001' });
    expect(response.data?.person?.processingLog ?? null).toBeNull();
    expect(response.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  }
  const all = (await ask(INZAGE, HUB_OFFICER, { id: 'person-001' })).data.person.processingLog;
  expect(new Set(all.map((line: any) => line.organisationId)).size).toBeGreaterThan(1);
  const own = await ask(INZAGE, officerOf('org-zg-01'), { id: 'person-001' });
  expect(own.errors).toBeUndefined();
  expect(own.data.person.processingLog.length).toBeGreaterThan(0);
  for (const line of own.data.person.processingLog) expect(line.organisationId).toBe('org-zg-01');
});

test('a newcomer who responds to a vacancy is a resident too: their inzage and export list the response, and erasure removes it', async () => {
  const matcher: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'MATCHING' };
  const [vacancy] = await db('welzijn').query("SELECT id FROM volunteer_vacancy WHERE published AND (capacity->>'acceptsNew')::boolean ORDER BY id LIMIT 1");
  const RESPOND = `mutation ($input: RespondToVacancyInput!) { respondToVacancy(input: $input) { response { id } userErrors { code field } } }`;
  const newcomer = { vacancyId: vacancy.id, name: 'Noor', phone: '06 1234 5678', message: 'Ik wil graag helpen.' };
  // without a Person key the response is refused: it would be out of reach of the resident's rights
  const keyless = await ask(RESPOND, matcher, { input: { clientMutationId: 'avg-newcomer-0', ...newcomer } });
  expect(keyless.data.respondToVacancy).toEqual({ response: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'personId'] }] });
  // registered first under the organisation's own reference, as for an intake
  const registered = await ask(`mutation { registerPerson(input: { reference: "web-noor", homeArea: "BU03070301" }) { person { id } userErrors { code } } }`, matcher);
  const noor: string = registered.data.registerPerson.person.id;
  const responded = await ask(RESPOND, matcher, { input: { clientMutationId: 'avg-newcomer-1', ...newcomer, personId: noor } });
  expect(responded.data.respondToVacancy.userErrors).toEqual([]);
  const responseId: string = responded.data.respondToVacancy.response.id;

  const exported = await ask(EXPORT, HUB_OFFICER, { id: noor });
  expect(exported.errors).toBeUndefined();
  expect(exported.data.person.welzijnRecords.vacancy_response).toEqual([expect.objectContaining({ id: responseId, name: 'Noor', person_id: noor })]);
  const inzage = await ask(INZAGE, HUB_OFFICER, { id: noor });
  expect(inzage.data.person.processingLog).toEqual(
    expect.arrayContaining([expect.objectContaining({ keptBy: 'welzijn', organisationId: 'org-wz-05', recordType: 'VacancyResponse', recordId: responseId })]),
  );

  const erased = await ask(ERASE, HUB_OFFICER, { id: noor });
  expect(erased.data.eraseWelzijnRecords.erasure.erased).toEqual(expect.arrayContaining([{ entity: 'vacancy_response', count: 1 }]));
  expect(await db('welzijn').query('SELECT id FROM vacancy_response WHERE id = $1', [responseId])).toEqual([]);
});
