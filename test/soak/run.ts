// `npm run soak`: the whole hub under mixed reads and writes for SOAK_SECONDS (default 120; at most
// SOAK_MAX_REQUESTS requests), on loopback only, with its own embedded PostgreSQL. Midway it closes one
// subgraph (welzijn) and starts it again on the same database and port, and later stops PostgreSQL and
// starts it again on the same data directory and port. Afterwards it checks, by clientMutationId, that
// every write that was acknowledged (got an id back) is in the database with that id, and that no write
// that failed (got an error) is. Writes whose outcome the client cannot know (a timeout, no answer, or the processing
// log failing after the commit) are retried with the same clientMutationId, which the mutations make safe.
// Meanwhile two partner systems receive the consents' events by webhook (events.ts): the report's `events`
// object says how many the outbox committed and how many arrived, lost or reached an organisation without
// the right to read them.
// Exits non-zero when an acknowledged write was lost or a failed one is present, or an event was lost or
// delivered without the right.
//   SOAK_SECONDS=60 npm run soak
//   SOAK_KEEP=1 npm run soak   (keeps PostgreSQL's data directory afterwards, to look into a failed run)
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PARTNERS, type Partner } from '../../platform/config';
import { startEmbeddedPostgres, type PostgresServer } from '../../hub/embedded-postgres';
import { ensureDatabase } from '../../hub/postgres-admin';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { CONSENT_CHECK_PATH } from '../../subgraphs/kit/access/consent-api';
import { SUBGRAPHS, startHub } from '../../hub/hub';
import { mintToken } from '../../hub/mint-token';
import { EXAMPLE_QUERY } from '../../hub/example-query';
import type { Purpose, Role } from '../../platform/caller';
import { freePort } from '../support/ports';
import { startEventsProbe } from './events';

const SECONDS = Number(process.env.SOAK_SECONDS || 120);
const MAX_REQUESTS = Number(process.env.SOAK_MAX_REQUESTS || 200_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY || 8);
const REQUEST_TIMEOUT_MS = 15_000;
const HOST = '127.0.0.1'; // loopback only
const RUN = Date.now().toString(36);
const EVENTS_WAIT_MS = 90_000; // after the load, for retries of the slow and failing receiver to arrive
// deliveries retried within the run (the defaults are for the internet: 10 s and up)
process.env.WEBHOOK_RETRY_BASE_MS ||= '200';
process.env.WEBHOOK_PULL_INTERVAL_MS ||= '500';

const log = (message: string) => console.log(`[soak ${new Date().toISOString().slice(11, 23)}] ${message}`);

function headers(org: string, role: Role, purpose?: Purpose): Record<string, string> {
  const result: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${mintToken({ org, roles: [role], hours: 2 })}` };
  if (purpose) result['x-purpose'] = purpose;
  return result;
}
const MATCHER_WZ01 = headers('org-wz-01', 'matcher', 'MATCHING');
const MATCHER_WZ02 = headers('org-wz-02', 'matcher', 'SERVICE_DELIVERY');
const ANONYMOUS = { 'content-type': 'application/json' };

interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** One request; null when no HTTP answer came (connection refused or reset, or no answer in time). */
async function request(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Answer | null> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    try {
      return { status: response.status, ...JSON.parse(text) };
    } catch {
      return { status: response.status, errors: [{ message: 'not JSON', extensions: { code: `HTTP_${response.status}_NOT_JSON` } }] };
    }
  } catch {
    return null;
  }
}

const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const person = () => `person-${String(1 + Math.floor(Math.random() * 80)).padStart(3, '0')}`;

const READS: [string, Record<string, unknown>, Record<string, string>][] = [
  [EXAMPLE_QUERY, {}, MATCHER_WZ01],
  ['{ areas(first: 20) { edges { node { code name population } } } }', {}, ANONYMOUS],
  ['query ($text: String) { socialMap(filter: { text: $text }, first: 10) { edges { node { kind id title } } } }', { text: 'koffie' }, ANONYMOUS],
  ['{ helpRequests(first: 20) { edges { node { id status category } } } }', {}, MATCHER_WZ01],
  ['{ services(first: 10) { edges { node { id name } } } }', {}, ANONYMOUS],
  ['{ venues(first: 10) { edges { node { name activities(first: 3) { edges { node { title } } } } } } }', {}, ANONYMOUS],
];

const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }';
const CREATE = 'mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id } userErrors { code } } }';
const CATEGORIES = ['SHOPPING', 'TRANSPORT', 'ODD_JOBS', 'GARDEN', 'COMPANY', 'WALKING', 'PAPERWORK'];
const BUURTEN = ['BU03070101', 'BU03070102', 'BU03070201', 'BU03070202', 'BU03070301', 'BU03070302', 'BU03070401', 'BU03070402'];

type WriteKind = 'consent' | 'helpRequest';
interface Write {
  kind: WriteKind;
  clientMutationId: string;
  variables: Record<string, unknown>;
  outcome: 'acknowledged' | 'failed' | 'unknown';
  id?: string;
  code?: string;
}

function newWrite(n: number): Write {
  if (n % 2 === 0) {
    const clientMutationId = `soak-${RUN}-consent-${n}`;
    const input = {
      personId: person(), holderOrganisationId: 'org-wz-01', recipientOrganisationId: 'org-wz-02', purpose: 'MATCHING', method: 'WRITTEN',
      reference: 'soak', validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(), clientMutationId,
    };
    return { kind: 'consent', clientMutationId, variables: { input }, outcome: 'unknown' };
  }
  const clientMutationId = `soak-${RUN}-help-${n}`;
  const input = {
    clientMutationId,
    requesterId: person(),
    category: random(CATEGORIES),
    intensity: 'LIGHT_ONE_OFF',
    channel: 'PHONE',
    description: `Soak ${n}: hulp gevraagd`,
    area: random(BUURTEN),
  };
  return { kind: 'helpRequest', clientMutationId, variables: { input }, outcome: 'unknown' };
}

/** Codes after which a write's outcome is not known to the client (it may have committed). */
const UNKNOWN_OUTCOME = new Set(['SUBGRAPH_TIMEOUT', 'PROCESSING_LOG_UNAVAILABLE', 'NO_ANSWER']);

async function sendWrite(url: string, write: Write): Promise<string> {
  const answer = await request(url, write.kind === 'consent' ? GRANT : CREATE, write.variables, write.kind === 'consent' ? MATCHER_WZ01 : MATCHER_WZ02);
  const id = write.kind === 'consent' ? answer?.data?.grantConsent?.consent?.id : answer?.data?.createHelpRequest?.helpRequest?.id;
  if (typeof id === 'string') {
    write.outcome = 'acknowledged';
    write.id = id;
    return 'OK';
  }
  const userError = answer?.data?.createHelpRequest?.userErrors?.[0]?.code; // refused for its input: nothing written
  const code = answer === null ? 'NO_ANSWER' : String(userError ?? answer.errors?.[0]?.extensions?.code ?? `HTTP_${answer.status}`);
  write.code = code;
  write.outcome = UNKNOWN_OUTCOME.has(code) ? 'unknown' : 'failed';
  return code;
}

async function rows(databaseUrl: string, sql: string): Promise<Map<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ client_mutation_id: string; id: string }>(sql, [`soak-${RUN}-%`]);
    return new Map(result.rows.map((row) => [row.client_mutation_id, row.id]));
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(tmpdir(), 'samenspel-soak-'));
  chmodSync(parent, 0o755); // PostgreSQL runs as the user `postgres` when this runs as root
  const dataDir = path.join(parent, 'pg');
  const pgPort = await freePort();
  let postgres: PostgresServer | null = await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
  log(`PostgreSQL on port ${pgPort} (data in ${dataDir})`);
  const databaseUrls = {} as Record<Partner, string>;
  for (const partner of PARTNERS) databaseUrls[partner] = await ensureDatabase(postgres.adminUrl, `soak_${partner}`);

  const hub = await startHub({ databaseUrls, host: HOST, ports: { gateway: 0, gemeente: 0, welzijn: 0, zorg: 0, bewoners: 0 }, seed: true });
  const url = hub.gateway.url;
  const subgraphs: Record<Partner, RunningSubgraph> = { ...hub.subgraphs };
  log(`hub up: gateway ${url}; ${SECONDS} s, at most ${MAX_REQUESTS} requests, ${CONCURRENCY} at a time`);
  const events = await startEventsProbe(url, { holder: headers('org-wz-01', 'partner-system'), other: headers('org-zg-01', 'partner-system') }, RUN);
  log('webhooks registered for org-wz-01 (the consents\' holder) and org-zg-01 (no party to them)');

  const processErrors: string[] = [];
  process.on('unhandledRejection', (error) => processErrors.push(`unhandled rejection: ${error instanceof Error ? error.stack : String(error)}`));
  process.on('uncaughtException', (error) => processErrors.push(`uncaught exception: ${error.message}`));

  const errors = new Map<string, number>();
  const count = (code: string) => errors.set(code, (errors.get(code) ?? 0) + 1);
  const writes: Write[] = [];
  let sent = 0;
  let reads = 0;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;

  const worker = async () => {
    while (Date.now() < deadline && sent < MAX_REQUESTS) {
      const n = sent++;
      if (Math.random() < 0.4) {
        const write = newWrite(n);
        writes.push(write);
        const code = await sendWrite(url, write);
        if (code !== 'OK') count(code);
      } else {
        reads++;
        const [query, variables, readHeaders] = random(READS);
        const answer = await request(url, query, variables, readHeaders);
        if (answer === null) count('NO_ANSWER');
        else for (const error of answer.errors ?? []) count(String(error.extensions?.code ?? `HTTP_${answer.status}`));
      }
    }
  };

  const at = (fraction: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, started + fraction * SECONDS * 1000 - Date.now())));
  const chaos = (async () => {
    await at(0.25);
    const { port } = subgraphs.welzijn;
    log('closing subgraph welzijn (graceful: in-flight requests finish)');
    await subgraphs.welzijn.close();
    log('welzijn closed');
    await at(0.35);
    subgraphs.welzijn = await startSubgraph(SUBGRAPHS.welzijn, {
      databaseUrl: databaseUrls.welzijn,
      port,
      host: HOST,
      consentUrl: subgraphs.gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH),
    });
    log(`welzijn started again on port ${port}`);
    await at(0.55);
    log('stopping PostgreSQL');
    await postgres!.stop();
    postgres = null;
    log('PostgreSQL stopped');
    await at(0.62);
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true });
    log('PostgreSQL started again on the same data directory and port');
  })();

  await Promise.all([...Array.from({ length: CONCURRENCY }, worker), chaos]);
  const seconds = (Date.now() - started) / 1000;
  log(`load done after ${seconds.toFixed(1)} s`);

  // the hub serves normally again
  const final = await request(url, EXAMPLE_QUERY, {}, MATCHER_WZ01);
  const recovered = final !== null && final.errors === undefined && final.data?.area?.services !== null;
  const ready = await fetch(url.replace(/\/graphql$/, '/health/ready')).then((r) => r.status, () => 0);

  // writes whose outcome was unknown: retried with the same clientMutationId (safe to retry)
  const unknown = writes.filter((w) => w.outcome === 'unknown');
  const before = {
    consent: await rows(databaseUrls.gemeente, 'SELECT client_mutation_id, id FROM consent WHERE client_mutation_id LIKE $1'),
    helpRequest: await rows(databaseUrls.welzijn, 'SELECT client_mutation_id, id FROM help_request WHERE client_mutation_id LIKE $1'),
  };
  const unknownPresent = unknown.filter((w) => before[w.kind].has(w.clientMutationId)).length;
  let settled = 0;
  for (const write of unknown) {
    const retry: Write = { ...write };
    if ((await sendWrite(url, retry)) === 'OK') {
      settled++;
      Object.assign(write, { outcome: 'acknowledged', id: retry.id });
    }
  }

  const inDatabase = {
    consent: await rows(databaseUrls.gemeente, 'SELECT client_mutation_id, id FROM consent WHERE client_mutation_id LIKE $1'),
    helpRequest: await rows(databaseUrls.welzijn, 'SELECT client_mutation_id, id FROM help_request WHERE client_mutation_id LIKE $1'),
  };
  const acknowledged = writes.filter((w) => w.outcome === 'acknowledged');
  const lost = acknowledged.filter((w) => inDatabase[w.kind].get(w.clientMutationId) !== w.id);
  const failedWrites = writes.filter((w) => w.outcome === 'failed');
  const failedPresent = failedWrites.filter((w) => inDatabase[w.kind].has(w.clientMutationId));
  const stillUnknown = writes.filter((w) => w.outcome === 'unknown');
  log('waiting for the webhook deliveries');
  const eventsReport = await events.report(databaseUrls.gemeente, new Set(inDatabase.consent.values()), EVENTS_WAIT_MS);

  const summary = {
    seconds: Number(seconds.toFixed(1)),
    requestsSent: sent,
    reads,
    writes: writes.length,
    errorsByCode: Object.fromEntries([...errors].sort((a, b) => b[1] - a[1])),
    acknowledgedWrites: acknowledged.length,
    acknowledgedWritesLost: lost.length,
    failedWrites: failedWrites.length,
    failedWritesPresent: failedPresent.length,
    outcomeUnknownWrites: unknown.length,
    outcomeUnknownPresentBeforeRetry: unknownPresent,
    outcomeUnknownSettledByRetry: settled,
    outcomeStillUnknown: stillUnknown.length,
    recoveredAfterwards: recovered,
    gatewayReadyAfterwards: ready,
    events: eventsReport,
    processErrors,
  };
  console.log(JSON.stringify(summary, null, 2));
  for (const write of lost.slice(0, 10)) console.log(`LOST: ${write.kind} ${write.clientMutationId} (acknowledged as ${write.id})`);
  for (const write of failedPresent.slice(0, 10)) console.log(`FAILED BUT PRESENT: ${write.kind} ${write.clientMutationId} (${write.code})`);

  await events.close();
  await hub.gateway.close();
  await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
  await postgres?.stop();
  if (process.env.SOAK_KEEP) log(`data kept in ${dataDir} (port ${pgPort})`);
  else rmSync(parent, { recursive: true, force: true });

  const eventsFailed = eventsReport.lost > 0 || eventsReport.deliveredWithoutRight > 0 || eventsReport.badSignatures > 0;
  const failed = lost.length > 0 || failedPresent.length > 0 || stillUnknown.length > 0 || !recovered || processErrors.length > 0 || eventsFailed;
  log(failed ? 'FAILED' : 'passed: no acknowledged write lost, no failed write present, no event lost or delivered without the right');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error('soak run failed:', error);
  process.exit(2);
});
