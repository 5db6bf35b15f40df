// A subgraph's SDL is its own schema.graphql plus the shared vocabulary in schema/shared.graphql.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
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
