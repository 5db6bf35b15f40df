// One answer to "who may read this field": holder-only fields are declared in each subgraph's policies.ts,
// enforced by the kit (guardPersonalData), and the SDL says the same ("Holders only"), checked here.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { PARTNERS, subgraphConfig, type Partner } from '../../platform/config';
import { SUBGRAPHS } from '../../hub/hub';
import { guardPersonalData, type PersonalDataPolicy } from '../../subgraphs/kit/access/personal-data';

const PHRASE = 'Holders only';

const policiesOf = (partner: Partner): PersonalDataPolicy[] => {
  const { policies } = SUBGRAPHS[partner];
  return typeof policies === 'function' ? policies(subgraphConfig(partner, process.env)) : policies;
};

/** "Type.field" of every holder-only field a policy declares (`field.sub` is a field of field's type). */
function declared(schema: GraphQLSchema, policies: PersonalDataPolicy[]): string[] {
  return policies.flatMap((policy) =>
    (policy.holderOnly ?? []).map((path) => {
      const [name, sub] = path.split('.');
      if (sub === undefined) return `${policy.type}.${name}`;
      const type = schema.getType(policy.type);
      const parent = isObjectType(type) ? type.getFields()[name] : undefined;
      return `${parent ? getNamedType(parent.type).name : '?'}.${sub}`;
    }),
  );
}

/** "Type.field" of every output field whose SDL description says it is for holders only. */
function described(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((field) => field.description?.includes(PHRASE)).map((field) => `${type.name}.${field.name}`));
}

test.each([...PARTNERS])('%s: the SDL calls exactly the fields holder-only that its policies declare', (partner) => {
  const definition = SUBGRAPHS[partner];
  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs });
  expect(described(schema).sort()).toEqual(declared(schema, policiesOf(partner)).sort());
});

test('the hulpvraag and the referral have their holder-only fields', () => {
  const welzijn = buildSubgraphSchema({ typeDefs: SUBGRAPHS.welzijn.typeDefs });
  expect(declared(welzijn, policiesOf('welzijn')).sort()).toEqual(['HelpRequest.attentionNote', 'HelpRequest.cascade', 'HelpRequest.description', 'HelpRequest.earlierHelpOffers', 'HelpRequest.underlyingNeed', 'HelpRequestTransition.by', 'HelpRequestTransition.reason']);
  const zorg = buildSubgraphSchema({ typeDefs: SUBGRAPHS.zorg.typeDefs });
  expect(declared(zorg, policiesOf('zorg')).sort()).toEqual(['Referral.note', 'Referral.professional', 'Referral.statusReason']);
});

describe('the kit refuses a policy it cannot enforce', () => {
  const typeDefs = parse(`
    type Query { record: Record }
    type Record @key(fields: "id") { id: ID! secret: String! note: String steps: [Step!]! }
    type Step { by: String! why: String }
  `);
  const policy = (holderOnly: string[]): PersonalDataPolicy => ({ type: 'Record', personOf: () => null, holdersOf: () => [], consentPurposes: [], holderOnly });
  const guard = (holderOnly: string[]) => () => guardPersonalData(buildSubgraphSchema({ typeDefs }), [policy(holderOnly)]);

  test('a holder-only field must exist and be nullable (others get null)', () => {
    expect(guard(['note', 'steps.why'])).not.toThrow();
    expect(guard(['secret'])).toThrow('holder-only field secret must be nullable');
    expect(guard(['steps.by'])).toThrow('holder-only field steps.by must be nullable');
    expect(guard(['missing'])).toThrow('holder-only field missing is not in the schema');
    expect(guard(['steps.missing'])).toThrow('holder-only field steps.missing is not in the schema');
  });

  test("a part of a record must name the record's own fields", () => {
    const withPart = (fields: string[]) => () =>
      guardPersonalData(buildSubgraphSchema({ typeDefs }), [{ ...policy([]), parts: [{ name: 'a former holder’s part', readersOf: () => [], fields }] }]);
    expect(withPart(['id', 'note'])).not.toThrow();
    expect(withPart(['id', 'missing'])).toThrow('a former holder’s part names fields not in the schema: missing');
  });

  test('a declared entry point must exist', () => {
    expect(() => guardPersonalData(buildSubgraphSchema({ typeDefs }), [policy([])], ['Query.nothing'])).toThrow('Query.nothing');
  });
});
