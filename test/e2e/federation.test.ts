// The whole hub over real HTTP: federated queries that cross all four subgraphs, and partial answers when
// one subgraph is down.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { EXAMPLE_CALLER, EXAMPLE_QUERY } from '../../hub/example-query';
import { captureLogs } from '../../platform/log';

let hub: TestHub;
const exampleCaller = EXAMPLE_CALLER as TestCaller;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.close();
});

test('the example query returns data from all four subgraphs, exactly the answer the README shows', async () => {
  const { data, errors } = await graphql(hub.gateway.url, EXAMPLE_QUERY, {}, gatewayHeaders(exampleCaller));
  expect(errors).toBeUndefined();
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect({ data }).toEqual(JSON.parse(readme.match(/```json\n([\s\S]*?)```/)![1]));
  const area = data.area;
  expect(area.name).toBe('Schothorst'); // gemeente
  expect(area.population).toBe(15_600); // gemeente
  expect(area.venues.edges.map((e: any) => e.node.name)).toContain('Wijkcentrum Het Klokhuis'); // gemeente
  expect(area.helpRequests.edges.map((e: any) => e.node.id)).toEqual(['help-request-037']); // welzijn: org-wz-01's open one here
  expect(area.services.edges.length).toBeGreaterThan(0); // zorg
  expect(area.activities.edges.length).toBeGreaterThan(0); // bewoners
});

test('hulpvragen (welzijn) carry areas and organisations (gemeente) and neighbours’ offers (bewoners, via @requires)', async () => {
  const { data, errors } = await graphql(
    hub.gateway.url,
    `{
      helpRequests(first: 10) {
        edges { node { id category area { code name parent { name } } intakeOrganisation { id kind } neighbourOffers { id categories area { code } } } }
      }
    }`,
    {},
    gatewayHeaders({ org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' }),
  );
  expect(errors).toBeUndefined();
  const nodes = data.helpRequests.edges.map((e: any) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  for (const node of nodes) {
    expect(node.area.code).toMatch(/^BU\d{8}$/);
    expect(node.area.name).toEqual(expect.any(String));
    expect(node.area.parent.name).toEqual(expect.any(String));
    expect(node.intakeOrganisation).toEqual({ id: 'org-wz-01', kind: 'WELFARE' });
    for (const offer of node.neighbourOffers) {
      expect(offer.categories).toContain(node.category);
      expect(offer.area.code).toBe(node.area.code);
    }
  }
  // the helpers consented to matching by org-wz-01 (hub/demo/gemeente.ts), so their offers show
  expect(nodes.some((node: any) => node.neighbourOffers.length > 0)).toBe(true);
});

test('a referred hulpvraag (welzijn) shows its referral (zorg) with the care organisation (gemeente)', async () => {
  // help-request-011 was taken in by org-wz-11 and referred to org-zg-01 (seeds of welzijn and zorg)
  const { data, errors } = await graphql(
    hub.gateway.url,
    '{ helpRequest(id: "help-request-011") { status referrals { id kind organisation { name kind } referrer { id } } } }',
    {},
    gatewayHeaders({ org: 'org-wz-11', roles: ['matcher'], purpose: 'REFERRAL' }),
  );
  expect(errors).toBeUndefined();
  expect(data.helpRequest.status).toBe('REFERRED');
  expect(data.helpRequest.referrals).toEqual([
    { id: 'referral-001', kind: 'REFERRAL', organisation: { name: 'Wijkteam Binnenstad', kind: 'CARE' }, referrer: { id: 'org-wz-11' } },
  ]);
});

test('venues (gemeente) carry their activities (bewoners); organisations their services (zorg): public', async () => {
  const { data, errors } = await graphql(
    hub.gateway.url,
    `{
      venues(first: 3) { edges { node { name activities(first: 5) { edges { node { title venue { id } } } } } } }
      organisations(kind: CARE, first: 3) { edges { node { name services(first: 3) { edges { node { organisation { name } } } } } } }
    }`,
  );
  expect(errors).toBeUndefined();
  expect(data.venues.edges[0].node.activities.edges.length).toBeGreaterThan(0);
  for (const organisation of data.organisations.edges.map((e: any) => e.node)) {
    for (const service of organisation.services.edges) expect(service.node.organisation.name).toBe(organisation.name);
  }
});

test('bad input gets a clear error with a code and the field, no stack trace', async () => {
  const response = await graphql(hub.gateway.url, '{ area(code: "WK12") { name } }');
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.message).toContain('not a CBS area code');
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
});

test('health endpoints answer for the gateway and each subgraph', async () => {
  const gateway = await fetch(hub.gateway.url.replace('/graphql', '/health'));
  expect(gateway.status).toBe(200);
  for (const subgraph of Object.values(hub.subgraphs)) {
    const response = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(await response.json()).toEqual({ status: 'ok', subgraph: subgraph.name });
  }
});

// Last: it stops a subgraph.
test('with one subgraph down, the query returns the other partners’ data and an error naming it', async () => {
  await hub.subgraphs.zorg.close();
  const logs = captureLogs((entry) => entry.msg.startsWith('subgraph zorg failed'));
  const response = await graphql(hub.gateway.url, EXAMPLE_QUERY, {}, gatewayHeaders(exampleCaller));
  logs.restore();
  expect(logs.atLeast('warn')).toEqual([expect.objectContaining({ service: 'gateway', subgraph: 'zorg', msg: expect.stringContaining('ECONNREFUSED') })]);
  expect(response.status).toBe(200);
  expect(response.data.area.name).toBe('Schothorst');
  expect(response.data.area.venues.edges.length).toBeGreaterThan(0);
  expect(response.data.area.helpRequests.edges.length).toBeGreaterThan(0);
  expect(response.data.area.activities.edges.length).toBeGreaterThan(0);
  expect(response.data.area.services).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'zorg' });
  expect(response.errors![0].message).toContain('zorg');
});
