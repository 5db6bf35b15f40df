// A resident's consent, recorded straight in gemeente's register for a test's setup (the consent API itself
// is tested in test/e2e/access.test.ts). One place to follow the register's table.
import type { RunningSubgraph } from '../../subgraphs/kit/subgraph';

export async function recordConsent(
  gemeente: RunningSubgraph,
  consent: { personId: string; organisationId: string; purpose: 'MATCHING' | 'REFERRAL' | 'COORDINATION' },
): Promise<string> {
  const [{ id }] = await gemeente.db.query(
    `INSERT INTO consent (id, person_id, organisation_id, purpose, valid_until, recorded_by)
     VALUES ('consent-test-' || gen_random_uuid(), $1, $2, $3, now() + interval '1 day', 'test-setup') RETURNING id`,
    [consent.personId, consent.organisationId, consent.purpose],
  );
  return id;
}
