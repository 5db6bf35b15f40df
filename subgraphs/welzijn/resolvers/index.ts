import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { processingLogEntryResolvers } from '../../kit/access/inzage';
import { Area } from './area';
import { BoardListing } from './board';
import { Cascade, CascadeAsk } from './cascade';
import { HelpRequest } from './help-request';
import { HelpRequestTransfer } from './help-request-transfer';
import { Match } from './match';
import { MatchCandidate } from './match-candidate';
import { Mutation } from './mutation';
import { Person } from './person';
import { Organisation } from './organisation';
import { Query } from './query';
import { Volunteer } from './volunteer';
import { VacancyResponse, VolunteerVacancy } from './volunteer-vacancy';
import { volunteerWrites } from './volunteer-writes';

export const resolvers: Resolvers = {
  ProcessingLogEntry: processingLogEntryResolvers,
  ...scalarResolvers,
  Query,
  Mutation: { ...Mutation, ...volunteerWrites },
  Person,
  Area,
  BoardListing,
  Cascade,
  CascadeAsk,
  HelpRequest,
  HelpRequestTransfer,
  Match,
  MatchCandidate,
  Organisation,
  Volunteer,
  VolunteerVacancy,
  VacancyResponse,
};
