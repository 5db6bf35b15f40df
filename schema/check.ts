// The schema contract with the partners' systems: what clients can see of the graph (the API schema of the
// supergraph) must not change in a way that breaks them, unless the change is marked as accepted.
//   npm run schema:check                                  this tree's SDLs against the committed supergraph
//   npm run schema:check -- --base <git rev>              … against the supergraph of another commit
//   npm run schema:check -- --subgraph zorg --sdl new.graphql   one partner's new SDL in place of its own
// Breaking changes are listed with their path; accept one by adding { "path", "type", "reason" } to
// schema/accepted-breaking-changes.json (say why, and tell the partners). Composition errors also fail.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { PARTNERS, type Partner } from '../platform/config';
import { compose, SUPERGRAPH_PATH } from './compose';

export const ACCEPTED_PATH = path.join(__dirname, 'accepted-breaking-changes.json');

export interface AcceptedChange {
  path: string;
  type: string;
  reason: string;
}

/** What a client sees of a supergraph: the API schema, without the federation machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  // Every linked feature is supported here: the check reads the schema, it does not enforce it.
  return Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
}

export interface CheckResult {
  errors: string[];
  breaking: Change[];
  accepted: Change[];
  other: Change[];
}

/** Compares the composition of the SDLs (with `override` in place of one partner's) with `baseSupergraph`. */
export async function checkSchema(baseSupergraph: string, accepted: AcceptedChange[], override?: { partner: Partner; sdl: string }): Promise<CheckResult> {
  const composition = compose(override);
  if (composition.errors.length) return { errors: composition.errors, breaking: [], accepted: [], other: [] };
  const changes = await diff(apiSchemaOf(baseSupergraph), apiSchemaOf(composition.supergraphSdl));
  const isAccepted = (change: Change) => accepted.some((a) => a.path === change.path && a.type === change.type);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    errors: [],
    breaking: breaking.filter((c) => !isAccepted(c)),
    accepted: breaking.filter(isAccepted),
    other: changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking),
  };
}

function argument(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const base = argument('--base');
  const baseSupergraph = base
    ? execFileSync('git', ['show', `${base}:schema/supergraph.graphql`], { encoding: 'utf8' })
    : readFileSync(SUPERGRAPH_PATH, 'utf8');
  const partner = argument('--subgraph');
  const sdlFile = argument('--sdl');
  if ((partner === undefined) !== (sdlFile === undefined) || (partner !== undefined && !(PARTNERS as readonly string[]).includes(partner))) {
    console.error(`usage: npm run schema:check -- [--base <git rev>] [--subgraph <${PARTNERS.join('|')}> --sdl <file>]`);
    process.exit(2);
  }
  const override = partner ? { partner: partner as Partner, sdl: readFileSync(sdlFile!, 'utf8') } : undefined;
  const accepted = JSON.parse(readFileSync(ACCEPTED_PATH, 'utf8')) as AcceptedChange[];
  const result = await checkSchema(baseSupergraph, accepted, override);
  for (const error of result.errors) console.error(`composition error: ${error}`);
  for (const change of result.other) console.log(`${change.criticality.level.toLowerCase()}: ${change.path ?? ''} ${change.message}`);
  for (const change of result.accepted) console.log(`breaking, accepted: ${change.path} ${change.message}`);
  for (const change of result.breaking) console.error(`BREAKING: ${change.path} (${change.type}) ${change.message}`);
  if (result.errors.length || result.breaking.length) {
    if (result.breaking.length) console.error(`${result.breaking.length} breaking change(s); accept them in ${path.relative(process.cwd(), ACCEPTED_PATH)} only after telling the partners`);
    process.exit(1);
  }
  console.log(`schema contract holds against ${base ?? 'the committed supergraph'} (${result.other.length} safe change(s), ${result.accepted.length} accepted)`);
}

if (require.main === module) void main();
