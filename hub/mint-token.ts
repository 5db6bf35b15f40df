// Mints a bearer token for development and the demo organisations:
//   npm run token -- --org org-wz-01 --role matcher [--role partner-system] [--sub anna] [--hours 8]
//   npm run token -- --org org-gm-01 --role resident --person person-009   (a resident, bound to their Person key)
import { ROLES, isRole } from '../platform/caller';
import { signJwt } from '../platform/jwt';
import { exitForStartFailure, sharedTokenIssuer, type Env } from '../platform/config';

/** A token of the hub's HS256 issuer (AUTH_TOKEN_SECRET, AUTH_TOKEN_ISSUER; development defaults with SAMENSPEL_DEV=1). */
export function mintToken(options: { org: string; roles: string[]; sub?: string; hours?: number; person?: string }, env: Env = process.env): string {
  const { secret, issuer } = sharedTokenIssuer(env);
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    { iss: issuer, sub: options.sub ?? `${options.roles[0]}@${options.org}`, org: options.org, roles: options.roles, ...(options.person ? { person: options.person } : {}), iat: now, exp: now + Math.round((options.hours ?? 8) * 3600) },
    secret,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const values = (flag: string) => args.flatMap((arg, i) => (arg === flag && args[i + 1] ? [args[i + 1]] : []));
  const [org] = values('--org');
  const roles = values('--role');
  if (!org || roles.length === 0 || !roles.every(isRole)) {
    process.stderr.write(`usage: npm run token -- --org <organisation id> --role <${ROLES.join('|')}> [--sub name] [--hours n] [--person <Person key>, for a resident]\n`);
    process.exit(2);
  }
  const hours = values('--hours')[0];
  try {
    // the token alone on standard output, for TOKEN=$(npm run --silent token -- …)
    process.stdout.write(`${mintToken({ org, roles, sub: values('--sub')[0], hours: hours ? Number(hours) : undefined, person: values('--person')[0] })}\n`);
  } catch (error) {
    exitForStartFailure('npm run token', error);
  }
}

if (require.main === module) main();
