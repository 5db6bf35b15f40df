// The ranking of a candidate pool builds no text: the reasons of a ranked helper are built when asked for
// (the candidate's reasons field), so a match view that shows scores only does not pay for reasons of every
// pair it ranks. The probe: a distance band's label is read only to write the distance reason. A pool with a
// readability rule (bewoners: consent) is asked about the helpers in rank order, only about those that could
// make a list, and gives the lists of ranking the readable ones alone.
import { candidatePoolLoader } from '../../subgraphs/kit/matching/candidate-pool';
import { DISTANCE_BANDS } from '../../subgraphs/kit/matching/distance-band';
import { scoreHelper, type GeoPoint, type HelperProfile, type RequestProfile } from '../../subgraphs/kit/matching/scoring';

const HOME: GeoPoint = { latitude: 52.0907, longitude: 5.1214 };
const DEGREES_PER_KM = 180 / (Math.PI * 6371);

const helpers: HelperProfile[] = Array.from({ length: 60 }, (_, i) => ({
  id: `h-${String(i).padStart(2, '0')}`,
  categories: ['SHOPPING'],
  location: { latitude: HOME.latitude + ((i % 9) * 0.5 * DEGREES_PER_KM), longitude: HOME.longitude },
  maxDistanceKm: 10,
  availability: [],
  languages: ['nl'],
  available: true,
  activeMatches: i % 2,
  loadCap: 3,
  hasVog: false,
  insured: true,
  limits: [],
  earlierRequesters: [],
}));
const requests = ['r-1', 'r-2', 'r-3'].map((id) => ({ id, category: 'SHOPPING' }));
const profileOf = (request: { id: string }): RequestProfile => ({
  category: 'SHOPPING', intensity: 'RECURRING', tasks: [], notDirectNeighbour: false, location: HOME, wishedTimes: [], languages: ['nl'], requesterId: request.id,
});

let labelReads = 0;
const labels = DISTANCE_BANDS.map((band) => band.label);
beforeAll(() => {
  DISTANCE_BANDS.forEach((band, i) => Object.defineProperty(band, 'label', { configurable: true, get: () => (labelReads++, labels[i]) }));
});
afterAll(() => {
  DISTANCE_BANDS.forEach((band, i) => Object.defineProperty(band, 'label', { configurable: true, writable: false, value: labels[i] }));
});

test('ranking builds no reasons; a ranked helper builds its own when asked, the same as scoreHelper', async () => {
  const loader = candidatePoolLoader({ helpers: async () => helpers, request: profileOf, perRequest: 5, shape: (ranked) => ranked });
  labelReads = 0;
  const ranked = await Promise.all(requests.map((request) => loader.load(request)));
  // 3 hulpvragen × 60 eligible helpers scored: the old pipeline wrote 180 distance reasons here
  expect(labelReads).toBe(0);
  expect(ranked.map((list) => list.length)).toEqual([5, 5, 5]);

  const first = ranked[0];
  expect(first.map(({ helper, score }) => ({ helperId: helper.id, score }))).toEqual(
    helpers.map((helper) => scoreHelper(profileOf(requests[0]), helper)).sort((a, b) => b.score - a.score || a.helperId.localeCompare(b.helperId)).slice(0, 5).map(({ helperId, score }) => ({ helperId, score })),
  );
  labelReads = 0;
  const reasons = first.map((candidate) => candidate.reasons());
  expect(labelReads).toBe(5);
  expect(reasons).toEqual(first.map(({ helper }) => scoreHelper(profileOf(requests[0]), helper).reasons));
});

describe('a pool whose helpers the caller may not all see (readable)', () => {
  const expected = (allowed: (helper: HelperProfile) => boolean, request: { id: string }, n: number) =>
    helpers.filter(allowed).map((helper) => scoreHelper(profileOf(request), helper)).sort((a, b) => b.score - a.score || a.helperId.localeCompare(b.helperId)).slice(0, n).map((c) => c.helperId);

  test('gives the lists of ranking the readable helpers alone, asking only about those that could make a list', async () => {
    const allowed = (helper: HelperProfile) => Number(helper.id.slice(2)) % 3 !== 0; // two in three readable
    const asked: string[][] = [];
    const loader = candidatePoolLoader({
      helpers: async () => helpers,
      readable: async (batch) => (asked.push(batch.map((h) => h.id)), batch.filter(allowed)),
      request: profileOf,
      perRequest: 5,
      shape: ({ helper }) => helper.id,
    });
    const lists = await Promise.all(requests.map((request) => loader.load(request)));
    expect(lists).toEqual(requests.map((request) => expected(allowed, request, 5)));
    // every helper asked about once, and far from all 60: the best 5 of each ranking, then the next ones
    const all = asked.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeLessThanOrEqual(20);
  });

  test('refills a list from further down when its best are not readable, and stops when the ranking runs out', async () => {
    const allowed = (helper: HelperProfile) => Number(helper.id.slice(2)) >= 50; // ten readable, far down the ranking
    let rounds = 0;
    const loader = candidatePoolLoader({
      helpers: async () => helpers,
      readable: async (batch) => (rounds++, batch.filter(allowed)),
      request: profileOf,
      perRequest: 5,
      shape: ({ helper }) => helper.id,
    });
    expect(await loader.load(requests[0]!)).toEqual(expected(allowed, requests[0]!, 5));
    expect(rounds).toBeLessThanOrEqual(5); // the rounds ask twice as many each time
    const none = candidatePoolLoader({ helpers: async () => helpers, readable: async () => [], request: profileOf, perRequest: 5, shape: ({ helper }) => helper.id });
    expect(await none.load(requests[0]!)).toEqual([]);
  });
});
