import type { MutationResolvers } from '../generated/resolvers-types';
import { badInput, notFound } from '../../../platform/errors';
import { forbidden } from '../../kit/access/errors';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import type { Caller } from '../../../platform/caller';
import { Consent, Organisation, Person } from '../entities';
import { personRecords } from '../policies';

const TWO_YEARS_MS = 2 * 366 * 24 * 3600 * 1000;

/** Consents are recorded and revoked by staff of the organisation they are for, or the hub administrator. */
function assertMayManage(caller: Caller, organisationId: string): void {
  if (caller.organisationId !== organisationId && !caller.roles.includes('hub-admin')) {
    throw forbidden('Only the organisation a consent is for (or the hub administrator) records or revokes it');
  }
}

export const Mutation: MutationResolvers = {
  grantConsent: async (_root, { input }, { db, caller }) => {
    assertMayManage(caller, input.organisationId);
    const now = Date.now();
    if (input.validUntil.getTime() <= now) throw badInput('validUntil must be in the future', 'validUntil');
    if (input.validUntil.getTime() > now + TWO_YEARS_MS) throw badInput('validUntil may be at most two years ahead', 'validUntil');
    if (input.clientMutationId !== null && input.clientMutationId !== undefined && input.clientMutationId.length > 100) {
      throw badInput('clientMutationId is at most 100 characters', 'clientMutationId');
    }
    return db.transaction(async (manager) => {
      if (input.clientMutationId) {
        const earlier = await manager.findOneBy(Consent, { clientMutationId: input.clientMutationId });
        if (earlier) return earlier;
      }
      if (!(await manager.existsBy(Person, { id: input.personId }))) throw badInput(`no resident "${input.personId}"`, 'personId');
      if (!(await manager.existsBy(Organisation, { id: input.organisationId }))) {
        throw badInput(`no organisation "${input.organisationId}"`, 'organisationId');
      }
      const [{ id }] = await manager.query(
        `INSERT INTO consent (id, person_id, organisation_id, purpose, valid_until, recorded_by, client_mutation_id)
         VALUES ('consent-' || gen_random_uuid(), $1, $2, $3, $4, $5, $6)
         ON CONFLICT (client_mutation_id) DO UPDATE SET client_mutation_id = EXCLUDED.client_mutation_id
         RETURNING id`,
        [input.personId, input.organisationId, input.purpose, input.validUntil, caller.subject, input.clientMutationId ?? null],
      );
      return manager.findOneByOrFail(Consent, { id });
    });
  },

  revokeConsent: async (_root, { id }, { db, caller }) =>
    db.transaction(async (manager) => {
      const consent = await manager.findOne(Consent, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!consent) throw notFound('Consent', id);
      assertMayManage(caller, consent.organisationId);
      if (consent.revokedAt === null) {
        consent.revokedAt = new Date();
        await manager.save(consent);
      }
      return consent;
    }),

  erasePerson: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
