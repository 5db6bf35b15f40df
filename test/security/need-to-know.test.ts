// Red team, issue 12 ("need to know", DESIGN.md principle 3): each finding replayed as an attack against a
// running hub over real HTTP, through the gateway or, where the finding says "sent directly", straight at a
// subgraph with a signed identity. Every test asserts the SECURE outcome, so it fails while the attack works
// (the failure message starts with "INSECURE:" and names what leaked). Ids are the demo town's (the seeds in
// hub/demo/*.ts): person-009 has help-request-025 (org-wz-01), referral-009 (org-zg-09, SIGNAL DEBTS HIGH),
// membership-005 (org-bw-05) and help-offer-030 (org-bw-06); each neighbour's cooperative recorded their
// MATCHING consent for org-wz-01 only; for person-001…010 every holder recorded COORDINATION for org-zg-01.
// The findings that branch integrate-disclosure fixes (12.3, 12.9 in part, 12.10, 12.11) are in
// need-to-know-disclosure.test.ts, which lands with that branch.
import type { TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLResponse } from '../support/graphql';
import {
  GRANT_CONSENT,
  caller,
  conclusive,
  consentInput,
  createHelpRequest,
  createOpenHelpRequest,
  entitiesDirect,
  logMark,
  logSince,
  mentions,
  refused,
  secure,
  servedFields,
  showLog,
  tokenClaims,
  tokenHeaders,
  via,
  type Ask,
} from '../support/security';
import { graphql } from '../support/graphql';
import type { Partner } from '../../platform/config';

let hub: TestHub;
let ask: Ask;

beforeAll(async () => {
  hub = await startTestHub();
  ask = via(hub);
});
afterAll(() => hub?.close());

const db = (partner: Partner) => hub.subgraphs[partner].db;
describe('12.1 consent is self-asserted', () => {
  const READ = (referral: string, helpRequest: string) => `{
    referral(id: "${referral}") { kind reason urgency }
    helpRequest(id: "${helpRequest}") { location { latitude longitude } transitions { from to at by reason } }
  }`;
  const leaked = (response: GraphQLResponse) => ({ referral: response.data?.referral ?? null, helpRequest: response.data?.helpRequest ?? null });
  /** The organisations that hold a referral and a hulpvraag (whose consent the attacker would need). */
  const holdersOf = async (referral: string, helpRequest: string): Promise<string[]> => [
    (await db('zorg').query('SELECT organisation_id FROM referral WHERE id = $1', [referral]))[0].organisation_id,
    (await db('welzijn').query('SELECT intake_organisation_id FROM help_request WHERE id = $1', [helpRequest]))[0].intake_organisation_id,
  ];
  const consentsFor = async (person: string, recipient: string): Promise<number> =>
    (await db('gemeente').query('SELECT count(*)::int AS n FROM consent WHERE person_id = $1 AND recipient_organisation_id = $2', [person, recipient]))[0].n;

  /**
   * `recorder` records consent for `person` in favour of `recipient`, naming each real holder of the records
   * (the attack needs no more than knowing who holds them), then a matcher of `recipient` reads them.
   */
  async function attack(recorder: TestCaller, person: string, recipient: string, referral: string, helpRequest: string) {
    const matcher = caller(recipient, 'matcher', 'COORDINATION');
    const before = leaked(await ask(READ(referral, helpRequest), matcher));
    expect(before).toEqual({ referral: null, helpRequest: null }); // control: without consent nothing comes back
    const rowsBefore = await consentsFor(person, recipient);
    const answers: GraphQLResponse[] = [];
    for (const holder of await holdersOf(referral, helpRequest)) {
      answers.push(await ask(GRANT_CONSENT, recorder, { input: consentInput(person, holder, recipient, 'COORDINATION') }));
    }
    const after = leaked(await ask(READ(referral, helpRequest), matcher));
    return { after, recorded: (await consentsFor(person, recipient)) - rowsBefore, allRefused: answers.every(refused) };
  }

  test('an analyst of org-wz-02 grants its own organisation COORDINATION for person-009; a matcher of org-wz-02 still cannot read referral-009 or help-request-025', async () => {
    const { after, recorded, allRefused } = await attack(caller('org-wz-02', 'analyst', 'COORDINATION'), 'person-009', 'org-wz-02', 'referral-009', 'help-request-025');
    secure(
      servedFields(after.referral).length === 0 && servedFields(after.helpRequest).length === 0 && recorded === 0 && allRefused,
      `after an analyst of org-wz-02 recorded consent for its own organisation (${recorded} consent(s) written), a matcher of org-wz-02 reads referral-009 and help-request-025`,
      after,
    );
  });

  test('a hub-admin of a cooperative (org-bw-02) grants consent in favour of another organisation (org-wz-03); org-wz-03 still cannot read person-071’s referral-001 or help-request-011', async () => {
    const { after, recorded, allRefused } = await attack(caller('org-bw-02', 'hub-admin', 'COORDINATION'), 'person-071', 'org-wz-03', 'referral-001', 'help-request-011');
    secure(
      servedFields(after.referral).length === 0 && servedFields(after.helpRequest).length === 0 && recorded === 0 && allRefused,
      `a hub-admin of org-bw-02 recorded consent for org-wz-03 (${recorded} consent(s) written), which then reads referral-001 and help-request-011`,
      after,
    );
  });
});

describe('12.2 consents of every resident', () => {
  const PEOPLE = Array.from({ length: 80 }, (_, i) => `person-${String(i + 1).padStart(3, '0')}`);
  const ANALYST = (purpose?: TestCaller['purpose']) => caller('org-gm-01', 'analyst', purpose);

  test.each([['MATCHING', 'MATCHING'], ['REFERRAL', 'REFERRAL'], ['COORDINATION', 'COORDINATION'], ['SERVICE_DELIVERY', 'SERVICE_DELIVERY'], ['DATA_SUBJECT_REQUEST', 'DATA_SUBJECT_REQUEST']] as const)(
    'a gemeente analyst who walks person-001…080 reads no partner’s consents (%s)',
    async (_name, purpose) => {
      const seen: { person: string; organisation: string; purpose: string }[] = [];
      for (let i = 0; i < PEOPLE.length; i += 20) {
        const batch = PEOPLE.slice(i, i + 20);
        const query = `{ ${batch.map((id, j) => `p${j}: person(id: "${id}") { id consents { id purpose holder { id } recipient { id } } }`).join('\n')} }`;
        const response = await ask(query, ANALYST(purpose));
        batch.forEach((id, j) => {
          for (const consent of response.data?.[`p${j}`]?.consents ?? []) {
            if (consent) seen.push({ person: id, organisation: `${consent.holder?.id} → ${consent.recipient?.id}`, purpose: consent.purpose });
          }
        });
      }
      secure(seen.length === 0, `an analyst of org-gm-01 read ${seen.length} consents of ${new Set(seen.map((c) => c.person)).size} residents by enumerating person ids`, seen.slice(0, 5));
    },
  );

  test('person ids cannot be enumerated: an existing and an unknown id answer alike (analyst of org-gm-01, matcher of org-wz-02)', async () => {
    const shape = async (id: string, who: TestCaller) => {
      const response = await ask(`{ person(id: "${id}") { id } }`, who);
      return JSON.stringify({ found: response.data?.person != null, codes: (response.errors ?? []).map((e) => e.extensions?.code).sort() });
    };
    const differences: string[] = [];
    for (const who of [ANALYST('COORDINATION'), caller('org-wz-02', 'matcher', 'MATCHING')]) {
      const existing = await shape('person-050', who);
      const unknown = await shape('person-999', who);
      if (existing !== unknown) differences.push(`${who.roles[0]}@${who.org}: person-050 → ${existing}, person-999 → ${unknown}`);
    }
    secure(differences.length === 0, 'Query.person tells existing resident ids from unknown ones', differences);
  });
});

describe('12.4 partner-internal transition details', () => {
  test('a partner with consent (org-zg-01, COORDINATION for person-001) does not get the holder’s free-text reasons and staff ids in help-request-001’s transitions', async () => {
    const reason = 'Partner-intern: schuldenproblematiek, niet delen';
    const clarified = await ask(
      'mutation ($reason: String) { clarifyHelpRequest(id: "help-request-001", underlyingNeed: "Wil een maatje, heeft schulden", reason: $reason) { helpRequest { id } userErrors { code message } } }',
      caller('org-wz-01', 'matcher', 'MATCHING'),
      { reason },
    );
    expect(refused(clarified)).toBe(false); // setup: the holder records a step with a reason
    const response = await ask('{ helpRequest(id: "help-request-001") { id transitions { from to at by reason organisation { id } } } }', caller('org-zg-01', 'professional', 'COORDINATION'));
    const found = mentions(response.data, reason, 'matcher@org-wz-01', 'demo-seed');
    secure(found.length === 0, `a non-holder with consent reads transition details (${found.join(', ')})`, response.data?.helpRequest?.transitions);
  });
});

describe('12.5 consent gives writes', () => {
  test('org-wz-01, with the requester’s MATCHING consent recorded by the holder, cannot move org-wz-12’s help-request-024 (transitionHelpRequest)', async () => {
    const state = async () => {
      const [row] = await db('welzijn').query(
        "SELECT status, (SELECT count(*)::int FROM help_request_transition WHERE help_request_id = 'help-request-024') AS steps FROM help_request WHERE id = 'help-request-024'",
      );
      return row;
    };
    // setup: the holder (org-wz-12) records the resident's MATCHING consent for org-wz-01, which then reads the hulpvraag
    const [{ requester_id: requester, intake_organisation_id: holder }] = await db('welzijn').query(
      "SELECT requester_id, intake_organisation_id FROM help_request WHERE id = 'help-request-024'",
    );
    const granted = await ask(GRANT_CONSENT, caller(holder, 'matcher', 'MATCHING'), { input: consentInput(requester, holder, 'org-wz-01', 'MATCHING') });
    expect(refused(granted)).toBe(false);
    const read = await ask('{ helpRequest(id: "help-request-024") { id category } }', caller('org-wz-01', 'matcher', 'MATCHING'));
    expect(read.data?.helpRequest?.category).toBeTruthy(); // control: the consent lets org-wz-01 read it

    const before = await state();
    const response = await ask(
      'mutation { transitionHelpRequest(id: "help-request-024", to: ON_HOLD, reason: "door een andere organisatie") { helpRequest { id status } userErrors { code message } } }',
      caller('org-wz-01', 'matcher', 'MATCHING'),
    );
    const after = await state();
    secure(after.status === before.status && after.steps === before.steps, 'a matcher of org-wz-01 (consent, not holder) changed help-request-024', { before, after, answer: response.data });
  });
});

describe('12.6 _entities representations with extra fields (sent directly to the subgraph)', () => {
  const cases: { name: string; partner: Partner; type: string; key: Record<string, unknown>; extra: Record<string, unknown>; selection: string; who: TestCaller }[] = [
    {
      name: 'HelpRequest (welzijn) + intakeOrganisationId',
      partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-001' }, extra: { intakeOrganisationId: 'org-wz-02' },
      selection: 'id category description underlyingNeed location { latitude longitude }', who: caller('org-wz-02', 'matcher', 'MATCHING'),
    },
    {
      name: 'HelpRequest (welzijn) + referredByOrganisationId',
      partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-001' }, extra: { referredByOrganisationId: 'org-wz-02' },
      selection: 'id category description underlyingNeed location { latitude longitude }', who: caller('org-wz-02', 'matcher', 'MATCHING'),
    },
    {
      name: 'HelpRequest (welzijn) + requesterId of a consenting resident',
      partner: 'welzijn', type: 'HelpRequest', key: { id: 'help-request-003' }, extra: { requesterId: 'person-002' },
      selection: 'id category location { latitude longitude } wishedTimes', who: caller('org-wz-01', 'matcher', 'MATCHING'),
    },
    {
      name: 'Volunteer (welzijn) + organisationId',
      partner: 'welzijn', type: 'Volunteer', key: { id: 'volunteer-001' }, extra: { organisationId: 'org-wz-02' },
      selection: 'id categories available languages maxDistanceKm', who: caller('org-wz-02', 'matcher', 'MATCHING'),
    },
    {
      name: 'Match (welzijn) + requestOrganisationId/volunteerOrganisationId',
      partner: 'welzijn', type: 'Match', key: { id: 'match-001' }, extra: { requestOrganisationId: 'org-wz-02', volunteerOrganisationId: 'org-wz-02' },
      selection: 'id status madeBy', who: caller('org-wz-02', 'matcher', 'MATCHING'),
    },
    {
      name: 'Referral (zorg) + organisationId/referrerOrganisationId',
      partner: 'zorg', type: 'Referral', key: { id: 'referral-001' }, extra: { organisationId: 'org-zg-02', referrerOrganisationId: 'org-zg-02' },
      selection: 'id kind reason urgency note', who: caller('org-zg-02', 'professional', 'REFERRAL'),
    },
    {
      name: 'Referral (zorg) + personId of a consenting resident',
      partner: 'zorg', type: 'Referral', key: { id: 'referral-002' }, extra: { personId: 'person-001' },
      selection: 'id kind reason urgency', who: caller('org-zg-01', 'professional', 'COORDINATION'),
    },
    {
      name: 'HelpOffer (bewoners) + organisationId',
      partner: 'bewoners', type: 'HelpOffer', key: { id: 'help-offer-001' }, extra: { organisationId: 'org-bw-02' },
      selection: 'id categories available languages maxDistanceKm', who: caller('org-bw-02', 'cooperative-coordinator', 'MATCHING'),
    },
    {
      name: 'Membership (bewoners) + organisationId',
      partner: 'bewoners', type: 'Membership', key: { id: 'membership-001' }, extra: { organisationId: 'org-bw-02' },
      selection: 'id role since', who: caller('org-bw-02', 'cooperative-coordinator', 'COORDINATION'),
    },
    {
      name: 'Membership (bewoners) + personId of a consenting resident',
      partner: 'bewoners', type: 'Membership', key: { id: 'membership-011' }, extra: { personId: 'person-001' },
      selection: 'id role since', who: caller('org-zg-01', 'partner-system', 'COORDINATION'),
    },
    {
      name: 'Consent (gemeente) + organisationId/holderOrganisationId/recipientOrganisationId',
      partner: 'gemeente', type: 'Consent', key: { id: 'consent-matching-001' }, extra: { organisationId: 'org-wz-02', holderOrganisationId: 'org-wz-02', recipientOrganisationId: 'org-wz-02', personId: 'person-001' },
      selection: 'id purpose validUntil', who: caller('org-wz-02', 'matcher', 'MATCHING'),
    },
    {
      name: 'Person (gemeente) + involvement and organisation fields',
      partner: 'gemeente', type: 'Person', key: { id: 'person-011' },
      extra: { organisationId: 'org-wz-02', welzijnInvolvement: [{ id: 'org-wz-02' }], zorgInvolvement: [], bewonersInvolvement: [] },
      selection: 'id consents { id } involvedOrganisations { id }', who: caller('org-wz-02', 'matcher', 'COORDINATION'),
    },
  ];

  test.each(cases.map((c) => [c.name, c] as const))('%s: extra fields do not change what the caller may read', async (_name, c) => {
    const plain = await entitiesDirect(hub, c.partner, c.type, [c.key], c.selection, c.who);
    const extra = await entitiesDirect(hub, c.partner, c.type, [{ ...c.key, ...c.extra }], c.selection, c.who);
    expect(plain.status).toBe(200);
    const plainEntity = plain.data?._entities?.[0] ?? null;
    const extraEntity = extra.data?._entities?.[0] ?? null;
    secure(
      JSON.stringify(extraEntity) === JSON.stringify(plainEntity),
      `a ${c.type} representation with ${Object.keys(c.extra).join(', ')} changed authorization`,
      { withoutExtra: plainEntity, withExtra: extraEntity },
    );
  });
});

describe('12.7 retry keys shared across organisations', () => {
  const later = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  test('grantConsent: another organisation’s clientMutationId does not return its consent (nor name its id)', async () => {
    const key = `redteam-shared-consent-key-${process.pid}`;
    const victim = await ask(GRANT_CONSENT, caller('org-wz-03', 'matcher', 'MATCHING'), { input: consentInput('person-012', 'org-wz-03', 'org-bw-02', 'MATCHING', { clientMutationId: key }) });
    const victimId: string = victim.data?.grantConsent?.consent?.id;
    expect(victimId).toMatch(/^consent-/); // setup: org-wz-03, the holder, records a consent with its retry key
    const response = await ask(GRANT_CONSENT, caller('org-wz-04', 'matcher', 'MATCHING'), { input: consentInput('person-013', 'org-wz-04', 'org-bw-03', 'MATCHING', { clientMutationId: key }) });
    const found = mentions(response, victimId, 'org-wz-03', 'person-012');
    secure(found.length === 0, `org-wz-04 reusing org-wz-03's retry key got org-wz-03's consent back (${found.join(', ')})`, { data: response.data, errors: response.errors });
  });

  test('proposeMatch: another organisation’s clientMutationId does not return its match (nor name its id)', async () => {
    const key = 'redteam-shared-match-key';
    const victim = caller('org-wz-01', 'matcher', 'MATCHING');
    const victimRequest = await createOpenHelpRequest(ask, victim, { category: 'TRANSPORT', area: 'BU03070101' });
    const proposed = await ask('mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } userErrors { code message } } }', victim, {
      input: { clientMutationId: key, helpRequestId: victimRequest, pool: 'VOLUNTEER', helperId: 'volunteer-025', madeBy: 'MATCHER' },
    });
    const victimMatch: string = proposed.data?.proposeMatch?.match?.id;
    expect(victimMatch).toMatch(/^match-/); // setup

    const attacker = caller('org-wz-02', 'matcher', 'MATCHING');
    const attackerRequest = await createOpenHelpRequest(ask, attacker, { category: 'ODD_JOBS', area: 'BU03070102' });
    const response = await ask('mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id helpRequest { id } status } userErrors { code message field } } }', attacker, {
      input: { clientMutationId: key, helpRequestId: attackerRequest, pool: 'VOLUNTEER', helperId: 'volunteer-002', madeBy: 'MATCHER' },
    });
    const found = mentions(response, victimMatch, victimRequest);
    secure(found.length === 0, `org-wz-02 reusing org-wz-01's retry key got org-wz-01's match back (${found.join(', ')})`, { data: response.data, errors: response.errors });
  });

  test('createHelpRequest (forOrganisationId): another organisation’s clientMutationId does not return its hulpvraag (nor name its id)', async () => {
    const key = 'redteam-shared-intake-key';
    const description = 'Redteam: slachtoffer-hulpvraag met vertrouwelijke omschrijving';
    const victimResponse = await ask('mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } userErrors { code message } } }', caller('org-wz-05', 'matcher', 'MATCHING'), {
      input: { clientMutationId: key, requesterId: 'person-040', category: 'SHOPPING', intensity: 'RECURRING', channel: 'PHONE', description, area: 'BU03070301' },
    });
    const victimId: string = victimResponse.data?.createHelpRequest?.helpRequest?.id;
    expect(victimId).toMatch(/^help-request-/); // setup

    const response = await ask('mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id description requester { id } } userErrors { code message field } } }', caller('org-zg-02', 'professional', 'REFERRAL'), {
      input: {
        clientMutationId: key, requesterId: 'person-041', category: 'COMPANY', intensity: 'LONG_TERM', channel: 'PROFESSIONAL',
        description: 'Doorverwijzing naar informele hulp', area: 'BU03070301', forOrganisationId: 'org-wz-05',
      },
    });
    const found = mentions(response, victimId, description, 'person-040');
    secure(found.length === 0, `org-zg-02 reusing org-wz-05's retry key got org-wz-05's hulpvraag back (${found.join(', ')})`, { data: response.data, errors: response.errors });
  });

  test('createReferral: another organisation’s clientMutationId does not return its referral', async () => {
    const key = 'redteam-shared-referral-key';
    const input = (personId: string, toOrganisationId: string) => ({ clientMutationId: key, kind: 'REFERRAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', personId, toOrganisationId });
    const victim = await ask('mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code message } } }', caller('org-zg-03', 'professional', 'REFERRAL'), { input: input('person-033', 'org-zg-05') });
    const victimId: string = victim.data?.createReferral?.referral?.id;
    expect(victimId).toMatch(/^referral-/);
    const response = await ask('mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } userErrors { code message field } } }', caller('org-zg-04', 'professional', 'REFERRAL'), { input: input('person-034', 'org-zg-06') });
    const found = mentions(response, victimId);
    secure(found.length === 0, `org-zg-04 reusing org-zg-03's retry key got org-zg-03's referral back`, { data: response.data, errors: response.errors });
  });

  test('createActivity: another organisation’s clientMutationId does not return its activity', async () => {
    const key = 'redteam-shared-activity-key';
    const input = (title: string) => ({ clientMutationId: key, title, kind: 'COFFEE_MORNING', area: 'BU03070301', startsAt: later(48), endsAt: later(50) });
    const victim = await ask('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } userErrors { code message } } }', caller('org-bw-03', 'cooperative-coordinator'), { input: input('Redteam concept van org-bw-03') });
    const victimId: string = victim.data?.createActivity?.activity?.id;
    expect(victimId).toMatch(/^activity-/);
    const response = await ask('mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id title } userErrors { code message field } } }', caller('org-bw-04', 'cooperative-coordinator'), { input: input('Koffie bij org-bw-04') });
    const found = mentions(response, victimId, 'Redteam concept van org-bw-03');
    secure(found.length === 0, `org-bw-04 reusing org-bw-03's retry key got org-bw-03's draft back`, { data: response.data, errors: response.errors });
  });
});

describe('12.8 purpose is whatever the caller sends', () => {
  /** Edges (or proposed assignments) and hulpvraag ids (cursors decode to them) anywhere in an answer. */
  function disclosed(value: unknown, found = { edges: 0, ids: new Set<string>() }) {
    if (Array.isArray(value)) value.forEach((v) => disclosed(v, found));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'edges' || key === 'assignments') && Array.isArray(v)) found.edges += v.length;
        disclosed(v, found);
      }
    } else if (typeof value === 'string') {
      const decoded = Buffer.from(value, 'base64url').toString('utf8');
      const match = /help-request-[0-9a-f-]+/.exec(decoded) ?? /help-request-[0-9a-f-]+/.exec(value);
      if (match) found.ids.add(match[0]);
    }
    return found;
  }

  test.each([
    ['matchView', '{ matchView(area: "GM0307") { edges { cursor node { ageInDays daysUntilResponseDue responseOverdue } } pageInfo { endCursor } } }'],
    ['helpRequests', '{ helpRequests(first: 20) { edges { cursor } pageInfo { endCursor hasNextPage } } }'],
    ['Area.helpRequests', '{ area(code: "GM0307") { helpRequests(first: 20) { edges { cursor } pageInfo { endCursor } } } }'],
    ['Organisation.helpRequests', '{ organisation(id: "org-wz-02") { helpRequests(first: 20) { edges { cursor } pageInfo { endCursor } } } }'],
    ['batchProposal (same class, not in the finding)', '{ batchProposal(area: "GM0307") { totalScore greedyTotalScore assignments { score } } }'],
  ])('%s answers nothing about hulpvragen without a purpose (cursors are hulpvraag ids)', async (name, query) => {
    const response = await ask(query, caller('org-wz-02', 'matcher'));
    const found = disclosed(response.data);
    secure(found.edges === 0 && found.ids.size === 0, `${name} without x-purpose returned ${found.edges} edges/assignments and ${found.ids.size} hulpvraag ids`, [...found.ids].slice(0, 5));
  });
});

describe('12.9 processing log', () => {
  /** Fields the log names for `entityId` that the answer did not serve. */
  const loggedNotServed = (rows: Awaited<ReturnType<typeof logSince>>, entityId: string, served: string[]) =>
    rows.filter((row) => row.entity_id === entityId).flatMap((row) => row.fields.split(',')).filter((field) => !served.includes(field));

  test('a refused read is not logged as served: referral-001 asked by a cooperative-coordinator of its holder org-zg-01', async () => {
    const mark = await logMark(db('zorg'));
    const response = await ask('{ referral(id: "referral-001") { kind reason urgency } }', caller('org-zg-01', 'cooperative-coordinator', 'COORDINATION'));
    const served = servedFields(response.data?.referral);
    const wrong = loggedNotServed(await logSince(db('zorg'), mark), 'referral-001', served);
    secure(wrong.length === 0, `zorg logged refused fields of referral-001 as served (${wrong.join(', ')})`, { answer: response.data, errors: response.errors?.map((e) => e.extensions?.code) });
  });

  test('fields that came back null are not logged as served (help-request-002 read by org-zg-01 with consent)', async () => {
    const mark = await logMark(db('welzijn'));
    const response = await ask('{ helpRequest(id: "help-request-002") { category description underlyingNeed } }', caller('org-zg-01', 'professional', 'COORDINATION'));
    const served = servedFields(response.data?.helpRequest);
    const wrong = loggedNotServed(await logSince(db('welzijn'), mark), 'help-request-002', served);
    secure(wrong.length === 0, `welzijn logged fields that came back null (${wrong.join(', ')})`, response.data?.helpRequest);
  });

  test('every question to gemeente’s consent register is logged (org-zg-01 reads person-008’s help-request-002)', async () => {
    const mark = await logMark(db('gemeente'));
    const response = await ask('{ helpRequest(id: "help-request-002") { category } }', caller('org-zg-01', 'professional', 'COORDINATION'));
    expect(response.data?.helpRequest?.category).toBeDefined(); // setup: the read needed the consent register
    const rows = (await logSince(db('gemeente'), mark)).filter((row) => row.person_id === 'person-008');
    secure(rows.length > 0, 'gemeente answered a consent question about person-008 (for org-zg-01, COORDINATION) without a log line');
  });

  test('a token with an empty `sub` reads nothing and is not logged with an empty subject', async () => {
    const mark = await logMark(db('welzijn'));
    const response = conclusive(await graphql(hub.gateway.url, '{ helpRequest(id: "help-request-001") { category } }', {}, tokenHeaders(tokenClaims({ sub: '' }), 'MATCHING')));
    const rows = (await logSince(db('welzijn'), mark)).filter((row) => !row.subject);
    secure(!response.data?.helpRequest && rows.length === 0, 'a token with sub "" was served and logged without a subject', { answer: response.data, log: showLog(rows) });
  });
});
