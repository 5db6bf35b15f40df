// Issue 12, finding 3, as attacks through the gateway: a matcher of another organisation must not learn of
// a neighbour who gave no consent to MATCHING by it, must not learn where a consenting neighbour lives (only
// a distance band, no radius or load), and cannot propose a match with an offer that does not exist, is not
// theirs to propose or is switched off. Every candidate disclosure and offer check is a processing-log line.
import { graphql, type GraphQLResponse } from '../support/graphql';
import { gatewayHeaders, identityHeaders, type TestCaller } from '../support/callers';
import { startTestHub, type TestHub } from '../support/hub';
import { recordConsent } from '../support/consent';
import { distanceKm, type GeoPoint } from '../../subgraphs/kit/matching/scoring';
import { DISTANCE_BANDS } from '../../subgraphs/kit/matching/distance-band';

let hub: TestHub;
/** The attacker: a matcher of an organisation the consenting neighbour said yes to, and nothing more. */
const ATTACKER: TestCaller = { org: 'org-wz-03', roles: ['matcher'], purpose: 'MATCHING' };
const HOME: GeoPoint = { latitude: 52.16, longitude: 5.39 }; // on the 0.005° grid, as stored
const CONSENTING = { offer: 'help-offer-attack-yes', person: 'person-060' };
const SILENT = { offer: 'help-offer-attack-no', person: 'person-061' };

const ask = (query: string, variables?: Record<string, unknown>, caller: TestCaller = ATTACKER): Promise<GraphQLResponse> =>
  graphql(hub.gateway.url, query, variables, gatewayHeaders(caller));

async function addOffer(offer: string, person: string, options: { available?: boolean } = {}) {
  await hub.subgraphs.bewoners.db.query(
    `INSERT INTO help_offer (id, helper_id, organisation_id, categories, area_code, available, latitude, longitude, max_distance_km, availability, languages, limits)
     VALUES ($1, $2, 'org-bw-01', '{MOVING}', 'BU03070101', $3, $4, $5, 8, '{}', '{nl}', '{}')`,
    [offer, person, options.available ?? true, HOME.latitude, HOME.longitude],
  );
}

let requests = 0;
/** A hulpvraag of the attacker's organisation at a point of its choosing (as an intake would store it). */
async function requestAt(point: GeoPoint, category = 'MOVING'): Promise<string> {
  const id = `help-request-attack-${++requests}`;
  await hub.subgraphs.welzijn.db.query(
    `INSERT INTO help_request (id, category, intensity, status, channel, area_code, requester_id, intake_organisation_id, description, latitude, longitude, wished_times, languages)
     VALUES ($1, $2, 'LIGHT_ONE_OFF', 'OPEN', 'PHONE', 'BU03070101', 'person-070', $3, 'verhuisdozen dragen', $4, $5, '{}', '{nl}')`,
    [id, category, ATTACKER.org, point.latitude, point.longitude],
  );
  return id;
}

const CANDIDATES = `query Candidates($id: ID!) { helpRequest(id: $id) { candidates(first: 100) { pool helperId score reasons } } }`;
async function candidatesOf(requestId: string, caller: TestCaller = ATTACKER): Promise<any[]> {
  const response = await ask(CANDIDATES, { id: requestId }, caller);
  expect(response.errors).toBeUndefined();
  return response.data.helpRequest.candidates;
}

beforeAll(async () => {
  hub = await startTestHub();
  await addOffer(CONSENTING.offer, CONSENTING.person);
  await addOffer(SILENT.offer, SILENT.person);
  await recordConsent(hub.subgraphs.gemeente, { personId: CONSENTING.person, holderOrganisationId: 'org-bw-01', recipientOrganisationId: ATTACKER.org, purpose: 'MATCHING' });
});
afterAll(() => hub?.close());

const offset = (dLat: number, dLon: number): GeoPoint => ({ latitude: +(HOME.latitude + dLat).toFixed(3), longitude: +(HOME.longitude + dLon).toFixed(3) });

test('a neighbour who gave no MATCHING consent to the asking organisation is never a candidate, not even as a key', async () => {
  const request = await requestAt(offset(0.005, 0));
  const shown = (await candidatesOf(request)).map((c) => c.helperId);
  expect(shown).toContain(CONSENTING.offer);
  expect(shown).not.toContain(SILENT.offer);
  // bewoners itself, asked directly as the gateway would, leaves the offer out as well
  const direct = await graphql(
    hub.subgraphs.bewoners.url,
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on HelpRequest { neighbourCandidates { helperId } } } }',
    { r: [{ __typename: 'HelpRequest', id: request, category: 'MOVING', location: offset(0.005, 0), wishedTimes: [], languages: ['nl'] }] },
    identityHeaders('bewoners', ATTACKER),
  );
  expect(direct.errors).toBeUndefined();
  expect(direct.data._entities[0].neighbourCandidates.map((c: any) => c.helperId)).toEqual([CONSENTING.offer]);
  // consent opens it, for that organisation only
  await recordConsent(hub.subgraphs.gemeente, { personId: SILENT.person, holderOrganisationId: 'org-bw-01', recipientOrganisationId: 'org-wz-04', purpose: 'MATCHING' });
  expect((await candidatesOf(request)).map((c) => c.helperId)).not.toContain(SILENT.offer);
});

test('candidate reasons show a distance band, never a distance, a radius or a load', async () => {
  const bands = DISTANCE_BANDS.map((band) => `lives ${band.label} away`);
  const points = [offset(0, 0), offset(0.012, 0), offset(0.03, 0.01), offset(0.05, 0)];
  for (const point of points) {
    const candidates = await candidatesOf(await requestAt(point));
    for (const candidate of candidates) {
      const [distance, ...rest] = candidate.reasons;
      expect(bands.concat('location unknown, distance counted as neutral')).toContain(distance);
      for (const reason of rest) expect(reason).not.toMatch(/\d+(\.\d+)? ?km|within|matches in use|\bof \d+ match/);
    }
    const ours = candidates.find((c) => c.helperId === CONSENTING.offer);
    expect(ours.reasons[0]).toBe(`lives ${DISTANCE_BANDS.find((b) => distanceKm(point, HOME) < b.belowKm)!.label} away`);
  }
});

/**
 * The attack: three hulpvragen at chosen points, and the answers, solved for the neighbour's home over the
 * grid that locations are stored on. With exact distances ("lives 1.5 km away") one grid point fits, the
 * home itself; with bands the answers fit homes kilometres apart.
 */
test('trilateration: three hulpvragen at chosen points do not give the neighbour’s home away', async () => {
  const probes = [offset(0.01, 0.015), offset(-0.02, 0), offset(0.005, -0.035)];
  const observed: { point: GeoPoint; reason: string; score: number }[] = [];
  for (const point of probes) {
    const ours = (await candidatesOf(await requestAt(point))).find((c) => c.helperId === CONSENTING.offer);
    expect(ours).toBeDefined(); // within the neighbour's radius: the attacker sees them each time
    observed.push({ point, reason: ours.reasons[0], score: ours.score });
  }
  // what an answer says about a possible home: the exact distance when it gives one, else the band
  const fits = (home: GeoPoint, { point, reason }: { point: GeoPoint; reason: string }) => {
    const km = distanceKm(point, home);
    const exact = /lives ([\d.]+) km away/.exec(reason);
    if (exact) return String(Number(km.toFixed(1))) === exact[1];
    return reason === `lives ${DISTANCE_BANDS.find((b) => km < b.belowKm)!.label} away`;
  };
  const homes: GeoPoint[] = [];
  for (let i = -40; i <= 40; i++) {
    for (let j = -40; j <= 40; j++) {
      const home = offset(i * 0.005, j * 0.005);
      if (observed.every((o) => fits(home, o))) homes.push(home);
    }
  }
  expect(homes).toContainEqual(HOME); // the solver is sound: the real home fits
  const spread = Math.max(...homes.map((home) => distanceKm(home, HOME)));
  expect(spread).toBeGreaterThan(DISTANCE_BANDS[0].belowKm); // the home is not pinned down to within a band
  // and the score tells no more than the band: two points in the same band, different distances, one score
  const [near, nearer] = [offset(0.005, 0.005), offset(0, 0.005)]; // 0.65 km and 0.34 km
  expect(distanceKm(near, HOME)).not.toBeCloseTo(distanceKm(nearer, HOME), 1);
  const scoreAt = async (point: GeoPoint) => (await candidatesOf(await requestAt(point))).find((c) => c.helperId === CONSENTING.offer).score;
  expect(await scoreAt(near)).toBe(await scoreAt(nearer));
});

const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id pool } userErrors { field message code } } }`;
let proposals = 0;
const propose = (helpRequestId: string, helperId: string) =>
  ask(PROPOSE, { input: { clientMutationId: `attack-${++proposals}`, helpRequestId, pool: 'NEIGHBOUR', helperId, madeBy: 'MATCHER' } });
const matchCount = async () => (await hub.subgraphs.welzijn.db.query("SELECT count(*)::int AS n FROM match WHERE help_request_id LIKE 'help-request-attack-%'"))[0].n;

test('proposeMatch(NEIGHBOUR) checks through bewoners that the offer exists, may be proposed and is switched on', async () => {
  const before = await matchCount();
  const unknown = await propose(await requestAt(offset(0.005, 0)), 'help-offer-nobody');
  const withoutConsent = await propose(await requestAt(offset(0.005, 0)), SILENT.offer);
  const refusal = (response: GraphQLResponse) => response.data.proposeMatch.userErrors[0];
  for (const refused of [unknown, withoutConsent]) {
    expect(refused.data.proposeMatch.match).toBeNull();
    expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'helperId'] });
  }
  // refused alike: the answer does not tell an offer without consent from one that does not exist
  expect(refusal(withoutConsent).message.replace(SILENT.offer, '?')).toBe(refusal(unknown).message.replace('help-offer-nobody', '?'));

  await addOffer('help-offer-attack-off', 'person-062', { available: false });
  await recordConsent(hub.subgraphs.gemeente, { personId: 'person-062', holderOrganisationId: 'org-bw-01', recipientOrganisationId: ATTACKER.org, purpose: 'MATCHING' });
  const switchedOff = await propose(await requestAt(offset(0.005, 0)), 'help-offer-attack-off');
  expect(refusal(switchedOff)).toMatchObject({ code: 'CONFLICT', field: ['input', 'helperId'] });
  expect(await matchCount()).toBe(before); // nothing recorded

  const ok = await propose(await requestAt(offset(0.005, 0)), CONSENTING.offer);
  expect(ok.errors).toBeUndefined();
  expect(ok.data.proposeMatch).toMatchObject({ match: { pool: 'NEIGHBOUR' }, userErrors: [] });
  const checks = await hub.subgraphs.bewoners.db.query(
    "SELECT organisation_id, person_id, entity, entity_id, fields, purpose FROM processing_log WHERE action = 'check' AND entity_id = ANY($1) ORDER BY id",
    [[CONSENTING.offer, SILENT.offer, 'help-offer-attack-off']],
  );
  // the two disclosed answers are logged on the offer; the refused one disclosed nothing
  expect(checks).toEqual([
    { organisation_id: ATTACKER.org, person_id: 'person-062', entity: 'HelpOffer', entity_id: 'help-offer-attack-off', fields: 'available', purpose: 'MATCHING' },
    { organisation_id: ATTACKER.org, person_id: CONSENTING.person, entity: 'HelpOffer', entity_id: CONSENTING.offer, fields: 'available', purpose: 'MATCHING' },
  ]);
});

test('each neighbour candidate shown is a processing-log line on the offer, under the asking organisation', async () => {
  const request = await requestAt(offset(0.005, 0.005));
  const [{ last }] = await hub.subgraphs.bewoners.db.query('SELECT coalesce(max(id), 0)::int AS last FROM processing_log');
  const neighbours = (await candidatesOf(request)).filter((c) => c.pool === 'NEIGHBOUR');
  expect(neighbours.length).toBeGreaterThan(0);
  const lines = await hub.subgraphs.bewoners.db.query(
    "SELECT organisation_id, purpose, processing_activity_id, operation_name, entity, entity_id, person_id, fields FROM processing_log WHERE id > $1 AND action = 'read' ORDER BY entity_id",
    [last],
  );
  expect(lines.map((line: any) => line.entity_id)).toEqual(neighbours.map((c) => c.helperId).sort());
  // and each went to welzijn, which shows it in candidates (@requires): a disclosure line to welzijn as well
  const passed = await hub.subgraphs.bewoners.db.query("SELECT entity_id, recipient FROM processing_log WHERE id > $1 AND action = 'disclosure' ORDER BY entity_id", [last]);
  expect(passed).toEqual(neighbours.map((c) => ({ entity_id: c.helperId, recipient: 'welzijn' })).sort((a, b) => a.entity_id.localeCompare(b.entity_id)));
  expect(lines.find((line: any) => line.entity_id === CONSENTING.offer)).toEqual({
    organisation_id: ATTACKER.org,
    purpose: 'MATCHING',
    processing_activity_id: 'urn:samenspel:verwerkingsactiviteit:koppelen',
    operation_name: 'Candidates',
    entity: 'HelpOffer',
    entity_id: CONSENTING.offer,
    person_id: CONSENTING.person,
    fields: 'NeighbourCandidate.helperId,NeighbourCandidate.reasons,NeighbourCandidate.score',
  });
});
