// Shared helpers of the red-team suite (test/security/*). Each security test replays an attack against a
// running hub over HTTP and asserts the SECURE outcome, so on vulnerable code it fails with a one-line reason
// (see `secure`). Everything an attack needs that is not in graphql.ts / callers.ts / hub.ts lives here, in
// one file, so it is easy to adapt when the API changes.
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { graphql, type GraphQLResponse } from './graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from './callers';
import { fetchEntities } from './entities';
import type { TestHub } from './hub';
import type { Partner } from '../../platform/config';
import type { Database } from '../../subgraphs/kit/database';
import { CONSENT_API_AUDIENCE } from '../../subgraphs/kit/access/consent-api';
import { signJwt, type JwtClaims } from '../../platform/jwt';
import { newTrace } from '../../platform/caller';
import { consentApiSecret, sharedTokenIssuer } from '../../platform/config';
import { distanceKm, type GeoPoint } from '../../subgraphs/kit/matching/scoring';

export const REPO_ROOT = path.join(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------- outcome

/** The security assertion: throws one line naming what leaked (the attack succeeded) when `ok` is false. */
export function secure(ok: boolean, reason: string, evidence?: unknown): void {
  if (ok) return;
  const shown = evidence === undefined ? '' : `: ${truncate(typeof evidence === 'string' ? evidence : JSON.stringify(evidence), 400)}`;
  throw new Error(`INSECURE: ${reason}${shown}`);
}

export const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A refusal as the suite accepts it: an HTTP 4xx, a GraphQL answer with at least one error, or a mutation
 * payload (a top-level field of the answer) with at least one user error.
 */
export function refused(response: { status: number; errors?: unknown[]; data?: Record<string, any> | null }): boolean {
  return (response.status >= 400 && response.status < 500) || (Array.isArray(response.errors) && response.errors.length > 0) || userErrorsOf(response).length > 0;
}

/** The user errors of every mutation payload in an answer (the top-level fields' `userErrors`). */
export function userErrorsOf(response: { data?: Record<string, any> | null }): { code: string; message: string; field: string[] }[] {
  return Object.values(response.data ?? {}).flatMap((payload: any) => (Array.isArray(payload?.userErrors) ? payload.userErrors : []));
}

/** Which of `needles` occur in `value` (serialised). */
export function mentions(value: unknown, ...needles: string[]): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return needles.filter((needle) => needle && text.includes(needle));
}

/** The field names of an object whose values are present (not null or undefined). */
export function servedFields(value: Record<string, unknown> | null | undefined): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k);
}

// ---------------------------------------------------------------------------------------------- callers

export type Ask = (query: string, caller?: TestCaller, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/**
 * Codes that say the hub was too busy or broken to decide, or that the test's own query no longer fits the
 * schema (GRAPHQL_VALIDATION_FAILED): such an answer proves neither a leak nor a refusal.
 */
const INCONCLUSIVE_CODES = new Set(['SUBGRAPH_TIMEOUT', 'QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'PROCESSING_LOG_UNAVAILABLE', 'GRAPHQL_VALIDATION_FAILED']);

/** Throws when an answer is an outage rather than a decision, so no test passes because the hub was overloaded. */
export function conclusive(response: GraphQLResponse): GraphQLResponse {
  const codes = (response.errors ?? []).map((e) => e.extensions?.code).filter((code) => INCONCLUSIVE_CODES.has(code));
  if (codes.length) throw new Error(`INCONCLUSIVE: the hub answered ${[...new Set(codes)].join(', ')} (overloaded or broken, or a query that no longer fits the schema), not a decision: ${truncate(JSON.stringify(response.errors), 300)}`);
  return response;
}

/** GraphQL requests through the gateway as `caller` (anonymous when none). */
export function via(hub: TestHub): Ask {
  return async (query, caller, variables) => conclusive(await graphql(hub.gateway.url, query, variables, gatewayHeaders(caller)));
}

/** A GraphQL request straight to a subgraph with the identity the gateway would sign for `caller`. */
export async function direct(hub: TestHub, partner: Partner, query: string, variables?: Record<string, unknown>, caller?: TestCaller) {
  return conclusive(await graphql(hub.subgraphs[partner].url, query, variables, identityHeaders(partner, caller)));
}

/** `_entities` straight to a subgraph, with a signed identity. */
export async function entitiesDirect(hub: TestHub, partner: Partner, typename: string, representations: Record<string, unknown>[], selection: string, caller?: TestCaller) {
  return conclusive(await fetchEntities(hub.subgraphs[partner].url, typename, representations, selection, identityHeaders(partner, caller)));
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Bearer-token claims as mintToken writes them; `overrides` may set a claim to undefined to drop it. */
export function tokenClaims(overrides: Record<string, unknown> = {}): JwtClaims {
  const claims: Record<string, unknown> = {
    iss: sharedTokenIssuer(process.env).issuer,
    sub: 'anna@org-wz-01',
    org: 'org-wz-01',
    roles: ['matcher'],
    iat: nowSeconds(),
    exp: nowSeconds() + 3600,
    ...overrides,
  };
  for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
  return claims as JwtClaims;
}

/** Authorization (and purpose) headers for a hand-made token, signed with the development token secret by default. */
export function tokenHeaders(claims: JwtClaims, purpose?: string, secret = sharedTokenIssuer(process.env).secret): Record<string, string> {
  return { authorization: `Bearer ${signJwt(claims, secret)}`, ...(purpose ? { 'x-purpose': purpose } : {}) };
}

/** The credential a subgraph uses to ask gemeente's consent register (CONSENT_API_SECRET_<PARTNER>, one per subgraph). */
export function consentCredential(partner: Partner): string {
  return consentApiSecret(partner, process.env);
}

/** A consent-register token shaped as httpConsentLookup signs it, asking for `asFor` (a professional of org-zg-01 by default). */
export function consentToken(claims: Record<string, unknown>, secret: string, asFor: TestCaller = { org: 'org-zg-01', roles: ['professional'], purpose: 'COORDINATION' }): string {
  const askedFor = { organisationId: asFor.org, subject: `${asFor.roles[0]}@${asFor.org}`, roles: asFor.roles, personId: asFor.person ?? null, purpose: asFor.purpose ?? null, ...newTrace() };
  return signJwt({ aud: CONSENT_API_AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 60, caller: askedFor, ...claims }, secret);
}

/** A caller with one role and (optionally) a purpose. */
export const caller = (org: string, role: TestCaller['roles'][number], purpose?: TestCaller['purpose']): TestCaller => ({ org, roles: [role], purpose });

/** The gemeente's functionaris gegevensbescherming: AVG requests hub-wide. */
export const OFFICER: TestCaller = { org: 'org-gm-01', roles: ['data-protection-officer'], purpose: 'DATA_SUBJECT_REQUEST' };

export const GRANT_CONSENT =
  'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id active purpose holder { id } recipient { id } } userErrors { code message field } } }';

/** grantConsent's input: `holder` opens its records about `personId` to `recipient` for `purpose`, valid for an hour. */
export const consentInput = (personId: string, holder: string, recipient: string, purpose: string, extra: Record<string, unknown> = {}) => ({
  personId,
  holderOrganisationId: holder,
  recipientOrganisationId: recipient,
  purpose,
  method: 'VERBAL',
  reference: 'redteam: mondeling gegeven',
  validUntil: new Date(Date.now() + 3_600_000).toISOString(),
  ...extra,
});

// ---------------------------------------------------------------------------------------------- HTTP

/**
 * A GET with the path sent byte for byte (fetch would normalise `..` and friends before sending).
 * Never throws: a connection the server refuses or resets comes back as status 0.
 */
export function rawGet(baseUrl: string, rawPath: string, timeoutMs = 10_000): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    const done = (value: { status: number; body: string }) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    try {
      const request = http.request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET', timeout: timeoutMs, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => done({ status: 0, body: `response failed: ${error.message}` }));
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', (error) => done({ status: 0, body: `request failed: ${error.message}` }));
      request.end();
    } catch (error) {
      done({ status: 0, body: `request not sent: ${(error as Error).message}` });
    }
  });
}

/** The base URL (scheme, host, port) of a server whose GraphQL endpoint is `graphqlUrl`. */
export const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

export interface FeedChange {
  seq: number;
  kind: string;
  id: string;
  published: boolean;
  summary: unknown;
}

/** Every change of a partner's public change feed (GET /feeds/sociale-kaart), all pages. */
export async function readWholeFeed(subgraphGraphqlUrl: string): Promise<FeedChange[]> {
  const changes: FeedChange[] = [];
  let after = 0;
  for (let page = 0; page < 50; page++) {
    const response = await fetch(`${baseOf(subgraphGraphqlUrl)}/feeds/sociale-kaart?after=${after}&limit=1000`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as { changes: FeedChange[]; next: number };
    changes.push(...body.changes);
    if (body.changes.length < 1000) break;
    after = body.next;
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------- processing log

export interface LogRow {
  id: string;
  trace_id: string;
  span_id: string;
  organisation_id: string | null;
  subject: string | null;
  roles: string;
  purpose: string | null;
  entity: string;
  entity_id: string;
  person_id: string | null;
  fields: string;
  action: string;
  /** For a disclosure: the subgraph the fields were passed to. */
  recipient: string | null;
  /** unconfirmed (the gateway has not said what reached the caller), confirmed, or null (not a read). */
  delivery: string | null;
}

/** The newest processing-log id of a subgraph's database (a mark to read the lines written after it). */
export async function logMark(db: Database): Promise<number> {
  const [{ mark }] = await db.query('SELECT coalesce(max(id), 0)::bigint AS mark FROM processing_log');
  return Number(mark);
}

/** Processing-log lines written after `mark`. */
export async function logSince(db: Database, mark: number): Promise<LogRow[]> {
  return db.query('SELECT * FROM processing_log WHERE id > $1 ORDER BY id', [mark]);
}

/** Lines in a compact form for failure messages. */
export const showLog = (rows: LogRow[]) => rows.map((r) => `${r.entity}:${r.entity_id} person=${r.person_id} by=${JSON.stringify(r.subject)} fields=${r.fields}`);

// ---------------------------------------------------------------------------------------------- welzijn

let intakeSequence = 0;

export const CREATE_HELP_REQUEST = `mutation ($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { helpRequest { id status } userErrors { code message field } } }`;

/** Intake input for a hulpvraag (the caller's organisation takes it in). */
export function intakeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  intakeSequence += 1;
  return {
    clientMutationId: `redteam-intake-${process.pid}-${intakeSequence}`,
    requesterId: 'person-030',
    category: 'MOVING',
    intensity: 'LIGHT_ONE_OFF',
    channel: 'PHONE',
    description: 'Verhuisdozen naar de nieuwe woning brengen.',
    area: 'BU03070302',
    wishedTimes: [],
    languages: ['nl'],
    ...overrides,
  };
}

/** Throws (a broken setup, not a finding) when a setup step was refused. */
function setupStep(what: string, response: GraphQLResponse): void {
  if (refused(response)) throw new Error(`setup: ${what} refused: ${JSON.stringify(response.errors ?? userErrorsOf(response))}`);
}

/** Takes in a hulpvraag for `caller` and returns its id (throws when intake is refused: a broken setup). */
export async function createHelpRequest(ask: Ask, caller: TestCaller, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await ask(CREATE_HELP_REQUEST, caller, { input: intakeInput(overrides) });
  setupStep('intake', response);
  const id = response.data?.createHelpRequest?.helpRequest?.id;
  if (!id) throw new Error(`setup: intake returned no hulpvraag: ${JSON.stringify(response.data)}`);
  return id;
}

/** Takes in a hulpvraag and moves it to OPEN (NEW → ASSESSED → OPEN), as its own matcher would. */
export async function createOpenHelpRequest(ask: Ask, caller: TestCaller, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await createHelpRequest(ask, caller, overrides);
  const clarified = await ask(
    'mutation ($id: ID!) { clarifyHelpRequest(id: $id, underlyingNeed: "Verhuizing, geen netwerk", reason: "verhelderd") { helpRequest { id } userErrors { code message field } } }',
    caller,
    { id },
  );
  setupStep('clarify', clarified);
  const open = await ask('mutation ($id: ID!) { transitionHelpRequest(id: $id, to: OPEN) { helpRequest { id status } userErrors { code message field } } }', caller, { id });
  setupStep('OPEN', open);
  if (open.data?.transitionHelpRequest?.helpRequest?.status !== 'OPEN') throw new Error(`setup: not OPEN: ${JSON.stringify(open.data)}`);
  return id;
}

// ---------------------------------------------------------------------------------------------- geometry

/** The distance a candidate's reasons state ("lives 0.3 km away …"), in km; null when none is stated. */
export function statedKm(reasons: string[]): number | null {
  for (const reason of reasons) {
    const match = /([0-9]+(?:\.[0-9]+)?)\s*km away/.exec(reason);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * Trilateration by grid search: the point whose distances to the observation points best fit the stated
 * distances (least squares), on a ~10 m grid within `radiusKm` of the observations' centre.
 */
export function trilaterate(observations: { at: GeoPoint; km: number }[], radiusKm = 3): GeoPoint {
  const centre = {
    latitude: observations.reduce((s, o) => s + o.at.latitude, 0) / observations.length,
    longitude: observations.reduce((s, o) => s + o.at.longitude, 0) / observations.length,
  };
  const dLat = radiusKm / 111.2;
  const dLon = radiusKm / (111.2 * Math.cos((centre.latitude * Math.PI) / 180));
  const step = 0.0001;
  let best = centre;
  let bestError = Infinity;
  for (let lat = centre.latitude - dLat; lat <= centre.latitude + dLat; lat += step) {
    for (let lon = centre.longitude - dLon; lon <= centre.longitude + dLon; lon += step) {
      const point = { latitude: lat, longitude: lon };
      let error = 0;
      for (const o of observations) error += (distanceKm(point, o.at) - o.km) ** 2;
      if (error < bestError) {
        bestError = error;
        best = point;
      }
    }
  }
  return best;
}

export const metresBetween = (a: GeoPoint, b: GeoPoint) => distanceKm(a, b) * 1000;

// ---------------------------------------------------------------------------------------------- processes

/** Silences console.error/warn while `body` runs (for tests that provoke server-side errors on purpose). */
export async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return await body();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

export interface Child {
  process: ChildProcess;
  /** Whether the output matched `ready` before the process exited or the time ran out. */
  ready: boolean;
  output(): string;
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx <script>` (relative to the repository) with exactly `env` (plus PATH and HOME),
 * and waits until its output matches `readyPattern` or it exits, at most `timeoutMs`.
 */
export async function startChild(script: string, env: Record<string, string>, readyPattern: RegExp, timeoutMs = 45_000): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (readyPattern.test(output)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  return {
    process: child,
    ready,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
