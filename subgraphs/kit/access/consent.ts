// Consent checks: did a holder of a resident's record let the asking organisation read it for this purpose?
// A consent names the holder (the organisation whose records it opens), the recipient and the purpose, so
// every question names them too. The register is kept by the subgraph that owns Person; it answers from its
// own table, the others ask it over HTTP (consent-api.ts), batched per request.
import DataLoader from 'dataloader';
import type { Caller, Purpose } from '../../../platform/caller';

export interface ConsentQuestion {
  /** The resident the record is about. */
  personId: string;
  /** The organisations holding the record: a consent recorded by (or naming) any one of them opens it. */
  holderOrganisationIds: string[];
  /** The organisation asking to read it (the caller's). */
  recipientOrganisationId: string;
  purpose: Purpose;
}

/** Answers many questions at once, in order, on behalf of one caller (the register logs who asked). */
export type ConsentLookup = (questions: readonly ConsentQuestion[], caller: Caller) => Promise<boolean[]>;

export const questionKey = (q: ConsentQuestion): string =>
  `${q.personId}|${[...q.holderOrganisationIds].sort().join(',')}|${q.recipientOrganisationId}|${q.purpose}`;

export function consentLoader(lookup: ConsentLookup, caller: Caller): DataLoader<ConsentQuestion, boolean, string> {
  return new DataLoader((questions) => lookup(questions, caller), { cacheKeyFn: questionKey });
}
