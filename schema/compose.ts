// Composes the four subgraph schemas into schema/supergraph.graphql with @apollo/composition.
//   npm run compose          writes the supergraph
//   npm run compose -- --check   fails when the committed file is stale or composition is unhealthy
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, PARTNERS, type Partner } from '../platform/config';
import { subgraphSdl, withSharedSdl } from '../subgraphs/kit/sdl';

export const SUPERGRAPH_PATH = path.join(__dirname, 'supergraph.graphql');

export interface Composition {
  supergraphSdl: string;
  errors: string[];
  hints: string[];
}

/** Composes the partners' SDLs; `override` puts a new SDL (its own part, without shared.graphql) in place of one partner's. */
export function compose(override?: { partner: Partner; sdl: string }): Composition {
  const sdlOf = (name: Partner) => (override?.partner === name ? withSharedSdl(override.sdl) : subgraphSdl(name));
  const result = composeServices(PARTNERS.map((name) => ({ name, url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`, typeDefs: parse(sdlOf(name)) })));
  // Every hint counts: the four schemas compose without any today, and a new one deserves a look.
  const hints = (result.hints ?? []).map((hint) => `${hint.definition.code}: ${hint.message}`);
  if (result.errors) return { supergraphSdl: '', errors: result.errors.map((error) => error.message), hints };
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, errors: [], hints };
}

function main(): void {
  const check = process.argv.includes('--check');
  const { supergraphSdl, errors, hints } = compose();
  for (const hint of hints) console.error(`hint ${hint}`);
  for (const error of errors) console.error(`error ${error}`);
  if (errors.length || (check && hints.length)) {
    process.exit(1);
  }
  if (check) {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (committed !== supergraphSdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose`');
      process.exit(1);
    }
    console.log('supergraph is up to date');
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
  console.log(`wrote ${path.relative(process.cwd(), SUPERGRAPH_PATH)}`);
}

if (require.main === module) main();
