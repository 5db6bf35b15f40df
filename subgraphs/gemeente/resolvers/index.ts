import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../../kit/scalars';
import { processingLogEntryResolvers } from '../../kit/access/inzage';
import { Area } from './area';
import { Consent, ConsentEvidence } from './consent';
import { Mutation } from './mutation';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { Query } from './query';
import { SocialMapHit, SocialMapItem, socialMapMutations, socialMapQueries } from './social-map';
import { Venue } from './venue';
import { PersonMerge, PersonReference, personIntakeMutations, personIntakeQueries } from './person-intake';
import { registryMutations } from './registry';
import { Webhook, webhookMutations, webhookQueries } from './webhooks';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: { ...Query, ...socialMapQueries, ...personIntakeQueries, ...webhookQueries },
  Mutation: { ...Mutation, ...socialMapMutations, ...personIntakeMutations, ...registryMutations, ...webhookMutations },
  SocialMapHit,
  SocialMapItem,
  Area,
  Consent,
  ConsentEvidence,
  Grant,
  Organisation,
  Person,
  PersonMerge,
  PersonReference,
  Venue,
  Webhook,
  // the merged parts name an organisation by its key: here it is read from the registry
  ProcessingLogEntry: { ...processingLogEntryResolvers, organisation: (entry, _args, { loaders }) => loaders.organisationById.load(entry.organisationId) },
};
