// A subgraph's SDL is its own schema.graphql plus the shared vocabulary in schema/shared.graphql.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { Partner } from '../../platform/config';

const ROOT = path.join(__dirname, '..', '..');

export function subgraphSdl(partner: Partner): string {
  const own = readFileSync(path.join(ROOT, 'subgraphs', partner, 'schema.graphql'), 'utf8');
  const shared = readFileSync(path.join(ROOT, 'schema', 'shared.graphql'), 'utf8');
  return `${own}\n${shared}`;
}

export function loadTypeDefs(partner: Partner): DocumentNode {
  return parse(subgraphSdl(partner));
}
