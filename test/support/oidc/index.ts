// The tests' OpenID Connect providers (provider-process.mts, the `oidc-provider` package in its own
// process on loopback): start them, get an access token for a client, rotate a provider's key.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const AUDIENCE = 'urn:samenspel:gateway';

export interface ClientSpec {
  id: string;
  secret: string;
  org?: string;
  roles: string[];
  ttl?: number;
}

export interface ProviderSpec {
  name: string;
  alg: 'RS256' | 'ES256';
  clients: ClientSpec[];
}

export interface OidcProviders {
  /** Issuer URL per provider name. */
  issuers: Record<string, string>;
  /** A JWT access token for the hub, by the client credentials grant. */
  token(provider: string, client: ClientSpec): Promise<string>;
  /** Gives a provider a new signing key; resolves with its key id. */
  rotate(provider: string): Promise<string>;
  /** How often a provider's JWKS has been fetched. */
  jwksFetches(provider: string): Promise<number>;
  close(): Promise<void>;
}

export async function startOidcProviders(specs: ProviderSpec[]): Promise<OidcProviders> {
  const script = path.join(__dirname, 'provider-process.mts');
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(specs)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  lines.on('line', (line) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line);
    } catch {
      return; // the provider's own output
    }
    waiting.shift()?.(message);
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the OIDC provider process did not answer: ${stderr}`)), 90_000); // a busy machine starts tsx slowly
      waiting.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { ready } = (await next()) as { ready: Record<string, string> };
  return {
    issuers: ready,
    token: async (provider, client) => {
      const response = await fetch(`${ready[provider]}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret, scope: 'api', resource: AUDIENCE }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`${provider} issued no token: ${body.error} ${body.error_description ?? ''}`);
      return body.access_token;
    },
    rotate: async (provider) => {
      const answer = next();
      child.stdin.write(`${JSON.stringify({ rotate: provider })}\n`);
      return (await answer).kid as string;
    },
    jwksFetches: async (provider) => {
      const answer = next();
      child.stdin.write(`${JSON.stringify({ stats: provider })}\n`);
      return (await answer).jwksFetches as number;
    },
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
