// Does the organisation a token names exist? The partner registry is gemeente's `Organisation`; the gateway
// asks it through its own graph (`organisation(id)`, a public field, as an anonymous caller) and remembers
// the answer: that an organisation exists for 5 minutes, that it does not for 30 seconds. Concurrent
// questions about one organisation share one request.
//
// Fail closed: when the registry cannot be asked (gemeente down, an error in the answer) and nothing fresh
// is remembered, the request is refused (503 REGISTRY_UNAVAILABLE) rather than trusted. That costs little:
// without gemeente no consent can be checked either, so personal data is unavailable anyway.

/** The registry could not be asked. */
export class RegistryUnavailable extends Error {}

const EXISTS_MS = 5 * 60_000;
const MISSING_MS = 30_000;
/** Bound on what is remembered (only organisations named in validly signed tokens ever get here). */
const MAX_ENTRIES = 10_000;

/** `ask` answers whether the registry knows `id`, or throws when it cannot tell. */
export function organisationRegistry(ask: (id: string) => Promise<boolean>, now: () => number = Date.now): (id: string) => Promise<boolean> {
  const known = new Map<string, { exists: boolean; until: number }>();
  const pending = new Map<string, Promise<boolean>>();
  return async (id) => {
    const entry = known.get(id);
    if (entry && entry.until > now()) return entry.exists;
    let answer = pending.get(id);
    if (!answer) {
      answer = ask(id)
        .then((exists) => {
          known.delete(id);
          if (known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
          known.set(id, { exists, until: now() + (exists ? EXISTS_MS : MISSING_MS) });
          return exists;
        })
        .catch((error) => {
          throw error instanceof RegistryUnavailable ? error : new RegistryUnavailable(String((error as Error)?.message ?? error));
        })
        .finally(() => pending.delete(id));
      pending.set(id, answer);
    }
    return answer;
  };
}

/** The registry question, as a GraphQL operation on the gateway's own graph. */
export const ORGANISATION_EXISTS = 'query OrganisationExists($id: ID!) { organisation(id: $id) { id } }';
