import type { ConsentEvidenceResolvers, ConsentResolvers } from '../generated/resolvers-types';
import { loadRequired } from '../../kit/loaders';
import { personRef } from '../../kit/references';

export const Consent: ConsentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.consentById.load(ref.id),
  person: (consent) => personRef(consent.personId),
  holder: (consent, _args, { loaders }) => loadRequired(loaders.organisationById, consent.holderOrganisationId, 'Organisation'),
  recipient: (consent, _args, { loaders }) => loadRequired(loaders.organisationById, consent.recipientOrganisationId, 'Organisation'),
  evidence: (consent) => consent,
  active: (consent) => consent.revokedAt === null && consent.grantedAt <= new Date() && consent.validUntil > new Date(),
};

export const ConsentEvidence: ConsentEvidenceResolvers = {
  recordedByOrganisation: (consent, _args, { loaders }) => loadRequired(loaders.organisationById, consent.recordedByOrganisationId, 'Organisation'),
};
