import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { Area } from './area';
import { Consent, ConsentEvidence } from './consent';
import { Mutation } from './mutation';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { Query } from './query';
import { SocialMapHit, SocialMapItem, socialMapMutations, socialMapQueries } from './social-map';
import { Venue } from './venue';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: { ...Query, ...socialMapQueries },
  Mutation: { ...Mutation, ...socialMapMutations },
  SocialMapHit,
  SocialMapItem,
  Area,
  Consent,
  ConsentEvidence,
  Grant,
  Organisation,
  Person,
  Venue,
};
