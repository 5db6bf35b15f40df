// gemeente's own settings (the rest is in platform/config.ts).
type Env = Record<string, string | undefined>;

/** `MUNICIPALITY_ORGANISATION_ID`: the gemeente's own entry in the partner registry (it funds and steers). */
export function municipalityOrganisationId(env: Env = process.env): string {
  return env.MUNICIPALITY_ORGANISATION_ID || 'org-gm-01';
}
