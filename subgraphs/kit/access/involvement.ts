// "Wie is er betrokken": which organisations work with a resident, never what they know, so partners can
// coordinate (one lady, four visitors from four organisations on one day). That an organisation works with
// the resident is that organisation's own information, so each one is shown only to itself, or to a partner
// that it recorded the resident's consent to COORDINATION for. Asked only for the purpose COORDINATION.
import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../../../platform/caller';
import { forbidden } from './errors';
import type { PersonalDataAccess } from './personal-data';

interface InvolvementContext {
  caller: Caller;
  personalData: PersonalDataAccess;
}

/** The caller's purpose, which must be COORDINATION (and one of its roles'). */
export function assertCoordination(context: InvolvementContext, field: string): void {
  if (context.personalData.requirePurpose() !== 'COORDINATION') {
    throw forbidden(`${field} tells who is involved with a resident, for the purpose COORDINATION only`);
  }
}

/** A subgraph's `Person.<name>Involvement`: its organisations holding records about the resident that the caller may know of. */
export async function involvementField(
  context: InvolvementContext,
  personId: string,
  field: string,
  info: Pick<GraphQLResolveInfo, 'path'>,
  organisationIds: () => Promise<string[]>,
): Promise<{ id: string }[]> {
  assertCoordination(context, field);
  const involved = [...new Set(await organisationIds())].sort();
  const own = context.caller.organisationId;
  const known = await Promise.all(involved.map((id) => id === own || context.personalData.consented(personId, [id], 'COORDINATION')));
  const shown = involved.filter((_, i) => known[i]);
  context.personalData.served({ type: 'Person', id: personId, personId, holders: shown, consentPurposes: ['COORDINATION'] }, field, info);
  return shown.map((id) => ({ id }));
}
