// The reference dashboard in a real browser (Debian chromium, test/support/browser.ts), as a municipality's
// policy officer uses it: signing in with the form (the token in sessionStorage, never in the address),
// Dutch words, nl-NL numbers and dates, figures that match the API with their states told apart (zero,
// suppressed, not per period, partner unreachable), a table under each chart and a CSV download of it, a
// readable error for a bad token, and a page that does not scroll sideways at 390 px. Screenshots at desktop
// and mobile width go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../support/graphql';
import { gatewayHeaders } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { launchBrowser } from '../support/browser';
import { mintToken } from '../../hub/mint-token';
import { captureLogs, type CapturedLogs } from '../../platform/log';

let hub: TestHub;
let browser: Browser;
const ANALYST = { org: 'org-gm-01', roles: ['analyst' as const] };
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const PERIOD = { from: '2026-05-01', to: '2026-10-31', interval: 'MONTH' };
const nl = new Intl.NumberFormat('nl-NL');

beforeAll(async () => {
  hub = await startTestHub();
  // fill the sociale kaart index now rather than at the indexer's next tick
  await graphql(hub.gateway.url, 'mutation { refreshSocialMap { feeds { partner } } }', {}, gatewayHeaders({ org: 'org-gm-01', roles: ['hub-admin'] }));
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);
let logged: CapturedLogs | undefined;
afterAll(async () => {
  await browser?.close();
  await hub?.close();
  logged?.restore();
});

const base = () => hub.gateway.url.replace(/\/graphql$/, '');

/** A page that records uncaught errors and every address it was at. */
async function open(url: string, viewport = { width: 1280, height: 1000 }) {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const problems: string[] = [];
  const addresses: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('framenavigated', (frame) => addresses.push(frame.url()));
  await page.goto(url);
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 20_000 });
  return { page, problems, addresses };
}

async function signIn(page: Page, token = mintToken({ org: ANALYST.org, roles: ANALYST.roles })) {
  await page.evaluate(() => (document.body.dataset.loaded = 'false'));
  await page.fill('#token', token);
  await page.click('#signin button[type="submit"]');
  await page.waitForSelector('body[data-loaded="true"]', { timeout: 20_000 });
  return token;
}

/** How the page writes a cell ({ value, state }) in Dutch. */
function text(cell: { value: number | null; state: string } | null | undefined): string {
  if (!cell) return '—';
  return { SHOWN: () => nl.format(cell.value!), ZERO: () => '0', SUPPRESSED: () => 'onderdrukt', NOT_ALLOWED: () => 'niet per periode' }[cell.state]!();
}
/** A period total as the page gives it: the sum when every bucket is shown or zero, else why not. */
function total(cells: { value: number | null; state: string }[]): string {
  const hidden = cells.find((c) => c.state !== 'SHOWN' && c.state !== 'ZERO');
  return hidden ? text(hidden) : nl.format(cells.reduce((s, c) => s + c.value!, 0));
}

/** The figures the page should show, straight from the API. */
async function expected(area: string, period = PERIOD) {
  const { data, errors } = await graphql(
    hub.gateway.url,
    `query ($code: ID!, $period: PeriodInput!) { area(code: $code) { population
      welzijnIndicators(period: $period, names: [requestsOpened, matchesMade]) { indicators { name bucket total { value state } } }
      bewonersIndicators(period: $period, names: [activitiesHeld, participants]) { indicators { name total { value state } } } } }`,
    { code: area, period },
    gatewayHeaders(ANALYST),
  );
  expect(errors).toBeUndefined();
  const cells = (set: any, name: string) => set.indicators.filter((i: any) => i.name === name).map((i: any) => i.total);
  const w = data.area.welzijnIndicators;
  const b = data.area.bewonersIndicators;
  return {
    population: nl.format(data.area.population),
    requests: total(cells(w, 'requestsOpened')),
    requestCells: cells(w, 'requestsOpened').map(text),
    matchCells: cells(w, 'matchesMade').map(text),
    activities: total(cells(b, 'activitiesHeld')),
    participants: total(cells(b, 'participants')),
    shownParticipants: cells(b, 'participants').filter((c: any) => c.state === 'SHOWN').length,
  };
}

const cardValue = (page: Page, id: string) => page.locator(`[data-testid="card-${id}"] .value`).innerText();
const tableRows = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));

test('signing in with the form: the token stays out of the address, and the figures are the API’s, in Dutch', async () => {
  const { page, problems, addresses } = await open(`${base()}/dashboard/?area=GM0307&from=2026-05&to=2026-10&interval=MONTH`);
  expect(await page.locator('#figures-note').innerText()).toMatch(/Meld u aan/);
  const token = await signIn(page);
  expect(await page.evaluate(() => sessionStorage.getItem('samenspel-token'))).toBe(token);
  expect([...addresses, page.url()].filter((a) => a.includes(token) || a.includes('token='))).toEqual([]);

  const want = await expected('GM0307');
  expect(await cardValue(page, 'population')).toBe(want.population); // 160.000
  expect(await cardValue(page, 'requests')).toBe(want.requests);
  expect(await cardValue(page, 'activities')).toBe(want.activities);
  expect(await cardValue(page, 'participants')).toBe(want.participants);
  expect(want.shownParticipants).toBeGreaterThan(0); // the page shows real numbers, not only states

  // the table under the chart holds the same figures, per month, in Dutch
  const rows = await tableRows(page, 'chart-requests-table');
  expect(rows.map((r) => r[0])).toEqual(['mei 2026', 'juni 2026', 'juli 2026', 'augustus 2026', 'september 2026', 'oktober 2026']);
  expect(rows.map((r) => r[1])).toEqual(want.requestCells);
  expect(rows.map((r) => r[2])).toEqual(want.matchCells);
  for (const chart of ['chart-requests', 'chart-supply', 'chart-activities', 'chart-referrals']) {
    expect(await page.locator(`[data-testid="${chart}"] canvas`).count()).toBe(1);
  }
  const legend = await page.locator('[data-testid="chart-requests"] .u-legend').innerText();
  expect(legend).toContain('Hulpvragen');
  expect(legend).toContain('Periode');

  // the CSV download is the table as shown
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="chart-requests"] button.csv')]);
  expect(download.suggestedFilename()).toBe('hulpvragen-en-matches-GM0307-2026-05-01-2026-10-31.csv');
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(';'));
  expect(csv[0]).toEqual(['Periode', 'Hulpvragen', 'Matches', 'Afgewezen matches']);
  expect(csv.slice(1)).toEqual(rows);

  // Dutch throughout: no English axis label, no raw enum names, dates as nl-NL
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/\bTime\b/);
  expect(body.match(/\b[A-Z]{3,}(_[A-Z]+)+\b/g) ?? []).toEqual([]);
  expect(await page.locator('#period-note').innerText()).toMatch(/^1 mei 2026 – 31 okt\.? 2026, per maand/);
  await page.fill('#kaart-text', 'koffie');
  await page.click('#kaart-search button');
  await page.waitForSelector('#kaart-results li');
  expect(await page.locator('#kaart-results').innerText()).toMatch(/Activiteit\s*Koffieochtend/);

  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-desktop.png'), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});

test('a year by week (the gemeente, every figure) is answered within the gateway’s cost limit', async () => {
  const { page, problems } = await open(`${base()}/dashboard/?area=GM0307&from=2026-01&to=2026-12&interval=WEEK`);
  await signIn(page);
  expect(await page.locator('#status').innerText()).toMatch(/: cijfers geladen\.$/); // no question refused (COST_LIMIT_EXCEEDED: "te groot")
  const rows = await tableRows(page, 'chart-requests-table');
  expect(rows.length).toBeGreaterThan(52); // weeks cut at month ends
  expect(rows.flat().join(' ')).not.toMatch(/onbereikbaar|te groot/);
  expect(problems).toEqual([]);
  await page.close();
});

test('at 390 px wide nothing scrolls sideways', async () => {
  const { page, problems } = await open(`${base()}/dashboard/?area=WK030703&from=2026-05&to=2026-10`, { width: 390, height: 844 });
  await signIn(page);
  expect(await page.locator('[data-testid="chart-requests"] canvas').count()).toBe(1);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body).toBeLessThanOrEqual(widths.viewport);
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-mobile.png'), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});

test('zero, suppressed and not per period read differently, in the tables and in the CSV', async () => {
  // Soesterkwartier (WK030702) holds Soesterkwartier-Noord, 4,700 inhabitants: quarters at the finest
  const { page, problems } = await open(`${base()}/dashboard/?area=WK030702&from=2026-05&to=2026-10&interval=MONTH`);
  await signIn(page);
  const rows = await tableRows(page, 'by-area-table');
  const noord = rows.find((r) => r[0].includes('BU03070201'))!;
  expect(noord.slice(1)).toEqual(['niet per periode', 'niet per periode', 'niet per periode']);
  const all = [...rows, ...(await tableRows(page, 'chart-requests-table')), ...(await tableRows(page, 'supply-table'))].flatMap((r) => r.slice(1));
  expect(all).toContain('onderdrukt');
  expect(all.some((cell) => cell === '0' || /^\d/.test(cell))).toBe(true);
  const title = await page.locator('[data-testid="by-area-table"] td.state-not_allowed').first().getAttribute('title');
  expect(title).toMatch(/te klein/);
  // asking this buurt per month is coarsened to quarters, and the page says so
  await page.selectOption('#area', 'BU03070201');
  await page.evaluate(() => (document.body.dataset.loaded = 'false'));
  await page.click('#controls button[type="submit"]');
  await page.waitForSelector('body[data-loaded="true"]');
  expect(await page.locator('#period-note').innerText()).toMatch(/per kwartaal \(Soesterkwartier-Noord is te klein voor fijnere cijfers\)/);
  expect((await tableRows(page, 'chart-requests-table')).map((r) => r[0])).toEqual(['2e kwartaal 2026', '3e kwartaal 2026', '4e kwartaal 2026']);
  expect(problems).toEqual([]);
  await page.close();
});

test('a bad token gets a readable error, and a token in the link is not used', async () => {
  const { page, problems } = await open(`${base()}/dashboard/?area=GM0307`);
  await signIn(page, 'not-a-token');
  expect(await page.locator('#signin-error').innerText()).toBe('Het token wordt niet geaccepteerd: het is ongeldig of verlopen. Vraag een nieuw token aan en meld u opnieuw aan.');
  expect(await page.locator('#status').innerText()).toBe('Aanmelden mislukt.');
  expect(await page.evaluate(() => sessionStorage.getItem('samenspel-token'))).toBeNull();
  expect(await cardValue(page, 'population')).toBe('160.000'); // the public figures still show
  expect(problems).toEqual([]);
  await page.close();

  const good = mintToken({ org: ANALYST.org, roles: ANALYST.roles });
  const linked = await open(`${base()}/dashboard/?token=${good}&area=GM0307`);
  expect(linked.page.url()).not.toContain('token');
  expect(await linked.page.locator('#signin-error').innerText()).toMatch(/token in de link wordt niet gebruikt/);
  expect(await linked.page.evaluate(() => sessionStorage.getItem('samenspel-token'))).toBeNull();
  expect(await linked.page.locator('[data-testid="card-requests"]').count()).toBe(0);
  await linked.page.close();
});

test('what partners publish is shown as text, never run as markup', async () => {
  const title = 'Koffie <img src=x onerror="document.body.dataset.injected=1"> & <b>praat</b>';
  await hub.subgraphs.gemeente.db.query("UPDATE social_map_item SET title = $1 WHERE kind = 'ACTIVITY' AND title ILIKE 'Koffieochtend%'", [title]);
  const { page } = await open(`${base()}/dashboard/?area=GM0307`);
  await page.fill('#kaart-text', 'koffie');
  await page.click('#kaart-search button');
  await page.waitForSelector('#kaart-results li');
  expect(await page.locator('#kaart-results').innerText()).toContain(title);
  expect(await page.locator('#kaart-results img, #kaart-results b').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  await page.close();
});

test('a partner that is down is named as unreachable, the others still show (last: it stops bewoners)', async () => {
  // the gateway logs each failed fetch; expected here (captured until the hub is closed)
  logged = captureLogs((entry) => entry.service === 'gateway' && entry.msg.startsWith('subgraph bewoners failed'));
  await hub.subgraphs.bewoners.close();
  const { page, problems } = await open(`${base()}/dashboard/?area=GM0307&from=2026-05&to=2026-10&interval=MONTH`);
  await signIn(page);
  expect(await cardValue(page, 'activities')).toBe('partner onbereikbaar');
  expect(await cardValue(page, 'participants')).toBe('partner onbereikbaar');
  expect(await cardValue(page, 'requests')).not.toBe('partner onbereikbaar');
  expect(await page.locator('#status').innerText()).toMatch(/niet alle partners/);
  expect((await tableRows(page, 'chart-activities-table')).every((r) => r[1] === 'partner onbereikbaar')).toBe(true);
  expect(problems).toEqual([]);
  expect(logged!.entries.some((entry) => entry.msg.startsWith('subgraph bewoners failed'))).toBe(true);
  await page.close();
});
