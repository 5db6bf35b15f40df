// Partner access and privacy through the gateway: the authorization matrix (roles × purposes × holders ×
// consent), who may record consent, the role–purpose binding, holder-only fields, writes under consent,
// representations sent straight to a subgraph, the processing log, and the resident's AVG rights.
// Expectations follow the demo data (hub/demo/, hub/demo/holdings.ts) and the policies.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { fetchEntities } from '../support/entities';
import { startTestHub, type TestHub } from '../support/hub';
import { PURPOSES as ALL_PURPOSES, ROLES, type Purpose, type Role } from '../../platform/caller';
import type { Partner } from '../../platform/config';
import { PURPOSES_OF_ROLE } from '../../subgraphs/kit/access/purposes';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  // referral-009 (org-zg-09, referred by org-zg-12, about person-009, IN_CARE) gets a note and a reason
  await hub.subgraphs.zorg.db.query("UPDATE referral SET note = 'Partner-intern: schulden', status_reason = 'Partner-intern: intake gedaan' WHERE id = 'referral-009'");
});
afterAll(() => hub?.close());

const ask = (query: string, caller?: TestCaller, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

type Caller = { org: string; role: Role; purpose: Purpose } | null;
const has = (caller: Caller, ...roles: Role[]) => caller !== null && roles.includes(caller.role);
const from = (caller: Caller, ...orgs: string[]) => caller !== null && orgs.includes(caller.org);
/** The role exists for the purpose (the kit's table; its content is asserted on its own below). */
const purposeOk = (caller: Caller) => caller !== null && PURPOSES_OF_ROLE[caller.role].includes(caller.purpose);
const nonEmpty = (value: any) => Array.isArray(value?.list) && value.list.length > 0;

/**
 * Every private field or entity, with the record it reads and who may read it. Holders are from the seeds:
 * help-request-001 (org-wz-01, about person-001), volunteer-001 (org-wz-01), match-001 (org-wz-06's request,
 * org-wz-01's volunteer), referral-001 (org-zg-01, referred by org-wz-11, about person-071, no consents),
 * referral-009 (org-zg-09, referred by org-zg-12, about person-009), help-offer-001 (org-bw-01, by
 * person-002), memberships of org-bw-01 (one of person-001). Consents, each recorded by the holder:
 * org-bw-01 → org-wz-01 for MATCHING of person-002; every holder of person-001 … person-010 → org-zg-01 for
 * COORDINATION. A resident signs in as person-001.
 */
const PROBES: { name: string; selection: string; allowed: (caller: Caller) => boolean; shown: (data: any) => boolean }[] = [
  {
    name: 'helpRequest',
    selection: 'helpRequest(id: "help-request-001") { id category status requester { id } }',
    allowed: (c) =>
      has(c, 'matcher', 'professional', 'cooperative-coordinator', 'partner-system') && purposeOk(c) &&
      (from(c, 'org-wz-01') || (from(c, 'org-zg-01') && c!.purpose === 'COORDINATION')),
    shown: (d) => d.helpRequest != null,
  },
  {
    // holder-only fields: the consenting partner reads the hulpvraag, not the resident's words or the steps' staff and reasons
    name: 'helpRequest holder-only fields',
    selection: 'private: helpRequest(id: "help-request-001") { description transitions { by reason } }',
    allowed: (c) => has(c, 'matcher', 'professional', 'cooperative-coordinator', 'partner-system') && purposeOk(c) && from(c, 'org-wz-01'),
    shown: (d) => d.private?.description != null && d.private.transitions.some((t: any) => t.by !== null && t.reason !== null),
  },
  {
    name: 'volunteer',
    selection: 'volunteer(id: "volunteer-001") { id categories homeArea { code } }',
    allowed: (c) => has(c, 'matcher', 'partner-system') && purposeOk(c) && from(c, 'org-wz-01'),
    shown: (d) => d.volunteer != null,
  },
  {
    name: 'match',
    selection: 'match(id: "match-001") { id status madeBy }',
    allowed: (c) => has(c, 'matcher', 'partner-system') && purposeOk(c) && from(c, 'org-wz-06', 'org-wz-01'),
    shown: (d) => d.match != null,
  },
  {
    name: 'referral',
    selection: 'referral(id: "referral-001") { id kind status reason }',
    allowed: (c) => has(c, 'professional', 'matcher', 'partner-system') && purposeOk(c) && from(c, 'org-zg-01', 'org-wz-11'),
    shown: (d) => d.referral != null,
  },
  {
    name: 'referral with consent',
    selection: 'consented: referral(id: "referral-009") { id kind reason urgency }',
    allowed: (c) =>
      has(c, 'professional', 'matcher', 'partner-system') && purposeOk(c) && (from(c, 'org-zg-09') || (from(c, 'org-zg-01') && c!.purpose === 'COORDINATION')),
    shown: (d) => d.consented != null,
  },
  {
    name: 'referral holder-only fields',
    selection: 'internal: referral(id: "referral-009") { note statusReason professional { id } }',
    allowed: (c) => has(c, 'professional', 'matcher', 'partner-system') && purposeOk(c) && from(c, 'org-zg-09'),
    shown: (d) => d.internal?.note != null && d.internal.statusReason != null && d.internal.professional != null,
  },
  {
    name: 'helpOffer',
    selection: 'helpOffer(id: "help-offer-001") { id categories helper { id } }',
    allowed: (c) =>
      has(c, 'cooperative-coordinator', 'matcher', 'partner-system') && purposeOk(c) &&
      (from(c, 'org-bw-01') || (from(c, 'org-wz-01') && c!.purpose === 'MATCHING')),
    shown: (d) => d.helpOffer != null,
  },
  {
    name: 'memberships',
    // a list of the cooperative's own records, for its own staff (others reach a membership by its key)
    selection: 'memberships: organisation(id: "org-bw-01") { memberships(first: 5) { list: edges { node { id role person { id } } } } }',
    allowed: (c) => has(c, 'cooperative-coordinator', 'partner-system') && purposeOk(c) && from(c, 'org-bw-01'),
    shown: (d) => nonEmpty(d.memberships?.memberships),
  },
  {
    name: 'grants',
    selection: 'grants: organisation(id: "org-wz-01") { list: grants { id amountEuros } }',
    allowed: (c) => from(c, 'org-wz-01', 'org-gm-01'),
    shown: (d) => nonEmpty(d.grants),
  },
  {
    // person-002's consents: org-bw-01 → org-wz-01 (MATCHING), org-bw-01 and org-wz-12 → org-zg-01 (COORDINATION)
    name: 'consents of another resident',
    selection: 'consents: person(id: "person-002") { list: consents { id purpose holder { id } recipient { id } } }',
    allowed: (c) =>
      purposeOk(c) && (from(c, 'org-bw-01', 'org-wz-01', 'org-zg-01') || (has(c, 'data-protection-officer') && from(c, 'org-gm-01'))),
    shown: (d) => nonEmpty(d.consents),
  },
  {
    // person-001's consents: org-wz-01 and org-bw-01 → org-zg-01; the resident signs in as person-001
    name: 'consents of the resident',
    selection: 'own: person(id: "person-001") { list: consents { id purpose evidence { method reference recordedAs } } }',
    allowed: (c) =>
      purposeOk(c) && (from(c, 'org-bw-01', 'org-wz-01', 'org-zg-01') || has(c, 'resident') || (has(c, 'data-protection-officer') && from(c, 'org-gm-01'))),
    shown: (d) => nonEmpty(d.own),
  },
  {
    name: 'involvedOrganisations',
    selection: 'involved: person(id: "person-001") { list: involvedOrganisations { id } }',
    allowed: (c) => from(c, 'org-zg-01') && c!.purpose === 'COORDINATION' && purposeOk(c),
    shown: (d) => nonEmpty(d.involved),
  },
  { name: 'professional', selection: 'professional(id: "professional-001") { displayName role }', allowed: (c) => c !== null, shown: (d) => d.professional != null },
];

const MATRIX_QUERY = `{ ${PROBES.map((p) => p.selection).join('\n')} }`;
const ORGANISATIONS = ['org-gm-01', 'org-wz-01', 'org-wz-06', 'org-wz-11', 'org-zg-01', 'org-zg-09', 'org-bw-01', 'org-bw-02'];
const CALLERS: Caller[] = [null, ...ORGANISATIONS.flatMap((org) => ROLES.flatMap((role) => ALL_PURPOSES.map((purpose) => ({ org, role, purpose }))))];

/** Runs `work` over `items`, a few at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

test(`authorization matrix: ${CALLERS.length} callers (organisation × role × purpose) × ${PROBES.length} private fields, allow or deny as the policies say`, async () => {
  const mismatches: string[] = [];
  let allowedCount = 0;
  await inParallel(CALLERS, 3, async (caller) => {
    const person = caller?.role === 'resident' ? 'person-001' : undefined;
    const response = await ask(MATRIX_QUERY, caller ? { org: caller.org, roles: [caller.role], purpose: caller.purpose, person } : undefined);
    const who = caller ? `${caller.role}@${caller.org} for ${caller.purpose}` : 'anonymous';
    if (response.status !== 200) mismatches.push(`${who}: HTTP ${response.status}`);
    for (const probe of PROBES) {
      const expected = probe.allowed(caller);
      if (expected) allowedCount += 1;
      if (probe.shown(response.data ?? {}) !== expected) mismatches.push(`${probe.name} for ${who}: expected ${expected ? 'allow' : 'deny'}`);
    }
    // nothing personal reaches the anonymous caller, and a purpose outside the role is named as such
    if (caller === null && !codes(response).every((code) => code === 'UNAUTHENTICATED')) mismatches.push(`anonymous: ${codes(response)}`);
    if (caller !== null && !purposeOk(caller) && !codes(response).includes('PURPOSE_NOT_ALLOWED')) mismatches.push(`${who}: no PURPOSE_NOT_ALLOWED`);
  });
  expect(mismatches.sort()).toEqual([]);
  expect(allowedCount).toBeGreaterThan(150); // the matrix really exercises both outcomes
}, 240_000);

describe('purposes are bound to roles (one table in the kit)', () => {
  test('each role has the purposes it exists for; analysts have none for personal data', () => {
    expect(Object.keys(PURPOSES_OF_ROLE).sort()).toEqual([...ROLES].sort());
    expect(PURPOSES_OF_ROLE.analyst).toEqual([]);
    const dataSubjectRoles = ROLES.filter((role) => PURPOSES_OF_ROLE[role].includes('DATA_SUBJECT_REQUEST')).sort();
    expect(dataSubjectRoles).toEqual(['data-protection-officer', 'hub-admin', 'resident']);
    for (const role of ['hub-admin', 'data-protection-officer', 'resident'] as const) expect(PURPOSES_OF_ROLE[role]).toEqual(['DATA_SUBJECT_REQUEST']);
    expect(PURPOSES_OF_ROLE.professional).not.toContain('MATCHING');
  });

  test.each([
    ['welzijn', '{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['professional'], purpose: 'MATCHING' }],
    ['welzijn', '{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['matcher'], purpose: 'DATA_SUBJECT_REQUEST' }],
    ['zorg', '{ referral(id: "referral-001") { kind } }', { org: 'org-zg-01', roles: ['professional'], purpose: 'MATCHING' }],
    ['bewoners', '{ helpOffer(id: "help-offer-001") { categories } }', { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'REFERRAL' }],
    ['gemeente', '{ person(id: "person-001") { consents { id } } }', { org: 'org-gm-01', roles: ['analyst'], purpose: 'COORDINATION' }],
    ['gemeente', '{ person(id: "person-001") { involvedOrganisations { id } } }', { org: 'org-zg-01', roles: ['hub-admin'], purpose: 'COORDINATION' }],
  ] as [Partner, string, TestCaller][])('%s refuses a purpose outside the caller’s roles: %s', async (_partner, query, caller) => {
    const response = await ask(query, caller);
    const error = response.errors?.find((e) => e.extensions?.code === 'PURPOSE_NOT_ALLOWED');
    expect(error?.message).toContain(`may not use the purpose ${caller.purpose}`);
    expect(JSON.stringify(response.data)).not.toMatch(/category|kind|categories|"id":"(consent|org)-/);
  });

  test('bewoners ranks neighbours only for a purpose of the caller’s roles (sent straight to bewoners, as the gateway does for candidates)', async () => {
    const representation = { id: 'help-request-003', category: 'SHOPPING', location: { latitude: 52.1557, longitude: 5.3861 }, wishedTimes: [], languages: ['nl'] };
    const rank = (caller: TestCaller) =>
      fetchEntities(hub.subgraphs.bewoners.url, 'HelpRequest', [representation], 'neighbourCandidates { helperId score }', identityHeaders('bewoners', caller));
    const withPurpose = await rank({ org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' });
    expect(withPurpose.errors).toBeUndefined();
    expect(Array.isArray(withPurpose.data._entities[0].neighbourCandidates)).toBe(true);
    for (const [purpose, code] of [[undefined, 'PURPOSE_REQUIRED'], ['DATA_SUBJECT_REQUEST', 'PURPOSE_NOT_ALLOWED']] as const) {
      const response = await rank({ org: 'org-wz-01', roles: ['matcher'], purpose });
      expect(codes(response)).toEqual([code]);
      expect(response.data._entities[0].neighbourCandidates).toBeNull();
    }
  });

  // cursors are hulpvraag ids: an entry point that lists hulpvragen answers nothing without a purpose of the role
  test.each([
    ['matchView', '{ matchView(area: "GM0307") { edges { cursor node { ageInDays } } pageInfo { endCursor } } }', 'matchView'],
    ['helpRequests', '{ helpRequests(first: 20) { edges { cursor } pageInfo { endCursor } } }', 'helpRequests'],
    ['Area.helpRequests', '{ area(code: "GM0307") { helpRequests(first: 20) { edges { cursor } pageInfo { endCursor } } } }', 'area'],
    ['Organisation.helpRequests', '{ organisation(id: "org-wz-01") { helpRequests(first: 20) { edges { cursor } pageInfo { endCursor } } } }', 'organisation'],
    ['batchProposal', '{ batchProposal(area: "GM0307") { totalScore assignments { score } } }', 'batchProposal'],
  ])('%s needs a purpose of the caller’s roles', async (_name, query, root) => {
    const withPurpose = await ask(query, { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' });
    expect(withPurpose.errors).toBeUndefined(); // the control: it answers with one
    for (const [purpose, code] of [[undefined, 'PURPOSE_REQUIRED'], ['DATA_SUBJECT_REQUEST', 'PURPOSE_NOT_ALLOWED']] as const) {
      const response = await ask(query, { org: 'org-wz-01', roles: ['matcher'], purpose });
      expect(codes(response)).toContain(code);
      expect(JSON.stringify(response.data?.[root] ?? null)).not.toMatch(/cursor|edges|assignments|totalScore/);
    }
  });
});

describe('consent: who may record it, and what it opens', () => {
  const GRANT = `mutation ($input: GrantConsentInput!) {
    grantConsent(input: $input) { consent { id holder { id } recipient { id } purpose active evidence { method reference recordedAs recordedBy } } userErrors { field code message } }
  }`;
  const input = (overrides: Record<string, unknown>) => ({
    personId: 'person-002', holderOrganisationId: 'org-bw-01', recipientOrganisationId: 'org-wz-02', purpose: 'MATCHING',
    method: 'WRITTEN', reference: 'formulier 2026-001', validUntil: inHours(1), ...overrides,
  });
  const consentsOf = async (personId: string, recipient: string): Promise<number> =>
    (await hub.subgraphs.gemeente.db.query('SELECT count(*)::int AS n FROM consent WHERE person_id = $1 AND recipient_organisation_id = $2', [personId, recipient]))[0].n;

  // org-wz-02 wants to read help-offer-001 (held by org-bw-01, offered by person-002)
  const RECORDERS: { who: string; caller: TestCaller; input: Record<string, unknown>; outcome: 'recorded' | string }[] = [
    { who: 'the recipient, naming the holder', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' }, input: {}, outcome: 'FORBIDDEN' },
    { who: 'the recipient, naming itself as holder', caller: { org: 'org-wz-02', roles: ['matcher'] }, input: { holderOrganisationId: 'org-wz-02' }, outcome: 'BAD_USER_INPUT' },
    { who: 'an analyst of the recipient', caller: { org: 'org-wz-02', roles: ['analyst'] }, input: {}, outcome: 'FORBIDDEN' },
    { who: 'a hub-admin of another organisation', caller: { org: 'org-bw-02', roles: ['hub-admin'] }, input: {}, outcome: 'FORBIDDEN' },
    { who: 'a hub-admin of the holder (no role for MATCHING)', caller: { org: 'org-bw-01', roles: ['hub-admin'] }, input: {}, outcome: 'PURPOSE_NOT_ALLOWED' },
    { who: 'an analyst of the holder', caller: { org: 'org-bw-01', roles: ['analyst'] }, input: {}, outcome: 'PURPOSE_NOT_ALLOWED' },
    { who: 'another resident', caller: { org: 'org-gm-01', roles: ['resident'], person: 'person-003' }, input: { method: 'DIGITAL' }, outcome: 'FORBIDDEN' },
    { who: 'the resident, given other than DIGITAL', caller: { org: 'org-gm-01', roles: ['resident'], person: 'person-002' }, input: { method: 'VERBAL' }, outcome: 'BAD_USER_INPUT' },
    { who: 'staff of the holder', caller: { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'MATCHING' }, input: {}, outcome: 'recorded' },
  ];

  test.each(RECORDERS.map((r) => [r.who, r] as const))('recorded by %s', async (_who, recorder) => {
    await hub.subgraphs.gemeente.db.query("UPDATE consent SET revoked_at = now(), revoked_by = 'test' WHERE recipient_organisation_id = 'org-wz-02' AND revoked_at IS NULL");
    const before = await consentsOf('person-002', 'org-wz-02');
    const response = await ask(GRANT, recorder.caller, { input: input(recorder.input) });
    const reader: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
    const offer = await ask('{ helpOffer(id: "help-offer-001") { id categories } }', reader);
    if (recorder.outcome === 'recorded') {
      expect(response.errors).toBeUndefined();
      expect(response.data.grantConsent).toMatchObject({
        userErrors: [],
        consent: { holder: { id: 'org-bw-01' }, recipient: { id: 'org-wz-02' }, purpose: 'MATCHING', active: true, evidence: { method: 'WRITTEN', reference: 'formulier 2026-001', recordedAs: 'HOLDER' } },
      });
      expect(offer.data.helpOffer?.id).toBe('help-offer-001');
      // it opens the holder's records and nothing else: person-002's hulpvraag at org-wz-12 stays closed
      const other = await ask('{ helpRequest(id: "help-request-024") { category } }', reader);
      expect(other.data.helpRequest).toBeNull();
      expect(codes(other)).toEqual(['FORBIDDEN']);
    } else {
      const found = [...codes(response), ...(response.data?.grantConsent?.userErrors ?? []).map((e: any) => e.code)];
      expect(found).toContain(recorder.outcome);
      expect(response.data?.grantConsent?.consent ?? null).toBeNull();
      expect(await consentsOf('person-002', 'org-wz-02')).toBe(before); // nothing written
      expect(offer.data.helpOffer).toBeNull();
    }
  });

  test('the resident records it themself (DIGITAL, naming the holder); it opens that holder’s records only, and the resident revokes it', async () => {
    const resident: TestCaller = { org: 'org-gm-01', roles: ['resident'], person: 'person-009', purpose: 'DATA_SUBJECT_REQUEST' };
    const reader: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'REFERRAL' };
    const READ = '{ referral(id: "referral-009") { kind reason note } helpRequest(id: "help-request-025") { category } }';
    expect((await ask(READ, reader)).data).toEqual({ referral: null, helpRequest: null });

    const granted = await ask(GRANT, resident, {
      input: input({ personId: 'person-009', holderOrganisationId: 'org-zg-09', purpose: 'REFERRAL', method: 'DIGITAL', reference: 'portaal, sessie 81c2' }),
    });
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantConsent.consent).toMatchObject({ holder: { id: 'org-zg-09' }, evidence: { method: 'DIGITAL', recordedAs: 'RESIDENT', recordedBy: 'resident@org-gm-01' } });
    const opened = await ask(READ, reader);
    expect(opened.data.referral).toMatchObject({ kind: 'SIGNAL', note: null }); // holder-only fields stay with the holders
    expect(opened.data.helpRequest).toBeNull(); // org-wz-01's hulpvraag about the same resident stays closed

    const id = granted.data.grantConsent.consent.id;
    const REVOKE = `mutation { revokeConsent(id: "${id}") { consent { active revokedBy } userErrors { code } } }`;
    expect(codes(await ask(REVOKE, reader))).toEqual(['FORBIDDEN']); // the recipient cannot revoke
    const stranger = await ask(REVOKE, { org: 'org-bw-02', roles: ['cooperative-coordinator'], purpose: 'MATCHING' });
    expect(stranger.data.revokeConsent).toEqual({ consent: null, userErrors: [{ code: 'NOT_FOUND' }] }); // nor see that it exists
    const revoked = await ask(REVOKE, resident);
    expect(revoked.data.revokeConsent).toEqual({ consent: { active: false, revokedBy: 'resident@org-gm-01' }, userErrors: [] });
    expect((await ask(READ, reader)).data.referral).toBeNull();
  });

  test('the holder revokes; recording and revoking are personal-data writes in gemeente’s processing log', async () => {
    const holder: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'MATCHING' };
    const db = hub.subgraphs.gemeente.db;
    const [{ mark }] = await db.query('SELECT coalesce(max(id), 0)::int AS mark FROM processing_log');
    const granted = await ask(GRANT, holder, { input: input({ personId: 'person-011', holderOrganisationId: 'org-bw-01', recipientOrganisationId: 'org-wz-03' }) });
    const id = granted.data.grantConsent.consent.id;
    const revoked = await ask(`mutation { revokeConsent(id: "${id}") { consent { active } userErrors { code } } }`, holder);
    expect(revoked.data.revokeConsent).toEqual({ consent: { active: false }, userErrors: [] });
    const writes = await db.query("SELECT entity, entity_id, person_id, organisation_id, purpose, fields FROM processing_log WHERE id > $1 AND entity = 'Consent' AND fields LIKE '%Consent' ORDER BY id", [mark]);
    expect(writes).toEqual([
      { entity: 'Consent', entity_id: id, person_id: 'person-011', organisation_id: 'org-bw-01', purpose: 'MATCHING', fields: 'grantConsent' },
      { entity: 'Consent', entity_id: id, person_id: 'person-011', organisation_id: 'org-bw-01', purpose: 'MATCHING', fields: 'revokeConsent' },
    ]);
    // and events in gemeente's outbox (kit/events/outbox.ts), once each: revoking again changes nothing
    await ask(`mutation { revokeConsent(id: "${id}") { consent { active } } }`, holder);
    const events = await db.query("SELECT type FROM outbox WHERE subject_type = 'Consent' AND subject_id = $1 ORDER BY seq", [id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['CONSENT_GRANTED', 'CONSENT_REVOKED']);
  });

  test('consent is for a purpose, and it expires', async () => {
    const holder: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'MATCHING' };
    const reader: TestCaller = { org: 'org-wz-04', roles: ['matcher'], purpose: 'MATCHING' };
    const offer = '{ helpOffer(id: "help-offer-001") { id } }';
    const granted = await ask(GRANT, holder, { input: input({ recipientOrganisationId: 'org-wz-04', validUntil: new Date(Date.now() + 2_500).toISOString() }) });
    expect(granted.data.grantConsent.userErrors).toEqual([]);
    expect((await ask(offer, reader)).data.helpOffer?.id).toBe('help-offer-001');
    expect(codes(await ask(offer, { ...reader, purpose: 'COORDINATION' }))).toEqual(['FORBIDDEN']);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(codes(await ask(offer, reader))).toEqual(['FORBIDDEN']); // expired
  });

  test('input is validated (user errors naming the field) and retries are safe, per recording organisation', async () => {
    const holder: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'MATCHING' };
    const errorOf = async (overrides: Record<string, unknown>) => (await ask(GRANT, holder, { input: input(overrides) })).data.grantConsent.userErrors;
    expect(await errorOf({ validUntil: '2020-01-01T00:00:00Z' })).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'validUntil'] })]);
    expect(await errorOf({ validUntil: inHours(3 * 366 * 24) })).toEqual([expect.objectContaining({ field: ['input', 'validUntil'] })]);
    expect(await errorOf({ givenAt: inHours(2) })).toEqual([expect.objectContaining({ field: ['input', 'givenAt'] })]);
    expect(await errorOf({ reference: '  ' })).toEqual([expect.objectContaining({ field: ['input', 'reference'] })]);
    expect(await errorOf({ recipientOrganisationId: 'org-nobody' })).toEqual([expect.objectContaining({ field: ['input', 'recipientOrganisationId'] })]);
    expect(codes(await ask(GRANT, undefined, { input: input({}) }))).toEqual(['UNAUTHENTICATED']);

    const key = { clientMutationId: 'consent-retry-1', recipientOrganisationId: 'org-wz-05' };
    const request = input(key); // a retry sends the same input
    const first = await ask(GRANT, holder, { input: request });
    const again = await ask(GRANT, holder, { input: request });
    expect(again.data.grantConsent.consent.id).toBe(first.data.grantConsent.consent.id);
    expect(await errorOf({ ...key, purpose: 'COORDINATION' })).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    // another organisation's retry key is its own: it neither returns nor names org-bw-01's consent
    const other = await ask(GRANT, { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'MATCHING' }, { input: input({ ...key, holderOrganisationId: 'org-bw-03', personId: 'person-008' }) });
    expect(other.data.grantConsent.consent.id).not.toBe(first.data.grantConsent.consent.id);
    expect(JSON.stringify(other)).not.toContain(first.data.grantConsent.consent.id);
    expect(await consentsOf('person-002', 'org-wz-05')).toBe(1);
  });

  test('the answer does not tell whether the register knows the resident', async () => {
    const holder: TestCaller = { org: 'org-bw-01', roles: ['cooperative-coordinator'], purpose: 'MATCHING' };
    const shape = (response: GraphQLResponse) => ({ errors: codes(response), userErrors: response.data.grantConsent.userErrors, recorded: response.data.grantConsent.consent !== null });
    const known = await ask(GRANT, holder, { input: input({ personId: 'person-050', recipientOrganisationId: 'org-wz-06' }) });
    const unknown = await ask(GRANT, holder, { input: input({ personId: 'person-999', recipientOrganisationId: 'org-wz-06' }) });
    expect(shape(unknown)).toEqual(shape(known));
  });
});

describe('Person.consents and person ids (finding 2)', () => {
  const CONSENTS = (id: string) => `{ person(id: "${id}") { id consents { id purpose holder { id } recipient { id } } } }`;
  const ids = (response: GraphQLResponse) => (response.data?.person?.consents ?? []).map((c: any) => c.id).sort();

  test('a gemeente analyst reads no resident’s consents, under any purpose or none', async () => {
    for (const purpose of [undefined, ...ALL_PURPOSES]) {
      const response = await ask('{ person(id: "person-002") { consents { id purpose } } }', { org: 'org-gm-01', roles: ['analyst'], purpose });
      expect(response.data.person.consents).toBeNull();
      expect(codes(response)).toEqual([purpose ? 'PURPOSE_NOT_ALLOWED' : 'PURPOSE_REQUIRED']);
    }
  });

  test('the resident and the gemeente’s data-protection officer see all of them; staff only their own organisation’s', async () => {
    const all = ids(await ask(CONSENTS('person-002'), { org: 'org-gm-01', roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' }));
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(ids(await ask(CONSENTS('person-002'), { org: 'org-gm-01', roles: ['resident'], person: 'person-002', purpose: 'DATA_SUBJECT_REQUEST' }))).toEqual(all);
    // another partner's data-protection officer, and another resident, see none
    expect(ids(await ask(CONSENTS('person-002'), { org: 'org-wz-06', roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' }))).toEqual([]);
    expect(ids(await ask(CONSENTS('person-002'), { org: 'org-gm-01', roles: ['resident'], person: 'person-003', purpose: 'DATA_SUBJECT_REQUEST' }))).toEqual([]);
    const wijkteam = await ask(CONSENTS('person-002'), { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' });
    expect(wijkteam.data.person.consents.length).toBeGreaterThan(0);
    for (const consent of wijkteam.data.person.consents) expect([consent.holder.id, consent.recipient.id]).toContain('org-zg-01');
    expect(ids(wijkteam).length).toBeLessThan(all.length);
  });

  test('person ids cannot be enumerated: a known and an unknown key answer alike', async () => {
    for (const caller of [
      { org: 'org-gm-01', roles: ['analyst'], purpose: 'COORDINATION' },
      { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' },
      { org: 'org-wz-02', roles: ['matcher'], purpose: 'COORDINATION' },
    ] as TestCaller[]) {
      const shape = async (id: string) => {
        const response = await ask(`{ person(id: "${id}") { id consents { id } involvedOrganisations { id } } }`, caller);
        return { person: response.data.person === null ? null : { ...response.data.person, id: 'x' }, errors: codes(response).sort() };
      };
      expect(await shape('person-999')).toEqual(await shape('person-050'));
    }
  });
});

describe('holder-only fields (policies.ts, enforced by the kit)', () => {
  const HELP_REQUEST = '{ helpRequest(id: "help-request-001") { id description underlyingNeed transitions { from to by reason organisation { id } } } }';

  test('a partner with consent reads the hulpvraag and its steps, not the resident’s words, the vraag achter de vraag, or who and why', async () => {
    const holder: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
    const reason = 'Partner-intern: gesprek met dochter';
    const clarified = await ask('mutation ($r: String) { clarifyHelpRequest(id: "help-request-001", underlyingNeed: "Zoekt contact", reason: $r) { helpRequest { id } userErrors { message } } }', holder, { r: reason });
    expect(clarified.errors).toBeUndefined();
    const own = await ask(HELP_REQUEST, holder);
    expect(own.data.helpRequest).toMatchObject({ description: expect.any(String), underlyingNeed: 'Zoekt contact' });
    expect(own.data.helpRequest.transitions).toContainEqual(expect.objectContaining({ to: 'ASSESSED', by: 'matcher@org-wz-01', reason }));

    const consenting = await ask(HELP_REQUEST, { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' });
    expect(consenting.errors).toBeUndefined(); // null is the answer, not an error
    expect(consenting.data.helpRequest).toMatchObject({ id: 'help-request-001', description: null, underlyingNeed: null });
    expect(consenting.data.helpRequest.transitions.length).toBe(own.data.helpRequest.transitions.length);
    for (const step of consenting.data.helpRequest.transitions) expect(step).toMatchObject({ by: null, reason: null, organisation: { id: 'org-wz-01' } });
    expect(JSON.stringify(consenting.data)).not.toMatch(/Partner-intern|matcher@|demo-seed|Zoekt contact/);
  });

  test('a referral’s note, status reason and professional stay with its holders', async () => {
    const query = '{ referral(id: "referral-009") { kind note statusReason professional { id } } }';
    const holder = await ask(query, { org: 'org-zg-09', roles: ['professional'], purpose: 'SERVICE_DELIVERY' });
    expect(holder.data.referral).toMatchObject({ note: 'Partner-intern: schulden', statusReason: 'Partner-intern: intake gedaan', professional: { id: expect.any(String) } });
    const referrer = await ask(query, { org: 'org-zg-12', roles: ['professional'], purpose: 'REFERRAL' });
    expect(referrer.data.referral.note).toBe('Partner-intern: schulden'); // the referring organisation holds it too
    const consenting = await ask(query, { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' });
    expect(consenting.errors).toBeUndefined();
    expect(consenting.data.referral).toEqual({ kind: 'SIGNAL', note: null, statusReason: null, professional: null });
  });
});

describe('consent allows reading, never writing (finding 5)', () => {
  // org-zg-01 may read org-wz-01's hulpvragen about person-001 (consent to COORDINATION); it holds none
  const PARTNER: TestCaller = { org: 'org-zg-01', roles: ['partner-system'], purpose: 'COORDINATION' };
  const HOLDER: TestCaller = { org: 'org-wz-01', roles: ['partner-system'], purpose: 'COORDINATION' };
  const state = async (id: string) =>
    (await hub.subgraphs.welzijn.db.query(
      'SELECT status, underlying_need, (SELECT count(*)::int FROM help_request_transition WHERE help_request_id = $1) AS steps FROM help_request WHERE id = $1',
      [id],
    ))[0];

  test.each([
    ['transitionHelpRequest', 'mutation ($id: ID!) { transitionHelpRequest(id: $id, to: CANCELLED, reason: "door een ander") { __typename } }'],
    ['clarifyHelpRequest', 'mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "door een ander") { __typename } }'],
  ])('%s by a partner that reads the hulpvraag with consent is refused and changes nothing', async (name, mutation) => {
    // a NEW hulpvraag of org-wz-01 about person-001, so the state machine allows the step
    const id = `help-request-writes-${name}`;
    await hub.subgraphs.welzijn.db.query(
      `INSERT INTO help_request (id, status, category, description, latitude, longitude, wished_times, languages, intensity, channel, area_code, requester_id, intake_organisation_id, helpers_needed, created_at, respond_by)
       SELECT $1, 'NEW', category, description, latitude, longitude, wished_times, languages, intensity, channel, area_code, requester_id, intake_organisation_id, helpers_needed, created_at, respond_by
       FROM help_request WHERE id = 'help-request-001'`,
      [id],
    );
    expect((await ask(`{ helpRequest(id: "${id}") { status } }`, PARTNER)).data.helpRequest).toEqual({ status: 'NEW' }); // it may read
    const before = await state(id);
    const response = await ask(mutation, PARTNER, { id });
    const refused = (response.errors?.length ?? 0) > 0 || (response.data?.[name]?.userErrors?.length ?? 0) > 0;
    expect(refused).toBe(true);
    expect(await state(id)).toEqual(before);
    // the control: the holder may take the same step
    const own = await ask(mutation, HOLDER, { id });
    expect(own.errors).toBeUndefined();
    expect(await state(id)).not.toEqual(before);
  });
});

describe('representations sent straight to a subgraph never decide who reads (finding 6)', () => {
  // Each personal type of each subgraph, with the fields that would make the caller a holder, or point the
  // consent check at a resident who consented, sent along in the _entities representation.
  const CASES: { partner: Partner; type: string; key: Record<string, unknown>; forged: Record<string, unknown>; selection: string; caller: TestCaller }[] = [
    { partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-001' }, forged: { intakeOrganisationId: 'org-wz-02', referredByOrganisationId: 'org-wz-02' }, selection: 'id category description', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' } },
    { partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-003' }, forged: { requesterId: 'person-001' }, selection: 'id category location { latitude }', caller: { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' } },
    { partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-001' }, forged: { intake_organisation_id: 'org-wz-02', holders: ['org-wz-02'] }, selection: 'id category', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' } },
    { partner: 'welzijn', type: 'Volunteer', key: { id: 'volunteer-001' }, forged: { organisationId: 'org-wz-02' }, selection: 'id categories', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' } },
    { partner: 'welzijn', type: 'Match', key: { id: 'match-001' }, forged: { requestOrganisationId: 'org-wz-02', volunteerOrganisationId: 'org-wz-02' }, selection: 'id status', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' } },
    { partner: 'zorg', type: 'Referral', key: { id: 'referral-001' }, forged: { organisationId: 'org-zg-02', referrerOrganisationId: 'org-zg-02' }, selection: 'id kind note', caller: { org: 'org-zg-02', roles: ['professional'], purpose: 'REFERRAL' } },
    { partner: 'zorg', type: 'Referral', key: { id: 'referral-002' }, forged: { personId: 'person-001' }, selection: 'id kind', caller: { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' } },
    { partner: 'bewoners', type: 'HelpOffer', key: { id: 'help-offer-001' }, forged: { organisationId: 'org-bw-02' }, selection: 'id categories', caller: { org: 'org-bw-02', roles: ['cooperative-coordinator'], purpose: 'MATCHING' } },
    { partner: 'bewoners', type: 'Membership', key: { id: 'membership-001' }, forged: { organisationId: 'org-bw-02' }, selection: 'id role', caller: { org: 'org-bw-02', roles: ['cooperative-coordinator'], purpose: 'COORDINATION' } },
    { partner: 'bewoners', type: 'Membership', key: { id: 'membership-011' }, forged: { personId: 'person-001' }, selection: 'id role', caller: { org: 'org-zg-01', roles: ['partner-system'], purpose: 'COORDINATION' } },
    { partner: 'gemeente', type: 'Consent', key: { id: 'consent-matching-001' }, forged: { holderOrganisationId: 'org-wz-02', recipientOrganisationId: 'org-wz-02', personId: 'person-001' }, selection: 'id purpose', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' } },
    {
      partner: 'gemeente', type: 'Person', key: { id: 'person-011' },
      forged: { welzijnInvolvement: [{ id: 'org-wz-02' }, { id: 'org-wz-05' }], zorgInvolvement: [{ id: 'org-zg-03' }], bewonersInvolvement: [] },
      selection: 'id consents { id } involvedOrganisations { id }', caller: { org: 'org-wz-02', roles: ['matcher'], purpose: 'COORDINATION' },
    },
  ];

  test.each(CASES.map((c) => [`${c.partner} ${c.type} + ${Object.keys(c.forged).join(', ')}`, c] as const))('%s', async (_name, c) => {
    const url = hub.subgraphs[c.partner].url;
    const plain = await fetchEntities(url, c.type, [c.key], c.selection, identityHeaders(c.partner, c.caller));
    const forged = await fetchEntities(url, c.type, [{ ...c.key, ...c.forged }], c.selection, identityHeaders(c.partner, c.caller));
    expect(plain.status).toBe(200);
    expect(forged.data).toEqual(plain.data);
    expect(codes(forged)).toEqual(codes(plain));
    if (c.type !== 'Person') expect(new Set(codes(plain))).toEqual(new Set(['FORBIDDEN'])); // the control: without the forgery it is refused
  });
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

describe('the processing log holds what was served, and nothing that was refused or null (finding 9)', () => {
  const logSince = async (partner: Partner, mark: number) =>
    hub.subgraphs[partner].db.query('SELECT * FROM processing_log WHERE id > $1 ORDER BY id', [mark]);
  const markOf = async (partner: Partner) => (await hub.subgraphs[partner].db.query('SELECT coalesce(max(id), 0)::int AS mark FROM processing_log'))[0].mark;

  test('a read is logged with who, what, why and the trace; refused reads leave nothing', async () => {
    const mark = await markOf('welzijn');
    const matcher: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
    expect((await ask('{ helpRequest(id: "help-request-001") { category status } }', matcher)).errors).toBeUndefined();
    expect(codes(await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['matcher'] }))).toEqual(['PURPOSE_REQUIRED']);
    expect(codes(await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' }))).toEqual(['FORBIDDEN']);
    expect(codes(await ask('{ helpRequest(id: "help-request-001") { category } }', { org: 'org-wz-01', roles: ['professional'], purpose: 'MATCHING' }))).toEqual(['PURPOSE_NOT_ALLOWED']);
    const rows = await logSince('welzijn', mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      organisation_id: 'org-wz-01', subject: 'matcher@org-wz-01', roles: 'matcher', purpose: 'MATCHING',
      entity: 'HelpRequest', entity_id: 'help-request-001', person_id: 'person-001', fields: 'category,status',
    });
    expect(rows[0].trace_id).toMatch(/^[0-9a-f]{32}$/);
  });

  test('a field refused by its role rule, and fields that came back null, are not logged', async () => {
    const zorgMark = await markOf('zorg');
    // Referral needs the role professional, matcher or partner-system: the holder's cooperative-coordinator is refused
    const refused = await ask('{ referral(id: "referral-001") { kind reason } }', { org: 'org-zg-01', roles: ['cooperative-coordinator'], purpose: 'COORDINATION' });
    expect(refused.data.referral).toBeNull();
    expect(await logSince('zorg', zorgMark)).toEqual([]);

    const mark = await markOf('welzijn');
    // help-request-002 (org-wz-02, about person-008) read with consent: description and underlyingNeed are null
    const read = await ask('{ helpRequest(id: "help-request-002") { category description underlyingNeed transitions { to by } } }', { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' });
    expect(read.data.helpRequest).toMatchObject({ description: null, underlyingNeed: null });
    const rows = await logSince('welzijn', mark);
    expect(rows.map((row: any) => [row.entity_id, row.fields])).toEqual([['help-request-002', 'category,transitions']]);
  });

  test('every question to gemeente’s consent register is logged there: who asked, for whom, about whom, why', async () => {
    const mark = await markOf('gemeente');
    const read = await ask('{ helpRequest(id: "help-request-002") { category } }', { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' });
    expect(read.data.helpRequest.category).toBeDefined();
    const rows = (await logSince('gemeente', mark)).filter((row: any) => row.entity === 'ConsentCheck');
    expect(rows).toEqual([
      expect.objectContaining({
        organisation_id: 'org-zg-01', subject: 'professional@org-zg-01', roles: 'professional', purpose: 'COORDINATION',
        entity_id: 'person-008:org-wz-02', person_id: 'person-008', fields: expect.stringMatching(/^answer:yes \(consent-coordination-\d+\),askedBy:welzijn$/),
      }),
    ]);
    expect(rows[0].trace_id).toMatch(/^[0-9a-f]{32}$/);
  });
});

test('who is involved: partners see which organisations work with a consenting resident, not what they know', async () => {
  const wijkteam: TestCaller = { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' };
  const { data, errors } = await ask('{ person(id: "person-001") { involvedOrganisations { id name kind } } }', wijkteam);
  expect(errors).toBeUndefined();
  // person-001: a hulpvraag at org-wz-01 (welzijn), a membership of org-bw-01 (bewoners); both recorded consent
  expect(data.person.involvedOrganisations.map((o: any) => o.id)).toEqual(['org-bw-01', 'org-wz-01']);
  // person-011 (a help offer at org-bw-04): no consent to COORDINATION for org-zg-01, so nobody is shown
  const withoutConsent = await ask('{ person(id: "person-011") { involvedOrganisations { id } } }', wijkteam);
  expect(withoutConsent.data.person.involvedOrganisations).toEqual([]);
  // a partner is shown to itself in its own subgraph's list, and another only with its consent
  const own = await ask('{ person(id: "person-011") { bewonersInvolvement { id } } }', { org: 'org-bw-04', roles: ['cooperative-coordinator'], purpose: 'COORDINATION' });
  expect(own.data.person.bewonersInvolvement).toEqual([{ id: 'org-bw-04' }]);
  const otherPurpose = await ask('{ person(id: "person-001") { involvedOrganisations { id } } }', { ...wijkteam, purpose: 'REFERRAL' });
  expect(otherPurpose.data.person.involvedOrganisations).toBeNull();
  expect(codes(otherPurpose)).toContain('FORBIDDEN');
});

test('AVG: the gemeente’s privacy officer exports a resident’s data from every subgraph and erases it; the log stays', async () => {
  const officer: TestCaller = { org: 'org-gm-01', roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' };
  const exportQuery = '{ person(id: "person-005") { gemeenteRecords welzijnRecords zorgRecords bewonersRecords } }';
  const refused = await ask(exportQuery, { ...officer, purpose: 'COORDINATION' });
  expect(refused.errors?.length).toBeGreaterThan(0);
  expect(refused.errors?.every((e) => ['FORBIDDEN', 'PURPOSE_NOT_ALLOWED'].includes(e.extensions?.code))).toBe(true);
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
      eraseWelzijnRecords(personId: "person-005") { erasure { erased { entity count } } }
      eraseZorgRecords(personId: "person-005") { erasure { erased { entity count } } }
      eraseBewonersRecords(personId: "person-005") { erasure { erased { entity count } } }
      erasePerson(personId: "person-005") { erasure { erased { entity count } } }
    }`,
    officer,
  );
  expect(erase.errors).toBeUndefined();
  expect(erase.data.eraseWelzijnRecords.erasure.erased).toContainEqual({ entity: 'help_request', count: welzijnRecords.help_request.length });
  const remaining = await Promise.all([
    hub.subgraphs.gemeente.db.query("SELECT (SELECT count(*) FROM person WHERE id = 'person-005') + (SELECT count(*) FROM consent WHERE person_id = 'person-005') AS n"),
    hub.subgraphs.welzijn.db.query("SELECT count(*)::int AS n FROM help_request WHERE requester_id = 'person-005'"),
    hub.subgraphs.bewoners.db.query("SELECT (SELECT count(*) FROM help_offer WHERE helper_id = 'person-005') + (SELECT count(*) FROM membership WHERE person_id = 'person-005') AS n"),
  ]);
  expect(remaining.map(([row]) => Number(row.n))).toEqual([0, 0, 0]);
  const [{ logged }] = await hub.subgraphs.welzijn.db.query("SELECT count(*)::int AS logged FROM processing_log WHERE person_id = 'person-005'");
  expect(logged).toBeGreaterThan(0); // the export itself was logged, and the log is kept
});
