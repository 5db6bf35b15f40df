import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecords } from '../../kit/access/data-subject';
import { lockOwnRow, personalDataWriteRule } from '../../kit/access/own-row';
import { payload } from '../../kit/mutation-payload';
import { personRecords, volunteerPolicy } from '../policies';
import { clarifiedNeed, createHelpRequest, lockHelpRequest, moveHelpRequest, transitionReason } from '../intake';
import { proposeMatch, recordFollowUp, transitionMatch } from '../matching';
import { HelpRequest, Volunteer } from '../entities';
import { assertTransition } from '../../kit/state-machine';
import { HELP_REQUEST_TRANSITIONS } from '../state-machine';
import { releaseToBoard, respondToBoard, withdrawFromBoard } from '../board';
import { answerCascade, cancelCascade, rankVolunteers, startCascade } from '../cascade';
import { removeCascadeRule, setCascadeRule } from '../cascade-rules';
import { transferHelpRequest } from '../transfer';
import { attentionNote, logAttentionNoteWrite } from '../attention-note';

export const Mutation: MutationResolvers = {
  createHelpRequest: (_root, { input }, { db, caller, personalData }) =>
    payload('helpRequest', () => db.transaction((manager) => createHelpRequest(manager, input, caller, personalData))),

  clarifyHelpRequest: (_root, args, { db, caller, personalData }) =>
    payload('helpRequest', () =>
      db.transaction(async (manager) => {
        const { id, underlyingNeed, reason } = args;
        const need = clarifiedNeed(underlyingNeed);
        const why = transitionReason(reason) ?? 'vraag achter de vraag verhelderd';
        // left out: the note stays; null: cleared
        const note = 'attentionNote' in args ? { attentionNote: attentionNote(args.attentionNote, 'attentionNote') } : {};
        const request = await lockHelpRequest(manager, id, caller, personalData);
        assertTransition(HELP_REQUEST_TRANSITIONS, 'hulpvraag', request.status, 'ASSESSED', 'id');
        await moveHelpRequest(manager, request, 'ASSESSED', caller, why);
        await manager.update(HelpRequest, { id }, { underlyingNeed: need, ...note });
        const clarified = { ...request, underlyingNeed: need, ...note };
        if ('attentionNote' in note) await logAttentionNoteWrite(manager, personalData, clarified);
        return clarified;
      }),
    ),

  transferHelpRequest: (_root, { input }, { db, caller, personalData, services }) =>
    payload('transfer', () => db.transaction((manager) => transferHelpRequest(manager, input, caller, personalData, services.organisations))),

  transitionHelpRequest: (_root, { id, to, reason }, { db, caller, personalData }) =>
    payload('helpRequest', () =>
      db.transaction(async (manager) => {
        const why = transitionReason(reason);
        return moveHelpRequest(manager, await lockHelpRequest(manager, id, caller, personalData), to, caller, why);
      }),
    ),

  proposeMatch: (_root, { input }, { db, caller, personalData, services }) =>
    // its own transaction: a neighbour's offer is confirmed by bewoners before it (matching.ts recordProposal)
    payload('match', () => proposeMatch(db, input, caller, personalData, services.neighbourOffers)),

  transitionMatch: (_root, args, { db, caller, personalData }) =>
    payload('match', () => db.transaction((manager) => transitionMatch(manager, args, caller, personalData))),

  recordFollowUp: (_root, args, { db, caller, personalData }) =>
    payload('match', () => db.transaction((manager) => recordFollowUp(manager, args, caller, personalData))),

  setVolunteerAvailable: (_root, { id, available }, { db, caller, personalData }) =>
    payload('volunteer', () =>
      db.transaction(async (manager) => {
        const volunteer = await lockOwnRow(manager, Volunteer, id, personalDataWriteRule(volunteerPolicy, personalData), caller, 'id');
        volunteer.available = available;
        return manager.save(volunteer);
      }),
    ),

  releaseToBoard: (_root, { id }, { db, caller, personalData }) =>
    payload('listing', () => db.transaction((manager) => releaseToBoard(manager, id, caller, personalData))),
  withdrawFromBoard: (_root, { id }, { db, caller, personalData }) =>
    payload('withdrawnListingId', () => db.transaction((manager) => withdrawFromBoard(manager, id, caller, personalData))),

  respondToBoard: (_root, { input }, { db, caller, personalData, services }) =>
    payload('response', () => respondToBoard(db, input, caller, personalData, services.neighbourOffers)),

  startCascade: (_root, { input }, { db, caller, personalData, loaders }) =>
    payload('cascade', () =>
      db.transaction((manager) =>
        // without a list: the caller's volunteers, ranked by the shared scoring function (as the match view)
        startCascade(manager, input, caller, personalData, rankVolunteers(loaders.volunteerCandidates)),
      ),
    ),
  answerCascade: (_root, { input }, { db, caller, personalData, services }) =>
    payload('answered', () => answerCascade(db, input, caller, personalData, services.neighbourOffers)),
  cancelCascade: (_root, { id }, { db, caller }) => payload('cascade', () => db.transaction((manager) => cancelCascade(manager, id, caller))),
  setCascadeRule: (_root, { input }, { db, caller }) => payload('cascadeRule', () => db.transaction((manager) => setCascadeRule(manager, input, caller))),
  removeCascadeRule: (_root, { input }, { db, caller }) => payload('cascadeRule', () => db.transaction((manager) => removeCascadeRule(manager, input, caller))),

  eraseWelzijnRecords: (_root, { personId }, context) => payload('erasure', () => erasePersonRecords(context, personId, personRecords)),
};
