// Argument values no resolver should ever see, refused before any resolver runs.
import { defaultFieldResolver, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { badInput } from '../../platform/errors';

/** List arguments longer than this are refused (`_entities` excepted); a document within the token limit stays below it. */
export const MAX_LIST_ARGUMENT = 10_000;

/** What is wrong with an argument value, and where: NUL in text, an empty ID, or a list that is too long. */
function argumentFault(value: unknown, type: GraphQLInputType, path: string, depth = 0): [string, string] | null {
  if (value === null || value === undefined || depth > 20) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return argumentFault(value, inner.ofType, path, depth + 1);
    if (value.length > MAX_LIST_ARGUMENT) return [path, `${path} has ${value.length} items; at most ${MAX_LIST_ARGUMENT}`];
    for (let i = 0; i < value.length; i++) {
      const found = argumentFault(value[i], inner.ofType, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const found = fields[key] ? argumentFault(fieldValue, fields[key].type, `${path}.${key}`, depth + 1) : null;
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  if (value.includes('\u0000')) return [path, `${path} must not contain NUL characters`];
  if (value === '' && inner.name === 'ID') return [path, `${path} must not be empty`];
  return null;
}

/**
 * Refuses, as BAD_USER_INPUT naming the argument: text holding a NUL character (PostgreSQL cannot store or
 * compare it), an empty ID (an empty filter would otherwise quietly mean "no filter"), and a list of more
 * than MAX_LIST_ARGUMENT items (each would become a statement parameter; PostgreSQL takes at most 65535).
 * Without this check the first and last would surface as database errors.
 */
export function guardArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || field.name === '_entities') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) {
          const fault = argumentFault(values[arg.name], arg.type, arg.name);
          if (fault) throw badInput(fault[1], fault[0]);
        }
        return resolve(source, values, context, info);
      };
    }
  }
}
