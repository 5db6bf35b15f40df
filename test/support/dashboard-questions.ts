// The reference dashboard's GraphQL questions (gateway/dashboard/dashboard.js), read from its source so that
// tests ask exactly what the page asks: every `const NAME = \`query …\`` with its `${CELL}`-style pieces filled in.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function dashboardQuestions(): Record<string, string> {
  const source = readFileSync(path.join(__dirname, '..', '..', 'gateway', 'dashboard', 'dashboard.js'), 'utf8');
  const pieces = new Map([...source.matchAll(/^const (\w+) = '([^']*)';$/gm)].map((m) => [m[1], m[2]]));
  const questions: Record<string, string> = {};
  for (const [, name, text] of source.matchAll(/^const (\w+) = `(query [\s\S]*?)`;$/gm)) {
    questions[name] = text.replace(/\$\{(\w+)\}/g, (_, piece: string) => {
      const value = pieces.get(piece);
      if (value === undefined) throw new Error(`dashboard.js: \${${piece}} in ${name} is not a string constant`);
      return value;
    });
  }
  return questions;
}
