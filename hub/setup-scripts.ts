// `npm run db:setup-scripts`: writes each subgraph's database setup step as a psql script,
// subgraphs/<partner>/database-setup.sql (kit/database-setup.ts), for partners' DBAs and docker-compose.yml.
// `--check` fails when a committed script is stale (npm test runs it through test/deployment/database-roles.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PARTNERS, type Partner } from '../platform/config';
import { setupScript } from '../subgraphs/kit/database-setup';
import { SUBGRAPHS } from './hub';

export const setupScriptPath = (partner: Partner) => path.join(__dirname, '..', 'subgraphs', partner, 'database-setup.sql');

/** The script for a partner, with the database named after it (as docker-compose.yml has it). */
export const expectedSetupScript = (partner: Partner) => setupScript(partner, partner, SUBGRAPHS[partner].extensions ?? []);

if (require.main === module) {
  const check = process.argv.includes('--check');
  const stale = PARTNERS.filter((partner) => {
    const expected = expectedSetupScript(partner);
    if (!check) writeFileSync(setupScriptPath(partner), expected);
    return check && readFileSync(setupScriptPath(partner), 'utf8') !== expected;
  });
  if (stale.length) {
    process.stderr.write(`stale database setup scripts: ${stale.join(', ')} (run npm run db:setup-scripts)\n`);
    process.exit(1);
  }
}
