// The reference dashboard in a real browser (Debian chromium, driven by playwright-core): it loads, shows
// the right numbers on its cards, draws its charts and searches the sociale kaart. Screenshot saved to
// test-artifacts/dashboard.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { mintToken } from '../../gateway/mint-token';

let hub: TestHub;
let browser: Browser;
const ANALYST = { org: 'org-gm-01', roles: ['analyst' as const] };
const PERIOD = { from: '2026-05-01', to: '2026-11-30', interval: 'MONTH' };

beforeAll(async () => {
  hub = await startTestHub();
  // fill the sociale kaart index now rather than at the indexer's next tick
  await graphql(hub.gateway.url, 'mutation { refreshSocialMap { partner } }', {}, gatewayHeaders({ org: 'org-gm-01', roles: ['hub-admin'] }));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** What the cards should say, computed from the API the page uses. */
async function expectedCards() {
  const { data } = await graphql(
    hub.gateway.url,
    `query ($period: PeriodInput!) { area(code: "GM0307") { population
      welzijnIndicators(period: $period) { indicators { name total { value suppressed } } }
      bewonersIndicators(period: $period) { indicators { name total { value suppressed } } } } }`,
    { period: PERIOD },
    gatewayHeaders(ANALYST),
  );
  const total = (list: any[], name: string) => {
    const rows = list.filter((i) => i.name === name);
    return rows.some((r) => r.total.suppressed) ? '—' : String(rows.reduce((s, r) => s + r.total.value, 0));
  };
  return {
    population: String(data.area.population),
    requests: total(data.area.welzijnIndicators.indicators, 'requestsOpened'),
    activities: total(data.area.bewonersIndicators.indicators, 'activitiesHeld'),
    participants: total(data.area.bewonersIndicators.indicators, 'participants'),
  };
}

test('the dashboard renders cards with the right numbers, charts and a kaart search', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  const token = mintToken({ org: ANALYST.org, roles: ANALYST.roles });
  await page.goto(`${base}/dashboard/?token=${token}&area=GM0307&from=${PERIOD.from}&to=${PERIOD.to}`);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });

  const expected = await expectedCards();
  const cardValue = (id: string) => page.locator(`[data-testid="card-${id}"] .value`).innerText();
  expect(await cardValue('population')).toBe(expected.population);
  expect(await cardValue('requests')).toBe(expected.requests);
  expect(await cardValue('activities')).toBe(expected.activities);
  expect(await cardValue('participants')).toBe(expected.participants);
  expect(Number(expected.activities)).toBeGreaterThan(0); // the page shows real numbers, not only dashes

  expect(await page.locator('#chart-requests canvas').count()).toBe(1);
  expect(await page.locator('#chart-activities canvas').count()).toBe(1);
  expect(await page.locator('#chart-requests .u-legend').innerText()).toContain('hulpvragen');

  await page.fill('#kaart-text', 'koffie');
  await page.click('#kaart-search button');
  await page.waitForSelector('#kaart-results li');
  expect(await page.locator('#kaart-results').innerText()).toMatch(/ACTIVITY\s*Koffieochtend/);

  const artifacts = path.join(__dirname, '..', '..', 'test-artifacts');
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'dashboard.png'), fullPage: true });
  await page.close();
});

test('without a token the page says what is missing instead of showing numbers', async () => {
  const page = await browser.newPage();
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  await page.goto(`${base}/dashboard/?area=GM0307`);
  await page.waitForFunction("(document.getElementById('status')?.textContent ?? '').length > 8");
  expect(await page.locator('#status').innerText()).toMatch(/Deels geladen|Fout/);
  const requests = await page.locator('[data-testid="card-requests"] .value').innerText().catch(() => '—');
  expect(requests).toBe('—');
  await page.close();
});
