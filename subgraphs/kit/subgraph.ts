// Everything a partner subgraph is made of, and how it starts: the same for all four.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import { openDatabase, pingDatabase, registerPoolMetrics, type Database } from './database';
import { errorFormatter, errorLogPlugin } from '../../platform/errors';
import { serviceLog, setLogLevel, type Logger } from '../../platform/log';
import { throttledLog } from '../../platform/throttled-log';
import { serverMetrics, type Registry } from '../../platform/metrics';
import { guardArguments } from './argument-guard';
import { HttpError, sendJson, startHttpServer, type RunningServer, type RouteHandler } from '../../platform/http';
import type { RequestContext } from './context';
import { subgraphConfig, type Env, type Partner, type SubgraphConfig } from '../../platform/config';
import { HANDSHAKE_PATH, IDENTITY_HEADER, identityVerifier } from '../../platform/identity';
import type { Caller } from '../../platform/caller';
import { refusalReason } from '../../platform/jwt';
import { enforceAccessDirectives } from './access/directives';
import { guardPersonalData, PersonalDataAccess, servedFieldsPlugin, type PersonalDataPolicy } from './access/personal-data';
import { guardReferences } from './access/representations';
import { consentLoader, type ConsentLookup } from './access/consent';
import { httpConsentLookup } from './access/consent-api';
import { ProcessingLog, processingLogPlugin } from './access/processing-log';
import { guardDisclosures, type Disclosure } from './access/disclosures';
import { DELIVERY_PATH, deliveryRoute } from './access/delivery';
import { FEED_PATH, publicChangeFeedRoute } from './social-map/public-changes';
import { startJobRunner, type JobTasks } from './jobs';
import { EVENT_AUDIENCE_PATH, eventAudience, eventAudienceRoute, type EventSubjects } from './events/audience';
import { EVENTS_PATH, eventFeedRoute } from './events/feed';

/** GraphQL URLs of the partner subgraphs, for a subgraph that reads their plain HTTP routes (feeds). */

/**
 * A subgraph's requests come from the gateway, and carry the other subgraphs' answers as @requires
 * representations (inzage merges every subgraph's log lines of a page of residents): more than a client's
 * 1 MB, still bounded.
 */
export const SUBGRAPH_MAX_BODY_BYTES = 16_000_000;
export type PeerUrls = Partial<Record<Partner, string>>;

/** Long-lived parts of a subgraph (e.g. gemeente's sociale kaart indexer), in every request's context. */
export interface SubgraphServices {
  stop?(): Promise<void>;
}

/** What a subgraph's services log and measure with: its logger and its metrics registry (GET /metrics). */
export interface ServiceContext {
  log: Logger;
  metrics: Registry;
}

export interface SubgraphDefinition<TLoaders, TServices extends SubgraphServices = SubgraphServices> {
  name: Partner;
  typeDefs: DocumentNode;
  resolvers: unknown;
  entities: Function[];
  migrations: Function[];
  /** PostgreSQL extensions the migrations need; the setup step creates them (kit/database-setup.ts). */
  extensions?: string[];
  /** Per request; the caller (and its personal-data access) lets list loaders keep to what the caller may see. */
  createLoaders: (db: Database, caller: Caller, personalData: PersonalDataAccess) => TLoaders;
  /** Row rules for the types holding personal data (see kit/access/personal-data.ts); a function when they depend on a setting. */
  policies: PersonalDataPolicy[] | ((config: SubgraphConfig) => PersonalDataPolicy[]);
  /** The types this subgraph records non-public events about (its event-subjects.ts); their policies say who hears of them. */
  eventSubjects: EventSubjects;
  /** Fields ("Type.field") that answer personal data of a type without a policy; they need a purpose too. */
  personalEntryPoints?: readonly string[];
  /** Fields of other types that show personal records (see kit/access/disclosures.ts). */
  disclosures?: Disclosure[];
  /** Extra plain HTTP routes; `consentLookup` is how this subgraph asks consent questions, `log` its logger. */
  routes?: (db: Database, config: SubgraphConfig, access: { consentLookup: ConsentLookup; log: Logger }) => Record<string, RouteHandler>;
  /** How consent is looked up; by default, over HTTP from gemeente's register. */
  consentLookup?: (db: Database) => ConsentLookup;
  startServices?: (db: Database, peers: PeerUrls, config: SubgraphConfig, context: ServiceContext) => TServices;
  /** The subgraph's own background tasks, run by its job runner (kit/jobs.ts); schedule them with scheduleJob. */
  jobs?: (db: Database, config: SubgraphConfig, context: ServiceContext & { peers: PeerUrls }) => JobTasks;
  /** Recurring jobs of the subgraph's own tasks, in graphile-worker's crontab format. */
  crontab?: string;
}

export interface RunningSubgraph extends RunningServer {
  name: Partner;
  db: Database;
}

export interface SubgraphOptions {
  /** Override the configuration's DATABASE_URL_<PARTNER>, PORT_<PARTNER> and HOST (the hub, tests). */
  databaseUrl?: string;
  /** Override MIGRATION_DATABASE_URL_<PARTNER>: the migration role's connection (default: the serving one). */
  migrationUrl?: string;
  port?: number;
  host?: string;
  /** The environment to read the configuration from (default: this process's). */
  env?: Env;
  /** Loads data into the migrated database before serving (the hub's demo town); none in production. */
  seed?: (db: Database) => Promise<void>;
  /** gemeente's consent register (default from configuration: CONSENT_URL). */
  consentUrl?: string;
  /** The other subgraphs (default from configuration); may be filled in after this one starts. */
  peers?: PeerUrls;
}

/** The verified caller of a request, from the identity the gateway signed for this subgraph. */
async function authenticate(req: IncomingMessage, partner: Partner, verify: (token: string) => Promise<Caller>): Promise<Caller> {
  const token = req.headers[IDENTITY_HEADER];
  if (typeof token !== 'string') {
    throw new HttpError(401, 'UNAUTHENTICATED', `${partner} only answers requests that come through the Samenspel gateway`);
  }
  let caller: Caller;
  try {
    caller = await verify(token);
  } catch (error) {
    throw new HttpError(401, 'UNAUTHENTICATED', `the gateway identity is not valid: ${refusalReason(error)}`);
  }
  // Someone is either anonymous (no subject, no organisation) or named: an empty name is neither.
  if (caller.subject === '' || caller.organisationId === '') {
    throw new HttpError(401, 'UNAUTHENTICATED', 'the gateway identity names an empty subject or organisation');
  }
  return caller;
}

export async function startSubgraph<TLoaders, TServices extends SubgraphServices>(
  definition: SubgraphDefinition<TLoaders, TServices>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  // First, before any database: every problem of the configuration at once (ConfigError).
  const config = subgraphConfig(definition.name, options.env ?? process.env, { databaseRequired: options.databaseUrl === undefined });
  setLogLevel(config.logLevel);
  const log = serviceLog(definition.name);
  const metrics = serverMetrics(definition.name);
  const db = await openDatabase({
    subgraph: definition.name,
    url: options.databaseUrl ?? config.databaseUrl!,
    // an overridden serving connection (the hub, tests) brings its own migration role, or migrates as itself
    migrationUrl: options.migrationUrl ?? (options.databaseUrl === undefined ? config.migrationDatabaseUrl : undefined),
    entities: definition.entities,
    migrations: definition.migrations,
    statementTimeoutMs: config.statementTimeoutMs,
    logSql: config.sqlLog,
    log,
    jobs: true,
  });
  registerPoolMetrics(db, metrics.registry);
  if (options.seed) await options.seed(db);

  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
  guardReferences(schema); // __resolveReference sees only the key; @requires fields stay beside the row
  guardArguments(schema); // innermost: access is checked first
  enforceAccessDirectives(schema);
  const policies = typeof definition.policies === 'function' ? definition.policies(config) : definition.policies;
  guardPersonalData(schema, policies, definition.personalEntryPoints);
  guardDisclosures(schema, definition.disclosures ?? []);
  // each asking subgraph signs its consent questions with its own credential (gemeente asks its own table)
  const lookup =
    definition.consentLookup?.(db) ??
    httpConsentLookup(options.consentUrl ?? config.consentUrl, config.consentApiSecrets[definition.name] ?? '', definition.name, throttledLog(log, 'consent register unavailable'));
  // who may hear of this subgraph's events: checked against its policies before anything starts
  const audience = eventAudience(db, definition.eventSubjects, policies, lookup);

  const peers = options.peers ?? config.peers;
  const services = (definition.startServices?.(db, peers, config, { log, metrics: metrics.registry }) ?? {}) as TServices;

  const apollo = new ApolloServer<RequestContext<TLoaders, TServices>>({
    schema,
    formatError: errorFormatter({ hideSuggestions: config.hideSuggestions }),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stop taking requests, finish, close the pool), not Apollo's own signal handler.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's hosted studio, which the hub does not use.
    // no landing page: a subgraph is reached through the gateway, whose explorer works offline;
    // servedFieldsPlugin before processingLogPlugin: it adds the fields that really left before the log is written
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), servedFieldsPlugin(), processingLogPlugin(db, log), errorLogPlugin(log, metrics)],
  });
  await apollo.start();

  // one job runner per subgraph, on its own database, as the serving role (kit/jobs.ts); started before the
  // HTTP server, so that a subgraph answering /health is fully started (a signal then drains, not aborts)
  const jobs = await startJobRunner({ name: definition.name, databaseUrl: options.databaseUrl ?? config.databaseUrl!, tasks: { ...definition.jobs?.(db, config, { log, metrics: metrics.registry, peers }) }, crontab: definition.crontab, concurrency: config.jobConcurrency, log }).catch(async (error) => {
    await apollo.stop();
    await services.stop?.();
    await db.destroy();
    throw error;
  });

  const verify = identityVerifier(definition.name, config.identitySecret);
  const http = await startHttpServer(
    {
      apollo,
      log,
      metrics,
      metricsToken: config.metricsToken,
      maxBodyBytes: SUBGRAPH_MAX_BODY_BYTES,
      context: async (req, trace) => {
        const caller = await authenticate(req, definition.name, verify);
        const processingLog = new ProcessingLog(trace.spanId);
        // consent questions carry this subgraph's span, so the register's line names it as its parent
        const personalData = new PersonalDataAccess(caller, consentLoader(lookup, { ...caller, spanId: processingLog.spanId }), processingLog);
        return { db, config, loaders: definition.createLoaders(db, caller, personalData), caller, personalData, services };
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
      routes: {
        [FEED_PATH]: publicChangeFeedRoute(db),
        // and its domain events, to gemeente's webhook delivery (kit/events/feed.ts)
        [EVENTS_PATH]: eventFeedRoute(db, config.eventsSecret),
        // the gateway's readiness proves the signed handshake here: 200 only for an identity this subgraph accepts
        [HANDSHAKE_PATH]: async (req, res) => {
          try {
            await authenticate(req, definition.name, verify);
          } catch (error) {
            return sendJson(res, 401, { status: 'refused', subgraph: definition.name, reason: (error as Error).message });
          }
          sendJson(res, 200, { status: 'ok', subgraph: definition.name });
        },
        // the gateway confirms what of each answer reached the caller (kit/access/delivery.ts)
        [DELIVERY_PATH]: deliveryRoute(db, (req) => authenticate(req, definition.name, verify)),
        // who may hear of this subgraph's events, asked at delivery (kit/events/audience.ts)
        [EVENT_AUDIENCE_PATH]: eventAudienceRoute(config.eventsSecret, audience, log),
        ...definition.routes?.(db, config, { consentLookup: lookup, log }),
      },
      drainTimeoutMs: config.drainTimeoutMs,
    },
    { port: options.port ?? config.port, host: options.host ?? config.host },
  ).catch(async (error) => {
    await jobs.stop();
    await apollo.stop();
    await services.stop?.();
    await db.destroy();
    throw error;
  });

  let closing: Promise<void> | undefined;
  return {
    ...http,
    name: definition.name,
    db,
    // Graceful: stop the services (the indexer finishes its pull and starts no other), stop taking requests and
    // let in-flight ones finish (platform/http.ts, bounded), stop Apollo, and only then close the database pool.
    close: () =>
      (closing ??= (async () => {
        // the services first: gemeente's indexer would pull feeds (its own too) that are closing
        await services.stop?.();
        await http.close();
        await apollo.stop();
        await jobs.stop(); // the jobs under way finish
        await db.destroy();
      })()),
  };
}
