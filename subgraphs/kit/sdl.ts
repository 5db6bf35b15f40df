// A subgraph's SDL is its own schema.graphql plus the shared vocabulary in schema/shared.graphql.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type EnumTypeDefinitionNode } from 'graphql';
import type { Partner } from '../../platform/config';

const ROOT = path.join(__dirname, '..', '..');

export function subgraphSdl(partner: Partner): string {
  return withSharedSdl(readFileSync(path.join(ROOT, 'subgraphs', partner, 'schema.graphql'), 'utf8'));
}

/** A subgraph's own SDL with the shared vocabulary added. */
export function withSharedSdl(own: string): string {
  return `${own}\n${readFileSync(path.join(ROOT, 'schema', 'shared.graphql'), 'utf8')}`;
}

export function loadTypeDefs(partner: Partner): DocumentNode {
  return parse(subgraphSdl(partner));
}

/** The values of an enum of a subgraph's schema, with their descriptions (for data that does not come through GraphQL: imports, exports). */
export function enumValuesOf(partner: Partner, enumName: string): { name: string; description: string }[] {
  const node = loadTypeDefs(partner).definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === enumName);
  if (!node) throw new Error(`enum ${enumName} is not in ${partner}'s schema`);
  return (node.values ?? []).map((v) => ({ name: v.name.value, description: v.description?.value ?? v.name.value }));
}
