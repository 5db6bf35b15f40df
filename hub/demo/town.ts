// The demo town that every partner's seed refers to: Amersfoort (CBS GM0307) with four wijken and their
// buurten, the partner organisations, venues and pseudonymous residents. The partners agree on these keys
// the way real partners agree on CBS codes and KvK numbers; each subgraph stores only its own records.
// Codes follow the CBS format; names and figures are illustrative.
import { pad } from './random';

export interface DemoArea {
  code: string;
  name: string;
  population: number;
  share65: number;
  share75: number;
  latitude: number;
  longitude: number;
}

export const MUNICIPALITY: DemoArea = {
  code: 'GM0307', name: 'Amersfoort', population: 160_000, share65: 0.17, share75: 0.08, latitude: 52.1561, longitude: 5.3878,
};

export const DISTRICTS: DemoArea[] = [
  { code: 'WK030701', name: 'Binnenstad', population: 12_400, share65: 0.15, share75: 0.07, latitude: 52.1563, longitude: 5.3872 },
  { code: 'WK030702', name: 'Soesterkwartier', population: 9_800, share65: 0.14, share75: 0.06, latitude: 52.1599, longitude: 5.3712 },
  { code: 'WK030703', name: 'Schothorst', population: 15_600, share65: 0.21, share75: 0.1, latitude: 52.1741, longitude: 5.4052 },
  { code: 'WK030704', name: 'Kattenbroek', population: 13_100, share65: 0.19, share75: 0.09, latitude: 52.1752, longitude: 5.4262 },
];

export const NEIGHBOURHOODS: DemoArea[] = [
  { code: 'BU03070101', name: 'Kern', population: 5_300, share65: 0.16, share75: 0.08, latitude: 52.1557, longitude: 5.3861 },
  { code: 'BU03070102', name: 'Kamp', population: 7_100, share65: 0.14, share75: 0.06, latitude: 52.1581, longitude: 5.3923 },
  { code: 'BU03070201', name: 'Soesterkwartier-Noord', population: 4_700, share65: 0.13, share75: 0.05, latitude: 52.1631, longitude: 5.3701 },
  { code: 'BU03070202', name: 'Soesterkwartier-Zuid', population: 5_100, share65: 0.15, share75: 0.07, latitude: 52.1571, longitude: 5.3724 },
  { code: 'BU03070301', name: 'Schothorst-Noord', population: 8_200, share65: 0.23, share75: 0.11, latitude: 52.1788, longitude: 5.4031 },
  { code: 'BU03070302', name: 'Schothorst-Zuid', population: 7_400, share65: 0.19, share75: 0.09, latitude: 52.1702, longitude: 5.4078 },
  { code: 'BU03070401', name: 'Kattenbroek-Noord', population: 6_900, share65: 0.2, share75: 0.1, latitude: 52.1789, longitude: 5.4251 },
  { code: 'BU03070402', name: 'Kattenbroek-Zuid', population: 6_200, share65: 0.18, share75: 0.08, latitude: 52.1716, longitude: 5.4281 },
];

export const ALL_AREAS: DemoArea[] = [MUNICIPALITY, ...DISTRICTS, ...NEIGHBOURHOODS];

export type DemoOrganisationKind = 'MUNICIPALITY' | 'WELFARE' | 'CARE' | 'COOPERATIVE';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: DemoOrganisationKind;
  /** Area codes the organisation works in. */
  areas: string[];
}

const WELFARE_NAMES = [
  'Welzijn Eemland', 'Vrijwilligerscentrale Amersfoort', 'Buurtzorg Welzijn Schothorst', 'Humanitas Amersfoort',
  'Stichting Maatjeswerk', 'Mantelzorgsteunpunt Eemland', 'Sociaal Raadslieden Amersfoort', 'Burenhulp Binnenstad',
  'Stichting Thuisadministratie', 'Welzijn Ouderen Kattenbroek', 'Taalhuis Amersfoort', 'Stichting Boodschappenmaatje',
];
const CARE_NAMES = [
  'Wijkteam Binnenstad', 'Wijkteam Soesterkwartier', 'Wijkteam Schothorst', 'Wijkteam Kattenbroek',
  'Wijkverpleging Eemland', 'Huisartsenpraktijk De Kamp', 'Huisartsenpraktijk Schothorst', 'GGZ Centraal Wijkteam',
  'Ouderenadvies Amersfoort', 'Thuiszorg Eemvallei', 'Schuldhulp Amersfoort', 'Casemanagement Dementie Eemland',
];
const COOPERATIVE_NAMES = [
  'Bewonerscoöperatie De Kamp', 'Zorgcoöperatie Schothorst', 'Het Klokhuis', 'Buurtkamer Soesterkwartier',
  'Bewonersinitiatief Kattenbroek Samen', 'Eettafel De Ontmoeting', 'Repair Café Amersfoort', 'Buurtmoestuin Zuid',
  'Coöperatie Oud Worden in de Wijk', 'Wandelclub Eemoevers', 'Koffiehuis De Linde', 'Burenkring Kern',
];

const inDistrict = (i: number): string => DISTRICTS[i % DISTRICTS.length].code;

export const ORGANISATIONS: DemoOrganisation[] = [
  { id: 'org-gm-01', name: 'Gemeente Amersfoort', kind: 'MUNICIPALITY', areas: [MUNICIPALITY.code] },
  ...WELFARE_NAMES.map((name, i) => ({
    id: `org-wz-${pad(i + 1)}`, name, kind: 'WELFARE' as const, areas: i < 2 ? [MUNICIPALITY.code] : [inDistrict(i)],
  })),
  ...CARE_NAMES.map((name, i) => ({
    id: `org-zg-${pad(i + 1)}`, name, kind: 'CARE' as const, areas: i < 4 ? [inDistrict(i)] : [MUNICIPALITY.code],
  })),
  ...COOPERATIVE_NAMES.map((name, i) => ({
    id: `org-bw-${pad(i + 1)}`, name, kind: 'COOPERATIVE' as const, areas: [NEIGHBOURHOODS[i % NEIGHBOURHOODS.length].code],
  })),
];

/** An organisation's (made-up) website. */
export const demoWebsite = (organisation: { name: string }) => `https://www.${organisation.name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '')}.nl`;

export const organisationsOfKind = (kind: DemoOrganisationKind): DemoOrganisation[] =>
  ORGANISATIONS.filter((organisation) => organisation.kind === kind);

export interface DemoVenue {
  id: string;
  name: string;
  kind: 'NEIGHBOURHOOD_ROOM' | 'VILLAGE_HALL' | 'COMMUNITY_CENTRE' | 'INFO_POINT';
  area: string;
  organisationId: string;
  selfManaged: boolean;
  address: string;
}

export const VENUES: DemoVenue[] = [
  { id: 'venue-01', name: 'Buurtkamer De Kamp', kind: 'NEIGHBOURHOOD_ROOM', area: 'BU03070102', organisationId: 'org-bw-01', selfManaged: true, address: 'Kamp 12' },
  { id: 'venue-02', name: 'Wijkcentrum Het Klokhuis', kind: 'COMMUNITY_CENTRE', area: 'BU03070301', organisationId: 'org-bw-03', selfManaged: true, address: 'Klokhuislaan 2' },
  { id: 'venue-03', name: 'Buurtkamer Soesterkwartier', kind: 'NEIGHBOURHOOD_ROOM', area: 'BU03070201', organisationId: 'org-bw-04', selfManaged: true, address: 'Soesterweg 88' },
  { id: 'venue-04', name: 'Infopunt Stadhuis', kind: 'INFO_POINT', area: 'BU03070101', organisationId: 'org-gm-01', selfManaged: false, address: 'Stadhuisplein 1' },
  { id: 'venue-05', name: 'Buurthuis Kattenbroek', kind: 'COMMUNITY_CENTRE', area: 'BU03070401', organisationId: 'org-wz-10', selfManaged: false, address: 'Kattenbroekerweg 40' },
  { id: 'venue-06', name: 'Buurtkamer De Linde', kind: 'NEIGHBOURHOOD_ROOM', area: 'BU03070302', organisationId: 'org-bw-11', selfManaged: true, address: 'Lindelaan 5' },
  { id: 'venue-07', name: 'Infopunt Welzijn Eemland', kind: 'INFO_POINT', area: 'BU03070202', organisationId: 'org-wz-01', selfManaged: false, address: 'Leusderweg 30' },
  { id: 'venue-08', name: 'Dorpshuis Hoogland', kind: 'VILLAGE_HALL', area: 'BU03070402', organisationId: 'org-bw-05', selfManaged: true, address: 'Hooglandseweg 3' },
];

/** Pseudonymous residents: only a key and a home buurt. */
export const PEOPLE = Array.from({ length: 80 }, (_, i) => ({
  id: `person-${pad(i + 1, 3)}`,
  area: NEIGHBOURHOODS[i % NEIGHBOURHOODS.length].code,
}));

/** A fixed "now" for demo timestamps, so seeds do not depend on the day they run. */
export const DEMO_NOW = new Date('2026-11-02T09:00:00Z');
