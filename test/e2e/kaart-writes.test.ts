// Partners write their kaart items through the graph (a care service, a venue, a cooperative's activity and ongoing
// service, a vacancy) with contact details, opening hours and capacity; the sociale kaart shows them, the HSDS
// export carries them as phones, addresses, schedules and capacity attributes and validates against the
// official schemas; a referral shows the capacity of the service it names.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { graphql, USER_ERRORS, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { hsdsId } from '../../subgraphs/gemeente/social-map/hsds';

let hub: TestHub;
const CARE: TestCaller = { org: 'org-zg-03', roles: ['professional'], purpose: 'REFERRAL' };
const OTHER_CARE: TestCaller = { org: 'org-zg-04', roles: ['professional'], purpose: 'REFERRAL' };
const COOPERATIVE: TestCaller = { org: 'org-bw-03', roles: ['cooperative-coordinator'], purpose: 'SERVICE_DELIVERY' };
const WELFARE: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'MATCHING' };
const OTHER_WELFARE: TestCaller = { org: 'org-wz-05', roles: ['matcher'], purpose: 'MATCHING' };
const HUB_ADMIN: TestCaller = { org: 'org-gm-01', roles: ['hub-admin'], purpose: 'SERVICE_DELIVERY' };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const ask = (caller: TestCaller | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

async function write(caller: TestCaller, mutation: string, field: string, record: string, variables: Record<string, unknown>): Promise<any> {
  const response = await ask(caller, mutation, variables);
  expect(response.errors).toBeUndefined();
  expect(response.data[field].userErrors).toEqual([]);
  return response.data[field][record];
}

const CONTACT_FIELDS = 'contact { phones { number extension kind description languages } email website address { street addition postalCode city province country } openingHours { days opensAt closesAt validFrom validTo description } }';
const CAPACITY_FIELDS = 'capacity { acceptsNew waitingDays updatedAt }';

const CONTACT = {
  phones: [
    { number: '033-469 50 00', extension: 12, description: 'spreekuur', languages: ['nl', 'tr'] },
    { number: '+31 6 1234 5678', kind: 'TEXT' },
  ],
  email: 'wijkteam@schothorst.nl',
  website: 'https://www.wijkteam-schothorst.nl/spreekuur',
  address: { street: 'Hooglandseweg-Noord 1', addition: 'ingang achterzijde', postalCode: '3813bv', city: 'Amersfoort', province: 'Utrecht' },
  openingHours: [
    { days: ['TU', 'MO'], opensAt: '09:00', closesAt: '12:30' },
    { days: ['TH'], opensAt: '13:30', closesAt: '16:00', validFrom: '2026-01-01', validTo: '2026-12-31', description: 'alleen op afspraak' },
  ],
};

const CREATE_SERVICE = `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id name ${CONTACT_FIELDS} ${CAPACITY_FIELDS} } ${USER_ERRORS} } }`;
const UPDATE_SERVICE = `mutation ($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { service { id ${CAPACITY_FIELDS} } ${USER_ERRORS} } }`;
const CREATE_VENUE = `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { venue { id address location { latitude longitude } ${CONTACT_FIELDS} accessibility { description details url } } ${USER_ERRORS} } }`;
const CREATE_COOP_SERVICE = `mutation ($input: CreateCooperativeServiceInput!) { createCooperativeService(input: $input) { cooperativeService { id name kind venue { id } ${CONTACT_FIELDS} ${CAPACITY_FIELDS} } ${USER_ERRORS} } }`;
const CREATE_VACANCY = `mutation ($input: CreateVolunteerVacancyInput!) { createVolunteerVacancy(input: $input) { volunteerVacancy { id title ${CONTACT_FIELDS} ${CAPACITY_FIELDS} } ${USER_ERRORS} } }`;
const RESPOND = `mutation ($input: RespondToVacancyInput!) { respondToVacancy(input: $input) { response { id name phone vacancy { id } recordedBy { id } } ${USER_ERRORS} } }`;
const refresh = () => ask(HUB_ADMIN, `mutation { refreshSocialMap { feeds { partner lastError } ${USER_ERRORS} } }`);

let serviceId: string;
let venueId: string;
let cooperativeServiceId: string;
let vacancyId: string;
let activityId: string;

describe('writing kaart items', () => {
  test('a care organisation offers a service with contact details, opening hours and capacity', async () => {
    const service = await write(CARE, CREATE_SERVICE, 'createService', 'service', {
      input: { clientMutationId: 'spreekuur-schothorst', name: 'Spreekuur Schuldhulp Schothorst', description: 'Inloop voor geldzorgen.', themes: ['MONEY'], area: 'WK030703', contact: CONTACT, capacity: { acceptsNew: true, waitingDays: 14 } },
    });
    serviceId = service.id;
    expect(service.contact).toEqual({
      phones: [
        { number: '033-469 50 00', extension: 12, kind: 'VOICE', description: 'spreekuur', languages: ['nl', 'tr'] },
        { number: '+31 6 1234 5678', extension: null, kind: 'TEXT', description: null, languages: [] },
      ],
      email: 'wijkteam@schothorst.nl',
      website: 'https://www.wijkteam-schothorst.nl/spreekuur',
      address: { street: 'Hooglandseweg-Noord 1', addition: 'ingang achterzijde', postalCode: '3813 BV', city: 'Amersfoort', province: 'Utrecht', country: 'NL' },
      openingHours: [
        { days: ['MO', 'TU'], opensAt: '09:00', closesAt: '12:30', validFrom: null, validTo: null, description: null },
        { days: ['TH'], opensAt: '13:30', closesAt: '16:00', validFrom: '2026-01-01', validTo: '2026-12-31', description: 'alleen op afspraak' },
      ],
    });
    expect(service.capacity).toMatchObject({ acceptsNew: true, waitingDays: 14 });
    // only the organisation offering it changes it; another sees a public service, so FORBIDDEN
    const other = await ask(OTHER_CARE, UPDATE_SERVICE, { id: serviceId, input: { capacity: { acceptsNew: false } } });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['contact.phones.0.number', { contact: { phones: [{ number: '12345' }] } }],
    ['contact.email', { contact: { email: 'wijkteam@' } }],
    ['contact.website', { contact: { website: 'javascript:alert(1)' } }],
    ['contact.address.postalCode', { contact: { address: { street: 'Plein 1', postalCode: '0123 AB', city: 'Amersfoort' } } }],
    ['contact.openingHours.0.closesAt', { contact: { openingHours: [{ days: ['MO'], opensAt: '12:00', closesAt: '09:00' }] } }],
    ['contact.openingHours.0.opensAt', { contact: { openingHours: [{ days: ['MO'], opensAt: '9 uur', closesAt: '12:00' }] } }],
    ['contact.openingHours.0.days', { contact: { openingHours: [{ days: [], opensAt: '09:00', closesAt: '12:00' }] } }],
    ['capacity.waitingDays', { capacity: { acceptsNew: true, waitingDays: -3 } }],
  ])('bad %s is refused with the field at fault, nothing written', async (field, overrides) => {
    const [{ n: before }] = await hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM service');
    const response = await ask(CARE, CREATE_SERVICE, { input: { clientMutationId: `bad-${field}`, name: 'Fout', area: 'WK030703', ...overrides } });
    expect(response.data.createService).toEqual({ service: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', ...field.split('.')] })] });
    const [{ n: after }] = await hub.subgraphs.zorg.db.query('SELECT count(*)::int AS n FROM service');
    expect(after).toBe(before);
  });

  test('a cooperative adds its buurtkamer as a venue, with address, phones, opening hours and accessibility', async () => {
    const venue = await write(COOPERATIVE, CREATE_VENUE, 'createVenue', 'venue', {
      input: {
        clientMutationId: 'buurtkamer-de-hoek',
        name: 'Buurtkamer De Hoek',
        kind: 'NEIGHBOURHOOD_ROOM',
        organisationId: 'org-bw-03',
        area: 'BU03070301',
        address: { street: 'Hoekstraat 4', postalCode: '3813 AA', city: 'Amersfoort' },
        selfManaged: true,
        contact: { phones: [{ number: '033 765 4321' }], openingHours: [{ days: ['WE', 'FR'], opensAt: '10:00', closesAt: '16:00' }] },
        accessibility: [{ description: 'rolstoeltoegankelijk', details: 'drempelvrije ingang aan de zijkant' }, { description: 'ringleiding', url: 'https://dehoek.nl/toegankelijk' }],
      },
    });
    venueId = venue.id;
    expect(venue.address).toBe('Hoekstraat 4, 3813 AA Amersfoort');
    expect(venue.location).toEqual({ latitude: 52.1788, longitude: 5.4031 }); // the buurt's centre, none given
    expect(venue.contact.address).toEqual({ street: 'Hoekstraat 4', addition: null, postalCode: '3813 AA', city: 'Amersfoort', province: null, country: 'NL' });
    expect(venue.accessibility).toHaveLength(2);
    // a cooperative adds only the venues it runs
    const foreign = await ask(COOPERATIVE, CREATE_VENUE, { input: { clientMutationId: 'x', name: 'X', kind: 'INFO_POINT', organisationId: 'org-bw-01', area: 'BU03070301', address: { street: 'X 1', postalCode: '3813 AA', city: 'Amersfoort' } } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test("a venue is changed by the organisation running it or the gemeente's hub administrator, by no one else", async () => {
    const UPDATE_VENUE = `mutation ($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, input: $input) { venue { id selfManaged ${CONTACT_FIELDS} } ${USER_ERRORS} } }`;
    const contact = { phones: [{ number: '033 765 4321' }], email: 'buurtkamer@dehoek.nl', openingHours: [{ days: ['WE', 'FR'], opensAt: '10:00', closesAt: '16:00' }] };
    const changed = await write(COOPERATIVE, UPDATE_VENUE, 'updateVenue', 'venue', { id: venueId, input: { contact } });
    expect(changed.contact).toMatchObject({ email: 'buurtkamer@dehoek.nl', address: { street: 'Hoekstraat 4', postalCode: '3813 AA' } }); // its own address stays
    expect((await write(HUB_ADMIN, UPDATE_VENUE, 'updateVenue', 'venue', { id: venueId, input: { selfManaged: false } })).selfManaged).toBe(false);
    await write(COOPERATIVE, UPDATE_VENUE, 'updateVenue', 'venue', { id: venueId, input: { selfManaged: true } });
    // another cooperative, and the gemeente's own system (not its hub administrator): FORBIDDEN, nothing changes
    for (const caller of [{ ...COOPERATIVE, org: 'org-bw-01' }, { org: 'org-gm-01', roles: ['partner-system'], purpose: 'COORDINATION' }] as TestCaller[]) {
      const refused = await ask(caller, UPDATE_VENUE, { id: venueId, input: { contact: { email: 'overgenomen@example.nl' } } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await ask(COOPERATIVE, UPDATE_VENUE, { id: venueId, input: { name: 'Nieuwe naam', address: { street: 'Hoekstraat 4', postalCode: '3813', city: 'Amersfoort' } } });
    expect(bad.data.updateVenue).toEqual({ venue: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'address', 'postalCode'] })] });
    const [row] = await hub.subgraphs.gemeente.db.query('SELECT name, self_managed, contact FROM venue WHERE id = $1', [venueId]);
    expect(row).toMatchObject({ name: 'Buurtkamer De Hoek', self_managed: true, contact: expect.objectContaining({ email: 'buurtkamer@dehoek.nl' }) });
  });

  test('a cooperative puts its klussendienst on the kaart, working from its buurtkamer', async () => {
    const service = await write(COOPERATIVE, CREATE_COOP_SERVICE, 'createCooperativeService', 'cooperativeService', {
      input: {
        clientMutationId: 'klussendienst',
        name: 'Klussendienst Schothorst',
        description: 'Vrijwilligers helpen met kleine klussen in en om het huis.',
        kind: 'ODD_JOBS',
        categories: ['ODD_JOBS'],
        themes: ['HOUSING'],
        targetGroups: ['OLDER_65'],
        area: 'WK030703',
        venueId,
        contact: { phones: [{ number: '06 1111 2222', kind: 'CELL', description: 'bellen op werkdagen 9–11' }], openingHours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '11:00', description: 'telefonisch spreekuur' }] },
        capacity: { acceptsNew: true, waitingDays: 7 },
      },
    });
    cooperativeServiceId = service.id;
    expect(service).toMatchObject({ kind: 'ODD_JOBS', venue: { id: venueId }, capacity: { acceptsNew: true, waitingDays: 7 } });
  });

  test('a cooperative publishes an activity with a phone number and hours to call; bad contact details are refused', async () => {
    const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id ${CONTACT_FIELDS} } ${USER_ERRORS} } }`;
    const UPDATE_ACTIVITY = `mutation ($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { activity { id ${CONTACT_FIELDS} } ${USER_ERRORS} } }`;
    const input = {
      clientMutationId: 'eettafel-de-hoek',
      title: 'Eettafel De Hoek',
      description: 'Samen eten met buren, aanmelden kan telefonisch.',
      kind: 'SHARED_MEAL',
      themes: ['FOOD'],
      area: 'BU03070301',
      startsAt: '2026-11-04T11:30:00Z',
      endsAt: '2026-11-04T13:30:00Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
      contact: { phones: [{ number: '033 765 4321', description: 'aanmelden' }], email: 'eettafel@dehoek.nl', openingHours: [{ days: ['MO', 'TU'], opensAt: '10:00', closesAt: '12:00', description: 'aanmelden tot dinsdag 12:00' }] },
    };
    const activity = await write(COOPERATIVE, CREATE_ACTIVITY, 'createActivity', 'activity', { input });
    activityId = activity.id;
    expect(activity.contact).toMatchObject({ phones: [{ number: '033 765 4321', kind: 'VOICE', description: 'aanmelden' }], email: 'eettafel@dehoek.nl', openingHours: [{ days: ['MO', 'TU'], opensAt: '10:00', closesAt: '12:00' }] });
    await write(COOPERATIVE, `mutation ($id: ID!) { publishActivity(id: $id) { activity { id } ${USER_ERRORS} } }`, 'publishActivity', 'activity', { id: activityId });

    const badCreate = await ask(COOPERATIVE, CREATE_ACTIVITY, { input: { ...input, clientMutationId: 'eettafel-fout', contact: { email: 'eettafel@' } } });
    expect(badCreate.data.createActivity).toEqual({ activity: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'contact', 'email'] })] });
    const badUpdate = await ask(COOPERATIVE, UPDATE_ACTIVITY, { id: activityId, input: { contact: { phones: [{ number: '12345' }] } } });
    expect(badUpdate.data.updateActivity).toEqual({ activity: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'contact', 'phones', '0', 'number'] })] });
    const [row] = await hub.subgraphs.bewoners.db.query('SELECT contact FROM activity WHERE id = $1', [activityId]);
    expect(row.contact.phones).toEqual([expect.objectContaining({ number: '033 765 4321' })]); // the refused update wrote nothing
  });

  test('only the cooperative running a service changes it; a bad change is refused with its field', async () => {
    const UPDATE = `mutation ($id: ID!, $input: UpdateCooperativeServiceInput!) { updateCooperativeService(id: $id, input: $input) { cooperativeService { id description ${CAPACITY_FIELDS} } ${USER_ERRORS} } }`;
    const changed = await write(COOPERATIVE, UPDATE, 'updateCooperativeService', 'cooperativeService', { id: cooperativeServiceId, input: { description: 'Kleine klussen in en om het huis, ook tuinwerk.', capacity: { acceptsNew: true, waitingDays: 7 } } });
    expect(changed).toMatchObject({ description: 'Kleine klussen in en om het huis, ook tuinwerk.', capacity: { acceptsNew: true, waitingDays: 7 } });
    const foreign = await ask({ ...COOPERATIVE, org: 'org-bw-01' }, UPDATE, { id: cooperativeServiceId, input: { capacity: { acceptsNew: false } } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await ask(COOPERATIVE, UPDATE, { id: cooperativeServiceId, input: { description: 'Nooit geschreven', contact: { website: 'ftp://klus.nl' } } });
    expect(bad.data.updateCooperativeService).toEqual({ cooperativeService: null, userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'contact', 'website'] })] });
    const [row] = await hub.subgraphs.bewoners.db.query('SELECT description, capacity FROM cooperative_service WHERE id = $1', [cooperativeServiceId]);
    expect(row).toMatchObject({ description: 'Kleine klussen in en om het huis, ook tuinwerk.', capacity: expect.objectContaining({ acceptsNew: true }) });
  });

  test('a welfare organisation opens a vacancy; people respond until it takes no one or closes', async () => {
    const vacancy = await write(WELFARE, CREATE_VACANCY, 'createVolunteerVacancy', 'volunteerVacancy', {
      input: { clientMutationId: 'vacature-maatje', title: 'Maatje voor een oudere buurtbewoner', categories: ['BUDDY'], area: 'WK030703', hoursPerWeek: 2, contact: { email: 'vrijwilligers@welzijn-eemland.nl' }, capacity: { acceptsNew: true, waitingDays: 21 } },
    });
    vacancyId = vacancy.id;
    // a newcomer through another organisation's web form, registered first under its own reference (as for an intake)
    const ilse = await write(OTHER_WELFARE, `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${USER_ERRORS} } }`, 'registerPerson', 'person', { input: { reference: 'web-ilse', homeArea: 'BU03070301' } });
    const response = await write(OTHER_WELFARE, RESPOND, 'respondToVacancy', 'response', { input: { clientMutationId: 'reactie-1', vacancyId, name: 'Ilse', phone: '06 2222 3333', personId: ilse.id, message: 'Ik heb woensdagmiddag tijd.' } });
    expect(response).toMatchObject({ name: 'Ilse', phone: '06 2222 3333', vacancy: { id: vacancyId }, recordedBy: { id: 'org-wz-05' } });
    // the vacancy's organisation sees it; an organisation that is neither does not
    const RESPONSES = `query ($id: ID!) { volunteerVacancy(id: $id) { responses(first: 10) { edges { node { name } } } } }`;
    expect((await ask(WELFARE, RESPONSES, { id: vacancyId })).data.volunteerVacancy.responses.edges).toEqual([{ node: { name: 'Ilse' } }]);
    expect((await ask({ org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' }, RESPONSES, { id: vacancyId })).data.volunteerVacancy.responses.edges).toEqual([]);
    const noWay = await ask(OTHER_WELFARE, RESPOND, { input: { clientMutationId: 'reactie-2', vacancyId, name: 'Piet' } });
    expect(noWay.data.respondToVacancy.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'phone'] })]);
    // full for now: responses are refused
    await write(WELFARE, `mutation ($id: ID!) { updateVolunteerVacancy(id: $id, input: { capacity: { acceptsNew: false } }) { volunteerVacancy { id } ${USER_ERRORS} } }`, 'updateVolunteerVacancy', 'volunteerVacancy', { id: vacancyId });
    const full = await ask(OTHER_WELFARE, RESPOND, { input: { clientMutationId: 'reactie-3', vacancyId, name: 'Piet', email: 'piet@example.nl' } });
    expect(full.data.respondToVacancy.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'vacancyId'] })]);
    await write(WELFARE, `mutation ($id: ID!) { updateVolunteerVacancy(id: $id, input: { capacity: { acceptsNew: true, waitingDays: 21 } }) { volunteerVacancy { id } ${USER_ERRORS} } }`, 'updateVolunteerVacancy', 'volunteerVacancy', { id: vacancyId });
  });

  test('a referral names the service it refers to and shows its capacity', async () => {
    const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { referral { id service { id capacity { acceptsNew waitingDays } } } ${USER_ERRORS} } }`;
    const input = { clientMutationId: 'verwijzing-met-dienst', kind: 'REFERRAL', direction: 'TO_PROFESSIONAL', reason: 'DEBTS', personId: 'person-012', toOrganisationId: 'org-zg-03', serviceId };
    const matcher: TestCaller = { org: 'org-wz-01', roles: ['matcher'], purpose: 'REFERRAL' };
    const referral = await write(matcher, CREATE_REFERRAL, 'createReferral', 'referral', { input });
    expect(referral.service).toEqual({ id: serviceId, capacity: { acceptsNew: true, waitingDays: 14 } });
    // the capacity shown is the current one
    await write(CARE, UPDATE_SERVICE, 'updateService', 'service', { id: serviceId, input: { capacity: { acceptsNew: false } } });
    const read = await ask(matcher, `query ($id: ID!) { referral(id: $id) { service { capacity { acceptsNew waitingDays } } } }`, { id: referral.id });
    expect(read.data.referral.service.capacity).toEqual({ acceptsNew: false, waitingDays: null });
    await write(CARE, UPDATE_SERVICE, 'updateService', 'service', { id: serviceId, input: { capacity: { acceptsNew: true, waitingDays: 14 } } });
    // a service of another organisation than the one referred to is refused
    const wrong = await ask(matcher, CREATE_REFERRAL, { input: { ...input, clientMutationId: 'verwijzing-fout', toOrganisationId: 'org-zg-04' } });
    expect(wrong.data.createReferral.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'serviceId'] })]);
    // the services list filters on capacity
    const open = await ask(undefined, `{ services(acceptsNew: true, first: 100) { edges { node { id capacity { acceptsNew } } } } }`);
    expect(open.data.services.edges.every((e: any) => e.node.capacity.acceptsNew)).toBe(true);
    expect(open.data.services.edges.map((e: any) => e.node.id)).toContain(serviceId);
  });
});

describe('on the kaart and in the HSDS export', () => {
  beforeAll(async () => {
    const pulled = await refresh();
    expect(pulled.data.refreshSocialMap.feeds.every((feed: any) => feed.lastError === null)).toBe(true);
  });

  test('the kaart shows contact details and capacity of every kind of item', async () => {
    const SEARCH = `query ($filter: SocialMapFilter) { socialMap(filter: $filter, first: 50) { edges { node { kind id title ${CONTACT_FIELDS} ${CAPACITY_FIELDS} item { __typename ... on CooperativeService { id name } } } } } }`;
    const hits = (await ask(undefined, SEARCH, { filter: { area: 'WK030703' } })).data.socialMap.edges.map((e: any) => e.node);
    const byId = new Map(hits.map((hit: any) => [hit.id, hit]));
    expect(byId.get(serviceId)).toMatchObject({ kind: 'SERVICE', contact: { email: 'wijkteam@schothorst.nl' }, capacity: { acceptsNew: true, waitingDays: 14 } });
    expect(byId.get(venueId)).toMatchObject({ kind: 'VENUE', contact: { phones: [{ number: '033 765 4321' }], address: { postalCode: '3813 AA' } }, capacity: null });
    expect(byId.get(cooperativeServiceId)).toMatchObject({ kind: 'COOPERATIVE_SERVICE', item: { __typename: 'CooperativeService', name: 'Klussendienst Schothorst' }, capacity: { waitingDays: 7 } });
    expect(byId.get(activityId)).toMatchObject({ kind: 'ACTIVITY', contact: { phones: [{ number: '033 765 4321', description: 'aanmelden' }], email: 'eettafel@dehoek.nl', openingHours: [{ days: ['MO', 'TU'], opensAt: '10:00' }] }, capacity: null });
    expect(byId.get(vacancyId)).toMatchObject({ kind: 'VOLUNTEER_VACANCY', contact: { email: 'vrijwilligers@welzijn-eemland.nl' }, capacity: { acceptsNew: true, waitingDays: 21 } });
  });

  test('the HSDS export carries them as phones, addresses, schedules and capacity, and validates with the new fields filled in', async () => {
    const schemaDir = path.join(__dirname, '..', 'fixtures', 'hsds-3.0', 'schema');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')), file);
    const base = hub.gateway.url.replace(/\/graphql$/, '');
    const all = async (collection: string) => ((await (await fetch(`${base}/hsds/${collection}?per_page=200`)).json()) as { contents: any[] }).contents;
    const validate = (schema: string, items: unknown[]) => {
      const check = ajv.getSchema(schema)!;
      for (const item of items) if (!check(item)) throw new Error(`${schema}: ${ajv.errorsText(check.errors)}`);
    };

    const services = await all('services');
    validate('service.json', services);
    const service = services.find((s) => s.id === hsdsId(`SERVICE:${serviceId}`));
    expect(service).toMatchObject({ email: 'wijkteam@schothorst.nl', url: 'https://www.wijkteam-schothorst.nl/spreekuur', wait_time: 'ca. 14 dagen' });
    expect(service.phones).toEqual([
      expect.objectContaining({ number: '033-469 50 00', extension: 12, type: 'voice', description: 'spreekuur', languages: [expect.objectContaining({ code: 'nl' }), expect.objectContaining({ code: 'tr' })] }),
      expect.objectContaining({ number: '+31 6 1234 5678', type: 'text' }),
    ]);
    // hours valid always carry today's Amsterdam offset (read here with Intl, not the hub's helper); hours from 1 January winter time
    const zone = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')!.value;
    const today = zone.replace('GMT', '');
    expect(service.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU', opens_at: `09:00${today}`, closes_at: `12:30${today}`, timezone: Number(today.slice(0, 3)) }),
      expect.objectContaining({ freq: 'WEEKLY', byday: 'TH', opens_at: '13:30+01:00', closes_at: '16:00+01:00', timezone: 1, valid_from: '2026-01-01', valid_to: '2026-12-31', description: 'alleen op afspraak' }),
    ]);
    const attribute = (code: string) => service.attributes.find((a: any) => a.taxonomy_term.code === code)?.value;
    expect([attribute('accepts_new_clients'), attribute('waiting_days')]).toEqual(['true', '14']);

    const atLocations = await all('service_at_locations');
    validate('service_at_location.json', atLocations);
    const klussendienst = atLocations.find((s) => s.service_id === hsdsId(`COOPERATIVE_SERVICE:${cooperativeServiceId}`));
    expect(klussendienst.location).toMatchObject({
      name: 'Buurtkamer De Hoek',
      addresses: [expect.objectContaining({ address_1: 'Hoekstraat 4', postal_code: '3813 AA', city: 'Amersfoort', country: 'NL', address_type: 'physical' })],
      phones: [expect.objectContaining({ number: '033 765 4321', type: 'voice' })],
      schedules: [expect.objectContaining({ byday: 'WE,FR', opens_at: `10:00${today}`, closes_at: `16:00${today}` })],
      accessibility: [expect.objectContaining({ description: 'rolstoeltoegankelijk', details: 'drempelvrije ingang aan de zijkant' }), expect.objectContaining({ description: 'ringleiding', url: 'https://dehoek.nl/toegankelijk' })],
    });
    expect(klussendienst.service).toMatchObject({ wait_time: 'ca. 7 dagen', phones: [expect.objectContaining({ type: 'cell' })] });
    // an activity is an HSDS service too, with its phone, e-mail and hours to call
    const eettafel = services.find((s) => s.id === hsdsId(`ACTIVITY:${activityId}`));
    expect(eettafel).toMatchObject({ email: 'eettafel@dehoek.nl', phones: [expect.objectContaining({ number: '033 765 4321', type: 'voice', description: 'aanmelden' })] });
    expect(eettafel.schedules).toEqual(expect.arrayContaining([expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU', opens_at: `10:00${today}`, closes_at: `12:00${today}` })]));

    // an organisation onboarded with contact details: phones, e-mail, and its office as a location
    await write(HUB_ADMIN, `mutation ($input: OnboardOrganisationInput!) { onboardOrganisation(input: $input) { organisation { id } ${USER_ERRORS} } }`, 'onboardOrganisation', 'organisation', {
      input: { clientMutationId: 'onboard-zorgpunt', name: 'Zorgpunt Eemland', kind: 'CARE', kvkNumber: '12345678', areasServed: ['GM0307'], contact: { ...CONTACT, website: 'https://zorgpunt.nl' } },
    });
    const organizations = await all('organizations');
    validate('organization.json', organizations);
    const zorgpunt = organizations.find((o) => o.name === 'Zorgpunt Eemland');
    expect(zorgpunt).toMatchObject({ website: 'https://zorgpunt.nl', email: 'wijkteam@schothorst.nl', phones: [expect.objectContaining({ number: '033-469 50 00' }), expect.anything()] });
    expect(zorgpunt.locations[0]).toMatchObject({ addresses: [expect.objectContaining({ address_1: 'Hooglandseweg-Noord 1', address_2: 'ingang achterzijde', state_province: 'Utrecht' })], schedules: [expect.anything(), expect.anything()] });
  });

  test('withdrawing takes an item off the kaart; a withdrawn item cannot be changed', async () => {
    await write(CARE, `mutation ($id: ID!) { withdrawService(id: $id) { service { id withdrawnAt } ${USER_ERRORS} } }`, 'withdrawService', 'service', { id: serviceId });
    await write(COOPERATIVE, `mutation ($id: ID!) { withdrawCooperativeService(id: $id) { cooperativeService { id } ${USER_ERRORS} } }`, 'withdrawCooperativeService', 'cooperativeService', { id: cooperativeServiceId });
    // a vacancy closes with responses waiting: they are not matches, nothing of them stays open; they stay with their holders
    await write(WELFARE, `mutation ($id: ID!) { closeVolunteerVacancy(id: $id) { volunteerVacancy { id closedAt } ${USER_ERRORS} } }`, 'closeVolunteerVacancy', 'volunteerVacancy', { id: vacancyId });
    const [{ n: kept }] = await hub.subgraphs.welzijn.db.query('SELECT count(*)::int AS n FROM vacancy_response WHERE vacancy_id = $1', [vacancyId]);
    expect(kept).toBe(1);
    await refresh();
    const hits = (await ask(undefined, `{ socialMap(filter: { area: "WK030703" }, first: 100) { edges { node { id } } } }`)).data.socialMap.edges.map((e: any) => e.node.id);
    expect(hits).not.toContain(serviceId);
    expect(hits).not.toContain(cooperativeServiceId);
    expect(hits).not.toContain(vacancyId);
    const changed = await ask(CARE, UPDATE_SERVICE, { id: serviceId, input: { name: 'Terug' } });
    expect(changed.data.updateService.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    // another organisation cannot even see a withdrawn service: NOT_FOUND, as for an unknown id
    const probe = await ask(OTHER_CARE, UPDATE_SERVICE, { id: serviceId, input: { name: 'X' } });
    expect(probe.data.updateService.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    const respond = await ask(OTHER_WELFARE, RESPOND, { input: { clientMutationId: 'reactie-4', vacancyId, name: 'Piet', email: 'piet@example.nl' } });
    expect(respond.data.respondToVacancy.userErrors).toEqual([expect.objectContaining({ field: ['input', 'vacancyId'] })]);
  });
});
