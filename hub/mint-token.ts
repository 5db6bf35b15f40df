// Mints a bearer token for development and the demo organisations:
//   npm run token -- --org org-wz-01 --role matcher [--role partner-system] [--sub anna] [--hours 8]
//   npm run token -- --org org-gm-01 --role resident --person person-009   (a resident, bound to their Person key)
import { ROLES, isRole } from '../platform/caller';
import { signJwt } from '../platform/jwt';
import { tokenSecret } from '../platform/secrets';

export function mintToken(options: { org: string; roles: string[]; sub?: string; hours?: number; person?: string }, env = process.env): string {
  const { secret, issuer } = tokenSecret(env);
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
    console.error(`usage: npm run token -- --org <organisation id> --role <${ROLES.join('|')}> [--sub name] [--hours n] [--person <Person key>, for a resident]`);
    process.exit(2);
  }
  const hours = values('--hours')[0];
  console.log(mintToken({ org, roles, sub: values('--sub')[0], hours: hours ? Number(hours) : undefined, person: values('--person')[0] }));
}

if (require.main === module) main();
