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
// rateHelper(request, helper) is the same without the text (what ranking needs); rankCandidates() keeps the
// eligible helpers, best score first, ties by helperId.

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

/** A helper's place in a ranking: eligible or not, and the score. No text: see scoreHelper for the reasons. */
export interface Rating {
  helperId: string;
  eligible: boolean;
  /** 0..1, rounded to 3 decimals; 0 when not eligible. */
  score: number;
}

export interface Candidate extends Rating {
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

// Ranking scores every helper of the pool against every hulpvraag of the batch, but a page shows a few
// candidates per hulpvraag, and often not their reasons. So rateHelper computes the score alone and builds no
// text; scoreHelper adds the reasons and the exclusion from the same code (the part functions below push
// their reason only when given a list to push to), for the few candidates whose reasons are asked for.

/** The helper's eligibility and score for the hulpvraag, without reasons (no text is built). */
export function rateHelper(request: RequestProfile, helper: HelperProfile): Rating {
  const km = request.location && helper.location ? distanceKm(request.location, helper.location) : null;
  const slots = slotCounts(request.wishedTimes, helper.availability);
  if (firstExclusion(request, helper, km, slots.covered, false) !== null) return { helperId: helper.id, eligible: false, score: 0 };
  return { helperId: helper.id, eligible: true, score: rounded(weightedSum(request, helper, km, slots)) };
}

/** rateHelper with the reasons of the score, or the hard filter that excludes the helper. */
export function scoreHelper(request: RequestProfile, helper: HelperProfile): Candidate {
  const km = request.location && helper.location ? distanceKm(request.location, helper.location) : null;
  const slots = slotCounts(request.wishedTimes, helper.availability);
  const excludedBecause = firstExclusion(request, helper, km, slots.covered, true);
  if (excludedBecause !== null) return { helperId: helper.id, eligible: false, score: 0, reasons: [], excludedBecause };
  const reasons: string[] = [];
  const score = rounded(weightedSum(request, helper, km, slots, reasons));
  return { helperId: helper.id, eligible: true, score, reasons, excludedBecause: null };
}

/** The eligible helpers, best score first, ties by helperId; at most `limit` of them when given. */
export function rankCandidates(request: RequestProfile, helpers: HelperProfile[], limit?: number): Rating[] {
  const ranked: Rating[] = [];
  for (const helper of helpers) {
    const rating = rateHelper(request, helper);
    if (rating.eligible) ranked.push(rating);
  }
  ranked.sort((a, b) => b.score - a.score || (a.helperId < b.helperId ? -1 : a.helperId > b.helperId ? 1 : 0));
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, limit));
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

/** How many distinct slots the resident wished for, and how many of them the helper covers (no arrays built: it runs for every pair). */
function slotCounts(wishedTimes: string[], availability: string[]): { wished: number; covered: number } {
  let wished = 0;
  let covered = 0;
  for (let i = 0; i < wishedTimes.length; i++) {
    if (wishedTimes.indexOf(wishedTimes[i]) !== i) continue;
    wished++;
    if (availability.includes(wishedTimes[i])) covered++;
  }
  return { wished, covered };
}

/** Σ weight × component, in the order of the reasons (each part pushes its reason to `reasons` when given). */
function weightedSum(request: RequestProfile, helper: HelperProfile, km: number | null, slots: { wished: number; covered: number }, reasons?: string[]): number {
  const weights = request.intensity === 'LONG_TERM' ? LONG_TERM_WEIGHTS : WEIGHTS;
  return (
    weights.distance * distancePart(km, reasons) +
    weights.category * categoryPart(request.category, reasons) +
    weights.availability * availabilityPart(slots.wished, slots.covered, helper.availability.length, reasons) +
    weights.language * languagePart(request.languages, helper.languages, reasons) +
    weights.load * loadPart(helper.activeMatches, reasons) +
    weights.continuity * continuityPart(request, helper, reasons)
  );
}

/** The first hard filter that excludes the helper, described when `explain` (else just EXCLUDED), or null. */
function firstExclusion(request: RequestProfile, helper: HelperProfile, km: number | null, coveredSlots: number, explain: boolean): string | null {
  const { category } = request;
  if (!helper.available) return 'switched off';
  const limited = limitExclusion(helper.limits, category, request.tasks);
  if (limited) return limited;
  if (!helper.categories.includes(category)) return explain ? `does not offer ${category}` : EXCLUDED;
  if (VOG_CATEGORIES.includes(category) && !helper.hasVog) return explain ? `no VOG, which ${category} requires` : EXCLUDED;
  if (INSURANCE_CATEGORIES.includes(category) && !helper.insured) return explain ? `not insured, which ${category} requires` : EXCLUDED;
  if (helper.activeMatches >= helper.loadCap) return explain ? `load cap reached (${helper.activeMatches} of ${helper.loadCap})` : EXCLUDED;
  if (km !== null && km > helper.maxDistanceKm) {
    return explain ? `lives ${formatKm(km)} km away (beyond ${formatKm(helper.maxDistanceKm)} km)` : EXCLUDED;
  }
  if (request.notDirectNeighbour && km !== null && km < DIRECT_NEIGHBOUR_KM) return 'lives next door, which the resident does not want';
  if (request.wishedTimes.length > 0 && helper.availability.length > 0 && coveredSlots === 0) {
    return 'not available at any wished time';
  }
  return null;
}

const EXCLUDED = 'excluded';

// The parts: each returns its component (0..1) and pushes its reason when given `reasons` (`reasons?.push`
// evaluates its argument only then).

function distancePart(km: number | null, reasons?: string[]): number {
  if (km === null) {
    reasons?.push('location unknown, distance counted as neutral');
    return NEUTRAL;
  }
  const band = distanceBand(km);
  reasons?.push(`lives ${band.label} away`);
  return band.value;
}

function categoryPart(category: string, reasons?: string[]): number {
  reasons?.push(`offers ${category}`);
  return 1;
}

function availabilityPart(wished: number, covered: number, stated: number, reasons?: string[]): number {
  if (wished === 0) {
    reasons?.push('resident has no time wish');
    return 1;
  }
  if (stated === 0) {
    reasons?.push('availability not stated, counted as neutral');
    return NEUTRAL;
  }
  reasons?.push(`available at ${covered} of ${wished} wished times`);
  return covered / wished;
}

function languagePart(wanted: string[], spoken: string[], reasons?: string[]): number {
  if (wanted.length === 0) {
    reasons?.push('resident has no language preference');
    return 1;
  }
  const speaks = (language: string) => spoken.some((own) => own.toLowerCase() === language.toLowerCase());
  if (!reasons) return wanted.some(speaks) ? 1 : 0;
  const shared = wanted.filter(speaks);
  reasons.push(shared.length > 0 ? `speaks ${shared.join(', ')}` : `speaks none of ${wanted.join(', ')}`);
  return shared.length > 0 ? 1 : 0;
}

function loadPart(activeMatches: number, reasons?: string[]): number {
  if (activeMatches === 0) {
    reasons?.push('has no other match now');
    return 1;
  }
  reasons?.push('has other matches now, with room for more');
  return 0.5;
}

function continuityPart(request: RequestProfile, helper: HelperProfile, reasons?: string[]): number {
  if (request.requesterId === null || !helper.earlierRequesters.includes(request.requesterId)) {
    reasons?.push('has not helped this resident before');
    return 0;
  }
  reasons?.push(request.intensity === 'LONG_TERM' ? 'helped this resident before: a fixed helper for long-term help' : 'helped this resident before');
  return 1;
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
