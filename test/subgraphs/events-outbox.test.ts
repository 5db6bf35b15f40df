// The outbox (kit/events/outbox.ts) on zorg's own database: a change that commits has its event, one that
// rolls back or is refused has none, a retry adds none, and an event holds ids, types and times only.
import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { USER_ERRORS } from '../support/graphql';
import type { TestCaller } from '../support/callers';
import { transitionReferral } from '../../subgraphs/zorg/referrals';
import { PersonalDataAccess } from '../../subgraphs/kit/access/personal-data';
import { ProcessingLog } from '../../subgraphs/kit/access/processing-log';
import { newTrace, type Caller } from '../../platform/caller';

let zorg: TestSubgraph;

beforeAll(async () => {
  zorg = await startTestSubgraph('zorg');
});
afterAll(() => zorg?.close());

const matcher: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'REFERRAL' };
const careProfessional: TestCaller = { org: 'org-zg-01', roles: ['professional'], purpose: 'REFERRAL' };

const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } ${USER_ERRORS} } }`;
const TRANSITION_REFERRAL = `mutation ($id: ID!, $to: ReferralStatus!) { transitionReferral(id: $id, to: $to) { referral { id status } ${USER_ERRORS} } }`;

const referralInput = () => ({
  clientMutationId: `outbox-${randomUUID()}`,
  kind: 'REFERRAL',
  direction: 'TO_PROFESSIONAL',
  reason: 'DEBTS',
  personId: 'person-001',
  toOrganisationId: careProfessional.org,
  note: 'Brieven van de deurwaarder',
});

/** The events about one subject, oldest first, every column of them. */
function eventsOf(subjectId: string): Promise<Record<string, unknown>[]> {
  return zorg.subgraph.db.query('SELECT * FROM outbox WHERE subject_id = $1 ORDER BY seq', [subjectId]);
}

async function createReferral(input = referralInput()): Promise<string> {
  const { data } = await zorg.query(CREATE_REFERRAL, { input }, matcher);
  expect(data.createReferral.userErrors).toEqual([]);
  return data.createReferral.referral.id;
}

test('a referral created and moved on has one event per step, with ids, types and times only', async () => {
  const id = await createReferral();
  for (const to of ['ACCEPTED', 'IN_CARE', 'CLOSED']) {
    const { data } = await zorg.query(TRANSITION_REFERRAL, { id, to }, careProfessional);
    expect(data.transitionReferral.userErrors).toEqual([]);
  }
  const events = await eventsOf(id);
  expect(events.map((e) => e.type)).toEqual(['REFERRAL_CREATED', 'REFERRAL_ACCEPTED', 'REFERRAL_CLOSED']);
  for (const event of events) {
    // xid: the writing transaction, so the event feed waits for lower seqs to commit (kit/events/feed.ts)
    expect(Object.keys(event).sort()).toEqual(['id', 'occurred_at', 'public', 'seq', 'subject_id', 'subject_type', 'type', 'xid']);
    expect(event).toMatchObject({ subject_type: 'Referral', subject_id: id, public: false });
  }
  // nothing of the referral itself (its note, reason, the resident) is in the outbox
  const [{ text }] = await zorg.subgraph.db.query('SELECT string_agg(o::text, \' \') AS text FROM outbox o WHERE subject_id = $1', [id]);
  expect(text).not.toMatch(/deurwaarder|DEBTS|person-001/);
});

test('a retry with the same clientMutationId records no second event; a refused mutation none at all', async () => {
  const input = referralInput();
  const id = await createReferral(input);
  await createReferral(input);
  expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REFERRAL_CREATED']);

  // the referrer may not move it on: refused, so nothing written and no event
  const { data } = await zorg.query(TRANSITION_REFERRAL, { id, to: 'ACCEPTED' }, matcher);
  expect(data?.transitionReferral?.referral ?? null).toBeNull();
  expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REFERRAL_CREATED']);
});

test('a change whose transaction rolls back leaves no event; the same change committed leaves one', async () => {
  const id = await createReferral();
  const caller: Caller = { organisationId: careProfessional.org, subject: 'professional@org-zg-01', roles: ['professional'], personId: null, purpose: 'REFERRAL', ...newTrace() };
  const personalData = new PersonalDataAccess(caller, null as never, new ProcessingLog());
  const rolledBack = new Error('rolled back after the change');
  await expect(
    zorg.subgraph.db.transaction(async (manager) => {
      await transitionReferral(manager, { id, to: 'ACCEPTED' }, caller, personalData);
      expect((await manager.query('SELECT type FROM outbox WHERE subject_id = $1 ORDER BY seq', [id])).map((e: { type: string }) => e.type)).toEqual(['REFERRAL_CREATED', 'REFERRAL_ACCEPTED']);
      throw rolledBack;
    }),
  ).rejects.toBe(rolledBack);
  expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REFERRAL_CREATED']);

  await zorg.subgraph.db.transaction((manager) => transitionReferral(manager, { id, to: 'ACCEPTED' }, caller, personalData));
  expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REFERRAL_CREATED', 'REFERRAL_ACCEPTED']);
});

test('a service on the sociale kaart: published, changed and withdrawn are public events', async () => {
  const partnerSystem: TestCaller = { org: careProfessional.org, roles: ['partner-system'] };
  const created = await zorg.query(`mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } ${USER_ERRORS} } }`, {
    input: { clientMutationId: `outbox-${randomUUID()}`, name: 'Schuldhulp spreekuur', area: 'GM0307' },
  }, partnerSystem);
  expect(created.data.createService.userErrors).toEqual([]);
  const id = created.data.createService.service.id;
  const updated = await zorg.query(`mutation ($id: ID!) { updateService(id: $id, input: { name: "Schuldhulp inloop" }) { ${USER_ERRORS} } }`, { id }, partnerSystem);
  expect(updated.data.updateService.userErrors).toEqual([]);
  const withdrawn = await zorg.query(`mutation ($id: ID!) { withdrawService(id: $id) { ${USER_ERRORS} } }`, { id }, partnerSystem);
  expect(withdrawn.data.withdrawService.userErrors).toEqual([]);
  const events = await eventsOf(id);
  expect(events.map((e) => [e.type, e.subject_type, e.public])).toEqual([
    ['SERVICE_PUBLISHED', 'Service', true],
    ['SERVICE_CHANGED', 'Service', true],
    ['SERVICE_WITHDRAWN', 'Service', true],
  ]);
});
