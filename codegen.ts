// graphql-codegen: typed resolvers for each subgraph from its SDL (schema/shared.graphql + its own
// schema.graphql). Output goes to subgraphs/<name>/generated/ and is never edited by hand;
// `npm run codegen:check` (part of `npm test`) fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { PARTNERS, type Partner } from './platform/config';

/** GraphQL types mapped to TypeORM entities (owned types) or to key-only references (extended types). */
const MAPPERS: Record<Partner, Record<string, string>> = {
  gemeente: {
    Area: '../entities#Area',
    Organisation: '../entities#Organisation',
    Person: '../../kit/references#PersonRef',
    Venue: '../entities#Venue',
    Grant: '../entities#Grant',
    Consent: '../entities#Consent',
    ConsentEvidence: '../entities#Consent',
    SocialMapHit: '../social-map/search#SocialMapRow',
    SocialMapFeedStatus: '../social-map/indexer#FeedStatus',
  },
  welzijn: {
    HelpRequest: '../entities#HelpRequest',
    VolunteerVacancy: '../entities#VolunteerVacancy',
    Volunteer: '../entities#Volunteer',
    Match: '../entities#Match',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
  },
  zorg: {
    Service: '../entities#Service',
    Professional: '../entities#Professional',
    Referral: '../entities#Referral',
    HelpRequest: '../../kit/references#HelpRequestRef',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
  },
  bewoners: {
    Activity: '../entities#Activity',
    HelpOffer: '../entities#HelpOffer',
    Membership: '../entities#Membership',
    HelpRequest: '../../kit/references#HelpRequestRef',
    Area: '../../kit/references#AreaRef',
    Organisation: '../../kit/references#OrganisationRef',
    Person: '../../kit/references#PersonRef',
    Venue: '../../kit/references#VenueRef',
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
          mappers: MAPPERS[partner],
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
