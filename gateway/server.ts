// The gateway's HTTP server: /graphql and /health. It reads and checks its configuration first
// (platform/config.ts), verifies callers (caller.ts), limits what a query may cost (GraphQL Armor: depth,
// aliases, tokens, directives; the cost with the request's variables: cost.ts), hides introspection and
// suggestions outside development, never shows stack traces, and can hold partner systems to trusted
// documents.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { errorFormatter, errorLogPlugin } from '../platform/errors';
import { serviceLog, setLogLevel } from '../platform/log';
import { serverMetrics } from '../platform/metrics';
import { startHttpServer, type RunningServer } from '../platform/http';
import { gatewayConfig, type Env, type Partner } from '../platform/config';
import { anonymous, newTrace } from '../platform/caller';
import { confirmationsSettled } from './delivery';
import { closeSubgraphPools, createGateway, deliveryPlugin, operationRequiredPlugin, subgraphReadiness, type GatewayContext } from './gateway';
import { callerAuthenticator } from './caller';
import { tokenVerifier } from './token-issuers';
import { ORGANISATION_EXISTS, organisationRegistry, RegistryUnavailable } from './organisation-registry';
import { passThroughRoutes } from './pass-through';
import { DASHBOARD_PREFIX, dashboardRoute } from './dashboard';
import { EXPLORER_PREFIX, explorerAssetRoute, explorerPage, wantsExplorer } from './explorer';
import { costLimitPlugin } from './cost';
import { loadTrustedDocuments, resolveDocumentId, trustedDocumentsPlugin } from './trusted-documents';

/** Query limits; generous for the hub's own pages, tight enough to stop alias and depth bombs. */
export const LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxDirectives: 20, maxCost: 20_000 };

export async function startGateway(options: {
  /** Override the configuration's PORT_GATEWAY, HOST and SUBGRAPH_URL_<PARTNER> (the hub, tests). */
  port?: number;
  host?: string;
  subgraphUrls?: Record<Partner, string>;
  /** The environment to read the configuration from (default: this process's). */
  env?: Env;
}): Promise<RunningServer> {
  // First, before anything else: every problem of the configuration at once (ConfigError).
  const config = gatewayConfig(options.env ?? process.env);
  const subgraphUrls = options.subgraphUrls ?? config.subgraphUrls;
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // Armor's token limit throws from a plugin hook, which Apollo Server 5 answers with HTTP 500 (and its
    // unexpectedErrorProcessingRequest hook would show any unexpected error's message); graphql-js's own
    // parser limit (parseOptions below) refuses the document as GRAPHQL_PARSE_FAILED with 400 instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's cost limit is a validation rule and cannot see variables: `first: $n` counted as one item.
    // costLimitPlugin (cost.ts) computes the same model per request, with the variables' values.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.hideSuggestions },
  });
  const trusted = config.trustedDocuments ? loadTrustedDocuments(config.trustedDocuments) : null;
  const { plugins, validationRules } = armor.protect();
  setLogLevel(config.logLevel);
  const log = serviceLog('gateway');
  const metrics = serverMetrics('gateway');
  const gateway = createGateway(subgraphUrls, {
    log,
    metrics: metrics.registry,
    timeoutMs: config.subgraphTimeoutMs,
    pool: config.pool,
    queryPlanCacheMiB: config.queryPlanCacheMiB,
    secrets: config.subgraphSecrets,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: errorFormatter({ hideSuggestions: config.hideSuggestions }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    stopOnTerminationSignals: false,
    // GET /graphql in a browser is our own explorer (explorer.ts), not Apollo's CDN-hosted landing page
    plugins: [ApolloServerPluginLandingPageDisabled(), ...plugins, errorLogPlugin(log, metrics), operationRequiredPlugin, ...(trusted ? [trustedDocumentsPlugin(trusted)] : []), costLimitPlugin({ maxCost: LIMITS.maxCost }), deliveryPlugin(subgraphUrls, config.subgraphSecrets, log)],
    validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  });
  await apollo.start();
  // The partner registry, asked through the graph as an anonymous caller (the field is public).
  const organisationExists = organisationRegistry(async (id) => {
    const response = await apollo.executeOperation({ query: ORGANISATION_EXISTS, variables: { id } }, { contextValue: { caller: anonymous(newTrace()) } });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    if (!result || result.errors?.length) throw new RegistryUnavailable(result?.errors?.[0]?.message ?? 'no answer');
    return (result.data as { organisation: { id: string } | null }).organisation !== null;
  });
  const authenticate = callerAuthenticator(tokenVerifier(config.auth), organisationExists, log);
  const http = await startHttpServer(
    {
      apollo,
      log,
      metrics,
      metricsToken: config.metricsToken,
      context: async (req, trace) => ({ caller: await authenticate(req, { traceId: trace.traceId, spanId: trace.spanId }) }),
      health: async () => ({ status: 'ok', service: 'gateway' }),
      ready: subgraphReadiness(subgraphUrls, config.subgraphSecrets),
      routes: { ...passThroughRoutes(subgraphUrls), [DASHBOARD_PREFIX]: dashboardRoute, [EXPLORER_PREFIX]: explorerAssetRoute },
      page: { wants: wantsExplorer, serve: explorerPage },
      transformBody: trusted ? (body) => resolveDocumentId(body, trusted) : undefined,
      drainTimeoutMs: config.drainTimeoutMs,
    },
    { port: options.port ?? config.port, host: options.host ?? config.host },
  );
  return {
    ...http,
    close: async () => {
      await http.close();
      // the answers that went out are confirmed to their subgraphs before those may stop too (bounded: 10 s each)
      await confirmationsSettled();
      await apollo.stop();
      closeSubgraphPools(gateway);
    },
  };
}
