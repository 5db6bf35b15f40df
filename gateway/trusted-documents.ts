// Trusted documents: partner systems may be held to the operations in a manifest (JSON: { "<sha256 of the
// document>": "<document>" }), set with TRUSTED_DOCUMENTS=<path>. Such a caller sends {"documentId":
// "<sha256>", "variables": …}; any other document from it is refused. Staff users (dashboards) are not held.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway';

export type TrustedDocuments = Map<string, string>;

export const documentHash = (document: string): string => createHash('sha256').update(document).digest('hex');

export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  for (const [hash, document] of Object.entries(manifest)) {
    if (documentHash(document) !== hash) throw new Error(`trusted documents: the hash ${hash} does not match its document`);
  }
  return new Map(Object.entries(manifest));
}

/** Replaces {"documentId"} in a request body by the manifest's document (unknown ids are left for the plugin). */
export function resolveDocumentId(body: unknown, documents: TrustedDocuments): unknown {
  if (body && typeof body === 'object' && 'documentId' in body && !('query' in body)) {
    const query = documents.get(String((body as { documentId: unknown }).documentId));
    return query === undefined ? body : { ...body, query };
  }
  return body;
}

export function trustedDocumentsPlugin(documents: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.caller.roles.includes('partner-system')) return;
      return {
        // Not didResolveSource: Apollo Server 5 treats an error thrown there as unexpected (HTTP 500, code
        // lost). Errors thrown here are answered as they are. The document has been parsed and validated by now.
        async didResolveOperation({ source }) {
          if (!documents.has(documentHash(source))) {
            throw new GraphQLError('Partner systems may only send trusted documents: send {"documentId": "<sha256>"} of a document in the manifest', {
              extensions: { code: 'UNTRUSTED_DOCUMENT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
