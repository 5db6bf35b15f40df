import type { VolunteerResolvers } from '../generated/resolvers-types';
import { areaRef, organisationRef } from '../../kit/references';
import { effectiveStatus, hasValidVog } from '../../kit/helper-profile';
import { pointOf } from '../../kit/matching/location';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.volunteerById.load(ref.id),
  organisation: (volunteer) => organisationRef(volunteer.organisationId),
  homeArea: (volunteer) => areaRef(volunteer.homeAreaCode),
  activeMatches: (volunteer, _args, { loaders }) => loaders.openMatchCountOfVolunteer.load(volunteer.id),
  hasVog: (volunteer) => hasValidVog({ has_vog: volunteer.hasVog, vog_issued_on: volunteer.vogIssuedOn }),
  status: (volunteer) => effectiveStatus(volunteer.status, volunteer.pausedUntil),
  pausedUntil: (volunteer) => (effectiveStatus(volunteer.status, volunteer.pausedUntil) === 'PAUSED' ? volunteer.pausedUntil : null),
  location: (volunteer) => pointOf(volunteer),
  // the loader keeps to the matches the caller's organisation holds; each match's fields are guarded by its policy
  matches: (volunteer, args, { loaders }) => loaders.matchesOfVolunteer(args).load(volunteer.id),
};
