// The reference dashboard in a real browser (Debian chromium, driven by playwright-core): it loads, shows
// the right numbers on its cards and in its match summary, draws its charts, searches the sociale kaart,
// and shows what partners publish as text. Screenshot saved to test-artifacts/dashboard.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { mintToken } from '../../hub/mint-token';

let hub: TestHub;
let browser: Browser;
const ANALYST = { org: 'org-gm-01', roles: ['analyst' as const] };
const PERIOD = { from: '2026-05-01', to: '2026-11-30', interval: 'MONTH' };

beforeAll(async () => {
  hub = await startTestHub();
  // fill the sociale kaart index now rather than at the indexer's next tick
  await graphql(hub.gateway.url, 'mutation { refreshSocialMap { feeds { partner } } }', {}, gatewayHeaders({ org: 'org-gm-01', roles: ['hub-admin'] }));
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
      welzijnIndicators(period: $period) { indicators { name total { value suppressed } byKey { key count { value suppressed } } } measures { name value suppressed } }
      bewonersIndicators(period: $period) { indicators { name total { value suppressed } } } } }`,
    { period: PERIOD },
    gatewayHeaders(ANALYST),
  );
  const total = (list: any[], name: string) => {
    const rows = list.filter((i) => i.name === name);
    return rows.some((r) => r.total.suppressed) ? '—' : String(rows.reduce((s, r) => s + r.total.value, 0));
  };
  const w = data.area.welzijnIndicators;
  const ofKey = (name: string, key: string) => {
    const cells = w.indicators.filter((i: any) => i.name === name).map((i: any) => i.byKey.find((k: any) => k.key === key)?.count ?? { value: 0, suppressed: false });
    return cells.some((c: any) => c.suppressed) ? '—' : String(cells.reduce((sum: number, c: any) => sum + c.value, 0));
  };
  const last = (list: any[], name: string) => list.filter((i) => i.name === name).slice(-1)[0];
  const lastTotal = (name: string) => (last(w.indicators, name).total.suppressed ? '—' : String(last(w.indicators, name).total.value));
  const lastMeasure = (name: string) => (last(w.measures, name)?.suppressed === false ? String(last(w.measures, name).value) : '—');
  return {
    matchSummary: {
      open: lastTotal('openBacklog'),
      overdue: lastTotal('overdueResponses'),
      matches: total(w.indicators, 'matchesMade'),
      'matches-self': ofKey('matchesMade', 'SELF'),
      'matches-matcher': ofKey('matchesMade', 'MATCHER'),
      'median-days': lastMeasure('medianDaysToMatch'),
      'p90-days': lastMeasure('p90DaysToMatch'),
    },
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

  // the match view in figures
  for (const [id, value] of Object.entries(expected.matchSummary)) {
    expect([id, await page.locator(`[data-testid="match-${id}"] td`).innerText()]).toEqual([id, value]);
  }
  expect(Number(expected.matchSummary.open)).toBeGreaterThan(0);
  expect(Number(expected.matchSummary.matches)).toBe(Number(expected.matchSummary['matches-self']) + Number(expected.matchSummary['matches-matcher']));

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

test('what partners publish is shown as text, never run as markup', async () => {
  const title = 'Koffie <img src=x onerror="document.body.dataset.injected=1"> & <b>praat</b>';
  await hub.subgraphs.gemeente.db.query("UPDATE social_map_item SET title = $1 WHERE kind = 'ACTIVITY' AND title ILIKE 'Koffieochtend%'", [title]);
  const page = await browser.newPage();
  const base = hub.gateway.url.replace(/\/graphql$/, '');
  await page.goto(`${base}/dashboard/?token=${mintToken({ org: ANALYST.org, roles: ANALYST.roles })}&area=GM0307`);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });
  await page.fill('#kaart-text', 'koffie');
  await page.click('#kaart-search button');
  await page.waitForSelector('#kaart-results li');
  expect(await page.locator('#kaart-results').innerText()).toContain(title);
  expect(await page.locator('#kaart-results img, #kaart-results b').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  await page.close();
});
