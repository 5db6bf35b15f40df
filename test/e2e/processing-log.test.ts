// The processing log tells the truth, in every subgraph (issue 12, finding 9): a scripted series of reads by
// several callers (holders, partners with consent, partners without, callers without a purpose) goes through
// the gateway, each read marked with its own x-partner-operation; from the answers alone the test works out
// which lines each subgraph must have written (one per record, with exactly the fields that came back
// non-null; a field another type showed as Type.field on the record it came from; a field the gateway only
// passed to another subgraph for @requires as a disclosure line naming that subgraph) and compares them with
// the lines that subgraph did write: the same sets, nothing extra, nothing missing. Then the lines themselves:
// the Logboek Dataverwerkingen fields, and no line for a caller without a name; the consent register's
// answers and consent writes as lines of their own kind, which the resident sees in their inzage.
import { parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { recordConsent } from '../support/consent';
import { subgraphSdl } from '../../subgraphs/kit/sdl';
import { newTrace } from '../../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphConfig, subgraphSecret } from '../../platform/config';
import { PARTNERS, type Partner } from '../../platform/config';
import { PROCESSING_ACTIVITIES } from '../../subgraphs/kit/access/processing-activities';
import { policies as gemeentePolicies } from '../../subgraphs/gemeente/policies';
import { policies as welzijnPolicies } from '../../subgraphs/welzijn/policies';
import { policies as zorgPolicies } from '../../subgraphs/zorg/policies';
import { policies as bewonersPolicies } from '../../subgraphs/bewoners/policies';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  // a partner with consent (for each subgraph's reads below), besides the demo's consents
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-001', holderOrganisationId: 'org-wz-01', recipientOrganisationId: 'org-wz-02', purpose: 'COORDINATION' }); // help-request-001
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: 'org-zg-01', recipientOrganisationId: 'org-wz-02', purpose: 'COORDINATION' }); // referral-001
  // a hulpvraag of org-wz-01 with a candidate from each pool (person-002 consented to MATCHING by org-wz-01)
  await hub.subgraphs.welzijn.db.query(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ('volunteer-log', 'org-wz-01', 'BU03070101', '{PETS}', true, '{nl}', 52.155, 5.385, 3, '{}', 2, '{}', true, true)`,
  );
  await hub.subgraphs.bewoners.db.query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ('help-offer-log', 'person-002', 'org-bw-01', '{PETS}', 'BU03070101', true, 52.155, 5.39, 3, '{}', '{nl}', '{}')`,
  );
  await hub.subgraphs.welzijn.db.query(
    `INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, description, latitude, longitude)
     VALUES ('help-request-log', 'PETS', 'LIGHT_ONE_OFF', 'OPEN', 'PHONE', 'BU03070101', 'person-001', 'org-wz-01', 'de hond uitlaten', 52.155, 5.385)`,
  );
});
afterAll(() => hub?.close());

const POLICY_TYPES: Record<Partner, string[]> = {
  gemeente: gemeentePolicies(subgraphConfig('gemeente', process.env)).map((p) => p.type),
  welzijn: welzijnPolicies.map((p) => p.type),
  zorg: zorgPolicies.map((p) => p.type),
  bewoners: bewonersPolicies.map((p) => p.type),
};

/** The fields a subgraph itself serves of a type (not @external), from its SDL. */
function ownFields(partner: Partner, type: string): Set<string> {
  const nodes = parse(subgraphSdl(partner)).definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode => (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === type,
  );
  const fields = nodes.flatMap((node) => (node.fields ?? []) as FieldDefinitionNode[]);
  return new Set(fields.filter((f) => !f.directives?.some((d) => d.name.value === 'external')).map((f) => f.name.value));
}

/** `to`: for a disclosure line, the subgraph the fields were passed to; absent for a read. */
type Line = { partner: Partner; entity: string; id: string; fields: Set<string>; to?: Partner };
const present = (value: unknown) => value !== null && value !== undefined;

/**
 * The lines an answer requires, worked out from the answer (every object in the scripts asks for __typename;
 * records for their id). What the test knows of the schema: the policy types, and which fields of other
 * types show which record.
 */
function expectedLines(data: unknown): Line[] {
  const lines: Line[] = [];
  const add = (partner: Partner, entity: string, id: string, fields: string[], to?: Partner) => {
    if (!fields.length) return;
    lines.push({ partner, entity, id, fields: new Set(fields), ...(to && { to }) });
  };
  const nonNull = (object: Record<string, unknown>, only?: string[]) =>
    Object.keys(object).filter((key) => key !== '__typename' && present(object[key]) && (!only || only.includes(key)));
  const visit = (value: unknown, parent?: Record<string, unknown>) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, parent));
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, any>;
    const type = object.__typename as string | undefined;
    for (const partner of PARTNERS) {
      if (type && POLICY_TYPES[partner].includes(type)) add(partner, type, object.id, nonNull(object).filter((f) => ownFields(partner, type).has(f)));
    }
    const named = (prefix: string, fields: string[]) => fields.map((f) => `${prefix}.${f}`);
    if (type === 'HelpRequestEdge') add('welzijn', 'HelpRequest', object.node.id, named(type, nonNull(object, ['cursor'])));
    if (type === 'MatchViewEdge') add('welzijn', 'HelpRequest', object.node.helpRequest.id, named(type, nonNull(object, ['cursor'])));
    if (type === 'MatchViewItem') add('welzijn', 'HelpRequest', object.helpRequest.id, named(type, nonNull(object, ['ageInDays', 'daysUntilResponseDue', 'responseOverdue'])));
    if ((type === 'HelpRequestConnection' || type === 'MatchViewConnection') && object.pageInfo?.endCursor) {
      const last = object.edges[object.edges.length - 1].node;
      add('welzijn', 'HelpRequest', type === 'HelpRequestConnection' ? last.id : last.helpRequest.id, [`${type}.pageInfo`]);
    }
    // ranking neighbours, bewoners gets the hulpvraag's key, category, location, wished times, languages, intensity,
    // tasks, the direct-neighbour wish and the offers that helped the resident before
    // (@requires): a disclosure to bewoners, not a read by the caller
    if (type === 'HelpRequest' && present(object.candidates)) add('welzijn', 'HelpRequest', object.id, ['id', 'category', 'location', 'wishedTimes', 'languages', 'intensity', 'tasks', 'notDirectNeighbour', 'earlierHelpOffers'], 'bewoners');
    if (type === 'MatchCandidate' && object.pool === 'VOLUNTEER') add('welzijn', 'Volunteer', object.helperId, named(type, nonNull(object)));
    // welzijn asks bewoners for all three of a neighbour's, whatever the caller selected (@requires), and shows
    // them in its candidates: served to the caller, and passed to welzijn
    if (type === 'MatchCandidate' && object.pool === 'NEIGHBOUR') {
      add('bewoners', 'HelpOffer', object.helperId, named('NeighbourCandidate', ['helperId', 'reasons', 'score']));
      add('bewoners', 'HelpOffer', object.helperId, named('NeighbourCandidate', ['helperId', 'reasons', 'score']), 'welzijn');
    }
    if (type === 'ProposedAssignment') {
      add('welzijn', 'HelpRequest', object.helpRequest.id, named(type, nonNull(object, ['score'])));
      add('welzijn', 'Volunteer', object.volunteer.id, named(type, nonNull(object, ['score'])));
    }
    // who is involved: gemeente's answer, from every other subgraph's part (@requires: passed to gemeente)
    if (type === 'Person' && present(object.involvedOrganisations)) {
      add('gemeente', 'Person', object.id, ['involvedOrganisations']);
      for (const partner of ['welzijn', 'zorg', 'bewoners'] as const) add(partner, 'Person', object.id, [`${partner}Involvement`], 'gemeente');
    }
    for (const [key, child] of Object.entries(object)) if (key !== '__typename') visit(child, object);
  };
  visit(data);
  // one line per record (and recipient): the fields of all its mentions together
  const merged = new Map<string, Line>();
  for (const line of lines) {
    const key = `${line.partner}|${line.entity}|${line.id}|${line.to ?? ''}`;
    const known = merged.get(key);
    if (known) line.fields.forEach((f) => known.fields.add(f));
    else merged.set(key, line);
  }
  return [...merged.values()];
}

interface Read {
  caller: TestCaller;
  query: string;
}

let operations = 0;
async function runScript(reads: Read[]): Promise<{ expected: Map<Partner, string[]>; actual: Map<Partner, string[]>; answers: GraphQLResponse[] }> {
  const expected = new Map<Partner, string[]>(PARTNERS.map((p) => [p, []]));
  const actual = new Map<Partner, string[]>(PARTNERS.map((p) => [p, []]));
  const answers: GraphQLResponse[] = [];
  const marks: string[] = [];
  for (const read of reads) {
    const mark = `script-${++operations}`;
    marks.push(mark);
    const answer = await graphql(hub.gateway.url, read.query, undefined, { ...gatewayHeaders(read.caller), 'x-partner-operation': mark });
    answers.push(answer);
    for (const line of expectedLines(answer.data)) {
      expected.get(line.partner)!.push(`${mark} ${line.entity}:${line.id} ${[...line.fields].sort().join(',')} by ${read.caller.org}${line.to ? ` to ${line.to}` : ''}`);
    }
  }
  for (const partner of PARTNERS) {
    const rows = await hub.subgraphs[partner].db.query(
      // the reads; the consent questions they caused are lines of another kind ("check", tested below)
      "SELECT foreign_operation, entity, entity_id, fields, organisation_id, recipient FROM processing_log WHERE foreign_operation = ANY ($1) AND action IN ('read', 'disclosure') AND entity <> 'ProcessingLog'",
      [marks],
    );
    // one gateway request can be several requests to one subgraph (a field another subgraph @requires): its
    // lines on one record are taken together
    const merged = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.foreign_operation} ${r.entity}:${r.entity_id}|by ${r.organisation_id}${r.recipient ? ` to ${r.recipient}` : ''}`;
      const fields = merged.get(key) ?? new Set<string>();
      String(r.fields).split(',').forEach((f) => fields.add(f));
      merged.set(key, fields);
    }
    actual.set(partner, [...merged].map(([key, fields]) => key.replace('|', ` ${[...fields].sort().join(',')} `)));
  }
  for (const partner of PARTNERS) {
    expected.get(partner)!.sort();
    actual.get(partner)!.sort();
  }
  return { expected, actual, answers };
}

const holder = (org: string, role: TestCaller['roles'][number], purpose: TestCaller['purpose'] = 'SERVICE_DELIVERY'): TestCaller => ({ org, roles: [role], purpose });

/** Per subgraph: reads of its records by holders, by partners with and without consent, and without a purpose. */
const SCRIPTS: Record<Partner, Read[]> = {
  welzijn: [
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpRequest(id: "help-request-001") { __typename id category status description underlyingNeed location { latitude longitude } wishedTimes transitions { to } requester { id } } }' },
    { caller: holder('org-wz-02', 'matcher', 'COORDINATION'), query: '{ helpRequest(id: "help-request-001") { __typename id category status description underlyingNeed } }' },
    { caller: holder('org-wz-03', 'matcher', 'MATCHING'), query: '{ helpRequest(id: "help-request-001") { __typename id category } }' },
    { caller: { org: 'org-wz-01', roles: ['matcher'] }, query: '{ helpRequest(id: "help-request-001") { __typename id category } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpRequests(first: 3) { __typename edges { __typename cursor node { __typename id status } } pageInfo { endCursor hasNextPage } } }' },
    {
      caller: holder('org-wz-01', 'matcher', 'MATCHING'),
      query: '{ matchView(area: "GM0307", first: 3) { __typename edges { __typename cursor node { __typename ageInDays daysUntilResponseDue responseOverdue helpRequest { __typename id } } } pageInfo { endCursor } } }',
    },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpRequest(id: "help-request-log") { __typename id candidates(first: 10) { __typename pool helperId score reasons } } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpRequest(id: "help-request-log") { __typename id candidates(first: 10) { __typename pool helperId } } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ volunteer(id: "volunteer-001") { __typename id categories available maxDistanceKm } }' },
    { caller: holder('org-wz-02', 'matcher', 'MATCHING'), query: '{ volunteer(id: "volunteer-001") { __typename id categories } }' },
    { caller: holder('org-wz-06', 'matcher', 'MATCHING'), query: '{ match(id: "match-001") { __typename id status madeBy followUpOutcome helpRequest { __typename id status } } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ batchProposal(area: "GM0307") { assignments { __typename score helpRequest { __typename id } volunteer { __typename id } } } }' },
  ],
  zorg: [
    { caller: holder('org-zg-01', 'professional'), query: '{ referral(id: "referral-001") { __typename id kind reason urgency status note statusReason helpRequest { id } } }' },
    { caller: holder('org-wz-11', 'matcher', 'REFERRAL'), query: '{ referral(id: "referral-001") { __typename id kind status note } }' },
    { caller: holder('org-wz-02', 'matcher', 'COORDINATION'), query: '{ referral(id: "referral-001") { __typename id kind status note statusReason } }' },
    { caller: holder('org-zg-02', 'professional', 'REFERRAL'), query: '{ referral(id: "referral-001") { __typename id kind } }' },
    { caller: { org: 'org-zg-01', roles: ['professional'] }, query: '{ referral(id: "referral-001") { __typename id kind } }' },
  ],
  bewoners: [
    { caller: holder('org-bw-01', 'cooperative-coordinator'), query: '{ helpOffer(id: "help-offer-001") { __typename id categories available availability languages maxDistanceKm helper { id } } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpOffer(id: "help-offer-001") { __typename id categories maxDistanceKm } }' },
    { caller: holder('org-wz-02', 'matcher', 'MATCHING'), query: '{ helpOffer(id: "help-offer-001") { __typename id categories } }' },
    { caller: holder('org-bw-01', 'cooperative-coordinator'), query: '{ organisation(id: "org-bw-01") { memberships(first: 20) { edges { node { __typename id role since person { id } } } } } }' },
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ helpRequest(id: "help-request-log") { __typename id candidates(first: 10) { __typename pool helperId } } }' },
  ],
  gemeente: [
    { caller: holder('org-wz-01', 'matcher', 'MATCHING'), query: '{ person(id: "person-002") { __typename id consents { __typename id purpose validUntil holder { id } recipient { id } } } }' },
    { caller: holder('org-gm-01', 'hub-admin', 'COORDINATION'), query: '{ person(id: "person-002") { __typename id consents { __typename id purpose } } }' },
    { caller: holder('org-zg-01', 'professional', 'COORDINATION'), query: '{ person(id: "person-001") { __typename id involvedOrganisations { id } } }' },
    { caller: holder('org-zg-02', 'professional', 'COORDINATION'), query: '{ person(id: "person-001") { __typename id involvedOrganisations { id } } }' },
  ],
};

describe.each(PARTNERS)('%s', (partner) => {
  test(`the processing log holds exactly the fields ${partner} served: one line per record, nothing refused, nothing null`, async () => {
    const { expected, actual, answers } = await runScript(SCRIPTS[partner]);
    expect(expected.get(partner)!.length).toBeGreaterThan(2); // the script really reads this subgraph's records
    expect(answers.some((answer) => answer.errors?.length)).toBe(true); // and is refused somewhere
    for (const p of PARTNERS) expect({ partner: p, lines: actual.get(p) }).toEqual({ partner: p, lines: expected.get(p) });
  });
});

test('a line carries the Logboek Dataverwerkingen fields: activity, trace and span, data subject, the partner’s operation', async () => {
  const caller = holder('org-wz-01', 'matcher', 'MATCHING');
  const response = await graphql(hub.gateway.url, 'query Werkvoorraad { helpRequest(id: "help-request-001") { id category } }', undefined, {
    ...gatewayHeaders(caller),
    'x-partner-operation': '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  });
  expect(response.errors).toBeUndefined();
  const [line] = await hub.subgraphs.welzijn.db.query(
    "SELECT * FROM processing_log WHERE foreign_operation = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'",
  );
  expect(line).toMatchObject({
    processing_activity_id: PROCESSING_ACTIVITIES.find((a) => a.purpose === 'MATCHING')!.id,
    action: 'read',
    operation_name: 'Werkvoorraad',
    organisation_id: 'org-wz-01',
    subject: 'matcher@org-wz-01',
    purpose: 'MATCHING',
    entity: 'HelpRequest',
    entity_id: 'help-request-001',
    person_id: 'person-001',
    fields: 'category,id',
  });
  expect(line.trace_id).toMatch(/^[0-9a-f]{32}$/);
  expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
  expect(line.parent_span_id).toMatch(/^[0-9a-f]{16}$/);
  expect(line.span_id).not.toBe(line.parent_span_id); // the subgraph's own step, a child of the gateway's
  const bad = await graphql(hub.gateway.url, '{ helpRequest(id: "help-request-001") { id } }', undefined, { ...gatewayHeaders(caller), 'x-partner-operation': 'x'.repeat(300) });
  expect(bad.status).toBe(400);
});

test('a caller with an empty subject is refused at the subgraph, and nothing is logged', async () => {
  const [{ before }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS before FROM processing_log');
  for (const identity of [{ subject: '', organisationId: 'org-wz-01' }, { subject: 'matcher@org-wz-01', organisationId: '' }]) {
    const signed = signIdentity({ ...identity, roles: ['matcher'], personId: null, purpose: 'MATCHING', ...newTrace() }, 'welzijn', subgraphSecret('welzijn', process.env));
    const response = await graphql(hub.subgraphs.welzijn.url, '{ helpRequest(id: "help-request-001") { id category } }', undefined, { [IDENTITY_HEADER]: signed });
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
  }
  // the same request with a name is served (the refusal above is about the name)
  const named = await graphql(hub.subgraphs.welzijn.url, '{ helpRequest(id: "help-request-001") { id } }', undefined, identityHeaders('welzijn', holder('org-wz-01', 'matcher', 'MATCHING')));
  expect(named.data.helpRequest.id).toBe('help-request-001');
  const [{ after }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS after FROM processing_log');
  expect(after).toBe(before + 1);
});

test('a consent question is a "check" line in gemeente’s log, under the asking subgraph’s step, with the answer; the resident sees it', async () => {
  const ask = (caller: TestCaller, mark: string) =>
    graphql(hub.gateway.url, '{ helpRequest(id: "help-request-001") { id category } }', undefined, { ...gatewayHeaders(caller), 'x-partner-operation': mark });
  // org-wz-02 has person-001's consent to COORDINATION from org-wz-01 (beforeAll); org-wz-03 none to MATCHING
  expect((await ask(holder('org-wz-02', 'matcher', 'COORDINATION'), 'check-yes')).data.helpRequest.category).toBeTruthy();
  expect((await ask(holder('org-wz-03', 'matcher', 'MATCHING'), 'check-no')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const checks = await hub.subgraphs.gemeente.db.query(
    `SELECT foreign_operation, action, processing_activity_id, organisation_id, purpose, person_id, entity, entity_id, fields, parent_span_id
     FROM processing_log WHERE foreign_operation IN ('check-yes', 'check-no') ORDER BY foreign_operation DESC`,
  );
  const activity = (purpose: string) => PROCESSING_ACTIVITIES.find((a) => a.purpose === purpose)!.id;
  expect(checks).toEqual([
    expect.objectContaining({
      foreign_operation: 'check-yes', action: 'check', processing_activity_id: activity('COORDINATION'), organisation_id: 'org-wz-02', purpose: 'COORDINATION',
      person_id: 'person-001', entity: 'ConsentCheck', entity_id: 'person-001:org-wz-01', fields: expect.stringMatching(/^answer:yes \(consent-test-[^)]+\),askedBy:welzijn$/),
    }),
    expect.objectContaining({
      foreign_operation: 'check-no', action: 'check', processing_activity_id: activity('MATCHING'), organisation_id: 'org-wz-03', purpose: 'MATCHING',
      person_id: 'person-001', entity: 'ConsentCheck', entity_id: 'person-001:org-wz-01', fields: 'answer:no,askedBy:welzijn',
    }),
  ]);
  // the question was part of welzijn's step: its span is the parent of the register's line
  const [read] = await hub.subgraphs.welzijn.db.query("SELECT span_id FROM processing_log WHERE foreign_operation = 'check-yes' AND action = 'read'");
  expect(checks[0].parent_span_id).toBe(read.span_id);

  const resident: TestCaller = { org: 'org-gm-01', roles: ['resident'], person: 'person-001', purpose: 'DATA_SUBJECT_REQUEST' };
  const inzage = await graphql(hub.gateway.url, '{ person(id: "person-001") { processingLog { action organisationId purpose processingActivity { id } recordType recordId fields keptBy foreignOperation } } }', undefined, gatewayHeaders(resident));
  expect(inzage.errors).toBeUndefined();
  const shown = inzage.data.person.processingLog.filter((line: any) => ['check-yes', 'check-no'].includes(line.foreignOperation));
  expect(shown).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: 'CHECK', organisationId: 'org-wz-02', recordType: 'ConsentCheck', keptBy: 'gemeente', processingActivity: { id: activity('COORDINATION') } }),
      expect.objectContaining({ action: 'CHECK', organisationId: 'org-wz-03', recordType: 'ConsentCheck', keptBy: 'gemeente', fields: ['answer:no', 'askedBy:welzijn'] }),
    ]),
  );
});

test('recording and revoking a consent are "write" lines, for the consent’s purpose and its processing activity; the resident sees them', async () => {
  const resident: TestCaller = { org: 'org-gm-01', roles: ['resident'], person: 'person-003', purpose: 'DATA_SUBJECT_REQUEST' };
  const granted = await graphql(
    hub.gateway.url,
    'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } userErrors { message } } }',
    {
      input: {
        personId: 'person-003', holderOrganisationId: 'org-wz-01', recipientOrganisationId: 'org-zg-02', purpose: 'REFERRAL', method: 'DIGITAL',
        reference: 'in de app', validUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
      },
    },
    { ...gatewayHeaders(resident), 'x-partner-operation': 'consent-write' },
  );
  expect(granted.data.grantConsent.userErrors).toEqual([]);
  const id = granted.data.grantConsent.consent.id;
  const revoked = await graphql(hub.gateway.url, 'mutation ($id: ID!) { revokeConsent(id: $id) { consent { id } userErrors { message } } }', { id }, { ...gatewayHeaders(resident), 'x-partner-operation': 'consent-write' });
  expect(revoked.data.revokeConsent.userErrors).toEqual([]);
  const writes = await hub.subgraphs.gemeente.db.query(
    "SELECT action, processing_activity_id, purpose, person_id, entity, entity_id, fields, organisation_id FROM processing_log WHERE foreign_operation = 'consent-write' AND action = 'write' ORDER BY id",
  );
  const line = { action: 'write', processing_activity_id: PROCESSING_ACTIVITIES.find((a) => a.purpose === 'REFERRAL')!.id, purpose: 'REFERRAL', person_id: 'person-003', entity: 'Consent', entity_id: id, organisation_id: 'org-gm-01' };
  expect(writes).toEqual([{ ...line, fields: 'grantConsent' }, { ...line, fields: 'revokeConsent' }]);
  const inzage = await graphql(hub.gateway.url, '{ person(id: "person-003") { processingLog { action recordType recordId fields } } }', undefined, gatewayHeaders(resident));
  expect(inzage.data.person.processingLog.filter((l: any) => l.action === 'WRITE' && l.recordId === id).map((l: any) => l.fields)).toEqual(
    expect.arrayContaining([['grantConsent'], ['revokeConsent']]),
  );
});
