// The organisation check before a hand-over (kit/organisation-check.ts, welzijn/organisations.ts) over real
// HTTP: only a question signed with the asker's credential for this audience is answered; an unknown and a
// formal (care, municipal) organisation are refused as input; no answer means no hand-over (fail closed).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anonymous, newTrace, type Caller } from '../../platform/caller';
import { captureLogs, serviceLog } from '../../platform/log';
import { askSigned } from '../../subgraphs/kit/signed-question';
import { checkOrganisation, ORGANISATION_CHECK_PATH, organisationCheckRoute, type OrganisationCheck } from '../../subgraphs/kit/organisation-check';
import { organisationRegistry } from '../../subgraphs/welzijn/organisations';

const SECRET = 'welzijn-consent-api-secret-for-this-test';
const REGISTRY: Record<string, OrganisationCheck> = {
  'org-bw-01': { status: 'KNOWN', kind: 'COOPERATIVE' },
  'org-wz-01': { status: 'KNOWN', kind: 'WELFARE' },
  'org-zg-01': { status: 'KNOWN', kind: 'CARE' },
  'org-gm-01': { status: 'KNOWN', kind: 'MUNICIPALITY' },
};
const caller: Caller = { ...anonymous(newTrace()), organisationId: 'org-wz-02', subject: 'matcher-1', roles: ['matcher'], purpose: 'MATCHING' };
const log = serviceLog('organisation-check-test');
let server: Server;
let url: string;

beforeAll(async () => {
  const route = organisationCheckRoute(SECRET, async (id) => REGISTRY[id] ?? { status: 'UNKNOWN' }, log);
  server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${ORGANISATION_CHECK_PATH}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

test('the registry answers the kind, or UNKNOWN, to a question signed for it', async () => {
  expect(await checkOrganisation(url, SECRET, caller, 'org-bw-01')).toEqual({ status: 'KNOWN', kind: 'COOPERATIVE' });
  expect(await checkOrganisation(url, SECRET, caller, 'org-nope')).toEqual({ status: 'UNKNOWN' });
});

test('another secret, or a token for another question, is not answered', async () => {
  await expect(checkOrganisation(url, 'another-secret-of-the-same-length!!!!!', caller, 'org-bw-01')).rejects.toThrow('answered 401');
  await expect(askSigned(url, SECRET, { audience: 'help-offer-check', name: 'offer check' }, caller, 'org-bw-01')).rejects.toThrow('answered 401');
});

test('only a welfare organisation or a resident cooperative receives a hulpvraag; no answer, no hand-over', async () => {
  const registry = organisationRegistry({ gemeente: url.replace(ORGANISATION_CHECK_PATH, '/graphql') }, SECRET, log);
  await expect(registry.assertInformal('org-bw-01', caller, 'input.toOrganisationId')).resolves.toBeUndefined();
  await expect(registry.assertInformal('org-wz-01', caller, 'input.toOrganisationId')).resolves.toBeUndefined();
  for (const id of ['org-zg-01', 'org-gm-01', 'org-nope']) {
    await expect(registry.assertInformal(id, caller, 'input.toOrganisationId')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.toOrganisationId' } });
  }
  const logs = captureLogs((entry) => entry.msg === 'organisation check failed');
  try {
    const down = organisationRegistry({}, SECRET, log);
    await expect(down.assertInformal('org-bw-01', caller, 'input.toOrganisationId')).rejects.toMatchObject({ extensions: { code: 'ORGANISATION_CHECK_UNAVAILABLE' } });
    const wrongSecret = organisationRegistry({ gemeente: url.replace(ORGANISATION_CHECK_PATH, '/graphql') }, 'not-the-registry-secret-at-all!!!!!!!!', log);
    await expect(wrongSecret.assertInformal('org-bw-01', caller, 'input.toOrganisationId')).rejects.toMatchObject({ extensions: { code: 'ORGANISATION_CHECK_UNAVAILABLE' } });
    expect(logs.atLeast('warn')).toHaveLength(2);
  } finally {
    logs.restore();
  }
});
