// Everything a partner subgraph is made of, and how it starts: the same for all four.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import { openDatabase, type Database } from './database';
import { formatError } from './errors';
import { startHttpServer, type RunningServer, type RouteHandler } from './http';
import type { RequestContext } from './context';
import type { Partner } from './config';

export interface SubgraphDefinition<TLoaders> {
  name: Partner;
  typeDefs: DocumentNode;
  resolvers: unknown;
  entities: Function[];
  migrations: Function[];
  createLoaders: (db: Database) => TLoaders;
  /** Loads the demo town's data for this partner; does nothing when data is present. */
  seed: (db: Database) => Promise<void>;
  routes?: (db: Database) => Record<string, RouteHandler>;
}

export interface RunningSubgraph extends RunningServer {
  name: Partner;
  db: Database;
}

export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: { databaseUrl: string; port: number; host: string; seed?: boolean },
): Promise<RunningSubgraph> {
  const db = await openDatabase({
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  if (options.seed) await definition.seed(db);
  const apollo = new ApolloServer<RequestContext<TLoaders>>({
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stop taking requests, finish, close the pool), not Apollo's own signal handler.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's hosted studio, which the hub does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const http = await startHttpServer(
    {
      apollo,
      context: async () => ({ db, loaders: definition.createLoaders(db) }),
      health: async () => {
        try {
          await db.query('SELECT 1');
          return { status: 'ok', subgraph: definition.name };
        } catch {
          return { status: 'failing', subgraph: definition.name, failing: ['database'] };
        }
      },
      routes: definition.routes?.(db),
    },
    { port: options.port, host: options.host },
  );
  let closing: Promise<void> | undefined;
  return {
    ...http,
    name: definition.name,
    db,
    close: () =>
      (closing ??= (async () => {
        await http.close();
        await apollo.stop();
        await db.destroy();
      })()),
  };
}
