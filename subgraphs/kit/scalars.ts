// The shared scalars of schema/shared.graphql. Both are strict: no lenient rollover of 30 February.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw invalid(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalid(`Date ${value} does not exist`);
  }
  return value;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw invalid(`DateTime must be an ISO 8601 date and time with a zone, got ${JSON.stringify(value)}`);
  }
  parseDate(value.slice(0, 10));
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`DateTime ${JSON.stringify(value)} is not a real moment`);
  return date;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Output only: the value as it is. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: () => {
    throw invalid('JSON is an output type here');
  },
});

export const scalarResolvers = { DateTime, Date: DateScalar, JSON: JSONScalar };
