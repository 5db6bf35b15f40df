// Consent checks: may organisation O read data about resident P for purpose X? The register is gemeente's
// (with Person); gemeente answers from its own table, the other subgraphs ask it over HTTP (consent-api.ts),
// batched per request.
import DataLoader from 'dataloader';
import type { Purpose } from './caller';

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

/**
 * The SQL that answers consent questions on gemeente's `consent` table: granted, not revoked, not expired.
 * A lateral lookup per question keeps PostgreSQL on the consent_lookup index however many questions come
 * in one batch (an EXISTS subquery turns into a hash join over the whole table beyond about a hundred).
 */
export const CONSENT_SQL = `
  SELECT q.i, c.id IS NOT NULL AS granted
  FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(person_id, organisation_id, purpose, i)
  LEFT JOIN LATERAL (
    SELECT c.id FROM consent c
    WHERE c.person_id = q.person_id AND c.organisation_id = q.organisation_id AND c.purpose = q.purpose
      AND c.revoked_at IS NULL AND c.granted_at <= now() AND c.valid_until > now()
    LIMIT 1
  ) c ON true
  ORDER BY q.i`;
