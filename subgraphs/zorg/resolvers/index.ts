import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { processingLogEntryResolvers } from '../../kit/access/inzage';
import { Area } from './area';
import { HelpRequest } from './help-request';
import { Mutation } from './mutation';
import { Organisation } from './organisation';
import { Person } from './person';
import { Professional } from './professional';
import { Query } from './query';
import { Referral } from './referral';
import { Service } from './service';

export const resolvers: Resolvers = {
  ProcessingLogEntry: processingLogEntryResolvers, ...scalarResolvers, Query, Mutation, Person, Area, HelpRequest, Organisation, Professional, Referral, Service };
