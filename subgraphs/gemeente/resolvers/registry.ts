// The partner registry and the venues: onboarding and changes (organisations.ts, venues.ts).
import type { MutationResolvers } from '../generated/resolvers-types';
import { payload } from '../../kit/mutation-payload';
import { onboardOrganisation, updateOrganisation } from '../organisations';
import { createVenue, updateVenue } from '../venues';

export const registryMutations: Pick<MutationResolvers, 'onboardOrganisation' | 'updateOrganisation' | 'createVenue' | 'updateVenue'> = {
  onboardOrganisation: (_root, { input }, { db, caller, config }) =>
    payload('organisation', () => db.transaction((manager) => onboardOrganisation(manager, input, caller, config.municipalityOrganisationId))),
  updateOrganisation: (_root, { id, input }, { db, caller, config }) =>
    payload('organisation', () => db.transaction((manager) => updateOrganisation(manager, id, input, caller, config.municipalityOrganisationId))),
  createVenue: (_root, { input }, { db, caller, config }) =>
    payload('venue', () => db.transaction((manager) => createVenue(manager, input, caller, config.municipalityOrganisationId))),
  updateVenue: (_root, { id, input }, { db, caller, config }) =>
    payload('venue', () => db.transaction((manager) => updateVenue(manager, id, input, caller, config.municipalityOrganisationId))),
};
