import type { PersonResolvers } from '../generated/resolvers-types';
import { personRecordsField } from '../../kit/access/data-subject';
import { involvementField } from '../../kit/access/involvement';
import { personRecords } from '../policies';

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  welzijnInvolvement: (person, _args, context, info) =>
    involvementField(context, person.id, 'welzijnInvolvement', info, async () =>
      (await context.loaders.helpRequestsOfPerson.load(person.id)).map((request) => request.intakeOrganisationId),
    ),
  welzijnRecords: (person, _args, context) => personRecordsField(context, person.id, 'welzijnRecords', personRecords),
};
