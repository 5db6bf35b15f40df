// Consent checks: may organisation O read data about resident P for purpose X? The register is kept by the
// subgraph that owns Person; it answers from its own table, the others ask it over HTTP (consent-api.ts),
// batched per request.
import DataLoader from 'dataloader';
import type { Purpose } from '../../../platform/caller';

export interface ConsentQuestion {
  personId: string;
  organisationId: string;
  purpose: Purpose;
}

/** Answers many questions at once, in order. */
export type ConsentLookup = (questions: readonly ConsentQuestion[]) => Promise<boolean[]>;

export function consentLoader(lookup: ConsentLookup): DataLoader<ConsentQuestion, boolean, string> {
  return new DataLoader((questions) => lookup(questions), {
    cacheKeyFn: (q) => `${q.personId}|${q.organisationId}|${q.purpose}`,
  });
}
