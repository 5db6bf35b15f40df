// The consent register asked over HTTP (kit/access/consent-api.ts) by a subgraph that does not keep it: a
// register that takes the question and never answers is unavailable after the timeout (fail closed), not a
// request that waits as long as the connection stays open (fetch has no timeout of its own).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpConsentLookup } from '../../subgraphs/kit/access/consent-api';
import type { Caller } from '../../platform/caller';

test('a register that never answers: the questions are denied with CONSENT_REGISTER_UNAVAILABLE after the timeout, and the reason is told', async () => {
  const hanging = http.createServer((req) => req.resume()); // reads the question, answers nothing
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  try {
    const reasons: string[] = [];
    const lookup = httpConsentLookup(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/internal/consent-check`, 'secret', 'welzijn', (reason) => reasons.push(reason), 300);
    const caller = { subject: 'matcher@org-wz-01', organisationId: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' } as Caller;
    const question = { personId: 'person-1', holderOrganisationIds: ['org-bw-01'], recipientOrganisationId: 'org-wz-01', purpose: 'MATCHING' as const };
    await expect(lookup([question], caller)).rejects.toMatchObject({ extensions: { code: 'CONSENT_REGISTER_UNAVAILABLE' } });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/time|abort/i);
  } finally {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  }
});
