// zorg's importHsdsServices through the gateway, into a hub whose zorg starts empty: bad files give row-level
// errors (JSON paths) and write nothing; a dry run reports and writes nothing; an import creates, the same
// document again changes nothing, a changed row updates; only the organisation itself imports its services.
// The round trip: every care organisation's services exported from a seeded hub's /hsds/services, imported
// into the empty zorg, indexed by gemeente and exported again are the same JSON (last_modified aside: it is
// when gemeente indexed the item, so a new hub's is later), and the export validates against HSDS 3.0.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { hsdsId, hsdsOrganisationId, hsdsTermId } from '../../subgraphs/kit/social-map/hsds-id';

const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'] };
const system = (org: string): TestCaller => ({ org, roles: ['partner-system'] });
const CARE = system('org-zg-01');

const IMPORT = `mutation ($input: ImportHsdsServicesInput!) { importHsdsServices(input: $input) {
  clientMutationId report { dryRun written created updated unchanged rejected rows { index hsdsId action serviceId errors { field message } } } ${USER_ERRORS} } }`;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const schemaDir = path.join(__dirname, '..', 'fixtures', 'hsds-3.0', 'schema');
for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')), file);

let hub: TestHub;
/** Each care organisation's services as the seeded hub exported them. */
const exported = new Map<string, any[]>();

async function servicesOf(base: string, organisationId: string): Promise<any[]> {
  const response = await fetch(`${base}/hsds/services?organization_id=${hsdsOrganisationId(organisationId)}&full=true&per_page=200`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { contents: any[] }).contents;
}
const baseOf = (h: TestHub) => h.gateway.url.replace(/\/graphql$/, '');
const refresh = async (h: TestHub) => {
  const response = await graphql(h.gateway.url, `mutation { refreshSocialMap { feeds { partner lastError } ${USER_ERRORS} } }`, {}, gatewayHeaders(HUB_ADMIN));
  expect(response.data.refreshSocialMap.feeds.every((feed: any) => feed.lastError === null)).toBe(true);
};
const importAs = (caller: TestCaller, document: unknown, options: { dryRun?: boolean; raw?: boolean } = {}): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, IMPORT, { input: { clientMutationId: 'import-1', document: options.raw ? document : JSON.stringify(document), dryRun: options.dryRun } }, gatewayHeaders(caller));
const zorgServices = async () => (await hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM service'))[0].n;
const withoutLastModified = (services: any[]) => services.map(({ last_modified: _modified, ...service }) => service);

beforeAll(async () => {
  const seeded = await startTestHub();
  try {
    await refresh(seeded);
    const organisations: { organisation_id: string }[] = await seeded.subgraphs.gemeente.db.query(
      "SELECT DISTINCT organisation_id FROM social_map_item WHERE kind = 'SERVICE' ORDER BY 1",
    );
    for (const { organisation_id: id } of organisations) exported.set(id, await servicesOf(baseOf(seeded), id));
  } finally {
    await seeded.close();
  }
  expect(exported.size).toBeGreaterThan(1);
  expect(exported.get(CARE.org)!.length).toBeGreaterThan(1);
  hub = await startTestHub({ seed: { zorg: false } });
}, 300_000); // two hubs, one after the other
afterAll(() => hub?.close());

/** A service of org-zg-01 written by hand, as another sociale-kaart tool might: summer-time hours, an address, capacity. */
function handWritten(id: string) {
  return {
    id,
    organization_id: hsdsOrganisationId(CARE.org),
    name: 'Inloop mantelzorg',
    description: 'Koffie en advies voor mantelzorgers.',
    status: 'active',
    email: 'inloop@zorg.nl',
    url: 'https://zorg.nl/inloop',
    fees_description: 'Kosten: € 2',
    phones: [{ id: hsdsId('p'), number: '033 123 4567', type: 'cell', languages: [{ code: 'nl' }] }],
    schedules: [{ id: hsdsId('s'), freq: 'WEEKLY', byday: 'WE,MO', opens_at: '13:00+02:00', closes_at: '15:30+02:00', timezone: 2, valid_from: '2026-04-01', valid_to: '2026-09-30' }],
    service_areas: [{ id: hsdsId('a'), extent_type: 'cbs', extent: 'WK030703' }],
    attributes: [
      { id: hsdsId('t1'), taxonomy_term_id: hsdsTermId('thema', 'FOOD'), value: 'FOOD' },
      { id: hsdsId('t2'), taxonomy_term_id: hsdsTermId('capacity', 'accepts_new_clients'), value: 'false' },
    ],
    service_at_locations: [{ location: { addresses: [{ address_1: 'Hoekstraat 4', postal_code: '3813aa', city: 'Amersfoort', country: 'NL', address_type: 'physical' }] } }],
  };
}

describe('bad files: clear errors, nothing written', () => {
  test('not JSON, not an array, too many services: the document is refused', async () => {
    for (const [document, message] of [
      ['[{"id": ', /not JSON/],
      ['{"id": "x"}', /must be a JSON array/],
      [JSON.stringify(Array.from({ length: 501 }, () => ({}))), /at most 500/],
    ] as const) {
      const response = await importAs(CARE, document, { raw: true });
      expect(response.errors).toBeUndefined();
      expect(response.data.importHsdsServices).toEqual({
        clientMutationId: 'import-1',
        report: null,
        userErrors: [{ field: ['input', 'document'], code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }],
      });
    }
    expect(await zorgServices()).toBe(0);
  });

  test('row-level errors: missing name, bad schedule time, unknown taxonomy term, a duplicate id; no row is written', async () => {
    const [good, other] = exported.get(CARE.org)!;
    const rows = [
      good,
      { ...other, name: undefined },
      { ...other, id: hsdsId('bad time'), schedules: [{ ...other.schedules[0], opens_at: '9 uur' }, { ...other.schedules[0], opens_at: '10:00Z' }] },
      { ...other, id: hsdsId('bad term'), attributes: [{ ...other.attributes[0], taxonomy_term_id: hsdsId('no such term') }] },
      { ...good, name: 'Dezelfde dienst nog eens' },
      'not a service',
    ];
    for (const dryRun of [false, true]) {
      const response = await importAs(CARE, rows, { dryRun });
      expect(response.errors).toBeUndefined();
      const { report, userErrors } = response.data.importHsdsServices;
      expect(userErrors).toEqual([{ field: ['input', 'document'], code: 'BAD_USER_INPUT', message: '5 of 6 services rejected (see report.rows); nothing was written' }]);
      expect(report).toMatchObject({ dryRun, written: false, created: 1, updated: 0, unchanged: 0, rejected: 5 });
      expect(report.rows.map((row: any) => [row.action, row.serviceId, row.errors.map((e: any) => e.field)])).toEqual([
        ['CREATED', null, []],
        ['REJECTED', null, ['$[1].name']],
        ['REJECTED', null, ['$[2].schedules[0].opens_at', '$[2].schedules[1].opens_at']],
        ['REJECTED', null, ['$[3].attributes[0].taxonomy_term_id']],
        ['REJECTED', null, ['$[4].id']],
        ['REJECTED', null, ['$[5]']],
      ]);
      const messages = report.rows.flatMap((row: any) => row.errors.map((e: any) => e.message));
      expect(messages).toEqual([
        '$[1].name must not be empty',
        '$[2].schedules[0].opens_at must be a time HH:MM, with its offset as in 09:00+01:00',
        '$[2].schedules[1].opens_at must be Europe/Amsterdam local time, offset +01:00 (winter) or +02:00 (summer), not Z',
        expect.stringMatching(/^\$\[3\]\.attributes\[0\]\.taxonomy_term_id: unknown taxonomy term/),
        `$[4].id ${good.id} is the id of row 0 too: each service once`,
        '$[5] must be an HSDS service object',
      ]);
    }
    expect(await zorgServices()).toBe(0);
  });

  test('only the organisation itself imports its services, with the role partner-system or hub-admin', async () => {
    const document = exported.get(CARE.org)!;
    const other = await importAs(system('org-zg-02'), document);
    expect(other.data.importHsdsServices.report.rows.every((row: any) => row.action === 'REJECTED' && row.errors[0].field.endsWith('.organization_id'))).toBe(true);
    const professional = await importAs({ org: CARE.org, roles: ['professional'] }, document);
    expect(professional.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await zorgServices()).toBe(0);
  });
});

describe('an import, again, changed, and the round trip', () => {
  const own = () => exported.get(CARE.org)!;

  test('a dry run reports what would be created and writes nothing', async () => {
    const response = await importAs(CARE, own(), { dryRun: true });
    expect(response.data.importHsdsServices.userErrors).toEqual([]);
    expect(response.data.importHsdsServices.report).toMatchObject({ dryRun: true, written: false, created: own().length, rejected: 0 });
    expect(response.data.importHsdsServices.report.rows.every((row: any) => row.action === 'CREATED' && row.serviceId === null)).toBe(true);
    expect(await zorgServices()).toBe(0);
  });

  test('every care organisation imports its export; the same document again changes nothing', async () => {
    for (const [organisation, document] of exported) {
      const response = await importAs(system(organisation), document);
      expect(response.data.importHsdsServices.userErrors).toEqual([]);
      expect(response.data.importHsdsServices.report).toMatchObject({ written: true, created: document.length, updated: 0, unchanged: 0, rejected: 0 });
      expect(response.data.importHsdsServices.report.rows.map((row: any) => row.hsdsId)).toEqual(document.map((service) => service.id));
    }
    const total = [...exported.values()].reduce((n, services) => n + services.length, 0);
    expect(await zorgServices()).toBe(total);
    const [before] = await hub.subgraphs.zorg.db.query('SELECT max(updated_at) AS at, count(DISTINCT hsds_id)::int AS ids FROM service');
    expect(before.ids).toBe(total);
    const again = await importAs(CARE, own());
    expect(again.data.importHsdsServices.report).toMatchObject({ written: true, created: 0, updated: 0, unchanged: own().length, rejected: 0 });
    const [after] = await hub.subgraphs.zorg.db.query('SELECT max(updated_at) AS at FROM service');
    expect(after.at).toEqual(before.at);
    expect(await zorgServices()).toBe(total);
  });

  test('the round trip: exported again after indexing, the same JSON, valid HSDS 3.0', async () => {
    await refresh(hub);
    const validate = ajv.getSchema('service.json')!;
    for (const [organisation, first] of exported) {
      const second = await servicesOf(baseOf(hub), organisation);
      // both lists are in the export's order (kind, item key); the keys differ between the hubs, so by id
      const byId = (services: any[]) => withoutLastModified(services).sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(second)).toEqual(byId(first));
      for (const service of second) if (!validate(service)) throw new Error(`service.json: ${ajv.errorsText(validate.errors)}`);
    }
    const [one] = own();
    const item = await (await fetch(`${baseOf(hub)}/hsds/services/${one.id}`)).json();
    expect(withoutLastModified([item])).toEqual(withoutLastModified([one]));
  });

  test('a changed row updates, a new one is created, the rest stay unchanged; the export shows it', async () => {
    const [first, ...rest] = own();
    const changed = { ...first, name: `${first.name} (nieuw)`, schedules: first.schedules.slice(1) };
    const added = handWritten(hsdsId('hand-written'));
    const response = await importAs(CARE, [changed, ...rest, added]);
    expect(response.data.importHsdsServices.userErrors).toEqual([]);
    expect(response.data.importHsdsServices.report).toMatchObject({ written: true, created: 1, updated: 1, unchanged: rest.length, rejected: 0 });
    const [stored] = await hub.subgraphs.zorg.db.query('SELECT * FROM service WHERE hsds_id = $1', [added.id]);
    expect(stored).toMatchObject({ name: 'Inloop mantelzorg', free: false, themes: ['FOOD'], area_code: 'WK030703', capacity: expect.objectContaining({ acceptsNew: false, waitingDays: null }) });
    expect(stored.contact).toEqual({
      phones: [{ number: '033 123 4567', extension: null, kind: 'CELL', description: null, languages: ['nl'] }],
      email: 'inloop@zorg.nl',
      website: 'https://zorg.nl/inloop',
      address: { street: 'Hoekstraat 4', addition: null, postalCode: '3813 AA', city: 'Amersfoort', province: null, country: 'NL' },
      openingHours: [{ days: ['MO', 'WE'], opensAt: '13:00', closesAt: '15:30', validFrom: '2026-04-01', validTo: '2026-09-30', description: null }],
    });
    await refresh(hub);
    const services = await servicesOf(baseOf(hub), CARE.org);
    expect(services.find((s) => s.id === first.id)).toMatchObject({ name: changed.name, schedules: changed.schedules });
    const imported = services.find((s) => s.id === added.id);
    expect(imported).toMatchObject({ wait_time: 'Neemt nu geen nieuwe cliënten aan', fees_description: 'Kosten: vraag de organisatie' });
    expect(imported.schedules[0]).toMatchObject({ byday: 'MO,WE', opens_at: '13:00+02:00', closes_at: '15:30+02:00', timezone: 2 });
    const validate = ajv.getSchema('service.json')!;
    for (const service of services) if (!validate(service)) throw new Error(`service.json: ${ajv.errorsText(validate.errors)}`);
  });
});
