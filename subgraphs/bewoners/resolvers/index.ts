import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { processingLogEntryResolvers } from '../../kit/access/inzage';
import { Activity } from './activity';
import { Area } from './area';
import { HelpOffer } from './help-offer';
import { HelpRequest } from './help-request';
import { Membership } from './membership';
import { Mutation } from './mutation';
import { NeighbourCandidate } from './neighbour-candidate';
import { Person } from './person';
import { Organisation } from './organisation';
import { Query } from './query';
import { Venue } from './venue';
import { CooperativeService, cooperativeServiceQueries } from './cooperative-service';
import { cooperativeWrites } from './cooperative-writes';

export const resolvers: Resolvers = {
  ProcessingLogEntry: processingLogEntryResolvers,
  ...scalarResolvers,
  Query: { ...Query, ...cooperativeServiceQueries },
  Mutation: { ...Mutation, ...cooperativeWrites },
  Person,
  Activity,
  Area,
  CooperativeService,
  HelpOffer,
  HelpRequest,
  Membership,
  NeighbourCandidate,
  Organisation,
  Venue,
};
