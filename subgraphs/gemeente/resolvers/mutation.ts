import type { MutationResolvers } from '../generated/resolvers-types';
import { erasePersonRecordsMutation } from '../../kit/access/data-subject';
import { payload } from '../../kit/mutation-payload';
import { grantConsent, revokeConsent } from '../consent/record';
import { personRecords } from '../policies';

export const Mutation: MutationResolvers = {
  grantConsent: (_root, { input }, context) => payload('consent', () => grantConsent(context, input)),

  revokeConsent: (_root, { id }, context) => payload('consent', () => revokeConsent(context, id)),

  erasePerson: (_root, { personId }, context) => erasePersonRecordsMutation(context, personId, personRecords),
};
