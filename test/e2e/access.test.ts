// Partner access and privacy through the gateway: the authorization matrix, consent, the processing log,
// and the resident's AVG rights. Expectations follow the demo data (see the seeds) and the policies.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { ROLES, type Purpose, type Role } from '../../platform/caller';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (query: string, caller?: TestCaller, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

type Caller = { org: string; role: Role; purpose: Purpose } | null;
const has = (caller: Caller, ...roles: Role[]) => caller !== null && roles.includes(caller.role);
const from = (caller: Caller, ...orgs: string[]) => caller !== null && orgs.includes(caller.org);

/**
 * Every private field or entity, with the record it reads and who may read it. Holders are from the
 * seeds: help-request-001 (org-wz-01, about person-001), volunteer-001 (org-wz-01), match-001 (org-wz-06's
 * request, org-wz-01's volunteer), referral-001 (org-zg-01, referred by org-wz-11), help-offer-001
 * (org-bw-01, by person-002), memberships of org-bw-01 (one of person-001). Consents: person-002 to
 * org-wz-01 for MATCHING; person-001 to person-010 to org-zg-01 for COORDINATION.
 */
const PROBES: { name: string; selection: string; allowed: (caller: Caller) => boolean }[] = [
  {
    name: 'helpRequest',
    selection: 'helpRequest(id: "help-request-001") { id category status requester { id } }',
    allowed: (c) =>
      has(c, 'matcher', 'professional', 'cooperative-coordinator', 'partner-system') &&
      (from(c, 'org-wz-01') || (from(c, 'org-zg-01') && c!.purpose === 'COORDINATION')),
  },
  { name: 'volunteer', selection: 'volunteer(id: "volunteer-001") { id categories homeArea { code } }', allowed: (c) => has(c, 'matcher', 'partner-system') && from(c, 'org-wz-01') },
  { name: 'match', selection: 'match(id: "match-001") { id status madeBy }', allowed: (c) => has(c, 'matcher', 'partner-system') && from(c, 'org-wz-06', 'org-wz-01') },
  {
    name: 'referral',
    selection: 'referral(id: "referral-001") { id kind status reason }',
    allowed: (c) => has(c, 'professional', 'matcher', 'partner-system') && from(c, 'org-zg-01', 'org-wz-11'),
  },
  {
    name: 'helpOffer',
    selection: 'helpOffer(id: "help-offer-001") { id categories helper { id } }',
    allowed: (c) =>
      has(c, 'cooperative-coordinator', 'matcher', 'partner-system') &&
      (from(c, 'org-bw-01') || (from(c, 'org-wz-01') && c!.purpose === 'MATCHING')),
  },
  {
    name: 'memberships',
    selection: 'memberships: organisation(id: "org-bw-01") { list: memberships { id role person { id } } }',
    allowed: (c) =>
      has(c, 'cooperative-coordinator', 'partner-system') &&
      (from(c, 'org-bw-01') || (from(c, 'org-zg-01') && c!.purpose === 'COORDINATION')),
  },
  { name: 'grants', selection: 'grants: organisation(id: "org-wz-01") { list: grants { id amountEuros } }', allowed: (c) => from(c, 'org-wz-01', 'org-gm-01') },
  {
    name: 'consents',
    selection: 'consents: person(id: "person-002") { list: consents { id purpose organisation { id } } }',
    allowed: (c) => from(c, 'org-wz-01', 'org-zg-01', 'org-gm-01'),
  },
  {
    name: 'involvedOrganisations',
    selection: 'involved: person(id: "person-001") { list: involvedOrganisations { id } }',
    allowed: (c) => from(c, 'org-zg-01') && c!.purpose === 'COORDINATION',
  },
  { name: 'professional', selection: 'professional(id: "professional-001") { displayName role }', allowed: (c) => c !== null },
];

const ALIAS: Record<string, string> = { memberships: 'memberships', grants: 'grants', consents: 'consents', involvedOrganisations: 'involved' };
const MATRIX_QUERY = `{ ${PROBES.map((p) => p.selection).join('\n')} }`;

/** Whether the answer shows the probe's record: present and, for lists, not empty. */
function shown(data: any, probe: (typeof PROBES)[number]): boolean {
  const value = data?.[ALIAS[probe.name] ?? probe.name];
  if (value === null || value === undefined) return false;
  if ('list' in value) return Array.isArray(value.list) && value.list.length > 0;
  return true;
}

const ORGANISATIONS = ['org-gm-01', 'org-wz-01', 'org-wz-06', 'org-wz-11', 'org-zg-01', 'org-zg-02', 'org-bw-01', 'org-bw-02'];
const PURPOSES: Purpose[] = ['SERVICE_DELIVERY', 'MATCHING', 'COORDINATION'];
const CALLERS: Caller[] = [null, ...ORGANISATIONS.flatMap((org) => ROLES.flatMap((role) => PURPOSES.map((purpose) => ({ org, role, purpose }))))];

test(`authorization matrix: ${CALLERS.length} callers × ${PROBES.length} private fields, allow or deny as the policies say`, async () => {
  const mismatches: string[] = [];
  let allowedCount = 0;
  for (const caller of CALLERS) {
    // a resident signs in as themselves (person-001, the requester of help-request-001)
    const person = caller?.role === 'resident' ? 'person-001' : undefined;
    const response = await ask(MATRIX_QUERY, caller ? { org: caller.org, roles: [caller.role], purpose: caller.purpose, person } : undefined);
    expect(response.status).toBe(200);
    for (const probe of PROBES) {
      const expected = probe.allowed(caller);
      if (expected) allowedCount += 1;
      if (shown(response.data, probe) !== expected) {
        const who = caller ? `${caller.role}@${caller.org} for ${caller.purpose}` : 'anonymous';
        mismatches.push(`${probe.name} for ${who}: expected ${expected ? 'allow' : 'deny'}`);
      }
    }
    if (caller === null) {
      // nothing personal reaches the anonymous caller, and it is told why
      expect(response.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    }
  }
  expect(mismatches).toEqual([]);
  expect(allowedCount).toBeGreaterThan(50); // the matrix really exercises both outcomes
});

test('lists of hulpvragen hold only the caller’s own organisation’s records', async () => {
  for (const org of ['org-wz-01', 'org-wz-06', 'org-zg-01', 'org-bw-01']) {
    const { data, errors } = await ask('{ helpRequests(first: 100) { edges { node { intakeOrganisation { id } } } } }', { org, roles: ['partner-system'], purpose: 'MATCHING' });
    expect(errors).toBeUndefined();
    for (const edge of data.helpRequests.edges) expect(edge.node.intakeOrganisation.id).toBe(org);
    if (org.startsWith('org-wz')) expect(data.helpRequests.edges.length).toBeGreaterThan(0);
  }
});

test('reading personal data without a purpose is refused, and says so', async () => {
  const response = await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['matcher'] });
  expect(response.data.helpRequest).toBeNull();
  expect(response.errors?.[0].extensions?.code).toBe('PURPOSE_REQUIRED');
  expect(response.errors?.[0].message).toContain('x-purpose');
});

test('every personal-data read is in the holding subgraph’s processing log, with who, what, why and the trace', async () => {
  const db = hub.subgraphs.welzijn.db;
  const [{ before }] = await db.query('SELECT coalesce(max(id), 0)::int AS before FROM processing_log');
  const matcher: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
  const read = await ask('{ helpRequest(id: "help-request-001") { category status } }', matcher);
  expect(read.errors).toBeUndefined();
  const refusedNoPurpose = await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['matcher'] });
  expect(refusedNoPurpose.errors?.[0].extensions?.code).toBe('PURPOSE_REQUIRED');
  const refusedOther = await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' });
  expect(refusedOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const rows = await db.query('SELECT * FROM processing_log WHERE id > $1 ORDER BY id', [before]);
  expect(rows).toHaveLength(1); // the refused reads left nothing to log
  expect(rows[0]).toMatchObject({
    organisation_id: 'org-wz-01',
    subject: 'matcher@org-wz-01',
    roles: 'matcher',
    purpose: 'MATCHING',
    entity: 'HelpRequest',
    entity_id: 'help-request-001',
    person_id: 'person-001',
    fields: 'category,status',
  });
  expect(rows[0].trace_id).toMatch(/^[0-9a-f]{32}$/);
});

test('consent: granting opens a record to another partner, revoking and expiry close it again', async () => {
  const otherMatcher: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
  const offer = '{ helpOffer(id: "help-offer-001") { id categories } }'; // held by org-bw-01, offered by person-002
  const before = await ask(offer, otherMatcher);
  expect(before.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const grant = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id active purpose organisation { id } } }`;
  const input = { personId: 'person-002', organisationId: 'org-wz-02', purpose: 'MATCHING', validUntil: new Date(Date.now() + 3_600_000).toISOString(), clientMutationId: 'consent-test-1' };
  const granted = await ask(grant, otherMatcher, { input });
  expect(granted.errors).toBeUndefined();
  expect(granted.data.grantConsent).toMatchObject({ active: true, purpose: 'MATCHING', organisation: { id: 'org-wz-02' } });
  const retried = await ask(grant, otherMatcher, { input });
  expect(retried.data.grantConsent.id).toBe(granted.data.grantConsent.id); // safe to retry
  const [{ count }] = await hub.subgraphs.gemeente.db.query("SELECT count(*)::int AS count FROM consent WHERE client_mutation_id = 'consent-test-1'");
  expect(count).toBe(1);

  const after = await ask(offer, otherMatcher);
  expect(after.errors).toBeUndefined();
  expect(after.data.helpOffer.id).toBe('help-offer-001');
  // consent is for a purpose: the same partner asking for COORDINATION is still refused
  const otherPurpose = await ask(offer, { ...otherMatcher, purpose: 'COORDINATION' });
  expect(otherPurpose.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const revoke = await ask(`mutation { revokeConsent(id: "${granted.data.grantConsent.id}") { active revokedAt } }`, otherMatcher);
  expect(revoke.data.revokeConsent.active).toBe(false);
  expect((await ask(offer, otherMatcher)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const short = await ask(grant, otherMatcher, { input: { ...input, clientMutationId: 'consent-test-2', validUntil: new Date(Date.now() + 1_500).toISOString() } });
  expect(short.errors).toBeUndefined();
  expect((await ask(offer, otherMatcher)).data.helpOffer?.id).toBe('help-offer-001');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect((await ask(offer, otherMatcher)).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // expired
});

test('consent mutations validate their input and who records them', async () => {
  const grant = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
  const valid = { personId: 'person-003', organisationId: 'org-wz-02', purpose: 'MATCHING', validUntil: new Date(Date.now() + 3_600_000).toISOString() };
  const matcher: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
  const consentCount = async () =>
    (await hub.subgraphs.gemeente.db.query("SELECT count(*)::int AS count FROM consent WHERE person_id = 'person-003'"))[0].count;
  const before = await consentCount();
  const forOther = await ask(grant, matcher, { input: { ...valid, organisationId: 'org-wz-03' } });
  expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const past = await ask(grant, matcher, { input: { ...valid, validUntil: '2020-01-01T00:00:00Z' } });
  expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
  const unknown = await ask(grant, matcher, { input: { ...valid, personId: 'person-nobody' } });
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  const anonymous = await ask(grant, undefined, { input: valid });
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await consentCount()).toBe(before); // nothing written
});

test('who is involved: partners see which organisations work with a consenting resident, not what they know', async () => {
  const wijkteam: TestCaller = { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' };
  const { data, errors } = await ask('{ person(id: "person-001") { involvedOrganisations { id name kind } } }', wijkteam);
  expect(errors).toBeUndefined();
  // person-001: a hulpvraag at org-wz-01 (welzijn), a membership of org-bw-01 (bewoners)
  expect(data.person.involvedOrganisations.map((o: any) => o.id)).toEqual(['org-bw-01', 'org-wz-01']);
  const withoutConsent = await ask('{ person(id: "person-011") { involvedOrganisations { id } } }', wijkteam);
  expect(withoutConsent.data.person.involvedOrganisations).toBeNull();
  expect(withoutConsent.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
});

test('AVG: the privacy officer exports a resident’s data from every subgraph and erases it; the log stays', async () => {
  const officer: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'DATA_SUBJECT_REQUEST' };
  const exportQuery = '{ person(id: "person-005") { gemeenteRecords welzijnRecords zorgRecords bewonersRecords } }';
  const refused = await ask(exportQuery, { ...officer, purpose: 'COORDINATION' });
  expect(refused.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  const notAdmin = await ask(exportQuery, { org: 'org-gm-01', roles: ['analyst'], purpose: 'DATA_SUBJECT_REQUEST' });
  expect(notAdmin.data.person.gemeenteRecords).toBeNull();

  const exported = await ask(exportQuery, officer);
  expect(exported.errors).toBeUndefined();
  const { gemeenteRecords, welzijnRecords, bewonersRecords } = exported.data.person;
  expect(gemeenteRecords.person).toHaveLength(1);
  expect(gemeenteRecords.consent.length).toBeGreaterThan(0);
  expect(welzijnRecords.help_request.map((r: any) => r.id)).toContain('help-request-013');
  expect(bewonersRecords.help_offer.map((r: any) => r.id)).toContain('help-offer-002');
  expect(bewonersRecords.membership.map((r: any) => r.id)).toContain('membership-003');

  const erase = await ask(
    `mutation {
      erasePerson(personId: "person-005") { erased { entity count } }
      eraseWelzijnRecords(personId: "person-005") { erased { entity count } }
      eraseZorgRecords(personId: "person-005") { erased { entity count } }
      eraseBewonersRecords(personId: "person-005") { erased { entity count } }
    }`,
    officer,
  );
  expect(erase.errors).toBeUndefined();
  expect(erase.data.eraseWelzijnRecords.erased).toContainEqual({ entity: 'help_request', count: welzijnRecords.help_request.length });
  const remaining = await Promise.all([
    hub.subgraphs.gemeente.db.query("SELECT count(*)::int AS n FROM person WHERE id = 'person-005'"),
    hub.subgraphs.welzijn.db.query("SELECT count(*)::int AS n FROM help_request WHERE requester_id = 'person-005'"),
    hub.subgraphs.bewoners.db.query("SELECT (SELECT count(*) FROM help_offer WHERE helper_id = 'person-005') + (SELECT count(*) FROM membership WHERE person_id = 'person-005') AS n"),
  ]);
  expect(remaining.map(([row]) => Number(row.n))).toEqual([0, 0, 0]);
  const [{ logged }] = await hub.subgraphs.welzijn.db.query("SELECT count(*)::int AS logged FROM processing_log WHERE person_id = 'person-005'");
  expect(logged).toBeGreaterThan(0); // the export itself was logged, and the log is kept
});
