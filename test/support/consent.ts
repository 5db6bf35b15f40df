// A resident's consent, recorded straight in gemeente's register for a test's setup (the consent API itself
// is tested in test/e2e/access.test.ts). One place to follow the register's table: the holder of the records
// it opens records it (with a written form as evidence), naming the recipient.
import type { RunningSubgraph } from '../../subgraphs/kit/subgraph';

export async function recordConsent(
  gemeente: RunningSubgraph,
  consent: { personId: string; holderOrganisationId: string; recipientOrganisationId: string; purpose: 'MATCHING' | 'REFERRAL' | 'COORDINATION' },
): Promise<string> {
  const [{ id }] = await gemeente.db.query(
    `INSERT INTO consent (id, person_id, holder_organisation_id, recipient_organisation_id, purpose, method, reference, granted_at, valid_until,
       recorded_by, recorded_by_organisation_id, recorded_as)
     VALUES ('consent-test-' || gen_random_uuid(), $1, $2, $3, $4, 'WRITTEN', 'test-setup', now() - interval '1 minute', now() + interval '1 day',
       'test-setup', $2, 'HOLDER') RETURNING id`,
    [consent.personId, consent.holderOrganisationId, consent.recipientOrganisationId, consent.purpose],
  );
  return id;
}
