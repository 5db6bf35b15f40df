// Ask-and-cascade on welzijn's own database, over real HTTP: A declines, a paused volunteer is skipped, B
// does not answer in time, C accepts; welzijn is restarted between the steps (the deadline is a job in
// PostgreSQL); two welzijn processes on one database advance a cascade exactly once; late answers, answers
// out of turn and other organisations are refused.
// A deadline is reached by moving it in the database: the step's deadline set in the past and its job
// (same job key) rescheduled to run now, as graphile-worker would run it when the real deadline comes.
import type { RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { identityHeaders, type TestCaller } from '../support/callers';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { startWelzijnWithGemeente, type WelzijnWithGemeente } from '../support/welzijn-with-gemeente';
import { CASCADE_DEADLINE_TASK } from '../../subgraphs/welzijn/cascade';

const MATCHER: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
// the same organisation's partner system, answering for its volunteers
const SYSTEM: TestCaller = { org: 'org-wz-02', roles: ['partner-system'], purpose: 'MATCHING' };
const OTHER_MATCHER: TestCaller = { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' };
const OTHER_SYSTEM: TestCaller = { org: 'org-wz-03', roles: ['partner-system'], purpose: 'MATCHING' };

let hub: WelzijnWithGemeente;
// the welzijn processes running now
const running: RunningSubgraph[] = [];

const start = async () => {
  const subgraph = await hub.startWelzijn();
  running.push(subgraph);
  return subgraph;
};
async function stop(subgraph: RunningSubgraph) {
  await hub.stopWelzijn(subgraph);
  running.splice(running.indexOf(subgraph), 1);
}

beforeAll(async () => {
  hub = await startWelzijnWithGemeente();
  await start();
});
afterAll(() => hub?.close());

const ask = (subgraph: RunningSubgraph, query: string, variables: Record<string, unknown>, caller: TestCaller): Promise<GraphQLResponse> =>
  graphql(subgraph.url, query, variables, identityHeaders('welzijn', caller));
const sql = (query: string, params: unknown[] = []): Promise<any[]> => hub.sql(query, params);

let sequence = 0;
async function openRequest(): Promise<string> {
  const id = `help-request-cascade-${++sequence}`;
  await sql(
    `INSERT INTO help_request (id, category, intensity, status, channel, description, area_code, latitude, longitude, wished_times, requester_id, intake_organisation_id, helpers_needed, created_at)
     VALUES ($1, 'PETS', 'LIGHT_ONE_OFF', 'OPEN', 'PHONE', 'Mevrouw de Vries, Lindelaan 4: de hond uitlaten.', 'BU03070301', 52.179, 5.403, '{MON_MORNING}', 'person-030', $2, 1, now())`,
    [id, MATCHER.org],
  );
  return id;
}
async function volunteer(tag: string, status = 'ACTIVE'): Promise<string> {
  const id = `volunteer-cascade-${tag}`;
  await sql(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured, status, paused_until)
     VALUES ($1, $2, 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true, $3, $4)`,
    [id, MATCHER.org, status, status === 'PAUSED' ? '2099-12-31' : null],
  );
  return id;
}
const candidates = (...ids: string[]) => ids.map((helperId) => ({ pool: 'VOLUNTEER', helperId }));

const CASCADE = 'id status answerWithinHours startedAt endedAt match { id madeBy status } steps { id position pool helperId askedAt deadline answer answeredAt }';
const START = `mutation ($input: StartCascadeInput!) { startCascade(input: $input) { cascade { ${CASCADE} } ${USER_ERRORS} } }`;
const ANSWER = `mutation ($input: AnswerCascadeInput!) { answerCascade(input: $input) { answered { stepId answer matchId } ${USER_ERRORS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelCascade(id: $id) { cascade { id status } ${USER_ERRORS} } }`;
const ASKS = '{ cascadeAsks(first: 100) { edges { node { id pool helperId category area { code } wishedTimes deadline } } } }';
const OF_REQUEST = `query ($id: ID!) { helpRequest(id: $id) { status cascade { ${CASCADE} } } }`;

const stepsOf = (cascadeId: string): Promise<{ id: string; helper_id: string; asked_at: Date | null; answer: string | null }[]> =>
  sql('SELECT id, helper_id, asked_at, answer FROM cascade_step WHERE cascade_id = $1 ORDER BY position', [cascadeId]);
const jobsOf = (cascadeId: string): Promise<{ key: string | null }[]> =>
  sql(
    `SELECT j.key FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = $1 AND j.payload->>'cascadeId' = $2`,
    [CASCADE_DEADLINE_TASK, cascadeId],
  );

/** The deadline reached now: the step's deadline in the past, its job (`copies` of it) due now. */
async function reachDeadline(cascadeId: string, stepId: string, copies = 1) {
  await sql("UPDATE cascade_step SET deadline = now() - interval '1 second' WHERE id = $1", [stepId]);
  const payload = JSON.stringify({ cascadeId, stepId });
  await sql('SELECT graphile_worker.add_job($1, $2::json, job_key => $3, run_at => now())', [CASCADE_DEADLINE_TASK, payload, `cascade:${cascadeId}`]);
  // a job left behind (as after a crash between its work and its completion) runs too, maybe in the other process
  for (let i = 1; i < copies; i++) await sql('SELECT graphile_worker.add_job($1, $2::json, run_at => now())', [CASCADE_DEADLINE_TASK, payload]);
}

/** Waits until `check` holds (the job runners poll every second); fails after 20 s. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 80; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('not reached in time');
}
const stepAnswered = (stepId: string) => async () => (await sql('SELECT answer FROM cascade_step WHERE id = $1', [stepId]))[0].answer !== null;
/** No unkeyed copy of a deadline job is waiting or running any more. */
const copiesDone = (cascadeId: string) => async () => (await jobsOf(cascadeId)).every((job) => job.key !== null);

test('A declines, a paused volunteer is skipped, B does not answer in time (across a restart), C accepts: every step recorded', async () => {
  const requestId = await openRequest();
  const [a, paused, b, c] = [await volunteer('a'), await volunteer('paused', 'PAUSED'), await volunteer('b'), await volunteer('c')];
  const input = { clientMutationId: 'cascade-1', helpRequestId: requestId, answerWithinHours: 24, candidates: candidates(a, paused, b, c) };
  const started = await ask(running[0], START, { input }, MATCHER);
  expect(started.data.startCascade.userErrors).toEqual([]);
  const cascade = started.data.startCascade.cascade;
  expect(cascade).toMatchObject({ status: 'ASKING', answerWithinHours: 24, endedAt: null, match: null });
  expect(cascade.steps.map((s: any) => [s.helperId, s.answer, s.askedAt !== null])).toEqual([[a, null, true], [paused, null, false], [b, null, false], [c, null, false]]);
  expect(new Date(cascade.steps[0].deadline).getTime() - new Date(cascade.steps[0].askedAt).getTime()).toBe(24 * 3600 * 1000);
  // the deadline is a job in PostgreSQL, one per cascade
  expect(await jobsOf(cascade.id)).toEqual([{ key: `cascade:${cascade.id}` }]);
  // a retry gets the same cascade; another organisation cannot start one on this hulpvraag
  expect((await ask(running[0], START, { input }, MATCHER)).data.startCascade.cascade.id).toBe(cascade.id);
  const foreign = await ask(running[0], START, { input: { ...input, clientMutationId: 'foreign' } }, OTHER_MATCHER);
  expect(foreign.data.startCascade).toEqual({ cascade: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'helpRequestId'] })] });
  // nor can a matcher list another organisation's volunteer
  await sql("INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured) VALUES ('volunteer-cascade-theirs', $1, 'BU03070301', '{PETS}', true, '{nl}', 52.18, 5.405, 3, '{MON_MORNING}', 2, '{}', true, true)", [OTHER_MATCHER.org]);
  const theirs = await ask(running[0], START, { input: { ...input, clientMutationId: 'theirs', candidates: candidates(a, 'volunteer-cascade-theirs') } }, MATCHER);
  expect(theirs.data.startCascade).toEqual({ cascade: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'candidates', '1', 'helperId'] })] });
  // one cascade asking per hulpvraag
  const second = await ask(running[0], START, { input: { ...input, clientMutationId: 'cascade-1b' } }, MATCHER);
  expect(second.data.startCascade.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

  // the helper's organisation sees the ask, pseudonymously; another organisation does not
  const asks = (await ask(running[0], ASKS, {}, SYSTEM)).data.cascadeAsks.edges.map((e: any) => e.node);
  expect(asks).toEqual([{ id: cascade.steps[0].id, pool: 'VOLUNTEER', helperId: a, category: 'PETS', area: { code: 'BU03070301' }, wishedTimes: ['MON_MORNING'], deadline: cascade.steps[0].deadline }]);
  expect(JSON.stringify(asks)).not.toMatch(/person-030|Lindelaan|de Vries|help-request/);
  expect((await ask(running[0], ASKS, {}, OTHER_SYSTEM)).data.cascadeAsks.edges).toEqual([]);
  // nor can it answer for a volunteer not its own, or read or cancel the cascade
  const foreignAnswer = await ask(running[0], ANSWER, { input: { clientMutationId: 'x', stepId: cascade.steps[0].id, accept: true } }, OTHER_SYSTEM);
  expect(foreignAnswer.data.answerCascade).toEqual({ answered: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'stepId'] })] });
  expect((await ask(running[0], CANCEL, { id: cascade.id }, OTHER_MATCHER)).data.cancelCascade.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  const foreignRead = await ask(running[0], OF_REQUEST, { id: requestId }, OTHER_MATCHER);
  expect(foreignRead.data?.helpRequest?.cascade ?? null).toBeNull();
  // C, whose turn has not come, cannot answer yet
  const early = await ask(running[0], ANSWER, { input: { clientMutationId: 'early', stepId: cascade.steps[3].id, accept: true } }, SYSTEM);
  expect(early.data.answerCascade.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('not asked') })]);

  // A says no: the paused volunteer is skipped, B is asked at once
  const declined = await ask(running[0], ANSWER, { input: { clientMutationId: 'a-no', stepId: cascade.steps[0].id, accept: false } }, SYSTEM);
  expect(declined.data.answerCascade).toEqual({ answered: { stepId: cascade.steps[0].id, answer: 'DECLINED', matchId: null }, userErrors: [] });
  expect((await stepsOf(cascade.id)).map((s) => [s.answer, s.asked_at !== null])).toEqual([['DECLINED', true], ['SKIPPED', false], [null, true], [null, false]]);
  // the same answer again is a retry
  expect((await ask(running[0], ANSWER, { input: { clientMutationId: 'a-no', stepId: cascade.steps[0].id, accept: false } }, SYSTEM)).data.answerCascade.answered.answer).toBe('DECLINED');

  // welzijn goes down and comes back on the same database; B's deadline passes meanwhile
  await stop(running[0]);
  await reachDeadline(cascade.id, cascade.steps[2].id);
  expect((await stepsOf(cascade.id)).map((s) => s.answer)).toEqual(['DECLINED', 'SKIPPED', null, null]); // nobody ran it yet
  const restarted = await start();
  await eventually(stepAnswered(cascade.steps[2].id));
  expect((await stepsOf(cascade.id)).map((s) => s.answer)).toEqual(['DECLINED', 'SKIPPED', 'EXPIRED', null]);

  // B answers too late
  const late = await ask(restarted, ANSWER, { input: { clientMutationId: 'b-late', stepId: cascade.steps[2].id, accept: true } }, SYSTEM);
  expect(late.data.answerCascade.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'stepId'], message: expect.stringContaining('EXPIRED') })]);

  // C says yes: a match through the one proposal path, the cascade ends MATCHED
  const accepted = await ask(restarted, ANSWER, { input: { clientMutationId: 'c-yes', stepId: cascade.steps[3].id, accept: true } }, SYSTEM);
  expect(accepted.data.answerCascade.userErrors).toEqual([]);
  const { matchId } = accepted.data.answerCascade.answered;
  expect(matchId).toEqual(expect.any(String));
  expect((await ask(restarted, ANSWER, { input: { clientMutationId: 'c-yes', stepId: cascade.steps[3].id, accept: true } }, SYSTEM)).data.answerCascade.answered.matchId).toBe(matchId);

  const read = (await ask(restarted, OF_REQUEST, { id: requestId }, MATCHER)).data.helpRequest;
  expect(read.status).toBe('MATCHED');
  expect(read.cascade).toMatchObject({ id: cascade.id, status: 'MATCHED', endedAt: expect.any(String), match: { id: matchId, madeBy: 'MATCHER', status: 'PROPOSED' } });
  expect(read.cascade.steps.map((s: any) => [s.helperId, s.answer, s.askedAt !== null, s.answeredAt !== null])).toEqual([
    [a, 'DECLINED', true, true],
    [paused, 'SKIPPED', false, true],
    [b, 'EXPIRED', true, true],
    [c, 'ACCEPTED', true, true],
  ]);
  expect(await sql('SELECT volunteer_id, made_by FROM match WHERE help_request_id = $1', [requestId])).toEqual([{ volunteer_id: c, made_by: 'MATCHER' }]);
  expect(await jobsOf(cascade.id)).toEqual([]);
  // one MATCH_PROPOSED, from the proposal path; the events carry only the match's key
  expect(await sql("SELECT type, subject_type FROM outbox WHERE subject_id = $1", [matchId])).toEqual([{ type: 'MATCH_PROPOSED', subject_type: 'Match' }]);
});

test('two welzijn processes on one database advance a cascade exactly once', async () => {
  const second = await start();
  const requestId = await openRequest();
  const [d, e, f] = [await volunteer('d'), await volunteer('e'), await volunteer('f')];
  const { cascade } = (await ask(running[0], START, { input: { clientMutationId: 'cascade-2', helpRequestId: requestId, answerWithinHours: 1, candidates: candidates(d, e, f) } }, MATCHER)).data.startCascade;

  // D's deadline, with a second copy of its job: both runners may take one; one advances, the other finds it done
  await reachDeadline(cascade.id, cascade.steps[0].id, 2);
  await eventually(stepAnswered(cascade.steps[0].id));
  await eventually(copiesDone(cascade.id));
  expect((await stepsOf(cascade.id)).map((s) => [s.answer, s.asked_at !== null])).toEqual([['EXPIRED', true], [null, true], [null, false]]);
  expect(await jobsOf(cascade.id)).toEqual([{ key: `cascade:${cascade.id}` }]);

  // E's no arrives at both processes at once (two retries with their own keys): one wins, F is asked once
  const answers = await Promise.all(
    [running[0], second].map((subgraph, i) => ask(subgraph, ANSWER, { input: { clientMutationId: `e-no-${i}`, stepId: cascade.steps[1].id, accept: false } }, SYSTEM)),
  );
  expect(answers.filter((r) => r.data.answerCascade.answered?.answer === 'DECLINED')).toHaveLength(1);
  expect(answers.filter((r) => r.data.answerCascade.userErrors[0]?.code === 'CONFLICT')).toHaveLength(1);
  expect((await stepsOf(cascade.id)).map((s) => [s.answer, s.asked_at !== null])).toEqual([['EXPIRED', true], ['DECLINED', true], [null, true]]);
  expect(await jobsOf(cascade.id)).toEqual([{ key: `cascade:${cascade.id}` }]);

  // F's deadline has passed but its job has not run yet: a yes now is too late all the same
  await sql("UPDATE cascade_step SET deadline = now() - interval '1 second' WHERE id = $1", [cascade.steps[2].id]);
  const late = await ask(second, ANSWER, { input: { clientMutationId: 'f-late', stepId: cascade.steps[2].id, accept: true } }, SYSTEM);
  expect(late.data.answerCascade.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'stepId'], message: expect.stringContaining('expired at') })]);
  expect(await sql('SELECT count(*)::int AS n FROM match WHERE help_request_id = $1', [requestId])).toEqual([{ n: 0 }]);

  // F's deadline job: the list runs out; the hulpvraag stays OPEN and nothing waits any more
  await reachDeadline(cascade.id, cascade.steps[2].id, 2);
  await eventually(async () => (await sql('SELECT status FROM cascade WHERE id = $1', [cascade.id]))[0].status === 'EXHAUSTED');
  await eventually(copiesDone(cascade.id));
  expect((await stepsOf(cascade.id)).map((s) => s.answer)).toEqual(['EXPIRED', 'DECLINED', 'EXPIRED']);
  expect(await jobsOf(cascade.id)).toEqual([]);
  expect((await sql('SELECT status FROM help_request WHERE id = $1', [requestId]))[0].status).toBe('OPEN');
  await stop(second);
});

test('without a list the volunteers are ranked by the scoring function; the matcher cancels; bounds are checked', async () => {
  const requestId = await openRequest();
  const far = `volunteer-cascade-far`;
  await sql(
    `INSERT INTO volunteer (id, organisation_id, home_area_code, categories, available, languages, latitude, longitude, max_distance_km, availability, load_cap, limits, has_vog, insured)
     VALUES ($1, $2, 'BU03070301', '{PETS}', true, '{nl}', 52.30, 5.60, 1, '{MON_MORNING}', 2, '{}', true, true)`,
    [far, MATCHER.org],
  );
  const ranked = await ask(running[0], START, { input: { clientMutationId: 'cascade-3', helpRequestId: requestId, answerWithinHours: 48 } }, MATCHER);
  expect(ranked.data.startCascade.userErrors).toEqual([]);
  const helpers = ranked.data.startCascade.cascade.steps.map((s: any) => s.helperId);
  // the ones who can reach the hulpvraag: not the far one, nor the paused one
  expect(helpers).not.toContain(far);
  expect(helpers).not.toContain('volunteer-cascade-paused');
  expect(helpers.length).toBeGreaterThan(0);
  const id = ranked.data.startCascade.cascade.id;

  expect((await ask(running[0], CANCEL, { id }, MATCHER)).data.cancelCascade).toEqual({ cascade: { id, status: 'CANCELLED' }, userErrors: [] });
  expect((await ask(running[0], CANCEL, { id }, MATCHER)).data.cancelCascade.cascade.status).toBe('CANCELLED');
  expect(await jobsOf(id)).toEqual([]);
  // the cancelled cascade's ask is no longer open
  const first = ranked.data.startCascade.cascade.steps[0].id;
  const answer = await ask(running[0], ANSWER, { input: { clientMutationId: 'after-cancel', stepId: first, accept: true } }, SYSTEM);
  expect(answer.data.answerCascade.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('CANCELLED') })]);
  expect((await ask(running[0], ASKS, {}, SYSTEM)).data.cascadeAsks.edges.map((e: any) => e.node.id)).not.toContain(first);

  for (const [bad, field] of [
    [{ answerWithinHours: 0 }, ['input', 'answerWithinHours']],
    [{ answerWithinHours: 169 }, ['input', 'answerWithinHours']],
    [{ candidates: [] }, ['input', 'candidates']],
    [{ candidates: candidates('volunteer-cascade-a', 'volunteer-cascade-a') }, ['input', 'candidates', '1', 'helperId']],
  ] as const) {
    const refused = await ask(running[0], START, { input: Object.assign({ answerWithinHours: 24, clientMutationId: `bad-${field.join('.')}-${JSON.stringify(bad).length}`, helpRequestId: requestId }, bad) }, MATCHER);
    expect(refused.data.startCascade).toEqual({ cascade: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field })] });
  }
});

test('a yes from a helper paused since they were asked is refused; their ask is SKIPPED and the next asked at once', async () => {
  const requestId = await openRequest();
  const [g, h] = [await volunteer('g'), await volunteer('h')];
  const { cascade } = (await ask(running[0], START, { input: { clientMutationId: 'cascade-4', helpRequestId: requestId, answerWithinHours: 24, candidates: candidates(g, h) } }, MATCHER)).data.startCascade;
  await sql("UPDATE volunteer SET status = 'PAUSED', paused_until = '2099-12-31' WHERE id = $1", [g]);
  const refused = await ask(running[0], ANSWER, { input: { clientMutationId: 'g-yes', stepId: cascade.steps[0].id, accept: true } }, SYSTEM);
  expect(refused.data.answerCascade).toEqual({ answered: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['input', 'stepId'], message: expect.stringContaining('SKIPPED') })] });
  expect((await stepsOf(cascade.id)).map((s) => [s.answer, s.asked_at !== null])).toEqual([['SKIPPED', true], [null, true]]);
  expect(await sql('SELECT count(*)::int AS n FROM match WHERE help_request_id = $1', [requestId])).toEqual([{ n: 0 }]);
});
