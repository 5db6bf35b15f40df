// The benchmark's workloads: what a matcher, a resident looking for activities and a municipal analyst ask
// the gateway. Each is chosen from what the supergraph offers when the bench runs, and named after it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { SUPERGRAPH_PATH } from '../../gateway/gateway';
import type { TestCaller } from '../support/callers';

export interface Workload {
  key: string;
  name: string;
  /** What it stands for, and where it deviates from the brief. */
  note: string;
  query: string;
  variables?: Record<string, unknown>;
  caller?: TestCaller;
  /** Also fetch the same data straight from the subgraphs, to measure the gateway's overhead. */
  direct: boolean;
  /** What a sample answer holds, so the report says what was measured (e.g. which pools the candidates came from). */
  describe?: (data: any) => string;
}

/** The match view's answer: how many hulpvragen, and their candidates per pool. */
function describeMatchView(data: any): string {
  const edges: any[] = data?.matchView?.edges ?? [];
  const pools = new Map<string, number>();
  for (const edge of edges) for (const candidate of edge.node.helpRequest.candidates) pools.set(candidate.pool, (pools.get(candidate.pool) ?? 0) + 1);
  const perPool = [...pools].sort().map(([pool, n]) => `${n} ${pool}`).join(', ');
  return `${edges.length} hulpvragen, candidates: ${perPool || 'none'}`;
}

export const MATCHER: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
export const ANALYST: TestCaller = { org: 'org-gm-01', roles: ['analyst'] };
export const AREA = 'WK030703';

/** Fields per type of the supergraph (object types and their extensions). */
function supergraphFields(): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  for (const definition of parse(readFileSync(SUPERGRAPH_PATH, 'utf8')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition as ObjectTypeDefinitionNode;
    const set = fields.get(type.name.value) ?? new Set<string>();
    for (const field of type.fields ?? []) set.add(field.name.value);
    fields.set(type.name.value, set);
  }
  return fields;
}

/** The reference dashboard's own query (gateway/dashboard/dashboard.js), when it is there. */
function dashboardQuery(): string | null {
  try {
    const source = readFileSync(path.join(__dirname, '..', '..', 'gateway', 'dashboard', 'dashboard.js'), 'utf8');
    return /const INDICATORS = `([\s\S]*?)`;/.exec(source)?.[1] ?? null;
  } catch {
    return null;
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function chooseWorkloads(): Workload[] {
  const fields = supergraphFields();
  const workloads: Workload[] = [
    {
      key: 'match-view',
      name: 'match view',
      note: `a matcher of ${MATCHER.org} (purpose ${MATCHER.purpose}): matchView(area: "${AREA}", first: 20) with 3 merged candidates per hulpvraag (welzijn, bewoners via @requires, gemeente)`,
      caller: MATCHER,
      direct: true,
      describe: describeMatchView,
      query: `query MatchView {
  matchView(area: "${AREA}", first: 20) {
    edges { node { ageInDays helpRequest { id category area { name } candidates(first: 3) { pool score } } } }
  }
}`,
    },
  ];

  if (fields.get('Query')?.has('socialMap')) {
    workloads.push({
      key: 'sociale-kaart',
      name: 'sociale kaart search',
      note: 'public: socialMap(filter: { text: "koffie" }, first: 20) on gemeente\'s index, each hit\'s details from its owner (bewoners: Activity, zorg: Service) and the organisation\'s name from gemeente',
      direct: true,
      query: `query SocialMap {
  socialMap(filter: { text: "koffie" }, first: 20) {
    edges { node {
      kind id title relevance area { name }
      item {
        __typename
        ... on Activity { title kind startsAt recurrence free organisation { name } }
        ... on Service { name description free organisation { name } }
      }
    } }
  }
}`,
    });
  }

  workloads.push({
    key: 'area-overview',
    name: 'area overview',
    note: `public, three subgraphs: area(code: "${AREA}") with venues (gemeente), services (zorg) and activities (bewoners), 10 each${fields.get('Query')?.has('socialMap') ? ' (kept next to the sociale kaart search: it pages the area lists)' : ' (stands in for the sociale kaart search: there is no socialMap query)'}`,
    direct: true,
    query: `query AreaOverview {
  area(code: "${AREA}") {
    name population
    venues(first: 10) { edges { node { id name kind } } }
    services(first: 10) { edges { node { id name free } } }
    activities(first: 10) { edges { node { id title startsAt recurrence } } }
  }
}`,
  });

  const area = fields.get('Area') ?? new Set<string>();
  const indicatorFields = [...area].filter((field) => /Indicators$/.test(field)).sort();
  // the last six whole months up to this one: indicator periods start and end on bucket boundaries
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  const period = { from: isoDate(from), to: isoDate(to), interval: 'MONTH' };
  const fromDashboard = dashboardQuery();
  if (fromDashboard && indicatorFields.length) {
    workloads.push({
      key: 'wijk-dashboard',
      name: 'wijk dashboard',
      note: `an analyst of ${ANALYST.org}: the reference dashboard's own query (gateway/dashboard/dashboard.js) for ${AREA}, the last six months per month (${indicatorFields.join(', ')} as the dashboard asks them)`,
      caller: ANALYST,
      direct: false,
      query: fromDashboard,
      variables: { code: AREA, period },
    });
  } else if (indicatorFields.length) {
    const selection = indicatorFields.map((f) => `${f}(period: $period) { indicators { name bucket total { value state } } }`).join('\n    ');
    workloads.push({
      key: 'wijk-dashboard',
      name: 'wijk dashboard',
      note: `an analyst of ${ANALYST.org}: ${indicatorFields.join(', ')} of ${AREA}, the last six months per month`,
      caller: ANALYST,
      direct: false,
      query: `query WijkDashboard($code: ID!, $period: PeriodInput!) {\n  area(code: $code) {\n    name population population65Plus population75Plus\n    ${selection}\n  }\n}`,
      variables: { code: AREA, period },
    });
  } else {
    workloads.push({
      key: 'wijk-summary',
      name: 'wijk summary (public; no indicator fields on Area)',
      note: `public: area(code: "${AREA}") with its buurten and first pages of venues, services and activities per buurt`,
      direct: false,
      query: `query WijkSummary {
  area(code: "${AREA}") {
    name population population65Plus population75Plus
    children { code name population venues(first: 5) { edges { node { name } } } services(first: 5) { edges { node { name } } } activities(first: 5) { edges { node { title } } } }
  }
}`,
    });
  }
  return workloads;
}
