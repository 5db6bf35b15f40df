// `npm run build [-- <outDir>]`: compiles the deployables (platform, gateway, subgraphs, hub, schema) to
// JavaScript in dist/ (tsconfig.build.json) and copies the files they read at run time beside them: each
// subgraph's schema.graphql, schema/*.graphql and the dashboard's page. The images run only what this makes
// (`node dist/subgraphs/<partner>/main.js`, `node dist/gateway/main.js`), without tsx or TypeScript.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** The non-TypeScript files that the code reads from next to itself. */
function assets(): string[] {
  const subgraphs = readdirSync(path.join(ROOT, 'subgraphs')).filter((name) => name !== 'kit' && !name.includes('.'));
  return [
    ...subgraphs.map((partner) => `subgraphs/${partner}/schema.graphql`),
    'schema/shared.graphql',
    'schema/supergraph.graphql',
    'gateway/dashboard/index.html',
    'gateway/dashboard/dashboard.js',
    'gateway/dashboard/dashboard.css',
  ];
}

export function build(outDir = path.join(ROOT, 'dist')): void {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`tsc failed (exit ${tsc.status})`);
  for (const file of assets()) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(outDir, file));
  }
}

if (require.main === module) {
  try {
    build(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  } catch (error) {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
