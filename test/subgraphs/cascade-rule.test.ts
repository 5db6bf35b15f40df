// Cascade rules on welzijn's own database, over real HTTP: a hulpvraag of the rule's category that becomes
// OPEN at the rule's organisation gets a cascade (startedBy RULE) from a job; another category, or after the
// rule is removed, gets none. cascadeRules shows only the caller's organisation's rules.
import type { RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { identityHeaders, type TestCaller } from '../support/callers';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { startWelzijnWithGemeente, type WelzijnWithGemeente } from '../support/welzijn-with-gemeente';
import { CASCADE_RULE_TASK } from '../../subgraphs/welzijn/cascade-rule-trigger';

const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
const OTHER_MATCHER: TestCaller = { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' };

let hub: WelzijnWithGemeente;
let welzijn: RunningSubgraph;

beforeAll(async () => {
  hub = await startWelzijnWithGemeente();
  welzijn = await hub.startWelzijn();
  // one volunteer offering both categories: the ranking would find them for either
  await sql(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ('volunteer-rule-both', $1, 'BU03070301', '{PETS,SHOPPING}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true)`,
    [MATCHER.org],
  );
});
afterAll(() => hub?.close());

const ask = (query: string, variables: Record<string, unknown>, caller: TestCaller): Promise<GraphQLResponse> =>
  graphql(welzijn.url, query, variables, identityHeaders('welzijn', caller));
const sql = (query: string, params: unknown[] = []): Promise<any[]> => hub.sql(query, params);

const SET = `mutation ($input: SetCascadeRuleInput!) { setCascadeRule(input: $input) { cascadeRule { id category answerWithinHours } ${USER_ERRORS} } }`;
const REMOVE = `mutation ($input: RemoveCascadeRuleInput!) { removeCascadeRule(input: $input) { cascadeRule { id replacedAt } ${USER_ERRORS} } }`;
const RULES = '{ cascadeRules { id category answerWithinHours } }';
const OPEN = `mutation ($id: ID!) { transitionHelpRequest(id: $id, to: OPEN) { helpRequest { id status } ${USER_ERRORS} } }`;

let sequence = 0;
/** A hulpvraag ASSESSED at the matcher's organisation, then made OPEN through the API (where the trigger is). */
async function openRequest(category: string): Promise<string> {
  const id = `help-request-rule-${++sequence}`;
  await sql(
    `INSERT INTO help_request (id, category, intensity, status, channel, description, area_code, latitude, longitude, wished_times, requester_id, intake_organisation_id, helpers_needed, created_at)
     VALUES ($1, $2, 'LIGHT_ONE_OFF', 'ASSESSED', 'PHONE', 'Een vraag.', 'BU03070301', 52.179, 5.403, '{MON_MORNING}', 'person-030', $3, 1, now())`,
    [id, category, MATCHER.org],
  );
  const opened = await ask(OPEN, { id }, MATCHER);
  expect(opened.errors).toBeUndefined();
  expect(opened.data.transitionHelpRequest).toEqual({ helpRequest: { id, status: 'OPEN' }, userErrors: [] });
  return id;
}
const cascadesOf = (requestId: string) =>
  sql("SELECT c.id, c.status, c.started_by, c.answer_within_hours, (SELECT s.helper_id FROM cascade_step s WHERE s.cascade_id = c.id AND s.asked_at IS NOT NULL ORDER BY s.position LIMIT 1) AS asked FROM cascade c WHERE c.help_request_id = $1", [requestId]);
/** The rule jobs for the hulpvraag not yet done (waiting or running). */
const ruleJobsOf = (requestId: string) =>
  sql(
    `SELECT j.id FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = $1 AND j.payload->>'helpRequestId' = $2`,
    [CASCADE_RULE_TASK, requestId],
  );
/** Waits until `check` holds (the job runner polls every second); fails after 15 s. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 60; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('not reached in time');
}
/** No cascade: waits until no rule job for it is left and a moment more, then checks none was started. */
async function expectNoCascade(requestId: string) {
  await eventually(async () => (await ruleJobsOf(requestId)).length === 0);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await cascadesOf(requestId)).toEqual([]);
}

test('a rule for PETS: a PETS hulpvraag that becomes OPEN gets a cascade asking its best candidate, startedBy RULE', async () => {
  const set = await ask(SET, { input: { clientMutationId: 'rule-pets', category: 'PETS', answerWithinHours: 12 } }, MATCHER);
  expect(set.data.setCascadeRule.userErrors).toEqual([]);
  const requestId = await openRequest('PETS');
  await eventually(async () => (await cascadesOf(requestId)).length > 0);
  expect(await cascadesOf(requestId)).toEqual([
    { id: expect.any(String), status: 'ASKING', started_by: expect.stringMatching(/^cascade-rule:/), answer_within_hours: 12, asked: 'volunteer-rule-both' },
  ]);
  const read = await ask('query ($id: ID!) { helpRequest(id: $id) { cascade { status startedBy } } }', { id: requestId }, MATCHER);
  expect(read.data.helpRequest.cascade).toEqual({ status: 'ASKING', startedBy: 'RULE' });
});

test('a SHOPPING hulpvraag gets no cascade from the PETS rule, though a volunteer offers SHOPPING too', async () => {
  await expectNoCascade(await openRequest('SHOPPING'));
});

test("cascadeRules shows only the caller's organisation's rules; answerWithinHours 0 is a userError; a retry returns the same rule", async () => {
  const theirs = await ask(SET, { input: { clientMutationId: 'rule-theirs', category: 'GARDEN', answerWithinHours: 24 } }, OTHER_MATCHER);
  expect(theirs.data.setCascadeRule.userErrors).toEqual([]);
  expect((await ask(RULES, {}, MATCHER)).data.cascadeRules).toEqual([{ id: expect.any(String), category: 'PETS', answerWithinHours: 12 }]);
  expect((await ask(RULES, {}, OTHER_MATCHER)).data.cascadeRules).toEqual([{ id: theirs.data.setCascadeRule.cascadeRule.id, category: 'GARDEN', answerWithinHours: 24 }]);

  const zero = await ask(SET, { input: { clientMutationId: 'rule-zero', category: 'MEALS', answerWithinHours: 0 } }, MATCHER);
  expect(zero.data.setCascadeRule).toEqual({ cascadeRule: null, userErrors: [expect.objectContaining({ field: ['input', 'answerWithinHours'] })] });

  const input = { clientMutationId: 'rule-walking', category: 'WALKING', answerWithinHours: 6 };
  const first = (await ask(SET, { input }, MATCHER)).data.setCascadeRule;
  const retry = (await ask(SET, { input }, MATCHER)).data.setCascadeRule;
  expect(first.userErrors).toEqual([]);
  expect(retry).toEqual(first);
  expect((await ask(RULES, {}, MATCHER)).data.cascadeRules.map((r: any) => r.category)).toEqual(['PETS', 'WALKING']);
});

test('after removeCascadeRule a new OPEN PETS hulpvraag gets no cascade', async () => {
  const removed = await ask(REMOVE, { input: { category: 'PETS' } }, MATCHER);
  expect(removed.data.removeCascadeRule).toEqual({ cascadeRule: { id: expect.any(String), replacedAt: expect.any(String) }, userErrors: [] });
  await expectNoCascade(await openRequest('PETS'));
});
