// Enforces the Federation access directives written in a subgraph's SDL. Apollo Gateway passes them on but
// does not check them, so every subgraph checks them itself, here, from the schema:
//   @authenticated                     the caller must be signed in
//   @requiresScopes(scopes: [[a, b], [c]])  the caller must hold a and b, or c (scopes are roles)
// A directive on a type applies to all of its fields.
import { defaultFieldResolver, isObjectType, Kind, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import type { Caller } from '../../../platform/caller';
import { forbidden, unauthenticated } from './errors';

interface Rule {
  authenticated: boolean;
  /** Alternatives, each a set of scopes that must all be held; empty means no scope check. */
  scopes: string[][];
}

function ruleOf(directives: readonly ConstDirectiveNode[] | undefined): Rule | null {
  let authenticated = false;
  const scopes: string[][] = [];
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') authenticated = true;
    if (directive.name.value === 'requiresScopes') {
      authenticated = true;
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      if (argument?.value.kind !== Kind.LIST) continue;
      for (const group of argument.value.values) {
        if (group.kind === Kind.LIST) scopes.push(group.values.map((v) => (v.kind === Kind.STRING ? v.value : '')));
      }
    }
  }
  return authenticated ? { authenticated, scopes } : null;
}

function combine(a: Rule | null, b: Rule | null): Rule | null {
  if (!a || !b) return a ?? b;
  return { authenticated: a.authenticated || b.authenticated, scopes: [...a.scopes, ...b.scopes] };
}

export function checkRule(rule: Rule, caller: Caller, what: string): void {
  if (rule.authenticated && caller.subject === null) throw unauthenticated();
  if (rule.scopes.length && !rule.scopes.some((group) => group.every((scope) => caller.roles.includes(scope as never)))) {
    throw forbidden(`${what} needs one of the roles ${rule.scopes.map((g) => g.join('+')).join(', ')}`);
  }
}

export function enforceAccessDirectives(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    const typeRule = [type.astNode, ...type.extensionASTNodes].reduce<Rule | null>(
      (rule, node) => combine(rule, ruleOf(node?.directives)),
      null,
    );
    for (const field of Object.values(type.getFields())) {
      const fieldRule = ruleOf(field.astNode?.directives);
      // When both a type and its field carry scopes, the field's own rule decides (it is the narrower).
      const rule = fieldRule && typeRule ? { authenticated: true, scopes: fieldRule.scopes.length ? fieldRule.scopes : typeRule.scopes } : (fieldRule ?? typeRule);
      if (!rule) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const what = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: { caller: Caller }, info) => {
        checkRule(rule, context.caller, what);
        return resolve(source, args, context, info);
      };
    }
  }
}
