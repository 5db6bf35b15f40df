// A trace's processing-log lines are found through the span rows (subgraphs/kit/access/processing-log-spans.ts),
// against welzijn alone: every way a line is written leaves its span row, lines of other traces inside the same
// id range are not taken for the trace's, and no line pays an index entry of its own for its trace.
import { startTestSubgraph, type TestSubgraph } from '../support/hub';
import { newTrace, type Caller } from '../../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphSecret } from '../../platform/config';
import { DELIVERY_PATH } from '../../subgraphs/kit/access/delivery';

let welzijn: TestSubgraph;
beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
});
afterAll(() => welzijn?.close());

const professional = (): Caller => ({
  organisationId: 'org-wz-01',
  subject: 'professional@org-wz-01',
  roles: ['professional'],
  personId: null,
  purpose: 'SERVICE_DELIVERY',
  foreignOperation: null,
  ...newTrace(),
});
const signed = (caller: Caller) => ({ 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(caller, 'welzijn', subgraphSecret('welzijn', process.env)) });

async function read(caller: Caller): Promise<string> {
  const response = await fetch(welzijn.subgraph.url, { method: 'POST', headers: signed(caller), body: JSON.stringify({ query: '{ helpRequest(id: "help-request-001") { id category } }' }) });
  return ((await response.json()) as { extensions: { processingLog: { span: string } } }).extensions.processingLog.span;
}

const ofTrace = (traceId: string): Promise<{ span_id: string; action: string; entity_id: string; recipient: string | null }[]> =>
  welzijn.subgraph.db.query('SELECT span_id, action, entity_id, recipient FROM processing_log_of_trace($1)', [traceId]);

test('a trace’s lines, of each of its spans and the disclosures its confirmation added, are found by trace', async () => {
  const caller = professional();
  const first = await read(caller);
  const second = await read(caller);
  const response = await fetch(welzijn.subgraph.url.replace(/\/graphql$/, DELIVERY_PATH), {
    method: 'POST',
    headers: signed(caller),
    body: JSON.stringify({ deliveries: [{ span: first, lines: [{ entity: 'HelpRequest', id: 'help-request-001', served: ['category'], disclosedTo: { bewoners: ['id'] } }] }] }),
  });
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
  const [mySpan, theirSpan] = [await read(mine), await read(theirs)];
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
  const response = await fetch(welzijn.subgraph.url.replace(/\/graphql$/, DELIVERY_PATH), {
    method: 'POST',
    headers: signed(mine),
    body: JSON.stringify({ deliveries: [{ span: theirSpan, lines }, { span: mySpan, lines }] }),
  });
  expect(response.status).toBe(200);
  expect(copies(await ofTrace(mine.traceId), mySpan)).toEqual([]); // mine: nothing served, nothing passed on, deleted
  expect(copies(await ofTrace(theirs.traceId), theirSpan)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
});

test('a line written enters the primary key and, about a resident, the resident index: no index of the trace', async () => {
  const indexes: { indexdef: string }[] = await welzijn.subgraph.db.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'processing_log' ORDER BY indexname");
  expect(indexes.map((index) => index.indexdef.replace(/^.* USING btree /, ''))).toEqual(['(person_id, organisation_id, logged_at) WHERE (person_id IS NOT NULL)', '(id)']);
});
