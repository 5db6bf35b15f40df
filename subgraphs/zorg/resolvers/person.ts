import type { PersonResolvers } from '../generated/resolvers-types';
import { personRecordsField } from '../../kit/access/data-subject';
import { involvementField } from '../../kit/access/involvement';
import { personRecords } from '../policies';

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  zorgInvolvement: (person, _args, context, info) =>
    involvementField(context, person.id, 'zorgInvolvement', info, async () =>
      (await context.loaders.referralsOfPerson.load(person.id)).map((referral) => referral.organisationId),
    ),
  zorgRecords: (person, _args, context) => personRecordsField(context, person.id, 'zorgRecords', personRecords),
};
