// Neighbours' offers (offers.ts), memberships (memberships.ts) and ongoing services (cooperative-services.ts).
import type { MutationResolvers } from '../generated/resolvers-types';
import { payload } from '../../kit/mutation-payload';
import { moveHelpOffer, registerHelpOffer, updateHelpOffer } from '../offers';
import { endHelpOffer } from '../offer-ending';
import { createMembership, endMembership, updateMembership } from '../memberships';
import { createCooperativeService, updateCooperativeService, withdrawCooperativeService } from '../cooperative-services';

type CooperativeWrites =
  | 'registerHelpOffer'
  | 'updateHelpOffer'
  | 'pauseHelpOffer'
  | 'resumeHelpOffer'
  | 'endHelpOffer'
  | 'createMembership'
  | 'updateMembership'
  | 'endMembership'
  | 'createCooperativeService'
  | 'updateCooperativeService'
  | 'withdrawCooperativeService';

export const cooperativeWrites: Pick<MutationResolvers, CooperativeWrites> = {
  registerHelpOffer: (_root, { input }, { db, caller, personalData }) =>
    payload('helpOffer', () => db.transaction((manager) => registerHelpOffer(manager, input, caller, personalData))),
  updateHelpOffer: (_root, { id, input }, { db, caller, personalData }) =>
    payload('helpOffer', () => db.transaction((manager) => updateHelpOffer(manager, id, input, caller, personalData))),
  pauseHelpOffer: (_root, { id, until, reason }, { db, caller, personalData }) =>
    payload('helpOffer', () => db.transaction((manager) => moveHelpOffer(manager, id, 'PAUSED', { until, reason }, caller, personalData))),
  resumeHelpOffer: (_root, { id }, { db, caller, personalData }) =>
    payload('helpOffer', () => db.transaction((manager) => moveHelpOffer(manager, id, 'ACTIVE', {}, caller, personalData))),
  // its own transactions: none is held open while welzijn is asked (offer-ending.ts)
  endHelpOffer: (_root, { id, reason }, { db, caller, personalData, services }) =>
    payload('helpOffer', () => endHelpOffer(db, id, reason, caller, personalData, services.offerMatches)),
  createMembership: (_root, { input }, { db, caller, personalData }) =>
    payload('membership', () => db.transaction((manager) => createMembership(manager, input, caller, personalData))),
  updateMembership: (_root, { id, role }, { db, caller, personalData }) =>
    payload('membership', () => db.transaction((manager) => updateMembership(manager, id, role, caller, personalData))),
  endMembership: (_root, { id, endedOn }, { db, caller, personalData }) =>
    payload('membership', () => db.transaction((manager) => endMembership(manager, id, endedOn, caller, personalData))),
  createCooperativeService: (_root, { input }, { db, caller }) =>
    payload('cooperativeService', () => db.transaction((manager) => createCooperativeService(manager, input, caller))),
  updateCooperativeService: (_root, { id, input }, { db, caller }) =>
    payload('cooperativeService', () => db.transaction((manager) => updateCooperativeService(manager, id, input, caller))),
  withdrawCooperativeService: (_root, { id }, { db, caller }) =>
    payload('cooperativeService', () => db.transaction((manager) => withdrawCooperativeService(manager, id, caller))),
};
