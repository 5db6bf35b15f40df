// Personal data served by types that are not personal types themselves: a candidate's score and reasons
// (made from a helper's profile), a list cursor (a hulpvraag's key), a match-view item's age (from the
// hulpvraag's intake date). Each subgraph declares them next to its policies (policies.ts); here every such
// field gets the same rule as the record it shows (the record's policy) and a processing-log line on that
// record, named `<Type>.<field>`, once its value really left in the answer (null is not logged).
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { PersonalDataAccess, PersonalRecord } from './personal-data';

export interface Disclosure<Parent = any> {
  /** The GraphQL type whose fields show personal records. */
  type: string;
  /** Its fields that do; default: all of them. */
  fields?: string[];
  /** The records a value of this type shows (recordOf(policy, row) of their owners); [] for none of this subgraph's. */
  recordsOf: (parent: Parent) => PersonalRecord[];
  /**
   * The values are shown to the caller by the subgraph that @requires them (bewoners' neighbour candidates,
   * which welzijn merges into HelpRequest.candidates): passed on, they count as served when that subgraph's
   * answer for the record reaches the caller (kit/access/delivery.ts), not only as a disclosure to it.
   */
  relayed?: boolean;
}

export function guardDisclosures(schema: GraphQLSchema, disclosures: Disclosure[]): void {
  for (const disclosure of disclosures) {
    const type = schema.getType(disclosure.type);
    if (!isObjectType(type)) throw new Error(`disclosure for unknown type ${disclosure.type}`);
    const fields = type.getFields();
    for (const name of disclosure.fields ?? Object.keys(fields)) {
      const field = fields[name];
      if (!field) throw new Error(`disclosure for unknown field ${disclosure.type}.${name}`);
      const resolve = field.resolve ?? defaultFieldResolver;
      const logged = `${disclosure.type}.${name}`;
      field.resolve = async (parent, args, context: { personalData: PersonalDataAccess }, info) => {
        const records = disclosure.recordsOf(parent);
        const { personalData } = context;
        await Promise.all(records.map((record) => personalData.authorize(record)));
        const value = await resolve(parent, args, context, info);
        // logged once it is in the answer (PersonalDataAccess.confirmServed), like a personal type's own fields
        if (value !== null && value !== undefined) for (const record of records) personalData.served(record, logged, info, disclosure.relayed);
        return value;
      };
    }
  }
}
