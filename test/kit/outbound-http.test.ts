// Partner-given addresses (webhook endpoints, .ics calendars) cannot point a subgraph into its own network:
// every way of naming loopback, a private network or the cloud metadata service is refused under the
// production policy, at the check and again where the request connects; with private networks allowed
// (development, tests) a loopback receiver answers, redirects are not followed and answers are bounded.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkOutboundUrl, isAllowedAddress, outboundRequest, OutboundUrlError } from '../../subgraphs/kit/outbound-http';

const PRODUCTION = { allowPrivateNetworks: false };
const DEVELOPMENT = { allowPrivateNetworks: true };

let server: http.Server;
let port: number;
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/redirect') return res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
    if (req.url === '/large') return res.end('x'.repeat(64 * 1024));
    if (req.url === '/slow') {
      // late, unless the client gave up first (a timer left running kept the test's worker from exiting)
      const late = setTimeout(() => res.end('late'), 2_000);
      return void res.on('close', () => clearTimeout(late));
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end(`got ${body}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const INTERNAL = [
  'http://127.0.0.1:PORT/internal/consent-check',
  'http://localhost:PORT/',
  'http://[::1]:PORT/',
  'http://[::ffff:127.0.0.1]:PORT/',
  'http://2130706433:PORT/', // 127.0.0.1 as one number
  'http://0x7f.1:PORT/',
  'http://0.0.0.0:PORT/',
  'http://169.254.169.254/latest/meta-data/',
  'http://10.1.2.3/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
];

test.each(INTERNAL)('the production policy refuses %s when it is given', async (raw) => {
  await expect(checkOutboundUrl(raw.replace('PORT', String(port)), PRODUCTION)).rejects.toThrow(OutboundUrlError);
});

test('the production policy refuses loopback where the request connects, and the receiver hears nothing', async () => {
  const before = seen.length;
  for (const raw of INTERNAL.slice(0, 7)) {
    await expect(outboundRequest(raw.replace('PORT', String(port)), { method: 'POST', body: 'secret' }, PRODUCTION)).rejects.toThrow(OutboundUrlError);
  }
  expect(seen.length).toBe(before);
});

test.each(['ftp://example.org/feed.ics', 'file:///etc/passwd', 'http://user:pass@example.org/', 'not a url'])('%s is refused under every policy', async (raw) => {
  await expect(checkOutboundUrl(raw, DEVELOPMENT)).rejects.toThrow(OutboundUrlError);
  await expect(outboundRequest(raw, {}, DEVELOPMENT)).rejects.toThrow(OutboundUrlError);
});

test('public addresses are allowed, in both families', () => {
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isAllowedAddress(address, PRODUCTION)).toBe(true);
  for (const address of ['127.0.0.1', '::1', '169.254.169.254', '::ffff:10.0.0.1', '64:ff9b::7f00:1', 'not-an-ip']) expect(isAllowedAddress(address, PRODUCTION)).toBe(false);
});

test('with private networks allowed, a loopback receiver answers a POST', async () => {
  const answer = await outboundRequest(`http://127.0.0.1:${port}/hook`, { method: 'POST', body: 'ping', headers: { 'content-type': 'text/plain' } }, DEVELOPMENT);
  expect(answer).toMatchObject({ status: 200, body: 'got ping' });
  expect(seen).toContain('POST /hook');
});

test('a redirect is an answer, not followed', async () => {
  const answer = await outboundRequest(`http://localhost:${port}/redirect`, {}, DEVELOPMENT);
  expect(answer.status).toBe(302);
  expect(seen).not.toContain('GET /elsewhere');
});

test('an answer over the size bound and a receiver over the time bound are errors', async () => {
  await expect(outboundRequest(`http://127.0.0.1:${port}/large`, { maxBytes: 1024 }, DEVELOPMENT)).rejects.toThrow(/larger than 1 KiB/);
  await expect(outboundRequest(`http://127.0.0.1:${port}/slow`, { timeoutMs: 200 }, DEVELOPMENT)).rejects.toThrow();
});
