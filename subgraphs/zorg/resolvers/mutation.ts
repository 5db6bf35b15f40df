import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecords } from '../../kit/access/data-subject';
import { payload } from '../../kit/mutation-payload';
import { personRecords } from '../policies';
import { createReferral, transitionReferral } from '../referrals';
import { importHsdsServices, reportErrors } from '../hsds-import';
import { createService, updateService, withdrawService } from '../services';
import { linkSignalToPerson } from '../signals';

export const Mutation: MutationResolvers = {
  createReferral: (_root, { input }, { db, caller, services }) =>
    payload('referral', () => db.transaction((manager) => createReferral(manager, input, caller, services.activities))),
  transitionReferral: (_root, args, { db, caller, personalData }) =>
    payload('referral', () => db.transaction((manager) => transitionReferral(manager, args, caller, personalData))),
  linkSignalToPerson: (_root, args, { db, caller, personalData }) =>
    payload('referral', () => db.transaction((manager) => linkSignalToPerson(manager, args, caller, personalData))),
  createService: (_root, { input }, { db, caller }) => payload('service', () => db.transaction((manager) => createService(manager, input, caller))),
  updateService: (_root, { id, input }, { db, caller }) => payload('service', () => db.transaction((manager) => updateService(manager, id, input, caller))),
  withdrawService: (_root, { id }, { db, caller }) => payload('service', () => db.transaction((manager) => withdrawService(manager, id, caller))),
  importHsdsServices: async (_root, { input }, { db, caller }) => {
    const { report, userErrors } = await payload('report', () => db.transaction((manager) => importHsdsServices(manager, input, caller)));
    return { clientMutationId: input.clientMutationId ?? null, report, userErrors: report ? reportErrors(report) : userErrors };
  },
  eraseZorgRecords: (_root, { personId }, context) => payload('erasure', () => erasePersonRecords(context, personId, personRecords)),
};
