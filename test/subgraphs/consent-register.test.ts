// gemeente's consent register as the other subgraphs ask it (POST /internal/consent-check): each asking
// subgraph signs with its own credential, may ask only what its own policies need, only for the caller it
// names, and every question answered is in gemeente's processing log.
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { newTrace, type Caller, type Purpose } from '../../platform/caller';
import type { Partner } from '../../platform/config';
import { signJwt } from '../../platform/jwt';
import { CONSENT_ASKING_PARTNERS, consentApiSecret as secretOf, subgraphConfig } from '../../platform/config';
import { productionEnv } from '../support/production-env';
import { CONSENT_API_AUDIENCE, CONSENT_CHECK_PATH, consentQuestionToken } from '../../subgraphs/kit/access/consent-api';
import type { ConsentQuestion } from '../../subgraphs/kit/access/consent';
import { MAY_ASK } from '../../subgraphs/gemeente/consent/register';
import { SUBGRAPHS } from '../../hub/hub';

const consentApiSecret = (partner: Partner) => secretOf(partner, process.env);
const policiesOf = (partner: Partner) => {
  const { policies } = SUBGRAPHS[partner];
  return typeof policies === 'function' ? policies(subgraphConfig(partner, process.env)) : policies;
};

let gemeente: TestSubgraph;
let url: string;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente');
  url = gemeente.subgraph.url.replace(/\/graphql$/, CONSENT_CHECK_PATH);
});
afterAll(() => gemeente?.close());

const WIJKTEAM: Caller = { organisationId: 'org-zg-01', subject: 'anna@org-zg-01', roles: ['professional'], personId: null, purpose: 'COORDINATION', ...newTrace() };
// person-001's hulpvraag is held by org-wz-01, which recorded the resident's consent to COORDINATION for org-zg-01
const QUESTION: ConsentQuestion = { personId: 'person-001', holderOrganisationIds: ['org-wz-01'], recipientOrganisationId: 'org-zg-01', purpose: 'COORDINATION' };

async function askRegister(token: string, questions: unknown[]): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ questions }),
  });
  return { status: response.status, body: await response.json() };
}
const as = (partner: Partner, caller = WIJKTEAM, secret = consentApiSecret(partner)) => consentQuestionToken(partner, caller, secret);
const logLines = async (traceId: string) =>
  gemeente.subgraph.db.query("SELECT organisation_id, subject, roles, purpose, entity, entity_id, person_id, fields FROM processing_log WHERE trace_id = $1 AND entity = 'ConsentCheck' ORDER BY id", [traceId]);

test('each subgraph has its own credential: another subgraph’s secret, or none, is refused', async () => {
  const now = Math.floor(Date.now() / 1000);
  for (const token of [
    as('welzijn', WIJKTEAM, consentApiSecret('zorg')), // welzijn's name, zorg's secret
    as('gemeente', WIJKTEAM, consentApiSecret('gemeente')), // gemeente does not ask itself over HTTP
    signJwt({ iss: 'welzijn', aud: CONSENT_API_AUDIENCE, iat: now, exp: now + 60, caller: WIJKTEAM }, 'dev-only-consent-secret'), // the old shared secret
    signJwt({ iss: 'welzijn', aud: 'someone-else', iat: now, exp: now + 60, caller: WIJKTEAM }, consentApiSecret('welzijn')),
    signJwt({ iss: 'welzijn', aud: CONSENT_API_AUDIENCE, iat: now - 120, exp: now - 60, caller: WIJKTEAM }, consentApiSecret('welzijn')),
    signJwt({ aud: CONSENT_API_AUDIENCE, iat: now, exp: now + 60, caller: WIJKTEAM }, consentApiSecret('welzijn')), // no subgraph named
    'not-a-token',
  ]) {
    expect(await askRegister(token, [QUESTION])).toEqual({ status: 401, body: { error: 'not signed with an asking subgraph’s consent API secret' } });
  }
  expect(await askRegister(as('welzijn'), [QUESTION])).toEqual({ status: 200, body: { granted: [true] } });
});

test('the secrets differ per subgraph', () => {
  const secrets = (['welzijn', 'zorg', 'bewoners'] as const).map((partner) => consentApiSecret(partner));
  expect(new Set(secrets).size).toBe(3);
  const production = productionEnv();
  expect(secretOf('zorg', production)).toBe(production.CONSENT_API_SECRET_ZORG);
  const { CONSENT_API_SECRET_ZORG: _zorg, ...withoutZorg } = production;
  expect(() => secretOf('zorg', withoutZorg)).toThrow(/CONSENT_API_SECRET_ZORG: is not set/);
  // gemeente holds every asking subgraph's credential, each its own
  const gemeente = subgraphConfig('gemeente', production).consentApiSecrets;
  expect(Object.keys(gemeente).sort()).toEqual([...CONSENT_ASKING_PARTNERS].sort());
  expect(gemeente.welzijn).toBe(production.CONSENT_API_SECRET_WELZIJN);
});

test.each([
  ['zorg asks about MATCHING (no zorg record opens with consent to matching)', 'zorg', { ...WIJKTEAM, purpose: 'MATCHING' }, { ...QUESTION, purpose: 'MATCHING' }],
  ['bewoners asks about REFERRAL', 'bewoners', { ...WIJKTEAM, purpose: 'REFERRAL' }, { ...QUESTION, purpose: 'REFERRAL' }],
  ['a recipient other than the caller it asks for', 'welzijn', WIJKTEAM, { ...QUESTION, recipientOrganisationId: 'org-wz-02' }],
  ['a purpose other than the caller’s', 'welzijn', WIJKTEAM, { ...QUESTION, purpose: 'REFERRAL' }],
  ['the recipient as one of the holders', 'welzijn', WIJKTEAM, { ...QUESTION, holderOrganisationIds: ['org-wz-01', 'org-zg-01'] }],
] as [string, Partner, Caller, ConsentQuestion][])('the register refuses %s, answers nothing and logs nothing', async (_name, partner, caller, question) => {
  const trace = newTrace();
  const response = await askRegister(as(partner, { ...caller, ...trace }), [question]);
  expect(response.status).toBe(403);
  expect(response.body.error).toMatch(/^question 0 refused: /);
  expect(await logLines(trace.traceId)).toEqual([]);
});

test('a question names the holders: consent recorded by one holder opens only that holder’s records', async () => {
  const answer = async (holders: string[], purpose: Purpose = 'COORDINATION') =>
    (await askRegister(as('welzijn', { ...WIJKTEAM, purpose }), [{ ...QUESTION, holderOrganisationIds: holders, purpose }])).body.granted;
  expect(await answer(['org-wz-01'])).toEqual([true]);
  expect(await answer(['org-wz-02'])).toEqual([false]); // no consent from org-wz-02 for person-001
  expect(await answer(['org-wz-02', 'org-wz-01'])).toEqual([true]); // a record both hold: either may share it
  expect(await answer(['org-wz-01'], 'REFERRAL')).toEqual([false]); // the consent is for COORDINATION
});

test('every question answered is logged in gemeente’s processing log: who asked, for whom, about whom, why, and the answer', async () => {
  const caller = { ...WIJKTEAM, ...newTrace() };
  const questions = [QUESTION, { ...QUESTION, personId: 'person-071', holderOrganisationIds: ['org-wz-11', 'org-zg-03'] }];
  expect((await askRegister(as('zorg', caller), questions)).body).toEqual({ granted: [true, false] });
  const lines = await logLines(caller.traceId);
  const consent = (await gemeente.subgraph.db.query(
    "SELECT id FROM consent WHERE person_id = 'person-001' AND holder_organisation_id = 'org-wz-01' AND recipient_organisation_id = 'org-zg-01'",
  ))[0].id;
  const line = { organisation_id: 'org-zg-01', subject: 'anna@org-zg-01', roles: 'professional', purpose: 'COORDINATION', entity: 'ConsentCheck' };
  expect(lines).toEqual([
    { ...line, entity_id: 'person-001:org-wz-01', person_id: 'person-001', fields: `answer:yes (${consent}),askedBy:zorg` },
    { ...line, entity_id: 'person-071:org-wz-11+org-zg-03', person_id: 'person-071', fields: 'answer:no,askedBy:zorg' },
  ]);
});

test('malformed questions are refused', async () => {
  for (const questions of [[{ ...QUESTION, holderOrganisationIds: [] }], [{ ...QUESTION, holderOrganisationIds: ['org-wz-01,org-zg-01'] }], [{ personId: 'person-001' }], Array.from({ length: 1001 }, () => QUESTION)]) {
    expect((await askRegister(as('welzijn'), questions)).status).toBe(400);
  }
});

test('what each subgraph may ask is what its policies open with consent', () => {
  for (const [partner, purposes] of Object.entries(MAY_ASK)) {
    const needed = new Set(policiesOf(partner as Partner).flatMap((policy) => policy.consentPurposes));
    needed.add('COORDINATION'); // "who is involved" (kit/access/involvement.ts)
    expect([...purposes].sort()).toEqual([...needed].sort());
  }
  expect(Object.keys(MAY_ASK).sort()).toEqual([...CONSENT_ASKING_PARTNERS].sort());
  expect(policiesOf('gemeente').flatMap((policy) => policy.consentPurposes)).toEqual([]); // gemeente asks itself, and only for involvement
});
