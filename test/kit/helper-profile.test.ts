// The helper profile both pools share: VOG validity, pauses, limits as the scoring reads them, and checks.
import { effectiveStatus, hasValidVog, newProfile, pauseUntil, profileChanges, vogValid } from '../../subgraphs/kit/helper-profile';
import { scoreHelper, type HelperProfile } from '../../subgraphs/kit/matching/scoring';

const NOW = new Date('2026-03-02T10:00:00Z');

test('a VOG counts for three years from its date of issue', () => {
  expect(vogValid('2023-03-03', NOW)).toBe(true);
  expect(vogValid('2023-03-02', NOW)).toBe(false);
  expect(vogValid(null, NOW)).toBe(false);
  expect(hasValidVog({ has_vog: true, vog_issued_on: '2025-01-01' }, NOW)).toBe(true);
  expect(hasValidVog({ has_vog: true, vog_issued_on: '2020-01-01' }, NOW)).toBe(false);
  expect(hasValidVog({ has_vog: false, vog_issued_on: null }, NOW)).toBe(false);
  // node-pg reads a raw date as local midnight
  expect(hasValidVog({ has_vog: true, vog_issued_on: new Date(2023, 2, 3) }, NOW)).toBe(true);
});

test('a pause is over after its last day', () => {
  expect(effectiveStatus('PAUSED', '2026-03-02', NOW)).toBe('PAUSED');
  expect(effectiveStatus('PAUSED', '2026-03-01', NOW)).toBe('ACTIVE');
  expect(effectiveStatus('ENDED', null, NOW)).toBe('ENDED');
  expect(pauseUntil('2026-03-02', 'until', NOW)).toBe('2026-03-02');
  expect(() => pauseUntil('2026-03-01', 'until', NOW)).toThrow(/today or later/);
  expect(() => pauseUntil('2027-04-01', 'until', NOW)).toThrow(/at most a year/);
});

test('limits rule out the categories they name in the scoring', () => {
  const helper: HelperProfile = {
    id: 'h', categories: ['SHOPPING', 'CARER_RESPITE', 'MEALS', 'PETS'], location: null, maxDistanceKm: 3, availability: [], languages: ['nl'],
    available: true, activeMatches: 0, loadCap: 2, hasVog: true, insured: true, limits: ['NO_MONEY', 'NO_PERSONAL_CARE', 'NO_HOUSEHOLD'], earlierRequesters: [],
  };
  const request = (category: string) => ({ category, intensity: 'RECURRING' as const, tasks: [], notDirectNeighbour: false, location: null, wishedTimes: [], languages: [], requesterId: null });
  expect(scoreHelper(request('SHOPPING'), helper).excludedBecause).toBe('will not do SHOPPING (NO_MONEY)');
  expect(scoreHelper(request('CARER_RESPITE'), helper).excludedBecause).toBe('will not do CARER_RESPITE (NO_PERSONAL_CARE)');
  expect(scoreHelper(request('MEALS'), helper).excludedBecause).toBe('will not do MEALS (NO_HOUSEHOLD)');
  expect(scoreHelper(request('PETS'), helper).eligible).toBe(true);
});

test('a new profile fills in the defaults; a change sets only what it names', () => {
  expect(newProfile({ categories: ['PETS', 'PETS'] }, 'p', NOW)).toEqual({
    categories: ['PETS'], limits: [], hasVog: false, vogIssuedOn: null, insured: false, maxDistanceKm: 3, languages: ['nl'], availability: [], trainings: [], competences: [],
  });
  expect(profileChanges({ vogIssuedOn: '2026-01-10' }, 'p', NOW)).toEqual({ hasVog: true, vogIssuedOn: '2026-01-10' });
  expect(profileChanges({ clearVog: true }, 'p', NOW)).toEqual({ hasVog: false, vogIssuedOn: null });
});

test.each([
  ['p.categories', { categories: [] }],
  ['p.vogIssuedOn', { vogIssuedOn: '2026-03-03' }],
  ['p.vogIssuedOn', { vogIssuedOn: '2022-01-01' }],
  ['p.clearVog', { vogIssuedOn: '2026-01-01', clearVog: true }],
  ['p.maxDistanceKm', { maxDistanceKm: 51 }],
  ['p.availability', { availability: ['MONDAY'] }],
  ['p.trainings.0.name', { trainings: [{ name: '' }] }],
  ['p.competences.1', { competences: ['EHBO', ' '] }],
])('%s is named when it is wrong', (field, input) => {
  let named: string | undefined;
  try {
    profileChanges(input, 'p', NOW);
  } catch (error) {
    named = (error as { extensions?: { field?: string } }).extensions?.field;
  }
  expect(named).toBe(field);
});
