import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { Area } from './area';
import { Consent } from './consent';
import { Mutation } from './mutation';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { Query } from './query';
import { Venue } from './venue';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Area, Consent, Grant, Organisation, Person, Venue };
