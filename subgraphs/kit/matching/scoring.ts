// The one shared, documented scoring function for matching a hulpvraag (help request) with helpers.
// Both pools use it: welzijn ranks its volunteers, bewoners ranks neighbours offering help, so a score
// means the same thing wherever it is shown.
//
// scoreHelper(request, helper) works in two steps.
//
// 1. Hard filters, in this order; the first that fails excludes the helper (score 0) and is named in
//    `excludedBecause`:
//      a. the helper has switched themselves off (`available` is false);
//      b. the helper does not offer the category, or lists it in their limits;
//      c. the category needs a VOG (see VOG_CATEGORIES) and the helper has none;
//      d. the helper's load cap is reached (activeMatches >= loadCap);
//      e. the distance exceeds the helper's maxDistanceKm (only when both locations are known);
//      f. no wished time slot is in the helper's availability (only when both lists are non-empty).
//
// 2. For an eligible helper, a weighted sum of six components, each in 0..1 (weights in WEIGHTS):
//      distance     by distance band (distance-band.ts): 1 under 1 km, 0.75 for 1–2 km, 0.4 for 2–5 km,
//                   0.15 for 5–10 km, 0 beyond; 0.5 (neutral) when either location is unknown
//      category     1: the helper offers the category (the filter guarantees it, see WEIGHTS)
//      availability the fraction of the request's wished slots the helper covers; 1 when the request
//                   has no wish, 0.5 (neutral) when the helper has not stated their availability
//      language     1 when they share a language or the resident has no preference, else 0
//      load         1 when the helper has no open match, 0.5 when they have one or more (and room left):
//                   spreads requests over helpers
//      continuity   1 when the helper helped this resident before, else 0
//    score = Σ weight × component, rounded to 3 decimals. Every component adds a readable reason.
//
// Candidates are shown to matchers of other organisations, so neither the reasons nor the score carry an
// exact value of the helper's profile: no distance (a band instead), no radius, no load cap or count. The
// score is a function of the reasons alone, so it gives away nothing they do not say.
//
// rankCandidates() keeps the eligible helpers, best score first, ties by helperId.

import type { GeoPoint } from './location';
import { distanceBand } from './distance-band';

export type { GeoPoint };

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
const PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

export type Slot = `${(typeof DAYS)[number]}_${(typeof PARTS)[number]}`;

export const SLOTS: readonly Slot[] = DAYS.flatMap((day) => PARTS.map((part): Slot => `${day}_${part}`));

export function isSlot(value: string): value is Slot {
  return (SLOTS as readonly string[]).includes(value);
}

export interface RequestProfile {
  category: string;
  location: GeoPoint | null;
  /** Slots the resident would like help in; empty = any time. */
  wishedTimes: string[];
  /** The resident's languages; empty = no preference. */
  languages: string[];
  requesterId: string | null;
}

export interface HelperProfile {
  id: string;
  categories: string[];
  location: GeoPoint | null;
  maxDistanceKm: number;
  /** Slots the helper can help in; empty = not stated. */
  availability: string[];
  languages: string[];
  /** The helper's own on/off switch. */
  available: boolean;
  activeMatches: number;
  loadCap: number;
  /** Has a VOG (verklaring omtrent het gedrag, certificate of conduct). */
  hasVog: boolean;
  /** Codes the helper will not do: categories such as 'CARER_RESPITE', and codes like 'NO_PERSONAL_CARE'. */
  limits: string[];
  /** Residents this helper helped before. */
  earlierRequesters: string[];
}

export interface Candidate {
  helperId: string;
  eligible: boolean;
  /** 0..1, rounded to 3 decimals; 0 when not eligible. */
  score: number;
  /** One line per score component; empty when not eligible. */
  reasons: string[];
  excludedBecause: string | null;
}

// A VOG is required where a helper gets unsupervised, recurring one-to-one contact with a resident who
// may be vulnerable, usually in their home (BUDDY, COMPANY, CARER_RESPITE: the carer leaves the helper
// alone with the person cared for), or gets to see someone's money, mail and accounts (PAPERWORK,
// DIGITAL_HELP: DigiD, internet banking). Short, task-bound help (shopping, a lift, a job in the garden)
// does not need one, so neighbours without a VOG can still do most requests.
export const VOG_CATEGORIES: readonly string[] = ['BUDDY', 'COMPANY', 'CARER_RESPITE', 'PAPERWORK', 'DIGITAL_HELP'];

// Weights sum to 1, so the score stays in 0..1.
// - distance 0.30: burenhulp is help close to home; short distances make help easy to give and repeat.
// - availability 0.20: a helper who can come at the wished times saves the coordinator a round of calls.
// - language 0.15: many requests are about contact and explaining things; a shared language is essential.
// - category 0.15: always 1 for an eligible helper (the category is a hard filter), so it acts as a floor:
//   every eligible helper scores at least 0.15, and score > 0 exactly when a helper is eligible.
// - load 0.10: prefers helpers with room, so the same few volunteers are not asked every time.
// - continuity 0.10: a familiar face helps, especially for older residents, but should not lock others out.
export const WEIGHTS = {
  distance: 0.3,
  category: 0.15,
  availability: 0.2,
  language: 0.15,
  load: 0.1,
  continuity: 0.1,
} as const;

// Unknown location or unstated availability neither helps nor hurts.
const NEUTRAL = 0.5;
const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine). Written without helper closures: it runs for every pair scored. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = ((b.latitude - a.latitude) * Math.PI) / 180;
  const dLon = ((b.longitude - a.longitude) * Math.PI) / 180;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.latitude * Math.PI) / 180) * Math.cos((b.latitude * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

export function scoreHelper(request: RequestProfile, helper: HelperProfile): Candidate {
  const km = request.location && helper.location ? distanceKm(request.location, helper.location) : null;
  const wished = [...new Set(request.wishedTimes)];
  const covered = wished.filter((slot) => helper.availability.includes(slot));

  const excludedBecause = firstExclusion(request, helper, km, covered.length);
  if (excludedBecause) {
    return { helperId: helper.id, eligible: false, score: 0, reasons: [], excludedBecause };
  }

  const parts: { weight: number; value: number; reason: string }[] = [
    distancePart(km),
    { weight: WEIGHTS.category, value: 1, reason: `offers ${request.category}` },
    availabilityPart(wished.length, covered.length, helper.availability.length),
    languagePart(request.languages, helper.languages),
    helper.activeMatches === 0
      ? { weight: WEIGHTS.load, value: 1, reason: 'has no other match now' }
      : { weight: WEIGHTS.load, value: 0.5, reason: 'has other matches now, with room for more' },
    request.requesterId !== null && helper.earlierRequesters.includes(request.requesterId)
      ? { weight: WEIGHTS.continuity, value: 1, reason: 'helped this resident before' }
      : { weight: WEIGHTS.continuity, value: 0, reason: 'has not helped this resident before' },
  ];
  const score = parts.reduce((sum, part) => sum + part.weight * part.value, 0);
  return {
    helperId: helper.id,
    eligible: true,
    score: Math.round(score * 1000) / 1000,
    reasons: parts.map((part) => part.reason),
    excludedBecause: null,
  };
}

/** The eligible helpers, best score first, ties by helperId; at most `limit` of them when given. */
export function rankCandidates(request: RequestProfile, helpers: HelperProfile[], limit?: number): Candidate[] {
  const ranked = helpers
    .map((helper) => scoreHelper(request, helper))
    .filter((candidate) => candidate.eligible)
    .sort((a, b) => b.score - a.score || (a.helperId < b.helperId ? -1 : a.helperId > b.helperId ? 1 : 0));
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, limit));
}

function firstExclusion(request: RequestProfile, helper: HelperProfile, km: number | null, coveredSlots: number): string | null {
  const { category } = request;
  if (!helper.available) return 'switched off';
  if (helper.limits.includes(category)) return `will not do ${category}`;
  if (!helper.categories.includes(category)) return `does not offer ${category}`;
  if (VOG_CATEGORIES.includes(category) && !helper.hasVog) return `no VOG, which ${category} requires`;
  if (helper.activeMatches >= helper.loadCap) return `load cap reached (${helper.activeMatches} of ${helper.loadCap})`;
  if (km !== null && km > helper.maxDistanceKm) {
    return `lives ${formatKm(km)} km away (beyond ${formatKm(helper.maxDistanceKm)} km)`;
  }
  if (request.wishedTimes.length > 0 && helper.availability.length > 0 && coveredSlots === 0) {
    return 'not available at any wished time';
  }
  return null;
}

function distancePart(km: number | null) {
  const weight = WEIGHTS.distance;
  if (km === null) return { weight, value: NEUTRAL, reason: 'location unknown, distance counted as neutral' };
  const band = distanceBand(km);
  return { weight, value: band.value, reason: `lives ${band.label} away` };
}

function availabilityPart(wished: number, covered: number, stated: number) {
  const weight = WEIGHTS.availability;
  if (wished === 0) return { weight, value: 1, reason: 'resident has no time wish' };
  if (stated === 0) return { weight, value: NEUTRAL, reason: 'availability not stated, counted as neutral' };
  return { weight, value: covered / wished, reason: `available at ${covered} of ${wished} wished times` };
}

function languagePart(wanted: string[], spoken: string[]) {
  const weight = WEIGHTS.language;
  if (wanted.length === 0) return { weight, value: 1, reason: 'resident has no language preference' };
  const speaks = new Set(spoken.map((language) => language.toLowerCase()));
  const shared = wanted.filter((language) => speaks.has(language.toLowerCase()));
  return shared.length > 0
    ? { weight, value: 1, reason: `speaks ${shared.join(', ')}` }
    : { weight, value: 0, reason: `speaks none of ${wanted.join(', ')}` };
}

function formatKm(km: number): string {
  return String(Number(km.toFixed(1)));
}

/** Helpers grouped by the categories they offer, so each request is scored only against its category. */
export function helpersByCategory(helpers: HelperProfile[]): Map<string, HelperProfile[]> {
  const groups = new Map<string, HelperProfile[]>();
  for (const helper of helpers) {
    for (const category of helper.categories) {
      const group = groups.get(category);
      if (group) group.push(helper);
      else groups.set(category, [helper]);
    }
  }
  return groups;
}
