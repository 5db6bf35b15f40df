import type { PersonResolvers } from '../generated/resolvers-types';
import { personRecordsField } from '../../kit/access/data-subject';
import { involvementField } from '../../kit/access/involvement';
import { personRecords } from '../policies';

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  bewonersInvolvement: (person, _args, context, info) =>
    involvementField(context, person.id, 'bewonersInvolvement', info, async () => {
      const [memberships, offers] = await Promise.all([
        context.loaders.membershipsOfPerson.load(person.id),
        context.loaders.offersOfPerson.load(person.id),
      ]);
      return [...memberships, ...offers].map((row) => row.organisationId);
    }),
  bewonersRecords: (person, _args, context) => personRecordsField(context, person.id, 'bewonersRecords', personRecords),
};
