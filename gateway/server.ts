// The gateway's HTTP server: /graphql and /health.
import { ApolloServer } from '@apollo/server';
import { formatError } from '../subgraphs/kit/errors';
import { startHttpServer, type RunningServer } from '../subgraphs/kit/http';
import type { Partner } from '../subgraphs/kit/config';
import { createGateway } from './gateway';

export async function startGateway(options: {
  port: number;
  host: string;
  subgraphUrls: Record<Partner, string>;
}): Promise<RunningServer> {
  const apollo = new ApolloServer({
    gateway: createGateway(options.subgraphUrls),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (stop taking requests, finish, close the pool), not Apollo's own signal handler.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const http = await startHttpServer(
    {
      apollo,
      context: async () => ({}),
      health: async () => ({ status: 'ok', service: 'gateway' }),
    },
    options,
  );
  return {
    ...http,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
