// The Apollo Gateway over the committed supergraph (schema/supergraph.graphql): never IntrospectAndCompose.
// Subgraph URLs come from configuration. A subgraph that cannot be reached or answers with an HTTP error
// costs only its part of the answer: the error names the subgraph (extensions.serviceName).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { PARTNERS, type Partner } from '../subgraphs/kit/config';
import { anonymous, type Caller } from '../subgraphs/kit/access/caller';
import { IDENTITY_HEADER, signIdentity } from '../subgraphs/kit/access/identity';
import { subgraphSecret } from '../subgraphs/kit/access/secrets';

export interface GatewayContext {
  caller: Caller;
}

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'schema', 'supergraph.graphql');

/**
 * A subgraph data source: forwards the caller signed with the subgraph's own secret, and turns transport
 * failures into a GraphQL error naming the subgraph.
 */
class PartnerDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly secret: string;

  constructor(private readonly partner: Partner, url: string) {
    super({ url });
    this.secret = subgraphSecret(partner);
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Requests the gateway makes on its own (health checks) go as an anonymous caller.
    const caller = (context as Partial<GatewayContext>).caller ?? anonymous('gateway');
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(caller, this.partner, this.secret));
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
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

/**
 * Apollo Gateway refuses a supergraph whose @authenticated / @requiresScopes links are marked
 * `for: SECURITY`, since it cannot enforce them. Our subgraphs enforce them (subgraphs/kit/access), so the
 * gateway gets the links without that mark; the committed supergraph stays as composed (a Router enforces
 * them too).
 */
export function supergraphForGateway(supergraph: string): string {
  return supergraph.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[0-9.]+"), for: SECURITY\)/g,
    '$1)',
  );
}

export function createGateway(subgraphUrls: Record<Partner, string>): ApolloGateway {
  const known = new Set<string>(PARTNERS);
  return new ApolloGateway({
    supergraphSdl: supergraphForGateway(readFileSync(SUPERGRAPH_PATH, 'utf8')),
    buildService: ({ name }) => {
      if (!known.has(name)) throw new Error(`the supergraph names an unknown subgraph "${name}"`);
      return new PartnerDataSource(name as Partner, subgraphUrls[name as Partner]);
    },
  });
}
