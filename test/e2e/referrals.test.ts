// Referrals through the gateway, both ways: "aan de mouw trekken" (a welfare organisation refers a hulpvraag
// to a care partner, TO_PROFESSIONAL) and afschalen (a professional hands a resident to informal help,
// TO_INFORMAL_HELP); the referral state machine, who may move a referral on, and the private note and status reason.
// Demo data (seeds): professional-00N works at org-zg-0N (round-robin over the twelve care organisations);
// org-zg-03 is Wijkteam Schothorst. Residents person-071 and up have no consents in the seeds.
import { graphql, USER_ERRORS, type GraphQLResponse, type UserError } from '../support/graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import type { ReferralStatus } from '../../subgraphs/zorg/generated/resolvers-types';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (query: string, caller?: TestCaller, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

/** The error of a refused request (one per refused field, all alike), with its code (and field). */
function refusal(response: GraphQLResponse): { message: string; extensions?: Record<string, any> } {
  expect(response.status).toBe(200);
  expect(response.errors?.length).toBeGreaterThan(0);
  const [first, ...others] = response.errors!;
  for (const other of others) expect(other.extensions?.code).toBe(first.extensions?.code);
  return first;
}

function ok<T = any>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

/** The record of a mutation that went through (its payload has no user errors). */
function written(response: GraphQLResponse, mutation: string, record: string): any {
  const answer = ok(response)[mutation];
  expect(answer.userErrors).toEqual([]);
  return answer[record];
}

/** The one user error of a mutation that was refused for its input or the record's state (nothing written). */
function userError(response: GraphQLResponse, mutation: string, record: string): UserError {
  const answer = ok(response)[mutation];
  expect(answer[record]).toBeNull();
  expect(answer.userErrors).toHaveLength(1);
  return answer.userErrors[0];
}

const STATES: ReferralStatus[] = ['SENT', 'ACCEPTED', 'IN_CARE', 'CLOSED', 'DECLINED', 'RETURNED_TO_INFORMAL_HELP'];
const BUURT = 'BU03070301'; // Schothorst-Noord

let sequence = 0;
const uniqueId = (prefix: string) => `${prefix}-${Date.now()}-${++sequence}`;

const CREATE_HELP_REQUEST = `
  mutation ($input: CreateHelpRequestInput!) {
    createHelpRequest(input: $input) { helpRequest { id status channel intakeOrganisation { id } referredBy { id } } ${USER_ERRORS} }
  }`;
const CLARIFY = `mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "Grip op de post en de rekeningen") { helpRequest { id status } ${USER_ERRORS} } }`;
const TRANSITION_HELP_REQUEST = `mutation ($id: ID!, $to: HelpRequestStatus!) { transitionHelpRequest(id: $id, to: $to, reason: "te zwaar voor een vrijwilliger") { helpRequest { id status } ${USER_ERRORS} } }`;
const CREATE_REFERRAL = `
  mutation ($input: CreateReferralInput!) {
    createReferral(input: $input) { referral { id kind direction reason urgency status note helpRequest { id } organisation { id } referrer { id } } ${USER_ERRORS} }
  }`;
const TRANSITION_REFERRAL = `
  mutation ($id: ID!, $to: ReferralStatus!, $professionalId: ID) {
    transitionReferral(id: $id, to: $to, professionalId: $professionalId) { referral { id status professional { id } statusChangedAt } ${USER_ERRORS} }
  }`;

function helpRequestInput(overrides: Record<string, unknown>) {
  return {
    clientMutationId: uniqueId('help-request'),
    category: 'PAPERWORK',
    intensity: 'RECURRING',
    channel: 'PHONE',
    description: 'Mevrouw komt niet meer uit de stapel post en aanmaningen.',
    area: BUURT,
    ...overrides,
  };
}

function referralInput(overrides: Record<string, unknown>) {
  return { clientMutationId: uniqueId('referral'), kind: 'REFERRAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', ...overrides };
}

async function referralStatusInDb(id: string): Promise<string> {
  const rows = await hub.subgraphs.zorg.db.query('SELECT status FROM referral WHERE id = $1', [id]);
  return rows[0].status;
}

describe('TO_PROFESSIONAL: a welfare organisation pulls a professional by the sleeve', () => {
  const matcher = (purpose: TestCaller['purpose']): TestCaller => ({ org: 'org-wz-05', roles: ['matcher'], purpose });
  const careProfessional: TestCaller = { org: 'org-zg-03', roles: ['professional'], purpose: 'REFERRAL' };
  const otherProfessional: TestCaller = { org: 'org-zg-04', roles: ['professional'], purpose: 'REFERRAL' };
  const person = 'person-071';
  let helpRequestId: string;
  let referralId: string;
  let input: Record<string, unknown>;

  test('the hulpvraag goes NEW → ASSESSED → REFERRED and the referral is created SENT', async () => {
    const created = written(await ask(CREATE_HELP_REQUEST, matcher('SERVICE_DELIVERY'), { input: helpRequestInput({ requesterId: person }) }), 'createHelpRequest', 'helpRequest');
    helpRequestId = created.id;
    expect(created).toMatchObject({ status: 'NEW', channel: 'PHONE', intakeOrganisation: { id: 'org-wz-05' }, referredBy: null });

    expect(written(await ask(CLARIFY, matcher('SERVICE_DELIVERY'), { id: helpRequestId }), 'clarifyHelpRequest', 'helpRequest').status).toBe('ASSESSED');
    expect(written(await ask(TRANSITION_HELP_REQUEST, matcher('SERVICE_DELIVERY'), { id: helpRequestId, to: 'REFERRED' }), 'transitionHelpRequest', 'helpRequest').status).toBe('REFERRED');

    input = referralInput({
      reason: 'DEBTS',
      urgency: 'HIGH',
      personId: person,
      helpRequestId,
      toOrganisationId: 'org-zg-03',
      note: 'Post wordt niet geopend; er dreigt afsluiting van energie.',
      area: BUURT,
    });
    const referral = written(await ask(CREATE_REFERRAL, matcher('REFERRAL'), { input }), 'createReferral', 'referral');
    referralId = referral.id;
    expect(referral).toEqual({
      id: expect.stringMatching(/^referral-/),
      kind: 'REFERRAL',
      direction: 'TO_PROFESSIONAL',
      reason: 'DEBTS',
      urgency: 'HIGH',
      status: 'SENT',
      note: 'Post wordt niet geopend; er dreigt afsluiting van energie.',
      helpRequest: { id: helpRequestId },
      organisation: { id: 'org-zg-03' },
      referrer: { id: 'org-wz-05' },
    });
  });

  test('the hulpvraag shows its referral (zorg) with the care organisation (gemeente) to the matcher', async () => {
    const data = ok(
      await ask(
        'query ($id: ID!) { helpRequest(id: $id) { status referrals { id status kind organisation { name } referrer { id } note } } }',
        matcher('REFERRAL'),
        { id: helpRequestId },
      ),
    );
    expect(data.helpRequest).toEqual({
      status: 'REFERRED',
      referrals: [
        {
          id: referralId,
          status: 'SENT',
          kind: 'REFERRAL',
          organisation: { name: 'Wijkteam Schothorst' },
          referrer: { id: 'org-wz-05' },
          note: 'Post wordt niet geopend; er dreigt afsluiting van energie.',
        },
      ],
    });
  });

  test('the receiving care organisation reads the referral with its note; another care organisation is refused', async () => {
    const query = 'query ($id: ID!) { referral(id: $id) { note status } }';
    expect(ok(await ask(query, careProfessional, { id: referralId })).referral).toEqual({
      note: 'Post wordt niet geopend; er dreigt afsluiting van energie.',
      status: 'SENT',
    });

    const refused = await ask(query, otherProfessional, { id: referralId });
    expect(refused.data?.referral).toBeNull();
    expect(refusal(refused).extensions?.code).toBe('FORBIDDEN');
  });

  test('retrying createReferral with the same clientMutationId returns the same referral, stored once', async () => {
    const retried = written(await ask(CREATE_REFERRAL, matcher('REFERRAL'), { input }), 'createReferral', 'referral');
    expect(retried.id).toBe(referralId);
    const rows = await hub.subgraphs.zorg.db.query(
      'SELECT id FROM referral WHERE referrer_organisation_id = $1 AND client_mutation_id = $2',
      ['org-wz-05', input.clientMutationId],
    );
    expect(rows).toEqual([{ id: referralId }]);
  });

  test('retries racing the first request (all in flight at once) still give one referral, stored once', async () => {
    // straight at zorg, as the gateway forwards it, so that the requests truly overlap; a few rounds
    for (let round = 0; round < 5; round++) {
      const raced = referralInput({ personId: person, helpRequestId, toOrganisationId: 'org-zg-03', urgency: 'HIGH' });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          graphql(hub.subgraphs.zorg.url, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id status } ${USER_ERRORS} } }`, { input: raced }, identityHeaders('zorg', matcher('REFERRAL'))),
        ),
      );
      const ids = new Set(responses.map((response) => written(response, 'createReferral', 'referral').id));
      expect(ids.size).toBe(1);
      const rows = await hub.subgraphs.zorg.db.query('SELECT id FROM referral WHERE referrer_organisation_id = $1 AND client_mutation_id = $2', ['org-wz-05', raced.clientMutationId]);
      expect(rows).toEqual([{ id: [...ids][0] }]);
    }
  });
});

describe('the referral state machine, moved on by the organisation it was sent to', () => {
  const referrer: TestCaller = { org: 'org-wz-06', roles: ['matcher'], purpose: 'REFERRAL' };
  const receiver: TestCaller = { org: 'org-zg-05', roles: ['professional'], purpose: 'REFERRAL' };

  /** A fresh referral from org-wz-06 to org-zg-05, put in state `from` directly in the zorg database. */
  async function referralIn(from: ReferralStatus): Promise<string> {
    const created = written(
      await ask(CREATE_REFERRAL, referrer, { input: referralInput({ personId: 'person-072', toOrganisationId: 'org-zg-05', reason: 'PSYCHOSOCIAL' }) }),
      'createReferral',
      'referral',
    );
    expect(created.status).toBe('SENT');
    if (from !== 'SENT') await hub.subgraphs.zorg.db.query('UPDATE referral SET status = $1 WHERE id = $2', [from, created.id]);
    return created.id;
  }

  // The life of a verwijzing as the field runs it, written out here rather than read from the code's table, so a
  // wrong edit of REFERRAL_TRANSITIONS fails: the receiver accepts or declines what was sent, may still decline
  // after accepting (no capacity after the intake), and care ends either closed or handed back to informal
  // help (afschalen). The three end states are final: a new need is a new referral.
  const LIFE_CYCLE: Record<ReferralStatus, ReferralStatus[]> = {
    SENT: ['ACCEPTED', 'DECLINED'],
    ACCEPTED: ['IN_CARE', 'DECLINED'],
    IN_CARE: ['CLOSED', 'RETURNED_TO_INFORMAL_HELP'],
    CLOSED: [],
    DECLINED: [],
    RETURNED_TO_INFORMAL_HELP: [],
  };
  const pairs = STATES.flatMap((from) => STATES.map((to) => [from, to] as const));

  test.each(pairs)('%s → %s: allowed exactly when the field\'s life cycle allows it', async (from, to) => {
    const id = await referralIn(from);
    const response = await ask(TRANSITION_REFERRAL, receiver, { id, to });
    const allowed = LIFE_CYCLE[from];
    if (allowed.includes(to)) {
      expect(written(response, 'transitionReferral', 'referral')).toMatchObject({ id, status: to });
      expect(await referralStatusInDb(id)).toBe(to);
    } else {
      const error = userError(response, 'transitionReferral', 'referral');
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', field: ['to'] });
      expect(error.message).toContain(`${from} cannot move to ${to}`);
      if (allowed.length) for (const state of allowed) expect(error.message).toContain(state);
      else expect(error.message).toContain('final');
      expect(await referralStatusInDb(id)).toBe(from);
    }
  });

  test('a whole walk through the API: SENT → ACCEPTED → IN_CARE → RETURNED_TO_INFORMAL_HELP, each step dated', async () => {
    const id = await referralIn('SENT');
    let previous = '';
    for (const to of ['ACCEPTED', 'IN_CARE', 'RETURNED_TO_INFORMAL_HELP'] as const) {
      const moved = written(await ask(TRANSITION_REFERRAL, receiver, { id, to }), 'transitionReferral', 'referral');
      expect(moved.status).toBe(to);
      expect(moved.statusChangedAt > previous).toBe(true);
      previous = moved.statusChangedAt;
    }
  });

  test('the reason for a step is kept and shown to both holders only; an overlong one is refused and changes nothing', async () => {
    const id = await referralIn('SENT');
    const DECLINE = `mutation ($id: ID!, $reason: String) { transitionReferral(id: $id, to: DECLINED, reason: $reason) { referral { status statusReason } ${USER_ERRORS} } }`;
    const tooLong = await ask(DECLINE, receiver, { id, reason: 'x'.repeat(4001) });
    expect(userError(tooLong, 'transitionReferral', 'referral')).toMatchObject({ code: 'BAD_USER_INPUT', field: ['reason'] });
    expect(await referralStatusInDb(id)).toBe('SENT');
    const declined = written(await ask(DECLINE, receiver, { id, reason: '  Past beter bij het maatschappelijk werk  ' }), 'transitionReferral', 'referral');
    expect(declined).toEqual({ status: 'DECLINED', statusReason: 'Past beter bij het maatschappelijk werk' });
    const READ = 'query ($id: ID!) { referral(id: $id) { status statusReason } }';
    expect(ok(await ask(READ, referrer, { id })).referral).toEqual({ status: 'DECLINED', statusReason: 'Past beter bij het maatschappelijk werk' });
  });

  test('the organisation that referred may not move the referral on', async () => {
    const id = await referralIn('SENT');
    const response = await ask(TRANSITION_REFERRAL, referrer, { id, to: 'ACCEPTED' });
    expect(refusal(response).extensions?.code).toBe('FORBIDDEN');
    expect(await referralStatusInDb(id)).toBe('SENT');
  });

  test('another care organisation may not move it on either: for it the referral is not there (as for an unknown id)', async () => {
    const id = await referralIn('SENT');
    const response = await ask(TRANSITION_REFERRAL, { org: 'org-zg-06', roles: ['professional'], purpose: 'REFERRAL' }, { id, to: 'DECLINED' });
    const unknown = await ask(TRANSITION_REFERRAL, { org: 'org-zg-06', roles: ['professional'], purpose: 'REFERRAL' }, { id: 'referral-does-not-exist', to: 'DECLINED' });
    expect(userError(response, 'transitionReferral', 'referral')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    expect(userError(response, 'transitionReferral', 'referral').message).toBe(userError(unknown, 'transitionReferral', 'referral').message.replace('referral-does-not-exist', id));
    expect(await referralStatusInDb(id)).toBe('SENT');
  });

  test('an unknown referral is NOT_FOUND', async () => {
    const response = await ask(TRANSITION_REFERRAL, receiver, { id: 'referral-does-not-exist', to: 'ACCEPTED' });
    expect(userError(response, 'transitionReferral', 'referral')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
  });

  test('accepting with a professional of another organisation is refused (professionalId), and nothing changes', async () => {
    const id = await referralIn('SENT');
    const response = await ask(TRANSITION_REFERRAL, receiver, { id, to: 'ACCEPTED', professionalId: 'professional-006' }); // org-zg-06
    expect(userError(response, 'transitionReferral', 'referral')).toMatchObject({ code: 'BAD_USER_INPUT', field: ['professionalId'] });
    const unknown = await ask(TRANSITION_REFERRAL, receiver, { id, to: 'ACCEPTED', professionalId: 'professional-999' });
    expect(userError(unknown, 'transitionReferral', 'referral')).toMatchObject({ code: 'BAD_USER_INPUT', field: ['professionalId'] });
    const rows = await hub.subgraphs.zorg.db.query('SELECT status, professional_id FROM referral WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'SENT', professional_id: null }]);
  });

  test('accepting with its own professional assigns them', async () => {
    const id = await referralIn('SENT');
    const accepted = written(await ask(TRANSITION_REFERRAL, receiver, { id, to: 'ACCEPTED', professionalId: 'professional-005' }), 'transitionReferral', 'referral');
    expect(accepted).toMatchObject({ id, status: 'ACCEPTED', professional: { id: 'professional-005' } });
    const read = ok(await ask('query ($id: ID!) { referral(id: $id) { status professional { id displayName organisation { id } } } }', receiver, { id }));
    expect(read.referral).toEqual({
      status: 'ACCEPTED',
      professional: { id: 'professional-005', displayName: expect.any(String), organisation: { id: 'org-zg-05' } },
    });
  });
});

describe('TO_INFORMAL_HELP: a professional hands a resident to informal help (afschalen)', () => {
  const professional = (purpose: TestCaller['purpose']): TestCaller => ({ org: 'org-zg-02', roles: ['professional'], purpose });
  const welfareMatcher = (purpose: TestCaller['purpose']): TestCaller => ({ org: 'org-wz-03', roles: ['matcher'], purpose });
  const person = 'person-073';
  let helpRequestId: string;
  let referralId: string;

  test('the professional takes in a hulpvraag for the welfare organisation and refers the resident to it', async () => {
    const created = written(
      await ask(CREATE_HELP_REQUEST, professional('SERVICE_DELIVERY'), {
        input: helpRequestInput({
          requesterId: person,
          category: 'COMPANY',
          channel: 'PROFESSIONAL',
          description: 'Meneer zit veel alleen thuis en zou graag iemand spreken.',
          forOrganisationId: 'org-wz-03',
        }),
      }),
      'createHelpRequest',
      'helpRequest',
    );
    helpRequestId = created.id;
    expect(created).toMatchObject({ status: 'NEW', channel: 'PROFESSIONAL', intakeOrganisation: { id: 'org-wz-03' }, referredBy: { id: 'org-zg-02' } });

    const referral = written(
      await ask(CREATE_REFERRAL, professional('REFERRAL'), {
        input: referralInput({ direction: 'TO_INFORMAL_HELP', reason: 'LONELINESS', personId: person, helpRequestId, toOrganisationId: 'org-wz-03' }),
      }),
      'createReferral',
      'referral',
    );
    referralId = referral.id;
    expect(referral).toMatchObject({
      direction: 'TO_INFORMAL_HELP',
      kind: 'REFERRAL',
      reason: 'LONELINESS',
      urgency: 'NORMAL',
      status: 'SENT',
      helpRequest: { id: helpRequestId },
      organisation: { id: 'org-wz-03' },
      referrer: { id: 'org-zg-02' },
    });
  });

  test('the hulpvraag is held by the welfare organisation: in its list, with who referred it', async () => {
    const list = ok(await ask('{ helpRequests(states: [NEW], first: 100) { edges { node { id } } } }', welfareMatcher('MATCHING')));
    expect(list.helpRequests.edges.map((edge: any) => edge.node.id)).toContain(helpRequestId);

    const one = ok(
      await ask(
        'query ($id: ID!) { helpRequest(id: $id) { intakeOrganisation { id } referredBy { id } channel status description referrals { id direction } } }',
        welfareMatcher('MATCHING'),
        { id: helpRequestId },
      ),
    );
    expect(one.helpRequest).toEqual({
      intakeOrganisation: { id: 'org-wz-03' },
      referredBy: { id: 'org-zg-02' },
      channel: 'PROFESSIONAL',
      status: 'NEW',
      description: 'Meneer zit veel alleen thuis en zou graag iemand spreken.',
      referrals: [{ id: referralId, direction: 'TO_INFORMAL_HELP' }],
    });
  });

  test('the referring professional keeps sight of the hulpvraag, but it is not in their own list', async () => {
    const one = ok(await ask('query ($id: ID!) { helpRequest(id: $id) { status description referredBy { id } } }', professional('SERVICE_DELIVERY'), { id: helpRequestId }));
    expect(one.helpRequest).toEqual({ status: 'NEW', description: 'Meneer zit veel alleen thuis en zou graag iemand spreken.', referredBy: { id: 'org-zg-02' } });
    const list = ok(await ask('{ helpRequests(first: 100) { edges { node { id } } } }', professional('SERVICE_DELIVERY')));
    expect(list.helpRequests.edges.map((edge: any) => edge.node.id)).not.toContain(helpRequestId);
  });

  test('another welfare organisation may not read it', async () => {
    const refused = await ask('query ($id: ID!) { helpRequest(id: $id) { status } }', { org: 'org-wz-04', roles: ['matcher'], purpose: 'MATCHING' }, { id: helpRequestId });
    expect(refused.data?.helpRequest).toBeNull();
    expect(refusal(refused).extensions?.code).toBe('FORBIDDEN');
  });

  test('the welfare organisation moves the referral on (SENT → ACCEPTED); the professional sees that', async () => {
    const accepted = written(await ask(TRANSITION_REFERRAL, welfareMatcher('REFERRAL'), { id: referralId, to: 'ACCEPTED' }), 'transitionReferral', 'referral');
    expect(accepted).toMatchObject({ id: referralId, status: 'ACCEPTED', professional: null });
    expect(ok(await ask('query ($id: ID!) { referral(id: $id) { status } }', professional('REFERRAL'), { id: referralId })).referral.status).toBe('ACCEPTED');
  });

  test('referring to informal help is for professionals', async () => {
    const response = await ask(CREATE_REFERRAL, { org: 'org-wz-05', roles: ['matcher'], purpose: 'REFERRAL' }, {
      input: referralInput({ direction: 'TO_INFORMAL_HELP', reason: 'LONELINESS', personId: person, helpRequestId, toOrganisationId: 'org-wz-03' }),
    });
    expect(response.data).toBeNull();
    expect(refusal(response).extensions?.code).toBe('FORBIDDEN');
  });

  test('a referral to informal help names the hulpvraag created for it', async () => {
    const response = await ask(CREATE_REFERRAL, professional('REFERRAL'), {
      input: referralInput({ direction: 'TO_INFORMAL_HELP', reason: 'LONELINESS', personId: person, toOrganisationId: 'org-wz-03' }),
    });
    expect(userError(response, 'createReferral', 'referral')).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'helpRequestId'] });
  });

  test('taking a hulpvraag in for another organisation needs channel PROFESSIONAL', async () => {
    const [{ before }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS before FROM help_request');
    const response = await ask(CREATE_HELP_REQUEST, professional('SERVICE_DELIVERY'), {
      input: helpRequestInput({ requesterId: person, channel: 'PHONE', forOrganisationId: 'org-wz-03' }),
    });
    expect(userError(response, 'createHelpRequest', 'helpRequest')).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'forOrganisationId'] });
    const [{ after }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS after FROM help_request');
    expect(after).toBe(before);
  });
});

describe('the note of a referral stays with the organisations holding it', () => {
  const referrer: TestCaller = { org: 'org-wz-07', roles: ['matcher'], purpose: 'REFERRAL' };
  const partner: TestCaller = { org: 'org-zg-08', roles: ['professional'], purpose: 'REFERRAL' };
  const person = 'person-074';
  const note = 'Zoon is agressief geweest; alleen met twee collega’s op huisbezoek.';
  let helpRequestId: string;
  let referralId: string;

  beforeAll(async () => {
    helpRequestId = written(await ask(CREATE_HELP_REQUEST, { ...referrer, purpose: 'SERVICE_DELIVERY' }, { input: helpRequestInput({ requesterId: person }) }), 'createHelpRequest', 'helpRequest').id;
    written(await ask(TRANSITION_HELP_REQUEST, { ...referrer, purpose: 'SERVICE_DELIVERY' }, { id: helpRequestId, to: 'REFERRED' }), 'transitionHelpRequest', 'helpRequest');
    referralId = written(
      await ask(CREATE_REFERRAL, referrer, {
        input: referralInput({ reason: 'SAFETY', urgency: 'HIGH', personId: person, helpRequestId, toOrganisationId: 'org-zg-07', note }),
      }),
      'createReferral',
      'referral',
    ).id;
  });

  test('without consent, a partner is refused', async () => {
    const refused = await ask('query ($id: ID!) { referral(id: $id) { status } }', partner, { id: referralId });
    expect(refused.data?.referral).toBeNull();
    expect(refusal(refused).extensions?.code).toBe('FORBIDDEN');
  });

  test('with the resident’s consent for REFERRAL, a partner sees the referral but not its note', async () => {
    const validUntil = new Date(Date.now() + 3600 * 1000).toISOString();
    // recorded by org-wz-07, which holds the hulpvraag and (as the referrer) the referral
    const granted = ok(
      await ask(
        'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { purpose holder { id } recipient { id } } userErrors { message } } }',
        referrer, // the consent record is personal data too
        {
          input: {
            personId: person, holderOrganisationId: 'org-wz-07', recipientOrganisationId: 'org-zg-08', purpose: 'REFERRAL',
            method: 'VERBAL', reference: 'telefoongesprek met de bewoner', validUntil, clientMutationId: uniqueId('consent'),
          },
        },
      ),
    );
    expect(granted.grantConsent).toEqual({ consent: { purpose: 'REFERRAL', holder: { id: 'org-wz-07' }, recipient: { id: 'org-zg-08' } }, userErrors: [] });

    await hub.subgraphs.zorg.db.query("UPDATE referral SET status_reason = 'Eerst afstemmen met de wijkagent' WHERE id = $1", [referralId]);
    const read = ok(await ask('query ($id: ID!) { referral(id: $id) { id status kind reason urgency note statusReason organisation { id } } }', partner, { id: referralId }));
    expect(read.referral).toEqual({ id: referralId, status: 'SENT', kind: 'REFERRAL', reason: 'SAFETY', urgency: 'HIGH', note: null, statusReason: null, organisation: { id: 'org-zg-07' } });

    // also when reached through the hulpvraag (welzijn lets the consented partner read it for REFERRAL)
    const viaRequest = ok(await ask('query ($id: ID!) { helpRequest(id: $id) { status description referrals { id note } } }', partner, { id: helpRequestId }));
    expect(viaRequest.helpRequest).toEqual({ status: 'REFERRED', description: null, referrals: [{ id: referralId, note: null }] });

    // the consent is for REFERRAL only
    const otherPurpose = await ask('query ($id: ID!) { referral(id: $id) { status } }', { ...partner, purpose: 'COORDINATION' }, { id: referralId });
    expect(refusal(otherPurpose).extensions?.code).toBe('FORBIDDEN');
  });

  test('both holders still read the note', async () => {
    const query = 'query ($id: ID!) { referral(id: $id) { note } }';
    expect(ok(await ask(query, referrer, { id: referralId })).referral.note).toBe(note);
    expect(ok(await ask(query, { org: 'org-zg-07', roles: ['professional'], purpose: 'REFERRAL' }, { id: referralId })).referral.note).toBe(note);
  });
});

describe('a signal without a Person key: an area and a text, linked to the resident later', () => {
  const volunteerCentre: TestCaller = { org: 'org-wz-06', roles: ['matcher'], purpose: 'REFERRAL' };
  const wijkteam: TestCaller = { org: 'org-zg-05', roles: ['professional'], purpose: 'REFERRAL' };
  const outsider: TestCaller = { org: 'org-zg-04', roles: ['professional'], purpose: 'REFERRAL' };
  const LINK = `mutation ($id: ID!, $personId: ID!) { linkSignalToPerson(id: $id, personId: $personId) { referral { id kind } ${USER_ERRORS} } }`;
  const signalInput = (overrides: Record<string, unknown> = {}) =>
    referralInput({ kind: 'SIGNAL', reason: 'LONELINESS', toOrganisationId: 'org-zg-05', area: BUURT, note: 'De gordijnen van de mevrouw op de hoek blijven al dagen dicht.', ...overrides });
  const referralRows = async () => (await hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM referral'))[0].n;

  test('a signal is sent with a buurt and what was seen, no key; the receiver links it to the resident once', async () => {
    const signal = written(await ask(CREATE_REFERRAL, volunteerCentre, { input: signalInput() }), 'createReferral', 'referral');
    expect(signal).toMatchObject({ kind: 'SIGNAL', status: 'SENT', organisation: { id: 'org-zg-05' } });
    expect(await hub.subgraphs.zorg.db.query('SELECT person_id, area_code FROM referral WHERE id = $1', [signal.id])).toEqual([{ person_id: null, area_code: BUURT }]);
    // the receiver works with it as with any signal
    expect(written(await ask(TRANSITION_REFERRAL, wijkteam, { id: signal.id, to: 'ACCEPTED' }), 'transitionReferral', 'referral').status).toBe('ACCEPTED');

    // an organisation that holds no part of it cannot find it, let alone link it
    expect(userError(await ask(LINK, outsider, { id: signal.id, personId: 'person-073' }), 'linkSignalToPerson', 'referral')).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    const linked = written(await ask(LINK, wijkteam, { id: signal.id, personId: 'person-073' }), 'linkSignalToPerson', 'referral');
    expect(linked).toEqual({ id: signal.id, kind: 'SIGNAL' });
    expect(await hub.subgraphs.zorg.db.query('SELECT person_id FROM referral WHERE id = $1', [signal.id])).toEqual([{ person_id: 'person-073' }]);
    // once only: a second link (to someone else) is refused and changes nothing
    expect(userError(await ask(LINK, volunteerCentre, { id: signal.id, personId: 'person-074' }), 'linkSignalToPerson', 'referral')).toMatchObject({ code: 'CONFLICT', field: ['id'] });
    expect(await hub.subgraphs.zorg.db.query('SELECT person_id FROM referral WHERE id = $1', [signal.id])).toEqual([{ person_id: 'person-073' }]);
  });

  test.each([
    ['a referral (not a signal) without a key', { kind: 'REFERRAL' }, 'personId'],
    ['a signal without a buurt', { area: null }, 'area'],
    ['a signal without a text', { note: '  ' }, 'note'],
  ])('refused, with the field at fault, nothing written: %s', async (_name, overrides, field) => {
    const before = await referralRows();
    const error = userError(await ask(CREATE_REFERRAL, volunteerCentre, { input: signalInput(overrides) }), 'createReferral', 'referral');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', field] });
    expect(await referralRows()).toBe(before);
  });

  test('a referral that names its resident is not a signal to link', async () => {
    const referral = written(await ask(CREATE_REFERRAL, volunteerCentre, { input: signalInput({ kind: 'REFERRAL', personId: 'person-072' }) }), 'createReferral', 'referral');
    expect(userError(await ask(LINK, wijkteam, { id: referral.id, personId: 'person-073' }), 'linkSignalToPerson', 'referral')).toMatchObject({ code: 'CONFLICT', field: ['id'] });
  });
});

describe('a referral to an activity: afschalen back to the neighbourhood', () => {
  const wijkteam: TestCaller = { org: 'org-zg-05', roles: ['professional'], purpose: 'REFERRAL' };
  const bewonersDb = () => hub.subgraphs.bewoners.db;
  const activityInput = (activityId: string, toOrganisationId: string, overrides: Record<string, unknown> = {}) =>
    referralInput({ direction: 'TO_INFORMAL_HELP', reason: 'LONELINESS', personId: 'person-075', activityId, toOrganisationId, ...overrides });
  const CREATE_TO_ACTIVITY = `
    mutation ($input: CreateReferralInput!) {
      createReferral(input: $input) { referral { id direction status helpRequest { id } activity { id } organisation { id } } ${USER_ERRORS} }
    }`;
  const referralRows = async () => (await hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM referral'))[0].n;

  /** A published, scheduled activity and the cooperative organising it, straight from bewoners' database (the oracle). */
  async function publishedActivity(): Promise<{ id: string; organisation_id: string }> {
    const [row] = await bewonersDb().query("SELECT id, organisation_id FROM activity WHERE published AND status = 'SCHEDULED' ORDER BY id LIMIT 1");
    expect(row).toBeDefined();
    return row;
  }

  /** A copy of `activity` as a draft or cancelled (its stored columns; the generated ones follow). */
  async function copyOf(activityId: string, published: boolean, status: string): Promise<string> {
    const id = uniqueId('activity-copy');
    const rows: { column_name: string }[] = await bewonersDb().query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'activity' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'published', 'status', 'client_mutation_id')",
    );
    const columns = rows.map((row) => `"${row.column_name}"`).join(', ');
    await bewonersDb().query(`INSERT INTO activity (id, published, status, ${columns}) SELECT $2, $3, $4, ${columns} FROM activity WHERE id = $1`, [activityId, id, published, status]);
    return id;
  }

  test('a professional refers a resident to a published activity of the cooperative it is sent to; bewoners confirms it', async () => {
    const activity = await publishedActivity();
    const referral = written(await ask(CREATE_TO_ACTIVITY, wijkteam, { input: activityInput(activity.id, activity.organisation_id) }), 'createReferral', 'referral');
    expect(referral).toMatchObject({ direction: 'TO_INFORMAL_HELP', status: 'SENT', helpRequest: null, activity: { id: activity.id }, organisation: { id: activity.organisation_id } });
    expect(await hub.subgraphs.zorg.db.query('SELECT activity_id FROM referral WHERE id = $1', [referral.id])).toEqual([{ activity_id: activity.id }]);
  });

  test('a draft, a cancelled, an unknown or another cooperative\'s activity is refused on input.activityId, nothing written', async () => {
    const activity = await publishedActivity();
    const [other] = await bewonersDb().query('SELECT DISTINCT organisation_id FROM activity WHERE organisation_id <> $1 ORDER BY organisation_id LIMIT 1', [activity.organisation_id]);
    const draft = await copyOf(activity.id, false, 'SCHEDULED');
    const cancelled = await copyOf(activity.id, true, 'CANCELLED');
    const before = await referralRows();
    const refused = [[draft, activity.organisation_id], [cancelled, activity.organisation_id], ['activity-none', activity.organisation_id], [activity.id, other.organisation_id]];
    for (const [activityId, toOrganisationId] of refused) {
      const error = userError(await ask(CREATE_TO_ACTIVITY, wijkteam, { input: activityInput(activityId, toOrganisationId) }), 'createReferral', 'referral');
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'activityId'] });
    }
    // an activity is for afschalen only
    const toProfessional = userError(
      await ask(CREATE_TO_ACTIVITY, { org: 'org-wz-06', roles: ['matcher'], purpose: 'REFERRAL' }, { input: activityInput(activity.id, 'org-zg-05', { direction: 'TO_PROFESSIONAL', reason: 'DEBTS' }) }),
      'createReferral',
      'referral',
    );
    expect(toProfessional).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'activityId'] });
    expect(await referralRows()).toBe(before);
  });
});
