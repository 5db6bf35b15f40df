// The layout's import rules, read from the TypeScript sources themselves: each partner owns its subgraph and
// builds it from the kit and the platform only; the kit knows no partner; the gateway knows no subgraph's
// code; only the hub (which runs everything on one machine) sees them all. Bare imports must be declared in
// the importing package's own package.json, so each package can be built and deployed alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const PARTNERS = ['gemeente', 'welzijn', 'zorg', 'bewoners'];

/** The packages of the workspace, by folder, and what each may import of the others. */
const PACKAGES: Record<string, string[]> = {
  platform: [],
  'subgraphs/kit': ['platform'],
  ...Object.fromEntries(PARTNERS.map((p) => [`subgraphs/${p}`, ['platform', 'subgraphs/kit']])),
  gateway: ['platform'],
  hub: ['platform', 'subgraphs/kit', 'gateway', ...PARTNERS.map((p) => `subgraphs/${p}`)],
};

function sourcesOf(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourcesOf(relative);
    return /\.ts$/.test(name) ? [relative] : [];
  });
}

/** Every module specifier a file names: imports, re-exports, require() and import(). */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text);
      if (ts.isPropertyAccessExpression(callee) && callee.getText() === 'require.resolve') found.push(node.arguments[0].text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The string literals of a file (partner names must not appear in the kit's code). */
function stringLiteralsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packageOf = (file: string): string | undefined =>
  Object.keys(PACKAGES)
    .filter((dir) => file === dir || file.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length)[0];

const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

const BUILTINS = new Set(builtinModules);

interface Offence {
  file: string;
  specifier: string;
  why: string;
}

function offences(): Offence[] {
  const found: Offence[] = [];
  for (const [dir, allowed] of Object.entries(PACKAGES)) {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const declared = new Set(Object.keys(manifest.dependencies ?? {}));
    for (const file of sourcesOf(dir).filter((f) => packageOf(f) === dir)) {
      for (const specifier of specifiersOf(file)) {
        if (specifier.startsWith('.')) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
          const owner = packageOf(target);
          if (owner === dir) continue;
          if (owner === undefined) found.push({ file, specifier, why: 'reaches outside every package (test/, schema/ code, the root)' });
          else if (!allowed.includes(owner)) found.push({ file, specifier, why: `${dir} may not import ${owner}` });
          else if (!declared.has(JSON.parse(readFileSync(path.join(ROOT, owner, 'package.json'), 'utf8')).name)) {
            found.push({ file, specifier, why: `${owner} is not a dependency in ${dir}/package.json` });
          }
          continue;
        }
        const name = packageName(specifier.replace(/^node:/, ''));
        if (specifier.startsWith('node:') || BUILTINS.has(name)) continue;
        if (!declared.has(name)) found.push({ file, specifier, why: `${name} is not a dependency in ${dir}/package.json` });
      }
    }
  }
  return found;
}

test('every package imports only what its place in the layout allows, and declares what it uses', () => {
  expect(offences()).toEqual([]);
});

test('the gateway imports no subgraph, and no subgraph imports another', () => {
  const crossings = offences().filter((o) => /^(gateway|subgraphs\/(gemeente|welzijn|zorg|bewoners))\//.test(o.file));
  expect(crossings).toEqual([]);
  // the rule itself bites: a gateway file naming a subgraph is an offence
  expect(packageOf('subgraphs/zorg/index.ts')).toBe('subgraphs/zorg');
  expect(PACKAGES.gateway).not.toContain('subgraphs/zorg');
  expect(PARTNERS.every((p) => !PACKAGES[`subgraphs/${p}`].some((other) => PARTNERS.some((q) => q !== p && other === `subgraphs/${q}`)))).toBe(true);
});

test('the kit names no partner in its code', () => {
  const named = sourcesOf('subgraphs/kit').flatMap((file) =>
    stringLiteralsOf(file)
      .filter((text) => PARTNERS.some((partner) => new RegExp(`\\b${partner}\\b`).test(text)))
      .map((text) => `${file}: "${text}"`),
  );
  expect(named).toEqual([]);
});
