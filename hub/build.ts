// `npm run build [-- <outDir>] [--no-links]`: compiles the deployables (platform, gateway, subgraphs, hub,
// schema) to JavaScript in dist/ (tsconfig.build.json), laid out as the sources are, and copies the files they
// read at run time beside them: each subgraph's schema.graphql, schema/*.graphql, the dashboard's and the
// explorer's pages. A package with a node_modules of its own (npm keeps a dependency there when its version
// differs from the hoisted one) gets a link to it in dist/, so `node dist/gateway/main.js` finds it; the images
// (--no-links) put the compiled packages where the sources were, beside their node_modules, and run
// `node gateway/main.js`, `node subgraphs/<partner>/main.js`: no tsx, no TypeScript.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SOURCES = ['platform', 'gateway', 'subgraphs', 'schema'];
/** What the code reads from next to itself (written by hand: the dashboard's and explorer's scripts are .js). */
const ASSET = /\.(graphql|html|css|js)$/;

function assets(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return assets(relative);
    return ASSET.test(name) ? [relative] : [];
  });
}

/** The workspace packages that have a node_modules of their own. */
function ownNodeModules(): string[] {
  const packages = ['platform', 'gateway', 'hub', ...readdirSync(path.join(ROOT, 'subgraphs')).map((name) => `subgraphs/${name}`)];
  return packages.filter((dir) => existsSync(path.join(ROOT, dir, 'node_modules')));
}

export function build(outDir = path.join(ROOT, 'dist'), options: { links?: boolean } = {}): void {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`tsc failed (exit ${tsc.status})`);
  for (const file of SOURCES.flatMap(assets)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(outDir, file));
  }
  if (options.links === false) return;
  for (const dir of ownNodeModules()) {
    const link = path.join(outDir, dir, 'node_modules');
    if (!existsSync(link)) symlinkSync(path.join(ROOT, dir, 'node_modules'), link, 'dir');
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outDir = args.find((arg) => !arg.startsWith('--'));
  try {
    build(outDir ? path.resolve(outDir) : undefined, { links: !args.includes('--no-links') });
  } catch (error) {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
