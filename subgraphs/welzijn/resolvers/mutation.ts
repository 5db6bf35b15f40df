import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { personRecords } from '../policies';
import { clarifiedNeed, createHelpRequest, lockHelpRequest, moveHelpRequest } from '../intake';
import { proposeMatch, recordFollowUp, transitionMatch } from '../matching';
import { HelpRequest, Volunteer } from '../entities';
import { notFound } from '../../../platform/errors';
import { forbidden } from '../../kit/access/errors';

export const Mutation: MutationResolvers = {
  createHelpRequest: (_root, { input }, { db, caller }) => db.transaction((manager) => createHelpRequest(manager, input, caller)),

  clarifyHelpRequest: (_root, { id, underlyingNeed, reason }, { db, caller, personalData }) =>
    db.transaction(async (manager) => {
      const need = clarifiedNeed(underlyingNeed);
      const request = await lockHelpRequest(manager, id, personalData);
      await moveHelpRequest(manager, request, 'ASSESSED', caller, reason ?? 'vraag achter de vraag verhelderd');
      await manager.update(HelpRequest, { id }, { underlyingNeed: need });
      return { ...request, underlyingNeed: need };
    }),

  transitionHelpRequest: (_root, { id, to, reason }, { db, caller, personalData }) =>
    db.transaction(async (manager) => moveHelpRequest(manager, await lockHelpRequest(manager, id, personalData), to, caller, reason ?? null)),

  proposeMatch: (_root, { input }, { db, caller, personalData }) => db.transaction((manager) => proposeMatch(manager, input, caller, personalData)),

  transitionMatch: (_root, args, { db, caller }) => db.transaction((manager) => transitionMatch(manager, args, caller)),

  recordFollowUp: (_root, args, { db, caller }) => db.transaction((manager) => recordFollowUp(manager, args, caller)),

  setVolunteerAvailable: (_root, { id, available }, { db, caller }) =>
    db.transaction(async (manager) => {
      const volunteer = await manager.findOne(Volunteer, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!volunteer) throw notFound('Volunteer', id);
      if (volunteer.organisationId !== caller.organisationId) throw forbidden('Only the volunteer\'s own organisation sets their availability');
      volunteer.available = available;
      return manager.save(volunteer);
    }),

  eraseWelzijnRecords: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
