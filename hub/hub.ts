// The whole hub in one process: the four subgraphs and the gateway, each on its own HTTP port, talking
// over real HTTP. Used by `npm start` (hub/start.ts) and by the end-to-end tests.
import { PARTNERS, type Env, type Partner } from '../platform/config';
import { startSubgraph, type PeerUrls, type RunningSubgraph, type SubgraphDefinition } from '../subgraphs/kit/subgraph';
import type { RunningServer } from '../platform/http';
import { gemeente } from '../subgraphs/gemeente';
import { welzijn } from '../subgraphs/welzijn';
import { zorg } from '../subgraphs/zorg';
import { bewoners } from '../subgraphs/bewoners';
import { startGateway } from '../gateway/server';
import { CONSENT_CHECK_PATH } from '../subgraphs/kit/access/consent-api';
import { DEMO_DATA } from './demo';

export const SUBGRAPHS = { gemeente, welzijn, zorg, bewoners } as unknown as Record<Partner, SubgraphDefinition<unknown>>;

export interface HubOptions {
  /** The serving roles' connections. */
  databaseUrls: Record<Partner, string>;
  /** The migration roles' connections, where they differ (kit/database-setup.ts). */
  migrationUrls?: Partial<Record<Partner, string>>;
  host: string;
  /** Ports per server; 0 picks a free one (tests). */
  ports: Record<Partner | 'gateway', number>;
  /** Load the demo town into empty databases: every partner's, or only those marked true (a test's partner that starts empty). */
  seed: boolean | Partial<Record<Partner, boolean>>;
  /** The environment every subgraph and the gateway read their configuration from (default: this process's). */
  env?: Env;
}

export interface Hub {
  gateway: RunningServer;
  subgraphs: Record<Partner, RunningSubgraph>;
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const peers: PeerUrls = {}; // filled in below, once every subgraph has its port
  const start = (partner: Partner, consentUrl?: string) =>
    startSubgraph(SUBGRAPHS[partner], {
      databaseUrl: options.databaseUrls[partner],
      migrationUrl: options.migrationUrls?.[partner],
      port: options.ports[partner],
      host: options.host,
      seed: (typeof options.seed === 'boolean' ? options.seed : options.seed[partner]) ? DEMO_DATA[partner] : undefined,
      consentUrl,
      peers,
      env: options.env,
    });
  // gemeente first: the others ask its consent register.
  const gemeente = await start('gemeente');
  const consentUrl = gemeente.url.replace(/\/graphql$/, CONSENT_CHECK_PATH);
  const started = [gemeente, ...(await Promise.all(PARTNERS.filter((p) => p !== 'gemeente').map((p) => start(p, consentUrl))))];
  for (const subgraph of started) peers[subgraph.name] = subgraph.url;
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<Partner, RunningSubgraph>;
  const gateway = await startGateway({
    port: options.ports.gateway,
    host: options.host,
    subgraphUrls: Object.fromEntries(started.map((s) => [s.name, s.url])) as Record<Partner, string>,
    env: options.env,
  });
  return {
    gateway,
    subgraphs,
    close: async () => {
      await gateway.close();
      // gemeente first: its indexer would otherwise pull feeds of partners already gone
      await gemeente.close();
      await Promise.all(started.filter((s) => s !== gemeente).map((s) => s.close()));
    },
  };
}
