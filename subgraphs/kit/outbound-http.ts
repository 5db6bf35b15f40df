// Requests to addresses that partners give the hub (a webhook endpoint, a cooperative's .ics calendar). Such
// an address must not turn a subgraph into a proxy into its own network (SSRF): the metadata service at
// 169.254.169.254, a database on 10.x, the subgraph's own /internal routes on 127.0.0.1.
//
// The rule, one place for every outbound request to a partner-given address:
//   - http: or https: only, no user name or password in the URL;
//   - every address the host name resolves to is public: not loopback, private (RFC 1918, unique local),
//     link-local, carrier-grade NAT, multicast, reserved or unspecified, also as IPv4 mapped into IPv6;
//   - the check holds for the address connected to: `outboundRequest` resolves and checks in the socket's own
//     lookup, so a name that resolves to a public address at registration and to 127.0.0.1 later (DNS
//     rebinding) is refused when it matters;
//   - redirects are not followed (a 3xx is an answer like any other), bounded time and size.
// `OUTBOUND_PRIVATE_NETWORKS=1` lifts the address rule, for development and tests whose receivers listen on
// loopback; it is the default outside production (platform/config.ts), and off in production unless set.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export interface OutboundPolicy {
  /** Private, loopback and link-local addresses allowed (development and tests only). */
  allowPrivateNetworks: boolean;
}

/** An address the hub will not call; `message` says why, for the partner who gave it. */
export class OutboundUrlError extends Error {}

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 of any IPv4 address
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is one the hub may call under `policy`. */
export function isAllowedAddress(address: string, policy: OutboundPolicy): boolean {
  if (policy.allowPrivateNetworks) return true;
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return !NOT_PUBLIC.check(mapped[1]!, 'ipv4');
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

function parse(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundUrlError(`"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundUrlError('the address must start with http:// or https://');
  if (url.username || url.password) throw new OutboundUrlError('the address must not carry a user name or password');
  return url;
}

/** The error for the first of `host`'s addresses the hub may not call, if there is one. */
function refusal(host: string, addresses: { address: string }[], policy: OutboundPolicy): OutboundUrlError | undefined {
  const refused = addresses.find((a) => !isAllowedAddress(a.address, policy));
  return refused && new OutboundUrlError(`the host ${host} is not on the public internet (${refused.address})`);
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

/**
 * The URL when the hub may call it under `policy` (its host resolved, every address public); otherwise an
 * OutboundUrlError saying why. For registration time; `outboundRequest` checks again when it connects.
 */
export async function checkOutboundUrl(raw: string, policy: OutboundPolicy): Promise<URL> {
  const url = parse(raw);
  const host = hostOf(url);
  if (policy.allowPrivateNetworks) return url;
  const addresses = isIP(host) ? [{ address: host }] : await resolveAll(host).catch(() => {
    throw new OutboundUrlError(`the host ${host} could not be resolved`);
  });
  const refused = refusal(host, addresses, policy);
  if (refused) throw refused;
  return url;
}

/** The socket's lookup: resolves, then refuses the connection when an address is not allowed. */
function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = refusal(hostname, addresses, policy);
      if (refused) return callback(refused, '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface OutboundRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The whole exchange, connecting included (default 10 s). */
  timeoutMs?: number;
  /** A longer answer is an error (default 2 MiB). */
  maxBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request to a partner-given address under `policy`: the URL checked, the connected address checked,
 * no redirect followed. Rejects with OutboundUrlError for a refused address or an answer over `maxBytes`,
 * and with the network's error otherwise (refused, timed out).
 */
export async function outboundRequest(raw: string, request: OutboundRequest, policy: OutboundPolicy): Promise<OutboundResponse> {
  const url = parse(raw);
  const host = hostOf(url);
  // an address written out is connected to without a lookup: checked here
  const refused = isIP(host) ? refusal(host, [{ address: host }], policy) : undefined;
  if (refused) throw refused;
  const maxBytes = request.maxBytes ?? 2 * 1024 * 1024;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: request.method ?? 'GET',
        headers: { ...request.headers, ...(request.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(request.body)) }) },
        lookup: guardedLookup(policy),
        signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
        agent: false, // one connection per request: its lookup is ours, never a pooled socket's
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy(new OutboundUrlError(`the answer is larger than ${Math.round(maxBytes / 1024)} KiB`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
