// The one shared, documented scoring function for matching a hulpvraag (help request) with helpers.
// Both pools use it: welzijn ranks its volunteers, bewoners ranks neighbours offering help, so a score
// means the same thing wherever it is shown.
//
// scoreHelper(request, helper) works in two steps.
//
// 1. Hard filters, in this order; the first that fails excludes the helper (score 0) and is named in
//    `excludedBecause`:
//      a. the helper has switched themselves off (`available` is false);
//      b. the helper's limits rule the hulpvraag out (limits.ts): a limit naming the category, a limit whose
//         categories include it, or a limit whose task the hulpvraag involves;
//           e.g. NO_PERSONAL_CARE rules out CARER_RESPITE and BABYSITTING, and a COMPANY hulpvraag with the
//           task PERSONAL_CARE: "will not do PERSONAL_CARE tasks (NO_PERSONAL_CARE)";
//      c. the helper does not offer the category;
//      d. the category needs a VOG (see VOG_CATEGORIES) and the helper has none; a neighbour's VOG comes
//         from their offer's profile just as a volunteer's does (kit/helper-profile.ts hasValidVog);
//           e.g. a neighbour with a VOG issued last year is offered for COMPANY; one without, only for
//           SHOPPING, TRANSPORT and the other categories without one;
//      e. the category needs insurance (see INSURANCE_CATEGORIES) and the helper is not insured;
//           e.g. an uninsured volunteer is not offered for TRANSPORT: "not insured, which TRANSPORT requires";
//      f. the helper's load cap is reached (activeMatches >= loadCap);
//      g. the distance exceeds the helper's maxDistanceKm (only when both locations are known);
//      h. the resident asked for help from someone who is not their direct neighbour and the helper lives in
//         the same 500 m cell (the stored locations are rounded to it, so "next door" is "distance 0");
//           e.g. a resident who does not want the neighbours to know: a helper two streets on is still
//           offered, one in the same cell is not ("lives next door, which the resident does not want");
//      i. no wished time slot is in the helper's availability (only when both lists are non-empty).
//
// 2. For an eligible helper, a weighted sum of six components, each in 0..1 (weights in WEIGHTS; a LONG_TERM
//    hulpvraag uses LONG_TERM_WEIGHTS):
//      distance     by distance band (distance-band.ts): 1 under 1 km, 0.75 for 1–2 km, 0.4 for 2–5 km,
//                   0.15 for 5–10 km, 0 beyond; 0.5 (neutral) when either location is unknown
//      category     1: the helper offers the category (the filter guarantees it, see WEIGHTS)
//      availability the fraction of the request's wished slots the helper covers; 1 when the request
//                   has no wish, 0.5 (neutral) when the helper has not stated their availability
//      language     1 when they share a language or the resident has no preference, else 0
//      load         1 when the helper has no open match, 0.5 when they have one or more (and room left):
//                   spreads requests over helpers
//      continuity   1 when the helper helped this resident before (a match that became active), else 0;
//                   both pools: welzijn reads its match records for volunteers, and sends bewoners the
//                   neighbours' offers that helped the resident before (HelpRequest.earlierHelpOffers)
//    score = Σ weight × component, rounded to 3 decimals. Every component adds a readable reason.
//      e.g. LONG_TERM prefers a fixed helper: with no time wish and no language preference, a helper who
//      helped the resident before, 2–5 km away and with another match, scores 0.3×0.4 + 0.15 + 0.2 + 0.15 +
//      0.1×0.5 + 0.1 = 0.77 for a RECURRING hulpvraag, below a newcomer in the same cell with no other match
//      (0.3 + 0.15 + 0.2 + 0.15 + 0.1 + 0 = 0.9); for a LONG_TERM one the familiar helper scores 0.25×0.4 +
//      0.15 + 0.2 + 0.15 + 0.05×0.5 + 0.2 = 0.825 and the newcomer 0.25 + 0.15 + 0.2 + 0.15 + 0.05 = 0.8.
//
// Candidates are shown to matchers of other organisations, so neither the reasons nor the score carry an
// exact value of the helper's profile: no distance (a band instead), no radius, no load cap or count. The
// score is a function of the reasons alone, so it gives away nothing they do not say.
//
// rankCandidates() keeps the eligible helpers, best score first, ties by helperId.

import type { GeoPoint } from './location';
import { distanceBand } from './distance-band';
import { limitExclusion } from './limits';

export type { GeoPoint };

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
const PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;

export type Slot = `${(typeof DAYS)[number]}_${(typeof PARTS)[number]}`;

export const SLOTS: readonly Slot[] = DAYS.flatMap((day) => PARTS.map((part): Slot => `${day}_${part}`));

export function isSlot(value: string): value is Slot {
  return (SLOTS as readonly string[]).includes(value);
}

export type Intensity = 'LIGHT_ONE_OFF' | 'RECURRING' | 'LONG_TERM';

export interface RequestProfile {
  category: string;
  intensity: Intensity;
  /** What the help involves beyond its category (HelpTask: PERSONAL_CARE, HOUSEHOLD, MONEY). */
  tasks: string[];
  /** The resident asked for a helper who is not their direct neighbour. */
  notDirectNeighbour: boolean;
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
  /** Covered by a volunteer insurance (vrijwilligersverzekering). */
  insured: boolean;
  /** Codes the helper will not do: categories such as 'CARER_RESPITE', and HelperLimit codes like 'NO_PERSONAL_CARE' (limits.ts). */
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
// does not need one, so neighbours without a VOG can still do most requests. Babysitting and homework help
// leave a child alone with the helper: a VOG, as every organisation working with children asks.
export const VOG_CATEGORIES: readonly string[] = ['BUDDY', 'COMPANY', 'CARER_RESPITE', 'PAPERWORK', 'DIGITAL_HELP', 'BABYSITTING', 'HOMEWORK_HELP'];

// Organisations require the volunteer insurance where the helper takes a resident along in their car:
// driving someone (TRANSPORT, HOSPITAL_ESCORT), where an accident with a passenger is the risk that no
// household insurance covers. Elsewhere it is no filter.
export const INSURANCE_CATEGORIES: readonly string[] = ['TRANSPORT', 'HOSPITAL_ESCORT'];

/** Both locations are rounded to a 0.005° grid (location.ts): helpers in the same cell are next door. */
const DIRECT_NEIGHBOUR_KM = 0.25;

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

// Long-term help (a maatje for a year, weekly respite) works with a fixed helper: the resident builds trust
// with one person. Continuity counts double, taken from distance and load: a familiar face a little
// further away, or already helping someone else, is worth more than a stranger next door.
export const LONG_TERM_WEIGHTS: Record<keyof typeof WEIGHTS, number> = {
  distance: 0.25,
  category: 0.15,
  availability: 0.2,
  language: 0.15,
  load: 0.05,
  continuity: 0.2,
};

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

  const weights = request.intensity === 'LONG_TERM' ? LONG_TERM_WEIGHTS : WEIGHTS;
  const parts: { weight: number; value: number; reason: string }[] = [
    distancePart(weights.distance, km),
    { weight: weights.category, value: 1, reason: `offers ${request.category}` },
    availabilityPart(weights.availability, wished.length, covered.length, helper.availability.length),
    languagePart(weights.language, request.languages, helper.languages),
    helper.activeMatches === 0
      ? { weight: weights.load, value: 1, reason: 'has no other match now' }
      : { weight: weights.load, value: 0.5, reason: 'has other matches now, with room for more' },
    continuityPart(weights.continuity, request, helper),
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
  const limited = limitExclusion(helper.limits, category, request.tasks);
  if (limited) return limited;
  if (!helper.categories.includes(category)) return `does not offer ${category}`;
  if (VOG_CATEGORIES.includes(category) && !helper.hasVog) return `no VOG, which ${category} requires`;
  if (INSURANCE_CATEGORIES.includes(category) && !helper.insured) return `not insured, which ${category} requires`;
  if (helper.activeMatches >= helper.loadCap) return `load cap reached (${helper.activeMatches} of ${helper.loadCap})`;
  if (km !== null && km > helper.maxDistanceKm) {
    return `lives ${formatKm(km)} km away (beyond ${formatKm(helper.maxDistanceKm)} km)`;
  }
  if (request.notDirectNeighbour && km !== null && km < DIRECT_NEIGHBOUR_KM) return 'lives next door, which the resident does not want';
  if (request.wishedTimes.length > 0 && helper.availability.length > 0 && coveredSlots === 0) {
    return 'not available at any wished time';
  }
  return null;
}

function distancePart(weight: number, km: number | null) {
  if (km === null) return { weight, value: NEUTRAL, reason: 'location unknown, distance counted as neutral' };
  const band = distanceBand(km);
  return { weight, value: band.value, reason: `lives ${band.label} away` };
}

function availabilityPart(weight: number, wished: number, covered: number, stated: number) {
  if (wished === 0) return { weight, value: 1, reason: 'resident has no time wish' };
  if (stated === 0) return { weight, value: NEUTRAL, reason: 'availability not stated, counted as neutral' };
  return { weight, value: covered / wished, reason: `available at ${covered} of ${wished} wished times` };
}

function languagePart(weight: number, wanted: string[], spoken: string[]) {
  if (wanted.length === 0) return { weight, value: 1, reason: 'resident has no language preference' };
  const speaks = new Set(spoken.map((language) => language.toLowerCase()));
  const shared = wanted.filter((language) => speaks.has(language.toLowerCase()));
  return shared.length > 0
    ? { weight, value: 1, reason: `speaks ${shared.join(', ')}` }
    : { weight, value: 0, reason: `speaks none of ${wanted.join(', ')}` };
}

function continuityPart(weight: number, request: RequestProfile, helper: HelperProfile) {
  if (request.requesterId === null || !helper.earlierRequesters.includes(request.requesterId)) {
    return { weight, value: 0, reason: 'has not helped this resident before' };
  }
  return { weight, value: 1, reason: request.intensity === 'LONG_TERM' ? 'helped this resident before: a fixed helper for long-term help' : 'helped this resident before' };
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
