// The GraphQL explorer at GET /graphql in a real browser: GraphiQL loads from the gateway alone (every other
// host is refused, as offline), with the README's example query preloaded and a header editor; run with a
// matcher's token it shows data from all four subgraphs. Screenshot saved to test-artifacts/explorer.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestHub, type TestHub } from '../support/hub';
import { mintToken } from '../../hub/mint-token';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

test('GraphiQL works offline with the example query and a header editor, and runs it through the gateway', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const gatewayOrigin = new URL(hub.gateway.url).origin;
  const elsewhere: string[] = [];
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === gatewayOrigin) return route.continue();
    elsewhere.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(hub.gateway.url);
  await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
  const query = await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue());
  expect(query).toContain('area(code: "WK030703")');
  expect(query).toContain('helpRequests(states: [OPEN], first: 2)');

  // the header editor holds the token and the purpose
  const token = mintToken({ org: 'org-wz-01', roles: ['matcher'] });
  await page.getByRole('button', { name: /headers/i }).first().click();
  await page.evaluate((value) => {
    const editors = [...document.querySelectorAll('.graphiql-editor-tool .CodeMirror')] as any[];
    const headers = editors.find((e) => e.CodeMirror.getValue().includes('x-purpose'));
    headers.CodeMirror.setValue(value);
  }, JSON.stringify({ authorization: `Bearer ${token}`, 'x-purpose': 'MATCHING' }));

  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => ((document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue() ?? '').includes('Schothorst'), null, { timeout: 20_000 });
  const answer = JSON.parse(await page.evaluate(() => (document.querySelector('.graphiql-response .CodeMirror') as any).CodeMirror.getValue()));
  expect(answer.errors).toBeUndefined();
  expect(answer.data.area.name).toBe('Schothorst');
  expect(answer.data.area.helpRequests.edges.length).toBeGreaterThan(0); // welzijn, with the token
  expect(answer.data.area.services.edges.length).toBeGreaterThan(0); // zorg
  expect(answer.data.area.activities.edges.length).toBeGreaterThan(0); // bewoners

  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
  const artifacts = path.join(__dirname, '..', '..', 'test-artifacts');
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'explorer.png') });
}, 90_000);

test('a GraphQL client on GET /graphql still gets GraphQL, not the page', async () => {
  // (Apollo's CSRF prevention asks a GET for a header a browser form cannot send)
  const response = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
});
