// The Apollo Gateway over the committed supergraph (schema/supergraph.graphql): never IntrospectAndCompose.
// Subgraph URLs come from configuration. A subgraph that cannot be reached or answers with an HTTP error
// costs only its part of the answer: the error names the subgraph (extensions.serviceName).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { PARTNERS, type Partner } from '../subgraphs/kit/config';

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'schema', 'supergraph.graphql');

/** A subgraph data source that turns transport failures into a GraphQL error naming the subgraph. */
class PartnerDataSource extends RemoteGraphQLDataSource {
  constructor(private readonly partner: string, url: string) {
    super({ url });
  }

  async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`subgraph ${this.partner} failed: ${reason}`);
      return {
        errors: [
          {
            message: `Subgraph "${this.partner}" is unavailable; its part of the answer is missing`,
            extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
          },
        ],
      };
    }
  }
}

export function createGateway(subgraphUrls: Record<Partner, string>): ApolloGateway {
  const known = new Set<string>(PARTNERS);
  return new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      if (!known.has(name)) throw new Error(`the supergraph names an unknown subgraph "${name}"`);
      return new PartnerDataSource(name, subgraphUrls[name as Partner]);
    },
  });
}
