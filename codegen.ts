// graphql-codegen: typed resolvers for each subgraph from its SDL (schema/shared.graphql + its own
// schema.graphql). Output goes to subgraphs/<name>/generated/ and is never edited by hand;
// `npm run codegen:check` (part of `npm test`) fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { PARTNERS, type Partner } from './platform/config';

/** The kaart items' shared value types (schema/shared.graphql), stored as jsonb by the kit in every subgraph. */
const SHARED_MAPPERS = {
  ContactDetails: '../../kit/contact-details#ContactRecord',
  Capacity: '../../kit/capacity#CapacityRecord',
  Training: '../../kit/helper-profile#Training',
};

/** GraphQL types mapped to TypeORM entities (owned types) or to key-only references (extended types). */
const MAPPERS: Record<Partner, Record<string, string>> = {
  gemeente: {
    Area: '../entities#Area',
    Organisation: '../entities#Organisation',
    Person: '../../kit/references#PersonRef',
    Venue: '../entities#Venue',
    Grant: '../entities#Grant',
    Consent: '../entities#Consent',
    PersonReference: '../entities#PersonReference',
    PersonMerge: '../policies#PersonMergeRow',
    ConsentEvidence: '../entities#Consent',
    SocialMapHit: '../social-map/search#SocialMapRow',
    SocialMapFeedStatus: '../social-map/indexer#FeedStatus',
    ProcessingLogEntry: '../../kit/access/inzage#ProcessingLogEntry',
    Webhook: '../entities#Webhook',
    WebhookDelivery: '../webhooks/log#DeliveryRow',
    WebhookAttempt: '../webhooks/log#AttemptRow',
  },
  welzijn: {
    HelpRequest: '../entities#HelpRequest',
    VolunteerVacancy: '../entities#VolunteerVacancy',
    Volunteer: '../entities#Volunteer',
    VacancyResponse: '../entities#VacancyResponse',
    Match: '../entities#Match',
    HelpRequestTransfer: '../entities#HelpRequestTransfer',
    BoardListing: '../board#BoardItem',
    Cascade: '../entities#Cascade',
    CascadeStep: '../entities#CascadeStep',
    CascadeRule: '../entities#CascadeRule',
    CascadeAsk: '../cascade#CascadeAskItem',
    MatchCandidate: '../candidates#RankedCandidate',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
    ProcessingLogEntry: '../../kit/access/inzage#ProcessingLogEntry',
  },
  zorg: {
    Service: '../entities#Service',
    Professional: '../entities#Professional',
    Referral: '../entities#Referral',
    HelpRequest: '../../kit/references#HelpRequestRef',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
    ProcessingLogEntry: '../../kit/access/inzage#ProcessingLogEntry',
  },
  bewoners: {
    Activity: '../entities#Activity',
    HelpOffer: '../entities#HelpOffer',
    Membership: '../entities#Membership',
    CooperativeService: '../entities#CooperativeService',
    NeighbourCandidate: '../candidates#NeighbourCandidateRow',
    HelpRequest: '../../kit/references#HelpRequestRef',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
    Venue: '../../kit/references#VenueRef',
    ProcessingLogEntry: '../../kit/access/inzage#ProcessingLogEntry',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    PARTNERS.map((partner) => [
      `subgraphs/${partner}/generated/resolvers-types.ts`,
      {
        schema: ['schema/shared.graphql', `subgraphs/${partner}/schema.graphql`, 'schema/federation-for-codegen.graphql'],
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: '../context#Context',
          mappers: { ...SHARED_MAPPERS, ...MAPPERS[partner] },
          mapperTypeSuffix: 'Model',
          scalars: { DateTime: 'Date', Date: 'string', JSON: 'unknown' },
          enumsAsTypes: true,
          useTypeImports: true,
        },
      },
    ]),
  ),
};

export default config;
