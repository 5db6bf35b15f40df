// A state machine is a map from each state to the states it may move to; anything else is refused with
// INVALID_TRANSITION, naming what is allowed.
import { GraphQLError } from 'graphql';

export type StateMachine<S extends string> = Record<S, readonly S[]>;

/** `field`: the argument the user error names (the mutation's `to`, or e.g. `id` when the step is implied). */
export function assertTransition<S extends string>(machine: StateMachine<S>, what: string, from: S, to: S, field = 'to'): void {
  if (!machine[from].includes(to)) {
    const allowed = machine[from].length ? machine[from].join(', ') : 'nothing (it is final)';
    throw new GraphQLError(`A ${what} in state ${from} cannot move to ${to}; it can move to ${allowed}`, {
      extensions: { code: 'INVALID_TRANSITION', field, from, to },
    });
  }
}
