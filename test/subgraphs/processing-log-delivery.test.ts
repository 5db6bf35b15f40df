// The gateway's confirmation of what reached the caller (subgraphs/kit/access/delivery.ts), against welzijn
// alone over real HTTP: a read line waits `unconfirmed` (and, never confirmed, stands as served); only the
// gateway's identity for the request's own trace and caller can confirm it, and only to narrow it. And a
// trace's lines are found through the span rows (processing-log-spans.ts): every way a line is written leaves
// its span row, lines of other traces inside the same id range are not taken for the trace's, and no line pays
// an index entry of its own for its trace.
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { newTrace, type Caller } from '../../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphSecret } from '../../platform/config';
import { applyDeliveries, DELIVERY_PATH, type Delivery } from '../../subgraphs/kit/access/delivery';
import type { Database } from '../../subgraphs/kit/database';

let welzijn: TestSubgraph;
beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
});
afterAll(() => welzijn?.close());

const professional = (trace = newTrace()): Caller => ({
  organisationId: 'org-wz-01',
  subject: 'professional@org-wz-01',
  roles: ['professional'],
  personId: null,
  purpose: 'SERVICE_DELIVERY',
  foreignOperation: null,
  ...trace,
});
const signed = (caller: Caller) => ({ 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(caller, 'welzijn', subgraphSecret('welzijn', process.env)) });

/** Reads help-request-001 as `caller`; the span and lines the answer lists for the gateway. */
async function read(caller: Caller): Promise<{ span: string; lines: { entity: string; id: string; fields: Record<string, unknown> }[] }> {
  const response = await fetch(welzijn.subgraph.url, {
    method: 'POST',
    headers: signed(caller),
    body: JSON.stringify({ query: '{ helpRequest(id: "help-request-001") { id category status } }' }),
  });
  const body = (await response.json()) as { data: unknown; extensions?: { processingLog?: any } };
  expect(body.data).toEqual({ helpRequest: { id: 'help-request-001', category: expect.any(String), status: expect.any(String) } });
  return body.extensions!.processingLog;
}

const post = (headers: Record<string, string>, body: unknown) =>
  fetch(welzijn.subgraph.url.replace(/\/graphql$/, DELIVERY_PATH), { method: 'POST', headers, body: JSON.stringify(body) });
/** The gateway's post: the deliveries of one request (one per span). */
const confirm = (headers: Record<string, string>, ...deliveries: unknown[]) => post(headers, { deliveries });

const linesOf = (traceId: string) =>
  welzijn.subgraph.db.query("SELECT action, fields, delivery, recipient FROM processing_log WHERE trace_id = $1 AND entity = 'HelpRequest' ORDER BY action, id", [traceId]);

test('a read line waits unconfirmed, with where each field is in the answer; never confirmed, it stands as served', async () => {
  const caller = professional();
  const log = await read(caller);
  expect(log.lines).toEqual([{ entity: 'HelpRequest', id: 'help-request-001', fields: { id: [['helpRequest', 'id']], category: [['helpRequest', 'category']], status: [['helpRequest', 'status']] } }]);
  expect(await linesOf(caller.traceId)).toEqual([{ action: 'read', fields: 'category,id,status', delivery: 'unconfirmed', recipient: null }]);
});

test('a confirmation narrows the line to what was served and adds a disclosure line for what went to another subgraph', async () => {
  const caller = professional();
  const { span } = await read(caller);
  const response = await confirm(signed(caller), {
    span,
    // a field the line never named (description) is not added by a confirmation
    lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: ['category', 'description'], disclosedTo: { bewoners: ['id', 'category', 'description'] } }],
  });
  expect(response.status).toBe(200);
  expect(await linesOf(caller.traceId)).toEqual([
    { action: 'disclosure', fields: 'category,id', delivery: 'confirmed', recipient: 'bewoners' },
    { action: 'read', fields: 'category', delivery: 'confirmed', recipient: null },
  ]);
});

test('a line with nothing served, only passed on, becomes the disclosure line itself (one per recipient)', async () => {
  const caller = professional();
  const { span } = await read(caller);
  const [{ id: readLine }] = await welzijn.subgraph.db.query("SELECT id FROM processing_log WHERE trace_id = $1 AND entity = 'HelpRequest'", [caller.traceId]);
  const response = await confirm(signed(caller), {
    span,
    lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: [], disclosedTo: { zorg: ['id'], bewoners: ['category', 'id'], gemeente: ['description'] } }],
  });
  expect(response.status).toBe(200);
  // no read line is left (nothing reached the caller); a recipient of no field the line named gets none
  expect(await linesOf(caller.traceId)).toEqual([
    { action: 'disclosure', fields: 'category,id', delivery: 'confirmed', recipient: 'bewoners' },
    { action: 'disclosure', fields: 'id', delivery: 'confirmed', recipient: 'zorg' },
  ]);
  // the first recipient's line is the read line, changed in place (an update, not an insert and a delete)
  const [first] = await welzijn.subgraph.db.query("SELECT id, recipient FROM processing_log WHERE trace_id = $1 AND entity = 'HelpRequest' ORDER BY id", [caller.traceId]);
  expect(first).toEqual({ id: readLine, recipient: 'bewoners' });
});

test('a line with nothing served and nothing passed on is deleted, also when every recipient got only fields the line never named', async () => {
  for (const disclosedTo of [{}, { gemeente: ['description'], zorg: [] }]) {
    const caller = professional();
    const { span } = await read(caller);
    expect((await confirm(signed(caller), { span, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: [], disclosedTo }] })).status).toBe(200);
    expect(await linesOf(caller.traceId)).toEqual([]);
  }
});

test('a line named twice in one delivery counts once, with what both name', async () => {
  const caller = professional();
  const { span } = await read(caller);
  const lines = [
    { entity: 'HelpRequest', id: 'help-request-001', served: ['category'], disclosedTo: { bewoners: ['id'] } },
    { entity: 'HelpRequest', id: 'help-request-001', served: ['status'], disclosedTo: { bewoners: ['category'] } },
  ];
  expect((await confirm(signed(caller), { span, lines })).status).toBe(200);
  expect(await linesOf(caller.traceId)).toEqual([
    { action: 'disclosure', fields: 'category,id', delivery: 'confirmed', recipient: 'bewoners' },
    { action: 'read', fields: 'category,status', delivery: 'confirmed', recipient: null },
  ]);
});

test('one post confirms each span of the request with its own lines; a line named under another span is left alone', async () => {
  const caller = professional();
  const first = await read(caller);
  const second = await read(caller); // the same request asking welzijn a second time: another span
  expect(second.span).not.toBe(first.span);
  const line = (served: string[]) => [{ entity: 'HelpRequest', id: 'help-request-001', served, disclosedTo: {} }];
  // a third span of this trace and caller that welzijn never answered: names the line, changes nothing
  const response = await confirm(signed(caller), { span: first.span, lines: line(['category']) }, { span: second.span, lines: line(['status']) }, { span: 'f'.repeat(16), lines: line([]) });
  expect(response.status).toBe(200);
  const lines = await welzijn.subgraph.db.query("SELECT span_id, fields, delivery FROM processing_log WHERE trace_id = $1 AND entity = 'HelpRequest' ORDER BY span_id", [caller.traceId]);
  expect(lines).toEqual(
    [
      { span_id: first.span, fields: 'category', delivery: 'confirmed' },
      { span_id: second.span, fields: 'status', delivery: 'confirmed' },
    ].sort((a, b) => a.span_id.localeCompare(b.span_id)),
  );
});

// A second delivery for the same span, racing the first (or replayed while it runs), waits for the first's row
// locks and then meets lines already confirmed: it must leave them as the first left them, not widen them
// again to what the line once named, delete them, or turn them into disclosures.
test.each([
  ['widen it back', { served: ['category', 'id', 'status'], disclosedTo: {} }],
  ['delete it', { served: [], disclosedTo: {} }],
  ['turn it into a disclosure', { served: [], disclosedTo: { zorg: ['id'] } }],
  ['add a disclosure', { served: ['category'], disclosedTo: { zorg: ['id'] } }],
])('a delivery racing one that confirmed the line cannot %s', async (_, second) => {
  const caller = professional();
  const { span } = await read(caller);
  const first: Delivery = { span, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: ['category'], disclosedTo: {} }] };
  const holder = welzijn.subgraph.db.createQueryRunner();
  await holder.connect();
  try {
    // the first delivery applied in a transaction still open, so its row locks hold the second back
    await holder.startTransaction();
    await applyDeliveries({ query: (sql: string, parameters: unknown[]) => holder.query(sql, parameters) } as unknown as Database, caller, [first]);
    const racing = confirm(signed(caller), { span, lines: [{ entity: 'HelpRequest', id: 'help-request-001', ...second }] });
    await waitUntilALockIsAwaited();
    await holder.commitTransaction();
    expect((await racing).status).toBe(200);
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
  expect(await linesOf(caller.traceId)).toEqual([{ action: 'read', fields: 'category', delivery: 'confirmed', recipient: null }]);
});

async function waitUntilALockIsAwaited(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [{ waiting }] = await welzijn.subgraph.db.query("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the second delivery never waited for the first one’s locks');
}

test('without the gateway identity, for another trace or another caller, or not a delivery: nothing changes', async () => {
  const caller = professional();
  const { span } = await read(caller);
  const drop = { span, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: [], disclosedTo: {} }] };
  expect((await confirm({ 'content-type': 'application/json' }, drop)).status).toBe(401);
  expect((await confirm(signed(professional()), drop)).status).toBe(200); // another trace: not its lines
  expect((await confirm(signed({ ...caller, subject: 'someone-else@org-wz-01' }), drop)).status).toBe(200); // another caller
  expect((await confirm(signed(caller), { span, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: 'all' }] })).status).toBe(400);
  expect((await confirm(signed(caller), drop, { span })).status).toBe(400); // one of them not a delivery: none applied
  expect((await post(signed(caller), drop)).status).toBe(400); // a delivery not in a list
  expect(await linesOf(caller.traceId)).toEqual([{ action: 'read', fields: 'category,id,status', delivery: 'unconfirmed', recipient: null }]);
});

// Pages keep room for the confirmed version of their lines (ProcessingLogRoomForConfirmation): confirming a
// request's lines rewrites each in place (a HOT update), without a new entry in any index of the log.
test('confirming many lines of one request rewrites each in place, touching no index', async () => {
  const caller = professional();
  const { span } = await read(caller);
  const lines = 60;
  // 60 lines of the same request and caller, written together as a subgraph writes them (copies of its read line)
  await welzijn.subgraph.db.query(
    `INSERT INTO processing_log (logged_at, trace_id, span_id, parent_span_id, processing_activity_id, operation_name, foreign_operation, organisation_id, subject, roles, purpose, action, entity, entity_id, person_id, fields, delivery)
     SELECT logged_at, trace_id, span_id, parent_span_id, processing_activity_id, operation_name, foreign_operation, organisation_id, subject, roles, purpose, action, entity, 'copy-' || n, person_id, fields, delivery
     FROM processing_log, generate_series(1, $2) AS n WHERE trace_id = $1 AND entity = 'HelpRequest'`,
    [caller.traceId, lines],
  );
  const delivery: Delivery = { span, lines: Array.from({ length: lines }, (_, n) => ({ entity: 'HelpRequest', id: `copy-${n + 1}`, served: ['category'], disclosedTo: {} })) };
  const runner = welzijn.subgraph.db.createQueryRunner();
  await runner.connect();
  try {
    // the connection's counts of the table's updates, and of those that stayed on their page (they include
    // earlier transactions not yet reported, and are reported only between transactions: read before and after)
    const counts = async () => (await runner.query("SELECT pg_stat_get_xact_tuples_updated('processing_log'::regclass)::int AS updated, pg_stat_get_xact_tuples_hot_updated('processing_log'::regclass)::int AS in_place"))[0];
    await runner.startTransaction();
    const before = await counts();
    await applyDeliveries({ query: (sql: string, parameters: unknown[]) => runner.query(sql, parameters) } as unknown as Database, caller, [delivery]);
    const after = await counts();
    await runner.commitTransaction();
    expect({ updated: after.updated - before.updated, in_place: after.in_place - before.in_place }).toEqual({ updated: lines, in_place: lines });
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
});

const ofTrace = (traceId: string): Promise<{ span_id: string; action: string; entity_id: string; recipient: string | null }[]> =>
  welzijn.subgraph.db.query('SELECT span_id, action, entity_id, recipient FROM processing_log_of_trace($1)', [traceId]);

test('a trace’s lines, of each of its spans and the disclosures its confirmation added, are found by trace', async () => {
  const caller = professional();
  const { span: first } = await read(caller);
  const { span: second } = await read(caller);
  const response = await confirm(signed(caller), { span: first, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: ['category'], disclosedTo: { bewoners: ['id'] } }] });
  expect(response.status).toBe(200);
  const lines = await ofTrace(caller.traceId);
  expect(lines.filter((line) => line.entity_id === 'help-request-001')).toEqual([
    { span_id: first, action: 'read', entity_id: 'help-request-001', recipient: null },
    { span_id: second, action: 'read', entity_id: 'help-request-001', recipient: null },
    { span_id: first, action: 'disclosure', entity_id: 'help-request-001', recipient: 'bewoners' },
  ]);
});

// Lines of two traces written by one statement: their id ranges overlap. Neither the lookup by trace nor a
// confirmation of one trace may take the other's lines for its own.
test('lines of another trace inside the same id range are neither found for the trace nor confirmed by its delivery', async () => {
  const mine = professional();
  const theirs = { ...professional(), subject: mine.subject };
  const [mySpan, theirSpan] = [(await read(mine)).span, (await read(theirs)).span];
  await welzijn.subgraph.db.query(
    `INSERT INTO processing_log (trace_id, span_id, parent_span_id, processing_activity_id, organisation_id, subject, roles, purpose, action, entity, entity_id, person_id, fields, delivery)
     SELECT l.trace_id, l.span_id, l.parent_span_id, l.processing_activity_id, l.organisation_id, l.subject, l.roles, l.purpose, l.action, l.entity, 'copy-' || n, l.person_id, l.fields, l.delivery
     FROM generate_series(1, 20) AS n JOIN processing_log l ON l.trace_id = CASE WHEN n % 2 = 0 THEN $1 ELSE $2 END AND l.entity = 'HelpRequest'
     ORDER BY n`,
    [mine.traceId, theirs.traceId],
  );
  const ranges = await welzijn.subgraph.db.query('SELECT trace_id, first_id::int, last_id::int FROM processing_log_span WHERE trace_id = ANY($1) AND first_id <> last_id', [[mine.traceId, theirs.traceId]]);
  expect(ranges).toHaveLength(2);
  const [a, b] = ranges;
  expect(a.first_id < b.last_id && b.first_id < a.last_id).toBe(true); // the ranges do overlap
  const copies = (lines: { entity_id: string; span_id: string }[], span: string) => lines.filter((line) => line.entity_id.startsWith('copy-') && line.span_id === span).map((line) => Number(line.entity_id.slice(5)));
  expect(copies(await ofTrace(mine.traceId), mySpan)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  expect((await ofTrace(mine.traceId)).some((line) => line.span_id === theirSpan)).toBe(false);

  // a delivery of my trace naming their copies (same caller, their span): nothing of theirs changes
  const lines = Array.from({ length: 20 }, (_, n) => ({ entity: 'HelpRequest', id: `copy-${n + 1}`, served: [], disclosedTo: {} }));
  const response = await confirm(signed(mine), { span: theirSpan, lines }, { span: mySpan, lines });
  expect(response.status).toBe(200);
  expect(copies(await ofTrace(mine.traceId), mySpan)).toEqual([]); // mine: nothing served, nothing passed on, deleted
  expect(copies(await ofTrace(theirs.traceId), theirSpan)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
});

test('a line written enters the primary key and, about a resident, the resident index: no index of the trace', async () => {
  const indexes: { indexdef: string }[] = await welzijn.subgraph.db.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'processing_log' ORDER BY indexname");
  expect(indexes.map((index) => index.indexdef.replace(/^.* USING btree /, ''))).toEqual(['(person_id, organisation_id, logged_at) WHERE (person_id IS NOT NULL)', '(id)']);
});
