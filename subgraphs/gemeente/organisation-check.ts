// gemeente answers welzijn's question before a hulpvraag is transferred (kit/organisation-check.ts): the
// kind of a registered organisation, or UNKNOWN.
import type { Database } from '../kit/database';
import type { OrganisationCheck } from '../kit/organisation-check';
import { Organisation } from './entities';

export function answerOrganisationCheck(db: Database) {
  return async (organisationId: string): Promise<OrganisationCheck> => {
    const organisation = await db.getRepository(Organisation).findOneBy({ id: organisationId });
    return organisation ? { status: 'KNOWN', kind: organisation.kind } : { status: 'UNKNOWN' };
  };
}
