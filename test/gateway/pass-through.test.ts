// The gateway's pass-through routes (/hsds/ to gemeente, /ical/ to bewoners) reach only what their
// allow-list names: a path that walks out (`..`, `%2e%2e`, `$&` and `$'`, which String.replace would
// expand, double slashes, encoded slashes, double encoding) is answered by the gateway itself with 404 and
// never reaches a subgraph's other routes (the change feed, gemeente's internal consent check).
import http from 'node:http';
import { startTestHub, type TestHub } from '../support/hub';
import { passThroughTarget } from '../../gateway/pass-through';
import type { Partner } from '../../platform/config';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

/** A GET with the path exactly as given (fetch and URL would normalise it first). */
function rawGet(path: string): Promise<{ status: number; body: string; type: string }> {
  const { port } = new URL(hub.gateway.url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body, type: String(res.headers['content-type']) }));
      })
      .on('error', reject);
  });
}

const ATTACKS = [
  '/ical/..$&/../feeds/sociale-kaart?after=0',
  '/hsds/..$&/../internal/consent-check',
  "/ical/..$'/../feeds/sociale-kaart?after=0",
  "/hsds/$'/internal/consent-check",
  '/ical/%2e%2e/%2e%2e/feeds/sociale-kaart?after=0',
  '/hsds/%2e%2e/internal/consent-check',
  '/ical/..%2f..%2ffeeds%2fsociale-kaart?after=0',
  '/hsds/%2e%2e%2finternal%2fconsent-check',
  '/hsds/..%252finternal%252fconsent-check',
  '/ical/areas/..%2f..%2f..%2ffeeds%2fsociale-kaart',
  '/ical//feeds/sociale-kaart?after=0',
  '/hsds//internal/consent-check',
  '/ical/./areas/GM0307.ics',
  '/ical/areas/GM0307.ics/..',
  '/ical/..%5c..%5cfeeds%5csociale-kaart',
  '/ical/areas/GM0307.ics%00',
  '/ical/areas/%E0%A4%A.ics',
];

test.each(ATTACKS)('%s is answered by the gateway with 404 and reaches no subgraph route', async (path) => {
  const response = await rawGet(path);
  expect(response.status).toBe(404);
  expect(JSON.parse(response.body)).toEqual({ error: 'not found' }); // the gateway's own answer, not a subgraph's
});

test('the allowed routes pass through: HSDS pages (with their query) and iCalendar feeds', async () => {
  const hsds = await rawGet('/hsds/organizations?page=2&per_page=2');
  expect(hsds.status).toBe(200);
  const page = JSON.parse(hsds.body);
  expect(page).toMatchObject({ page_number: 2, size: 2 });
  expect(page.total_pages).toBe(Math.ceil(page.total_items / 2));
  const ical = await rawGet('/ical/areas/GM0307.ics');
  expect(ical.status).toBe(200);
  expect(ical.type).toMatch(/text\/calendar/);
  expect(ical.body).toMatch(/^BEGIN:VCALENDAR/);
  // an unknown collection is gemeente's to refuse; a parameter no route takes, the gateway's
  expect((await rawGet('/hsds/widgets')).status).toBe(404);
  const unknown = await rawGet('/hsds/organizations?page=2&after=0');
  expect(unknown.status).toBe(400);
  expect(JSON.parse(unknown.body).error).toMatch(/unknown query parameter after/);
});

test('the target is built from checked segments on the subgraph origin, with only the allowed query parameters', () => {
  const urls = { gemeente: 'http://127.0.0.1:4001/graphql', welzijn: '', zorg: '', bewoners: 'http://127.0.0.1:4004/graphql' } as Record<Partner, string>;
  expect(passThroughTarget('/hsds/services?page=2&per_page=10&x=$%26', urls)).toMatchObject({ url: new URL('http://127.0.0.1:4001/hsds/services?page=2&per_page=10'), refused: ['x'] });
  expect(passThroughTarget('/ical/organisations/org-bw-01.ics?after=0', urls)?.url.href).toBe('http://127.0.0.1:4004/ical/organisations/org-bw-01.ics');
  expect(passThroughTarget('/ical/areas/GM0307.ics', urls)?.partner).toBe('bewoners');
  for (const path of [...ATTACKS, '/hsds', '/hsds/', '/ical/areas', '/ical/areas/GM0307', '/feeds/sociale-kaart', 'http://evil.example/hsds/services']) {
    expect(passThroughTarget(path, urls)).toBeNull();
  }
});
