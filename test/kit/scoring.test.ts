import {
  distanceKm, INSURANCE_CATEGORIES, isSlot, LONG_TERM_WEIGHTS, rankCandidates, rateHelper, scoreHelper, SLOTS, VOG_CATEGORIES, WEIGHTS,
  type GeoPoint, type HelperProfile, type RequestProfile,
} from '../../subgraphs/kit/matching/scoring';

// Along a meridian the haversine distance is exactly R × Δlatitude, so a point `km` north is exactly `km` away.
const DEGREES_PER_KM = 180 / (Math.PI * 6371);
const HOME: GeoPoint = { latitude: 52.0907, longitude: 5.1214 };
const north = (km: number): GeoPoint => ({ latitude: HOME.latitude + km * DEGREES_PER_KM, longitude: HOME.longitude });

function request(overrides: Partial<RequestProfile> = {}): RequestProfile {
  return {
    category: 'SHOPPING', intensity: 'RECURRING', tasks: [], notDirectNeighbour: false, location: HOME, wishedTimes: [], languages: [], requesterId: 'res-1',
    ...overrides,
  };
}

function helper(overrides: Partial<HelperProfile> = {}): HelperProfile {
  return {
    id: 'h-1', categories: ['SHOPPING', 'BUDDY'], location: north(1), maxDistanceKm: 5, availability: [],
    languages: ['nl'], available: true, activeMatches: 0, loadCap: 3, hasVog: true, insured: true, limits: [], earlierRequesters: [],
    ...overrides,
  };
}

describe('slots', () => {
  it('lists 7 days × 3 parts', () => {
    expect(SLOTS).toHaveLength(21);
    expect(SLOTS[0]).toBe('MON_MORNING');
    expect(SLOTS[20]).toBe('SUN_EVENING');
  });

  it('recognises slots', () => {
    expect(isSlot('WED_AFTERNOON')).toBe(true);
    expect(isSlot('WED_NIGHT')).toBe(false);
    expect(isSlot('wed_afternoon')).toBe(false);
  });
});

describe('distanceKm', () => {
  it('is 0 for the same point and exact along a meridian', () => {
    expect(distanceKm(HOME, HOME)).toBe(0);
    expect(distanceKm(HOME, north(2))).toBeCloseTo(2, 9);
  });

  it('matches a known distance: Amsterdam Centraal to Utrecht Centraal is about 35 km', () => {
    const amsterdam = { latitude: 52.3791, longitude: 4.9003 };
    const utrecht = { latitude: 52.0894, longitude: 5.1101 };
    expect(distanceKm(amsterdam, utrecht)).toBeCloseTo(35.1, 0);
    expect(distanceKm(utrecht, amsterdam)).toBeCloseTo(distanceKm(amsterdam, utrecht), 9);
  });
});

describe('hard filters', () => {
  const excluded = (r: RequestProfile, h: HelperProfile) => {
    const candidate = scoreHelper(r, h);
    expect(candidate.eligible).toBe(false);
    expect(candidate.score).toBe(0);
    expect(candidate.reasons).toEqual([]);
    return candidate.excludedBecause;
  };

  it('passes a helper who meets every filter', () => {
    const candidate = scoreHelper(request(), helper());
    expect(candidate.eligible).toBe(true);
    expect(candidate.excludedBecause).toBeNull();
    expect(candidate.score).toBeGreaterThan(0);
  });

  it('excludes a helper who switched off', () => {
    expect(excluded(request(), helper({ available: false }))).toBe('switched off');
  });

  it('excludes a helper who does not offer the category', () => {
    expect(excluded(request({ category: 'GARDEN' }), helper())).toBe('does not offer GARDEN');
  });

  it('excludes a helper who lists the category in their limits, even when offering it', () => {
    expect(excluded(request(), helper({ limits: ['SHOPPING'] }))).toBe('will not do SHOPPING');
  });

  it('ignores limits that neither name nor rule out the category or a task of the hulpvraag', () => {
    expect(scoreHelper(request(), helper({ limits: ['NO_PERSONAL_CARE', 'NO_HOUSEHOLD', 'CARER_RESPITE'] })).eligible).toBe(true);
    expect(scoreHelper(request({ tasks: ['MONEY'] }), helper({ limits: ['NO_PERSONAL_CARE'] })).eligible).toBe(true);
  });

  it('excludes a helper without a VOG for a VOG category, not for others', () => {
    expect(excluded(request({ category: 'BUDDY' }), helper({ hasVog: false }))).toBe('no VOG, which BUDDY requires');
    expect(scoreHelper(request({ category: 'SHOPPING' }), helper({ hasVog: false })).eligible).toBe(true);
  });

  it('excludes a helper whose load cap is reached', () => {
    expect(excluded(request(), helper({ activeMatches: 3, loadCap: 3 }))).toBe('load cap reached (3 of 3)');
    expect(excluded(request(), helper({ activeMatches: 0, loadCap: 0 }))).toBe('load cap reached (0 of 0)');
    expect(scoreHelper(request(), helper({ activeMatches: 2, loadCap: 3 })).eligible).toBe(true);
  });

  it('excludes a helper beyond their maximum distance, only when both locations are known', () => {
    expect(excluded(request(), helper({ location: north(6) }))).toBe('lives 6 km away (beyond 5 km)');
    expect(scoreHelper(request(), helper({ location: north(5) })).eligible).toBe(true); // at the limit is within
    expect(scoreHelper(request({ location: null }), helper({ location: north(50) })).eligible).toBe(true);
    expect(scoreHelper(request(), helper({ location: null })).eligible).toBe(true);
  });

  it('excludes a helper with no availability overlap, only when both lists are non-empty', () => {
    const wish = request({ wishedTimes: ['MON_MORNING', 'TUE_MORNING'] });
    expect(excluded(wish, helper({ availability: ['SAT_EVENING'] }))).toBe('not available at any wished time');
    expect(scoreHelper(wish, helper({ availability: ['TUE_MORNING'] })).eligible).toBe(true);
    expect(scoreHelper(wish, helper({ availability: [] })).eligible).toBe(true);
    expect(scoreHelper(request({ wishedTimes: [] }), helper({ availability: ['SAT_EVENING'] })).eligible).toBe(true);
  });

  it('names the first failing filter, in the documented order', () => {
    // HOSPITAL_ESCORT needs insurance, not a VOG; BABYSITTING needs a VOG, not insurance: one of each
    const wish = request({ category: 'HOSPITAL_ESCORT', tasks: ['PERSONAL_CARE'], wishedTimes: ['MON_MORNING'], notDirectNeighbour: true });
    // Fails all nine filters; switching them back on one by one reveals the next in line.
    const failing = {
      available: false, limits: ['NO_PERSONAL_CARE'], categories: ['GARDEN'], hasVog: false, insured: false, activeMatches: 3, loadCap: 3,
      location: north(9), availability: ['SUN_EVENING'],
    };
    const order: [Partial<HelperProfile>, string][] = [
      [{}, 'switched off'],
      [{ available: true }, 'will not do PERSONAL_CARE tasks (NO_PERSONAL_CARE)'],
      [{ limits: [] }, 'does not offer HOSPITAL_ESCORT'],
      [{ categories: ['HOSPITAL_ESCORT'] }, 'not insured, which HOSPITAL_ESCORT requires'],
      [{ insured: true }, 'load cap reached (3 of 3)'],
      [{ activeMatches: 0 }, 'lives 9 km away (beyond 5 km)'],
      [{ location: HOME }, 'lives next door, which the resident does not want'],
      [{ location: north(1) }, 'not available at any wished time'],
    ];
    let current: Partial<HelperProfile> = failing;
    for (const [fix, reason] of order) {
      current = { ...current, ...fix };
      expect(excluded(wish, helper(current))).toBe(reason);
    }
    expect(scoreHelper(wish, helper({ ...current, availability: ['MON_MORNING'] })).eligible).toBe(true);
    // the VOG filter comes after the category and before insurance
    const babysitting = request({ category: 'BABYSITTING' });
    expect(excluded(babysitting, helper({ categories: ['BABYSITTING'], hasVog: false, insured: false }))).toBe('no VOG, which BABYSITTING requires');
  });
});

describe('the field\'s rules, one worked example each', () => {
  const excluded = (r: RequestProfile, h: HelperProfile) => scoreHelper(r, h).excludedBecause;

  it('VOG: a neighbour or volunteer with a VOG is offered for company and for the children\'s categories; one without is not', () => {
    for (const category of ['COMPANY', 'BABYSITTING', 'HOMEWORK_HELP']) {
      expect(excluded(request({ category }), helper({ categories: [category], hasVog: true }))).toBeNull();
      expect(excluded(request({ category }), helper({ categories: [category], hasVog: false }))).toBe(`no VOG, which ${category} requires`);
    }
    // a daily check-in call and an escort to hospital are task-bound: no VOG asked
    for (const category of ['DAILY_CALL', 'HOSPITAL_ESCORT', 'SHOPPING']) expect(excluded(request({ category }), helper({ categories: [category], hasVog: false }))).toBeNull();
  });

  it('limits rule out the categories they name: NO_PERSONAL_CARE respite and babysitting, NO_HOUSEHOLD meals, NO_MONEY shopping and paperwork', () => {
    const cases: [string, string][] = [
      ['NO_PERSONAL_CARE', 'CARER_RESPITE'], ['NO_PERSONAL_CARE', 'BABYSITTING'], ['NO_HOUSEHOLD', 'MEALS'], ['NO_MONEY', 'SHOPPING'], ['NO_MONEY', 'PAPERWORK'],
    ];
    for (const [limit, category] of cases) {
      expect(excluded(request({ category }), helper({ categories: [category], limits: [limit] }))).toBe(`will not do ${category} (${limit})`);
      expect(excluded(request({ category }), helper({ categories: [category], limits: [] }))).toBeNull();
    }
    expect(excluded(request({ category: 'COMPANY' }), helper({ categories: ['COMPANY'], limits: ['NO_PERSONAL_CARE', 'NO_HOUSEHOLD', 'NO_MONEY'] }))).toBeNull();
  });

  it('limits rule out the tasks they name: a COMPANY visit that involves the cash machine is no visit for NO_MONEY', () => {
    const visit = (tasks: string[]) => request({ category: 'COMPANY', tasks });
    const h = (limits: string[]) => helper({ categories: ['COMPANY'], limits });
    expect(excluded(visit(['MONEY']), h(['NO_MONEY']))).toBe('will not do MONEY tasks (NO_MONEY)');
    expect(excluded(visit(['HOUSEHOLD']), h(['NO_HOUSEHOLD']))).toBe('will not do HOUSEHOLD tasks (NO_HOUSEHOLD)');
    expect(excluded(visit(['PERSONAL_CARE', 'MONEY']), h(['NO_PERSONAL_CARE']))).toBe('will not do PERSONAL_CARE tasks (NO_PERSONAL_CARE)');
    expect(excluded(visit(['MONEY']), h(['NO_HOUSEHOLD']))).toBeNull();
    expect(excluded(visit([]), h(['NO_MONEY', 'NO_HOUSEHOLD', 'NO_PERSONAL_CARE']))).toBeNull();
  });

  it('insurance: only for the categories where the organisation requires it (driving someone)', () => {
    expect([...INSURANCE_CATEGORIES].sort()).toEqual(['HOSPITAL_ESCORT', 'TRANSPORT']);
    expect(excluded(request({ category: 'TRANSPORT' }), helper({ categories: ['TRANSPORT'], insured: false }))).toBe('not insured, which TRANSPORT requires');
    expect(excluded(request({ category: 'TRANSPORT' }), helper({ categories: ['TRANSPORT'], insured: true }))).toBeNull();
    expect(excluded(request({ category: 'WALKING' }), helper({ categories: ['WALKING'], insured: false }))).toBeNull();
  });

  it('"not my direct neighbour": a helper in the same 500 m cell is left out, one a cell further is not', () => {
    const shy = request({ notDirectNeighbour: true });
    expect(excluded(shy, helper({ location: HOME }))).toBe('lives next door, which the resident does not want');
    expect(excluded(shy, helper({ location: north(0.5) }))).toBeNull(); // the next 0.005° cell north, about 550 m
    expect(excluded(request({ notDirectNeighbour: false }), helper({ location: HOME }))).toBeNull();
    expect(excluded(request({ notDirectNeighbour: true, location: null }), helper({ location: HOME }))).toBeNull(); // unknown: no way to tell
  });

  it('LONG_TERM prefers a fixed helper: the familiar face 2–5 km away beats a newcomer next door, which it does not for RECURRING', () => {
    const familiar = helper({ id: 'familiar', location: north(2.5), activeMatches: 1, earlierRequesters: ['res-1'] });
    const newcomer = helper({ id: 'newcomer', location: HOME });
    const recurring = request({ intensity: 'RECURRING' });
    const longTerm = request({ intensity: 'LONG_TERM' });
    expect(scoreHelper(recurring, familiar).score).toBe(0.77); // 0.3×0.4 + 0.15 + 0.2 + 0.15 + 0.1×0.5 + 0.1
    expect(scoreHelper(recurring, newcomer).score).toBe(0.9); // 0.3 + 0.15 + 0.2 + 0.15 + 0.1 + 0
    expect(scoreHelper(longTerm, familiar).score).toBe(0.825); // 0.25×0.4 + 0.15 + 0.2 + 0.15 + 0.05×0.5 + 0.2
    expect(scoreHelper(longTerm, newcomer).score).toBe(0.8); // 0.25 + 0.15 + 0.2 + 0.15 + 0.05 + 0
    expect(rankCandidates(recurring, [familiar, newcomer]).map((c) => c.helperId)).toEqual(['newcomer', 'familiar']);
    expect(rankCandidates(longTerm, [familiar, newcomer]).map((c) => c.helperId)).toEqual(['familiar', 'newcomer']);
    expect(scoreHelper(longTerm, familiar).reasons[5]).toBe('helped this resident before: a fixed helper for long-term help');
    expect(Object.values(LONG_TERM_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // a light one-off request weighs like a recurring one
    expect(scoreHelper(request({ intensity: 'LIGHT_ONE_OFF' }), familiar).score).toBe(0.77);
  });

  it('continuity counts for any pool whose helper lists the resident (or, in bewoners, the hulpvraag standing in for them)', () => {
    const neighbour = helper({ earlierRequesters: ['help-request-9'] });
    const before = scoreHelper(request({ requesterId: 'help-request-9' }), neighbour);
    const stranger = scoreHelper(request({ requesterId: 'help-request-8' }), neighbour);
    expect(before.score - stranger.score).toBeCloseTo(WEIGHTS.continuity, 3);
    expect(before.reasons[5]).toBe('helped this resident before');
  });
});

describe('VOG categories and weights', () => {
  it('asks a VOG for one-to-one contact at home and for money and accounts', () => {
    expect([...VOG_CATEGORIES].sort()).toEqual(['BABYSITTING', 'BUDDY', 'CARER_RESPITE', 'COMPANY', 'DIGITAL_HELP', 'HOMEWORK_HELP', 'PAPERWORK']);
  });

  it('has weights that sum to 1', () => {
    const sum = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(WEIGHTS).toEqual({ distance: 0.3, category: 0.15, availability: 0.2, language: 0.15, load: 0.1, continuity: 0.1 });
  });
});

describe('weighted score, worked by hand', () => {
  it('scores a helper 2.5 km away (band 2–5 km), covering 3 of 4 wished times, sharing Dutch, busy, known resident', () => {
    const r = request({ wishedTimes: ['MON_MORNING', 'TUE_MORNING', 'WED_EVENING', 'FRI_AFTERNOON'], languages: ['nl'] });
    const h = helper({
      location: north(2.5), maxDistanceKm: 5, availability: ['MON_MORNING', 'TUE_MORNING', 'WED_EVENING', 'SAT_MORNING'],
      languages: ['nl', 'en'], activeMatches: 1, loadCap: 4, earlierRequesters: ['res-1'],
    });
    const candidate = scoreHelper(r, h);
    // distance band 2–5 km 0.4; category 1; availability 3/4; language 1; load (has a match) 0.5; continuity 1
    const expected = 0.3 * 0.4 + 0.15 * 1 + 0.2 * 0.75 + 0.15 * 1 + 0.1 * 0.5 + 0.1 * 1; // 0.72
    expect(candidate.score).toBeCloseTo(expected, 3);
    expect(candidate.score).toBe(0.72);
    expect(candidate.reasons).toEqual([
      'lives 2–5 km away',
      'offers SHOPPING',
      'available at 3 of 4 wished times',
      'speaks nl',
      'has other matches now, with room for more',
      'helped this resident before',
    ]);
  });

  it('counts unknown location and unstated availability as neutral', () => {
    const r = request({ location: null, wishedTimes: ['MON_MORNING'], languages: ['ar'], requesterId: null });
    const h = helper({ availability: [], languages: ['nl'], activeMatches: 1, loadCap: 2 });
    // distance neutral 0.5; category 1; availability neutral 0.5; language 0 (no Arabic); load 0.5; continuity 0
    const expected = 0.3 * 0.5 + 0.15 * 1 + 0.2 * 0.5 + 0.15 * 0 + 0.1 * 0.5 + 0.1 * 0; // 0.45
    const candidate = scoreHelper(r, h);
    expect(candidate.score).toBeCloseTo(expected, 3);
    expect(candidate.reasons).toEqual([
      'location unknown, distance counted as neutral',
      'offers SHOPPING',
      'availability not stated, counted as neutral',
      'speaks none of ar',
      'has other matches now, with room for more',
      'has not helped this resident before',
    ]);
  });

  it('gives full marks for no time wish and no language preference, at the helper\'s own door', () => {
    const r = request({ wishedTimes: [], languages: [] });
    const h = helper({ location: HOME, availability: ['SUN_EVENING'], earlierRequesters: ['res-1'] });
    const expected = 0.3 * 1 + 0.15 * 1 + 0.2 * 1 + 0.15 * 1 + 0.1 * 1 + 0.1 * 1; // 1
    expect(scoreHelper(r, h).score).toBeCloseTo(expected, 3);
  });

  it('scores 0 for distance 10 km or more, yet stays eligible above the category floor', () => {
    const r = request({ languages: ['nl'], requesterId: null });
    const h = helper({ location: north(12), maxDistanceKm: 15, activeMatches: 2, loadCap: 4 });
    const expected = 0.3 * 0 + 0.15 * 1 + 0.2 * 1 + 0.15 * 1 + 0.1 * 0.5 + 0.1 * 0; // 0.55
    expect(scoreHelper(r, h).score).toBeCloseTo(expected, 3);
    expect(scoreHelper(r, h).reasons[0]).toBe('lives 10 km or more away');
  });

  it('scores the distance by band, never by the distance itself or the helper\'s radius', () => {
    const band = (km: number, maxDistanceKm = 12) => scoreHelper(request(), helper({ location: north(km), maxDistanceKm }));
    expect([0.2, 0.9].map((km) => band(km).score)).toEqual([0.9, 0.9]); // 0.3 × 1 + 0.6
    expect([1.1, 1.9].map((km) => band(km).reasons[0])).toEqual(['lives 1–2 km away', 'lives 1–2 km away']);
    expect(band(1.1).score).toBe(band(1.9).score);
    expect(band(3, 5).score).toBe(band(3, 12).score); // the radius does not show through
    expect(band(6).reasons[0]).toBe('lives 5–10 km away');
  });

  it('rounds the score to 3 decimals', () => {
    const r = request({ wishedTimes: ['MON_MORNING', 'TUE_MORNING', 'WED_MORNING'] });
    const h = helper({ location: north(1.5), availability: ['MON_MORNING'] }); // 1 of 3 wished times
    const exact = 0.3 * 0.75 + 0.15 + 0.2 / 3 + 0.15 + 0.1 * 1 + 0.1 * 0; // 0.691666…
    expect(scoreHelper(r, h).score).toBe(Math.round(exact * 1000) / 1000);
    expect(scoreHelper(r, h).score).toBe(0.692);
  });
});

describe('each component moves the score the right way', () => {
  const wish = ['MON_MORNING', 'TUE_MORNING', 'WED_MORNING', 'THU_MORNING'];
  const score = (r: Partial<RequestProfile>, h: Partial<HelperProfile>) =>
    scoreHelper(request({ wishedTimes: wish, languages: ['nl'], ...r }), helper({ availability: wish, ...h })).score;

  it('closer is better', () => {
    expect(score({}, { location: north(0.5) })).toBeGreaterThan(score({}, { location: north(1.5) }));
    expect(score({}, { location: north(1.5) })).toBeGreaterThan(score({}, { location: north(4.5) }));
  });

  it('more overlap is better', () => {
    const covering = (n: number) => score({}, { availability: wish.slice(0, n) });
    expect(covering(4)).toBeGreaterThan(covering(3));
    expect(covering(3)).toBeGreaterThan(covering(1));
    expect(covering(4) - covering(2)).toBeCloseTo(WEIGHTS.availability * 0.5, 3);
  });

  it('a shared language is better', () => {
    expect(score({ languages: ['tr'] }, { languages: ['nl', 'TR'] }) - score({ languages: ['tr'] }, { languages: ['nl'] }))
      .toBeCloseTo(WEIGHTS.language, 3);
  });

  it('a helper without other matches is better; the load itself does not show', () => {
    expect(score({}, { activeMatches: 0 })).toBeGreaterThan(score({}, { activeMatches: 1 }));
    expect(score({}, { activeMatches: 1 })).toBe(score({}, { activeMatches: 2 }));
  });

  it('continuity is better', () => {
    expect(score({}, { earlierRequesters: ['res-1'] }) - score({}, { earlierRequesters: ['res-2'] }))
      .toBeCloseTo(WEIGHTS.continuity, 3);
    expect(score({ requesterId: null }, { earlierRequesters: ['res-1'] })).toBe(score({}, {}));
  });
});

describe('rankCandidates', () => {
  const helpers = [
    helper({ id: 'far', location: north(4) }),
    helper({ id: 'off', available: false }),
    helper({ id: 'near-b', location: north(0.5) }),
    helper({ id: 'near-a', location: north(0.5) }),
    helper({ id: 'mid', location: north(1.5) }),
  ];

  it('keeps eligible helpers, best first, ties by helperId', () => {
    const ranked = rankCandidates(request(), helpers);
    expect(ranked.map((c) => c.helperId)).toEqual(['near-a', 'near-b', 'mid', 'far']);
    expect(ranked.every((c) => c.eligible)).toBe(true);
    expect(ranked[0].score).toBe(ranked[1].score);
  });

  it('does not depend on input order', () => {
    expect(rankCandidates(request(), [...helpers].reverse())).toEqual(rankCandidates(request(), helpers));
  });

  it('honours a limit', () => {
    expect(rankCandidates(request(), helpers, 2).map((c) => c.helperId)).toEqual(['near-a', 'near-b']);
    expect(rankCandidates(request(), helpers, 0)).toEqual([]);
    expect(rankCandidates(request(), helpers, 10)).toHaveLength(4);
  });

  it('returns nothing without helpers', () => {
    expect(rankCandidates(request(), [])).toEqual([]);
  });
});

describe('rateHelper', () => {
  it('gives every pair the eligibility and score scoreHelper gives it', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const some = <T>(list: readonly T[]) => list.filter(() => next() < 0.3);
    for (let i = 0; i < 2000; i++) {
      const r = request({
        category: pick(['SHOPPING', 'BUDDY', 'TRANSPORT', 'MEALS']), intensity: pick(['LIGHT_ONE_OFF', 'RECURRING', 'LONG_TERM'] as const),
        tasks: some(['PERSONAL_CARE', 'HOUSEHOLD', 'MONEY']), notDirectNeighbour: next() < 0.3, location: next() < 0.1 ? null : north(next() * 3),
        wishedTimes: some(['MON_MORNING', 'MON_MORNING', 'TUE_EVENING', 'SAT_AFTERNOON']), languages: some(['nl', 'ar', 'TR']), requesterId: pick([null, 'res-1', 'res-2']),
      });
      const h = helper({
        id: `h-${i}`, categories: some(['SHOPPING', 'BUDDY', 'TRANSPORT', 'MEALS']), location: next() < 0.1 ? null : north(next() * 8), maxDistanceKm: pick([1, 3, 10]),
        availability: some(['MON_MORNING', 'TUE_EVENING', 'SAT_AFTERNOON']), languages: some(['NL', 'ar', 'tr']), available: next() < 0.9, activeMatches: pick([0, 1, 3]),
        hasVog: next() < 0.5, insured: next() < 0.5, limits: some(['NO_PERSONAL_CARE', 'NO_HOUSEHOLD', 'NO_MONEY', 'MEALS']), earlierRequesters: some(['res-1', 'res-2']),
      });
      const { helperId, eligible, score } = scoreHelper(r, h);
      expect(rateHelper(r, h)).toEqual({ helperId, eligible, score });
    }
  });
});
