import type { PersonResolvers } from '../generated/resolvers-types';
import { involvementField, personRecordsField } from '../../kit/access/data-subject';
import { processingLogField } from '../../kit/access/inzage';
import { personRecords } from '../policies';

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  welzijnInvolvement: (person, _args, context) =>
    involvementField(context, person.id, 'welzijnInvolvement', async () =>
      (await context.loaders.helpRequestsOfPerson.load(person.id)).map((request) => request.intakeOrganisationId),
    ),
  welzijnRecords: (person, _args, context) => personRecordsField(context, person.id, personRecords),
  welzijnProcessingLog: (person, _args, context) => processingLogField(context, person.id, 'welzijn'),
};
