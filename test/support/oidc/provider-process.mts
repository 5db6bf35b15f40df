// Real OpenID Connect providers on loopback for the tests (the `oidc-provider` package, an ES module, so
// in a process of its own: test/support/oidc/index.ts starts it). Each provider stands for one partner's
// identity provider: partner systems get JWT access tokens for the hub through the client credentials
// grant, with the claims `org` and `roles` of their client, signed with the provider's current key.
//
// argv[2]: JSON [{ name, alg: 'RS256' | 'ES256', clients: [{ id, secret, org?, roles, ttl? }] }]
// stdout: one JSON line {"ready": {"<name>": "<issuer URL>"}}, then one line per command answered.
// stdin, one JSON line per command: {"rotate": "<name>"} gives the provider a new signing key (its JWKS
// then lists only the new key) and answers {"rotated": "<name>", "kid": "<new kid>"}; {"stats": "<name>"}
// answers {"jwksFetches": <how often its JWKS was fetched>}.
import http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import readline from 'node:readline';
import Provider from 'oidc-provider';

interface ClientSpec {
  id: string;
  secret: string;
  org?: string;
  roles: string[];
  /** Access token lifetime in seconds (default 300). */
  ttl?: number;
}
interface ProviderSpec {
  name: string;
  alg: 'RS256' | 'ES256';
  clients: ClientSpec[];
}

const AUDIENCE = 'urn:samenspel:gateway'; // as in index.ts

function signingKey(alg: 'RS256' | 'ES256') {
  const { privateKey } = alg === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg, use: 'sig' };
}

function provider(issuer: string, spec: ProviderSpec, key: ReturnType<typeof signingKey>): Provider {
  const clients = new Map(spec.clients.map((client) => [client.id, client]));
  const oidc = new Provider(issuer, {
    clients: spec.clients.map((client) => ({
      client_id: client.id,
      client_secret: client.secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: spec.alg,
    })),
    jwks: { keys: [key] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, _resource: string, client: { clientId: string }) => ({
          scope: 'api',
          audience: AUDIENCE,
          accessTokenTTL: clients.get(client.clientId)?.ttl ?? 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: spec.alg } },
        }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { clientId?: string }) => {
      const client = clients.get(token.clientId ?? '');
      return client ? { ...(client.org ? { org: client.org } : {}), roles: client.roles } : undefined;
    },
  });
  return oidc;
}

async function main(): Promise<void> {
  const specs = JSON.parse(process.argv[2]) as ProviderSpec[];
  const running = new Map<string, { issuer: string; spec: ProviderSpec; current: Provider; jwksFetches: number }>();
  for (const spec of specs) {
    const entry = { issuer: '', spec, current: undefined as unknown as Provider, jwksFetches: 0 };
    const server = http.createServer((req, res) => {
      if (req.url?.startsWith('/jwks')) entry.jwksFetches += 1;
      entry.current.callback()(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    entry.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    entry.current = provider(entry.issuer, spec, signingKey(spec.alg));
    running.set(spec.name, entry);
  }
  console.log(JSON.stringify({ ready: Object.fromEntries([...running].map(([name, e]) => [name, e.issuer])) }));
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const command = JSON.parse(line) as { rotate?: string; stats?: string };
    if (command.stats) {
      console.log(JSON.stringify({ jwksFetches: running.get(command.stats)?.jwksFetches }));
      continue;
    }
    const entry = command.rotate ? running.get(command.rotate) : undefined;
    if (!entry) continue;
    const key = signingKey(entry.spec.alg);
    entry.current = provider(entry.issuer, entry.spec, key);
    console.log(JSON.stringify({ rotated: command.rotate, kid: key.kid }));
  }
  process.exit(0); // stdin closed: the test is done
}

void main();
