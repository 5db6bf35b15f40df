// A volunteer centre imports its vrijwilligers from CSV (welzijn): a dry run reports and writes nothing; the
// import registers every row; the same file again changes nothing; a file with one bad row is refused with
// that row's line and column, and nothing of it is written; an unreadable file is a clear error.
import { USER_ERRORS } from '../support/graphql';
import type { TestCaller } from '../support/callers';
import { startTestSubgraph, type TestSubgraph } from '../support/hub';

let welzijn: TestSubgraph;
const CENTRE: TestCaller = { org: 'org-wz-02', roles: ['matcher'], purpose: 'MATCHING' };
const IMPORT = `mutation ($input: ImportVolunteersInput!) {
  importVolunteers(input: $input) { import { dryRun created unchanged refused rows { line reference outcome volunteerId } } ${USER_ERRORS} }
}`;

beforeAll(async () => {
  welzijn = await startTestSubgraph('welzijn');
});
afterAll(() => welzijn?.close());

const run = async (csv: string, dryRun = false) => {
  const response = await welzijn.query(IMPORT, { input: { csv, dryRun } }, CENTRE);
  expect(response.errors).toBeUndefined();
  return response.data.importVolunteers;
};
const count = async () => (await welzijn.subgraph.db.query("SELECT count(*)::int AS n FROM volunteer WHERE client_mutation_id LIKE 'csv:%'"))[0].n;
const logLines = async () => (await welzijn.subgraph.db.query("SELECT count(*)::int AS n FROM processing_log WHERE entity = 'Volunteer' AND fields LIKE 'write:%'"))[0].n;

// Dutch spreadsheets write semicolons; a quoted field may hold one
const FILE = [
  'reference;homeArea;categories;limits;vogIssuedOn;insured;maxDistanceKm;languages;availability;loadCap;competences',
  'VC-001;BU03070301;SHOPPING|COMPANY;NO_PERSONAL_CARE;2025-05-01;ja;2,5;nl|en;TUE_MORNING|THU_AFTERNOON;2;"rijbewijs; eigen auto"',
  'VC-002;BU03070302;PETS;;;nee;;;MON_EVENING;1;',
  'VC-003;BU03070102;DIGITAL_HELP;;;;;;;;',
].join('\r\n');

test('a dry run reports every row and writes nothing; the import registers them; the same file again changes nothing', async () => {
  const before = { volunteers: await count(), log: await logLines() };
  const dry = await run(FILE, true);
  expect(dry.userErrors).toEqual([]);
  expect(dry.import).toEqual({
    dryRun: true, created: 3, unchanged: 0, refused: 0,
    rows: [2, 3, 4].map((line, i) => ({ line, reference: `VC-00${i + 1}`, outcome: 'CREATED', volunteerId: null })),
  });
  expect({ volunteers: await count(), log: await logLines() }).toEqual(before);

  const done = await run(FILE);
  expect(done.userErrors).toEqual([]);
  expect(done.import).toMatchObject({ dryRun: false, created: 3, unchanged: 0, refused: 0 });
  expect(await count()).toBe(before.volunteers + 3);
  expect(await logLines()).toBe(before.log + 3); // personal-data writes logged, one line per volunteer
  const [first] = await welzijn.subgraph.db.query("SELECT home_area_code, categories, limits, insured, max_distance_km, languages, availability, competences FROM volunteer WHERE client_mutation_id = 'csv:VC-001'");
  expect(first).toMatchObject({ home_area_code: 'BU03070301', categories: ['SHOPPING', 'COMPANY'], limits: ['NO_PERSONAL_CARE'], insured: true, max_distance_km: 2.5, languages: ['nl', 'en'], availability: ['TUE_MORNING', 'THU_AFTERNOON'], competences: ['rijbewijs; eigen auto'] });

  const again = await run(FILE);
  expect(again.import).toMatchObject({ created: 0, unchanged: 3, refused: 0 });
  expect(again.import.rows.map((r: any) => r.volunteerId)).toEqual(done.import.rows.map((r: any) => r.volunteerId));
  expect(await count()).toBe(before.volunteers + 3);
});

test('one bad row refuses the whole file with its line and column; nothing of it is written', async () => {
  const before = { volunteers: await count(), log: await logLines() };
  const file = [
    'reference,homeArea,categories,vogIssuedOn,maxDistanceKm',
    'VC-101,BU03070301,SHOPPING,,',
    'VC-102,BU03070301,SWIMMING,,',
    'VC-103,GM0307,SHOPPING,,',
    'VC-104,BU03070301,PETS,2025-02-30,',
    'VC-105,BU03070301,PETS,,ver',
    'VC-101,BU03070301,PETS,,',
    'VC-001,BU03070301,PETS,,', // imported before with other data
  ].join('\n');
  const refused = await run(file);
  expect(refused.import).toMatchObject({ dryRun: true, created: 1, refused: 6 });
  expect(refused.import.rows.map((r: any) => r.outcome)).toEqual(['CREATED', 'REFUSED', 'REFUSED', 'REFUSED', 'REFUSED', 'REFUSED', 'REFUSED']);
  expect(refused.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
    ['BAD_USER_INPUT', 'input.csv.3.categories'],
    ['BAD_USER_INPUT', 'input.csv.4.homeArea'],
    ['BAD_USER_INPUT', 'input.csv.5.vogIssuedOn'],
    ['BAD_USER_INPUT', 'input.csv.6.maxDistanceKm'],
    ['BAD_USER_INPUT', 'input.csv.7.reference'],
    ['CONFLICT', expect.stringMatching(/^input\.csv\.8/)],
  ]);
  for (const error of refused.userErrors) expect(error.message).toMatch(/^line \d+: /);
  expect({ volunteers: await count(), log: await logLines() }).toEqual(before);
});

test.each([
  ['an unknown column', 'reference,homeArea,categories,colour\nX,BU03070301,PETS,rood', /unknown column colour/],
  ['a missing required column', 'reference,categories\nX,PETS', /lacks homeArea/],
  ['a broken quote', 'reference,homeArea,categories\n"X,BU03070301,PETS', /not a readable CSV/],
  ['a row with too many fields', 'reference,homeArea,categories\nX,BU03070301,PETS,extra', /not a readable CSV/],
  ['no rows', 'reference,homeArea,categories\n', /no rows/],
])('a file with %s is refused as a whole, clearly, writing nothing', async (_name, csv, message) => {
  const before = await count();
  const answer = await run(csv);
  expect(answer.import).toBeNull();
  expect(answer.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'csv'], message: expect.stringMatching(message) })]);
  expect(await count()).toBe(before);
});
