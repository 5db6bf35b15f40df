import type { ConsentResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';

export const Consent: ConsentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.consentById.load(ref.id),
  person: (consent, _args, { loaders }) => loadRequired(loaders.personById, consent.personId, 'Person'),
  organisation: (consent, _args, { loaders }) => loadRequired(loaders.organisationById, consent.organisationId, 'Organisation'),
  active: (consent) => consent.revokedAt === null && consent.grantedAt <= new Date() && consent.validUntil > new Date(),
};
