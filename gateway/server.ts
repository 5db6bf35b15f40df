// The gateway's HTTP server: /graphql and /health. It verifies callers (caller.ts), limits what a query
// may cost (GraphQL Armor: depth, aliases, tokens, directives; the cost with the request's variables:
// cost.ts), hides introspection in production, never shows stack traces, and can hold partner systems to
// trusted documents.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatError } from '../platform/errors';
import { startHttpServer, type RunningServer } from '../platform/http';
import { subgraphTimeoutMs, type Partner } from '../platform/config';
import { tokenSecret } from '../platform/secrets';
import { closeSubgraphPools, createGateway, operationRequiredPlugin, queryPlanCacheMiB, subgraphReadiness, type GatewayContext } from './gateway';
import { poolOptions } from './subgraph-fetch';
import { callerFrom } from './caller';
import { passThroughRoutes } from './pass-through';
import { DASHBOARD_PREFIX, dashboardRoute } from './dashboard';
import { EXPLORER_PREFIX, explorerAssetRoute, explorerPage, wantsExplorer } from './explorer';
import { costLimitPlugin } from './cost';
import { loadTrustedDocuments, resolveDocumentId, trustedDocumentsPlugin } from './trusted-documents';

/** Query limits; generous for the hub's own pages, tight enough to stop alias and depth bombs. */
export const LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 3000, maxDirectives: 20, maxCost: 20_000 };

export async function startGateway(options: {
  port: number;
  host: string;
  subgraphUrls: Record<Partner, string>;
  env?: Record<string, string | undefined>;
}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const production = env.NODE_ENV === 'production';
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
    blockFieldSuggestion: { enabled: production },
  });
  const trusted = env.TRUSTED_DOCUMENTS ? loadTrustedDocuments(env.TRUSTED_DOCUMENTS) : null;
  const { plugins, validationRules } = armor.protect();
  const gateway = createGateway(options.subgraphUrls, { timeoutMs: subgraphTimeoutMs(env), pool: poolOptions(env), queryPlanCacheMiB: queryPlanCacheMiB(env) });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: env.GATEWAY_INTROSPECTION ? env.GATEWAY_INTROSPECTION === 'true' : !production,
    stopOnTerminationSignals: false,
    // GET /graphql in a browser is our own explorer (explorer.ts), not Apollo's CDN-hosted landing page
    plugins: [ApolloServerPluginLandingPageDisabled(), ...plugins, operationRequiredPlugin, ...(trusted ? [trustedDocumentsPlugin(trusted)] : []), costLimitPlugin({ maxCost: LIMITS.maxCost })],
    validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  });
  await apollo.start();
  const token = tokenSecret(env);
  const http = await startHttpServer(
    {
      apollo,
      context: async (req) => ({ caller: callerFrom(req, token) }),
      health: async () => ({ status: 'ok', service: 'gateway' }),
      ready: subgraphReadiness(options.subgraphUrls),
      routes: { ...passThroughRoutes(options.subgraphUrls), [DASHBOARD_PREFIX]: dashboardRoute, [EXPLORER_PREFIX]: explorerAssetRoute },
      page: { wants: wantsExplorer, serve: explorerPage },
      transformBody: trusted ? (body) => resolveDocumentId(body, trusted) : undefined,
    },
    options,
  );
  return {
    ...http,
    close: async () => {
      await http.close();
      await apollo.stop();
      closeSubgraphPools(gateway);
    },
  };
}
