// Need-to-know for events (kit/events/audience.ts): each subgraph answers, over real HTTP and signed with
// EVENTS_SECRET, which organisations may hear of an event about one of its subjects at this moment: a holder,
// or a recipient with a holder's consent for the purpose its webhook was registered for, asked of gemeente's
// register now (a revoked consent stops at once). Holders and consents follow the demo data (hub/demo/):
// referral-001 (org-zg-01, referred by org-wz-11, about person-071, no consents), help-request-001 (org-wz-01,
// about person-001, consent to org-zg-01 for COORDINATION), match-001 (org-wz-06's hulpvraag, org-wz-01's
// volunteer), consent-coordination-001 (held by a holder of person-001, naming org-zg-01).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, startTestSubgraph, type TestHub } from '../support/hub';
import { gatewayHeaders } from '../support/callers';
import { graphql, USER_ERRORS } from '../support/graphql';
import { recordConsent } from '../support/consent';
import { freePort } from '../support/ports';
import { askAudience, audienceToken, EVENT_AUDIENCE_PATH, MAX_AUDIENCE_QUESTIONS, type AudienceQuestion } from '../../subgraphs/kit/events/audience';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { subgraphConfig, type Partner } from '../../platform/config';
import { signJwt } from '../../platform/jwt';
import { captureLogs } from '../../platform/log';
import { withdrawPendingEvents } from '../../subgraphs/kit/events/outbox';
import { subgraphAudience } from '../../subgraphs/gemeente/webhooks/audience';

let hub: TestHub;
const secret = subgraphConfig('zorg', process.env, { databaseRequired: false }).eventsSecret;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (partner: Partner, questions: AudienceQuestion[]) => askAudience(hub.subgraphs[partner].url, secret, questions);
const q = (subjectType: string, subjectId: string, organisationId: string, purpose: AudienceQuestion['purpose'] = 'REFERRAL'): AudienceQuestion => ({
  subjectType,
  subjectId,
  organisationId,
  purpose,
});

/** A raw POST to a subgraph's audience route. */
async function post(partner: Partner, body: unknown, authorization?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(hub.subgraphs[partner].url.replace(/\/graphql$/, EVENT_AUDIENCE_PATH), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

test('the holders of a subject hear of it, an unrelated organisation does not; the answer is yes/no only', async () => {
  expect(await ask('zorg', [q('Referral', 'referral-001', 'org-zg-01'), q('Referral', 'referral-001', 'org-wz-11'), q('Referral', 'referral-001', 'org-wz-05')])).toEqual([
    true,
    true,
    false,
  ]);
  // a match: the hulpvraag's and the volunteer's organisation; its policy opens it to no one else, consent or not
  expect(await ask('welzijn', [q('Match', 'match-001', 'org-wz-06', 'MATCHING'), q('Match', 'match-001', 'org-wz-01', 'MATCHING'), q('Match', 'match-001', 'org-zg-01', 'COORDINATION')])).toEqual([
    true,
    true,
    false,
  ]);
  const raw = await post('zorg', { questions: [q('Referral', 'referral-001', 'org-zg-01')] }, `Bearer ${audienceToken(secret)}`);
  expect(raw).toEqual({ status: 200, body: { allowed: [true] } });
});

test('a recipient with consent hears of the subject for that purpose only', async () => {
  // help-request-001's holder gave org-zg-01 consent for COORDINATION (demo)
  expect(await ask('welzijn', [q('HelpRequest', 'help-request-001', 'org-zg-01', 'COORDINATION'), q('HelpRequest', 'help-request-001', 'org-zg-01', 'MATCHING'), q('HelpRequest', 'help-request-001', 'org-zg-01', 'REFERRAL')])).toEqual([
    true,
    false,
    false,
  ]);
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: 'org-zg-01', recipientOrganisationId: 'org-wz-05', purpose: 'REFERRAL' });
  expect(await ask('zorg', [q('Referral', 'referral-001', 'org-wz-05', 'REFERRAL'), q('Referral', 'referral-001', 'org-wz-05', 'COORDINATION'), q('Referral', 'referral-001', 'org-wz-07', 'REFERRAL')])).toEqual([
    true,
    false,
    false,
  ]);
});

test('a consent for a purpose the subject’s policy does not open with consent lets nothing through', async () => {
  // a referral is opened by consent for REFERRAL and COORDINATION only (zorg/policies.ts), not MATCHING
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: 'org-zg-01', recipientOrganisationId: 'org-wz-08', purpose: 'MATCHING' });
  expect(await ask('zorg', [q('Referral', 'referral-001', 'org-wz-08', 'MATCHING')])).toEqual([false]);
});

test('a revoked consent stops the events at once', async () => {
  const id = await recordConsent(hub.subgraphs.gemeente, { personId: 'person-071', holderOrganisationId: 'org-zg-01', recipientOrganisationId: 'org-wz-09', purpose: 'COORDINATION' });
  const question = q('Referral', 'referral-001', 'org-wz-09', 'COORDINATION');
  expect(await ask('zorg', [question])).toEqual([true]);
  const revoked = await graphql(hub.gateway.url, `mutation ($id: ID!) { revokeConsent(id: $id) { consent { id revokedAt } ${USER_ERRORS} } }`, { id }, gatewayHeaders({ org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' }));
  expect(revoked.data.revokeConsent.userErrors).toEqual([]);
  expect(revoked.data.revokeConsent.consent.revokedAt).not.toBeNull();
  expect(await ask('zorg', [question])).toEqual([false]);
});

test('a consent event reaches the consent’s holder and recipient, no one else', async () => {
  const [{ holder_organisation_id: holder }] = await hub.subgraphs.gemeente.db.query("SELECT holder_organisation_id FROM consent WHERE id = 'consent-coordination-001'");
  expect(await ask('gemeente', [q('Consent', 'consent-coordination-001', holder, 'COORDINATION'), q('Consent', 'consent-coordination-001', 'org-zg-01', 'COORDINATION'), q('Consent', 'consent-coordination-001', 'org-wz-05', 'COORDINATION')])).toEqual([
    true,
    true,
    false,
  ]);
});

test('a subject that no longer exists, or of a type without events here, is a no', async () => {
  await hub.subgraphs.zorg.db.query(
    `INSERT INTO referral (id, kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, created_at, status_changed_at)
     SELECT 'referral-audience-gone', kind, direction, reason, urgency, status, person_id, organisation_id, referrer_organisation_id, created_at, status_changed_at FROM referral WHERE id = 'referral-001'`,
  );
  const gone = q('Referral', 'referral-audience-gone', 'org-zg-01');
  expect(await ask('zorg', [gone])).toEqual([true]);
  await hub.subgraphs.zorg.db.query("DELETE FROM referral WHERE id = 'referral-audience-gone'");
  expect(await ask('zorg', [gone])).toEqual([false]);
  // a type another subgraph owns, a personal type without events (volunteers), and no type at all
  expect(await ask('zorg', [q('HelpRequest', 'help-request-001', 'org-wz-01', 'MATCHING')])).toEqual([false]);
  expect(await ask('welzijn', [q('Volunteer', 'volunteer-001', 'org-wz-01', 'MATCHING'), q('Nothing', 'x', 'org-wz-01', 'MATCHING')])).toEqual([false, false]);
  expect(await ask('bewoners', [q('HelpOffer', 'help-offer-001', 'org-bw-01', 'MATCHING')])).toEqual([false]);
});

test('asked about an event, the answer is also no once the event no longer stands (withdrawn) or names another subject', async () => {
  const welzijn = hub.subgraphs.welzijn.db;
  const [{ id: due }] = await welzijn.query(
    "INSERT INTO outbox (type, subject_type, subject_id, public, occurred_at) VALUES ('MATCH_FOLLOW_UP_DUE', 'Match', 'match-001', false, now() + interval '17 days') RETURNING id",
  );
  const about = (eventId: string, subjectId = 'match-001') => ({ ...q('Match', subjectId, 'org-wz-06', 'MATCHING'), eventId });
  expect(await ask('welzijn', [about(due), about(due.toUpperCase()), about(due, 'match-002'), about('00000000-0000-4000-8000-000000000000')])).toEqual([true, true, false, false]);
  await welzijn.transaction((manager) => withdrawPendingEvents(manager, { type: 'MATCH_FOLLOW_UP_DUE', subject: { type: 'Match', id: 'match-001' } }));
  expect(await ask('welzijn', [about(due), q('Match', 'match-001', 'org-wz-06', 'MATCHING')])).toEqual([false, true]);
  expect((await post('welzijn', { questions: [about('not-a-uuid')] }, `Bearer ${audienceToken(secret)}`)).status).toBe(400);
});

test('gemeente’s deliveries ask the subgraph that recorded the event, for the endpoint’s organisation and purpose', async () => {
  const peers = Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url]));
  const audience = subgraphAudience(peers, secret);
  const [{ id }] = await hub.subgraphs.zorg.db.query("INSERT INTO outbox (type, subject_type, subject_id, public) VALUES ('REFERRAL_ACCEPTED', 'Referral', 'referral-001', false) RETURNING id::text");
  const event = { id, type: 'REFERRAL_ACCEPTED' as const, partner: 'zorg', subject: { type: 'Referral', id: 'referral-001' }, occurredAt: new Date() };
  const holder = 'org-zg-01';
  expect(await audience(event, holder, 'REFERRAL')).toBe(true);
  expect(await audience(event, 'org-bw-09', 'REFERRAL')).toBe(false);
  expect(await audience(event, holder, 'NO_PURPOSE')).toBe(false);
  await expect(audience({ ...event, partner: 'elsewhere' }, holder, 'REFERRAL')).rejects.toThrow(/no address for elsewhere/);
});

test('an unsigned, wrongly signed, expired or other question’s token is 401', async () => {
  const body = { questions: [q('Referral', 'referral-001', 'org-zg-01')] };
  const now = Math.floor(Date.now() / 1000);
  expect((await post('zorg', body)).status).toBe(401);
  expect((await post('zorg', body, `Bearer ${audienceToken('another-secret-entirely-32-bytes-long')}`)).status).toBe(401);
  expect((await post('zorg', body, `Bearer ${signJwt({ aud: 'event-audience', iat: now - 120, exp: now - 60 }, secret)}`)).status).toBe(401);
  // valid far ahead, or signed for another question (the offer check's audience)
  expect((await post('zorg', body, `Bearer ${signJwt({ aud: 'event-audience', iat: now, exp: now + 3600 }, secret)}`)).status).toBe(401);
  expect((await post('zorg', body, `Bearer ${signJwt({ aud: 'help-offer-check', iat: now, exp: now + 60 }, secret)}`)).status).toBe(401);
  const refused = await post('zorg', body, 'Bearer not-a-token');
  expect(refused).toEqual({ status: 401, body: { error: expect.any(String) } });
});

test('too many questions, or questions of the wrong shape, are 400 (a huge body 413); the client splits a long list', async () => {
  const token = `Bearer ${audienceToken(secret)}`;
  const many = Array.from({ length: MAX_AUDIENCE_QUESTIONS + 1 }, () => q('Referral', 'referral-001', 'org-zg-01'));
  expect((await post('zorg', { questions: many }, token)).status).toBe(400);
  expect((await post('zorg', { questions: [{ ...q('Referral', 'referral-001', 'org-zg-01'), purpose: 'CURIOSITY' }] }, token)).status).toBe(400);
  expect((await post('zorg', { questions: [{ subjectType: 'Referral', subjectId: 'referral-001' }] }, token)).status).toBe(400);
  expect((await post('zorg', { question: [] }, token)).status).toBe(400);
  expect((await post('zorg', { questions: [], padding: 'x'.repeat(300_000) }, token)).status).toBe(413);
  const answers = await ask('zorg', many);
  expect(answers).toHaveLength(many.length);
  expect(answers.every((yes) => yes)).toBe(true);
});

test('the client fails closed: an error status or an answer that is not one yes/no per question throws', async () => {
  const answers: { status: number; body: unknown }[] = [
    { status: 503, body: { error: 'down' } },
    { status: 200, body: { allowed: [true, true] } },
    { status: 200, body: { allowed: ['yes'] } },
    { status: 200, body: {} },
  ];
  const server = http.createServer((req, res) => {
    req.resume();
    const { status, body } = answers.shift()!;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    for (let i = 0; i < 4; i += 1) await expect(askAudience(url, secret, [q('Referral', 'referral-001', 'org-zg-01')])).rejects.toThrow(/event audience/);
  } finally {
    server.close();
  }
});

test('when the consent register cannot be asked, a recipient’s question gets no answer (503), never a yes', async () => {
  const logs = captureLogs((entry) => /consent register unavailable|event audience not answered/.test(entry.msg));
  // zorg alone, its register at a port where nothing listens; its holders still get their answer
  const zorg = await startTestSubgraph('zorg', { env: { ...process.env, CONSENT_URL: `http://127.0.0.1:${await freePort()}${CONSENT_CHECK_PATH}` } });
  try {
    expect(await askAudience(zorg.subgraph.url, secret, [q('Referral', 'referral-001', 'org-zg-01')])).toEqual([true]);
    await expect(askAudience(zorg.subgraph.url, secret, [q('Referral', 'referral-001', 'org-wz-05')])).rejects.toThrow(/503/);
    expect(logs.atLeast('warn').map((e) => e.msg)).toContain('event audience not answered');
  } finally {
    logs.restore();
    await zorg.close();
  }
});
