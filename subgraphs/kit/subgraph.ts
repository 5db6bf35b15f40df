// Everything a partner subgraph is made of, and how it starts: the same for all four.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import { openDatabase, pingDatabase, type Database } from './database';
import { formatError } from '../../platform/errors';
import { guardArguments } from './argument-guard';
import { HttpError, startHttpServer, type RunningServer, type RouteHandler } from '../../platform/http';
import type { RequestContext } from './context';
import { consentUrl, PARTNERS, statementTimeoutMs, subgraphUrlFor, type Partner } from '../../platform/config';
import { IDENTITY_HEADER, verifyIdentity } from '../../platform/identity';
import type { Caller } from '../../platform/caller';
import { consentApiSecret, subgraphSecret } from '../../platform/secrets';
import { enforceAccessDirectives } from './access/directives';
import { guardPersonalData, PersonalDataAccess, type PersonalDataPolicy } from './access/personal-data';
import { consentLoader, type ConsentLookup } from './access/consent';
import { httpConsentLookup } from './access/consent-api';
import { ProcessingLog, processingLogPlugin } from './access/processing-log';
import { FEED_PATH, publicChangeFeedRoute } from './social-map/public-changes';

/** GraphQL URLs of the partner subgraphs, for a subgraph that reads their plain HTTP routes (feeds). */
export type PeerUrls = Partial<Record<Partner, string>>;

/** Long-lived parts of a subgraph (e.g. gemeente's sociale kaart indexer), in every request's context. */
export interface SubgraphServices {
  stop?(): Promise<void>;
}

export interface SubgraphDefinition<TLoaders, TServices extends SubgraphServices = SubgraphServices> {
  name: Partner;
  typeDefs: DocumentNode;
  resolvers: unknown;
  entities: Function[];
  migrations: Function[];
  /** Per request; the caller lets list loaders keep to what the caller may see. */
  createLoaders: (db: Database, caller: Caller) => TLoaders;
  /** Row rules for the types holding personal data (see kit/access/personal-data.ts). */
  policies: PersonalDataPolicy[];
  /** Extra plain HTTP routes. */
  routes?: (db: Database) => Record<string, RouteHandler>;
  /** How consent is looked up; by default, over HTTP from gemeente's register. */
  consentLookup?: (db: Database) => ConsentLookup;
  startServices?: (db: Database, peers: PeerUrls) => TServices;
}

export interface RunningSubgraph extends RunningServer {
  name: Partner;
  db: Database;
}

export interface SubgraphOptions {
  databaseUrl: string;
  port: number;
  host: string;
  /** Loads data into the migrated database before serving (the hub's demo town); none in production. */
  seed?: (db: Database) => Promise<void>;
  /** gemeente's consent register (default from configuration, see platform/config.ts). */
  consentUrl?: string;
  /** The other subgraphs (default from configuration); may be filled in after this one starts. */
  peers?: PeerUrls;
}

/** The verified caller of a request, from the identity the gateway signed for this subgraph. */
function authenticate(req: IncomingMessage, partner: Partner, secret: string) {
  const token = req.headers[IDENTITY_HEADER];
  if (typeof token !== 'string') {
    throw new HttpError(401, 'UNAUTHENTICATED', `${partner} only answers requests that come through the Samenspel gateway`);
  }
  try {
    return verifyIdentity(token, partner, secret);
  } catch (error) {
    throw new HttpError(401, 'UNAUTHENTICATED', `the gateway identity is not valid: ${(error as Error).message}`);
  }
}

export async function startSubgraph<TLoaders, TServices extends SubgraphServices>(
  definition: SubgraphDefinition<TLoaders, TServices>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const db = await openDatabase({ url: options.databaseUrl, entities: definition.entities, migrations: definition.migrations, statementTimeoutMs: statementTimeoutMs() });
  if (options.seed) await options.seed(db);

  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
  guardArguments(schema); // innermost: access is checked first
  enforceAccessDirectives(schema);
  guardPersonalData(schema, definition.policies);

  const peers = options.peers ?? Object.fromEntries(PARTNERS.map((partner) => [partner, subgraphUrlFor(partner)]));
  const services = (definition.startServices?.(db, peers) ?? {}) as TServices;

  const apollo = new ApolloServer<RequestContext<TLoaders, TServices>>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stop taking requests, finish, close the pool), not Apollo's own signal handler.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's hosted studio, which the hub does not use.
    // no landing page: a subgraph is reached through the gateway, whose explorer works offline
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), processingLogPlugin(db)],
  });
  await apollo.start();

  const secret = subgraphSecret(definition.name);
  const lookup = definition.consentLookup?.(db) ?? httpConsentLookup(options.consentUrl ?? consentUrl(), consentApiSecret(), definition.name);
  const http = await startHttpServer(
    {
      apollo,
      context: async (req) => {
        const caller = authenticate(req, definition.name, secret);
        return {
          db,
          loaders: definition.createLoaders(db, caller),
          caller,
          personalData: new PersonalDataAccess(caller, consentLoader(lookup), new ProcessingLog()),
          services,
        };
      },
      health: async () =>
        (await pingDatabase(db))
          ? { status: 'ok', subgraph: definition.name }
          : { status: 'failing', subgraph: definition.name, failing: ['database'] },
      // ready: its own database answers (the other subgraphs are the gateway's concern)
      ready: async () => {
        const database = await pingDatabase(db);
        return {
          status: database ? 'ok' : 'failing',
          subgraph: definition.name,
          dependencies: { database: database ? 'ok' : 'failing' },
          failing: database ? [] : ['database'],
        };
      },
      // every partner serves its public items for the sociale kaart (kit/social-map/public-changes.ts)
      routes: { [FEED_PATH]: publicChangeFeedRoute(db), ...definition.routes?.(db) },
    },
    { port: options.port, host: options.host },
  );

  let closing: Promise<void> | undefined;
  return {
    ...http,
    name: definition.name,
    db,
    // Graceful: stop taking requests and let in-flight ones finish (platform/http.ts, bounded), then stop Apollo
    // and the services (the indexer finishes its pull), and only then close the database pool.
    close: () =>
      (closing ??= (async () => {
        await http.close();
        await apollo.stop();
        await services.stop?.();
        await db.destroy();
      })()),
  };
}
