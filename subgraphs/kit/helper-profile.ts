// The helper profile: the same fields and rules for welzijn's volunteers and bewoners' neighbours' offers,
// so both pools are registered alike and the shared scoring function (matching/scoring.ts) reads them alike.
// - categories, limits (HelperLimit codes), a VOG with its date of issue, insurance, radius, languages,
//   availability slots, trainings and competences;
// - a life: ACTIVE ⇄ PAUSED (until a date) → ENDED. A pause whose last day has passed is over by itself.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { GraphQLError } from 'graphql';
import { badInput, conflict } from '../../platform/errors';
import { isSlot } from './matching/scoring';
import { assertTransition, type StateMachine } from './state-machine';
import { checkLanguages, optionalText, requiredText } from './validation';

/**
 * How long a VOG counts. Organisations ask for a new VOG every three years (and for one not older than a few
 * months at the start, which is theirs to check when they record it).
 */
export const VOG_VALID_YEARS = 3;

/** Whether a VOG issued on `issuedOn` (YYYY-MM-DD) still counts on `today`. */
export function vogValid(issuedOn: string | null, today = new Date()): boolean {
  if (issuedOn === null) return false;
  const expires = new Date(`${issuedOn}T00:00:00Z`);
  expires.setUTCFullYear(expires.getUTCFullYear() + VOG_VALID_YEARS);
  return expires.getTime() > today.getTime();
}

/**
 * The scoring's hasVog for a stored helper: a VOG on record that has not expired. Rows recorded before VOG
 * dates were kept (has_vog without a date) count as on record.
 */
export function hasValidVog(row: { has_vog: boolean; vog_issued_on: string | Date | null }, today = new Date()): boolean {
  if (!row.has_vog) return false;
  if (row.vog_issued_on === null) return true;
  return vogValid(dateText(row.vog_issued_on), today);
}

/** node-pg reads a raw `date` as local midnight; TypeORM entities read it as text. */
const dateText = (value: string | Date): string =>
  value instanceof Date ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}` : value;

export type HelperStatus = 'ACTIVE' | 'PAUSED' | 'ENDED';

export const HELPER_TRANSITIONS: StateMachine<HelperStatus> = {
  ACTIVE: ['PAUSED', 'ENDED'],
  PAUSED: ['ACTIVE', 'PAUSED', 'ENDED'],
  ENDED: [],
};

/** The status as it holds today: a pause is over after its last day. */
export function effectiveStatus(status: HelperStatus, pausedUntil: string | null, today = new Date()): HelperStatus {
  if (status === 'PAUSED' && pausedUntil !== null && pausedUntil < today.toISOString().slice(0, 10)) return 'ACTIVE';
  return status;
}

/** SQL condition over a helper table's alias: the helper is offered for matching today (ACTIVE, or a pause that is over). */
export function matchableSql(alias: string): string {
  return `(${alias}.status = 'ACTIVE' OR (${alias}.status = 'PAUSED' AND ${alias}.paused_until < current_date))`;
}

export interface Training {
  name: string;
  completedOn: string | null;
}

/** The profile as stored (the entity properties both pools share). */
export interface HelperProfileRecord {
  categories: string[];
  limits: string[];
  hasVog: boolean;
  vogIssuedOn: string | null;
  insured: boolean;
  maxDistanceKm: number;
  languages: string[];
  availability: string[];
  trainings: Training[];
  competences: string[];
}

/** HelperProfileInput and HelperProfileChanges (schema/shared.graphql): every field may be left out of a change. */
export interface HelperProfileFields {
  categories?: string[] | null;
  limits?: string[] | null;
  vogIssuedOn?: string | null;
  clearVog?: boolean | null;
  insured?: boolean | null;
  maxDistanceKm?: number | null;
  languages?: string[] | null;
  availability?: string[] | null;
  trainings?: { name: string; completedOn?: string | null }[] | null;
  competences?: string[] | null;
}

const MAX_RADIUS_KM = 50;
const MAX_TRAININGS = 50;
const MAX_COMPETENCES = 30;

const todayText = (now: Date) => now.toISOString().slice(0, 10);

/** Checks the fields given (each refusal names its path under `field`) and returns them as stored. */
export function profileChanges(input: HelperProfileFields, field: string, now = new Date()): Partial<HelperProfileRecord> {
  const changes: Partial<HelperProfileRecord> = {};
  if (input.categories != null) {
    if (!input.categories.length) throw badInput(`${field}.categories needs at least one kind of help`, `${field}.categories`);
    changes.categories = [...new Set(input.categories)];
  }
  if (input.limits != null) changes.limits = [...new Set(input.limits)];
  if (input.vogIssuedOn != null && input.clearVog) throw badInput(`${field}: give vogIssuedOn or clearVog, not both`, `${field}.clearVog`);
  if (input.vogIssuedOn != null) {
    if (input.vogIssuedOn > todayText(now)) throw badInput(`${field}.vogIssuedOn must not be in the future`, `${field}.vogIssuedOn`);
    if (!vogValid(input.vogIssuedOn, now)) throw badInput(`${field}.vogIssuedOn: a VOG counts for ${VOG_VALID_YEARS} years; this one has expired`, `${field}.vogIssuedOn`);
    Object.assign(changes, { hasVog: true, vogIssuedOn: input.vogIssuedOn });
  }
  if (input.clearVog) Object.assign(changes, { hasVog: false, vogIssuedOn: null });
  if (input.insured != null) changes.insured = input.insured;
  if (input.maxDistanceKm != null) {
    const km = input.maxDistanceKm;
    if (!Number.isFinite(km) || km <= 0 || km > MAX_RADIUS_KM) throw badInput(`${field}.maxDistanceKm must be more than 0 and at most ${MAX_RADIUS_KM}`, `${field}.maxDistanceKm`);
    changes.maxDistanceKm = km;
  }
  if (input.languages != null) changes.languages = checkLanguages(input.languages, `${field}.languages`);
  if (input.availability != null) {
    if (input.availability.some((slot) => !isSlot(slot))) throw badInput(`${field}.availability: unknown time slot`, `${field}.availability`);
    changes.availability = [...new Set(input.availability)];
  }
  if (input.trainings != null) {
    if (input.trainings.length > MAX_TRAININGS) throw badInput(`${field}.trainings: at most ${MAX_TRAININGS}`, `${field}.trainings`);
    changes.trainings = input.trainings.map((training, i) => {
      const completedOn = training.completedOn ?? null;
      if (completedOn !== null && completedOn > todayText(now)) throw badInput(`${field}.trainings.${i}.completedOn must not be in the future`, `${field}.trainings.${i}.completedOn`);
      return { name: requiredText(training.name, `${field}.trainings.${i}.name`, 200), completedOn };
    });
  }
  if (input.competences != null) {
    if (input.competences.length > MAX_COMPETENCES) throw badInput(`${field}.competences: at most ${MAX_COMPETENCES}`, `${field}.competences`);
    changes.competences = [...new Set(input.competences.map((competence, i) => requiredText(competence, `${field}.competences.${i}`, 100)))];
  }
  return changes;
}

/** A new helper's profile: the given fields over the defaults of HelperProfileInput. */
export function newProfile(input: HelperProfileFields & { categories: string[] }, field: string, now = new Date()): HelperProfileRecord {
  return {
    categories: [],
    limits: [],
    hasVog: false,
    vogIssuedOn: null,
    insured: false,
    maxDistanceKm: 3,
    languages: ['nl'],
    availability: [],
    trainings: [],
    competences: [],
    ...profileChanges({ ...input, clearVog: null }, field, now),
  };
}

/** A pause lasts until a day that has not passed; at most a year, after which one ends or pauses again. */
export function pauseUntil(until: string, field: string, now = new Date()): string {
  const today = todayText(now);
  if (until < today) throw badInput(`${field} must be today or later`, field);
  const limit = new Date(now.getTime() + 366 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (until > limit) throw badInput(`${field}: a pause lasts at most a year`, field);
  return until;
}

/**
 * The rule for ending a helper (a volunteer, a neighbour's offer) who still has open matches (proposed,
 * introduced or active): refused, naming the matches' states, so a hulpvraag never keeps a helper who has
 * gone; the matcher ends, declines or hands over those matches first. Pausing keeps them going.
 */
export function openMatchesConflict(what: string, id: string, states: readonly string[]): GraphQLError | null {
  if (!states.length) return null;
  return conflict(`${what} ${id} has open matches (${states.join(', ')}): end, decline or hand them over first`, 'id');
}

/**
 * A helper's move to `to` (pause, resume, end): the input checked at once (`until`, `reason`), then `apply`
 * checks the state machine on the helper's own row and sets the fields; `written` names them for the log.
 */
export function helperStatusMove(to: HelperStatus, change: { until?: string | null; reason?: string | null }) {
  const reason = optionalText(change.reason, 'reason');
  const until = to === 'PAUSED' ? pauseUntil(change.until!, 'until') : null;
  return {
    written: ['status', ...(until ? ['pausedUntil'] : []), ...(reason ? ['statusReason'] : [])],
    apply(helper: { status: HelperStatus; pausedUntil: string | null }, kind: string): void {
      assertTransition(HELPER_TRANSITIONS, kind, effectiveStatus(helper.status, helper.pausedUntil), to, 'id');
      const now = new Date();
      Object.assign(helper, { status: to, pausedUntil: until, statusReason: reason, statusChangedAt: now, updatedAt: now });
    },
  };
}

/** The columns the helper profile adds to a helper table that has the matching profile already (categories … limits). */
export function helperProfileMigration(table: string, name: string) {
  return class implements MigrationInterface {
    name = name;

    async up(db: QueryRunner): Promise<void> {
      await db.query(`
        ALTER TABLE ${table}
          ADD COLUMN IF NOT EXISTS has_vog boolean NOT NULL DEFAULT false,
          ADD COLUMN IF NOT EXISTS insured boolean NOT NULL DEFAULT false,
          ADD COLUMN vog_issued_on date,
          ADD COLUMN trainings jsonb NOT NULL DEFAULT '[]',
          ADD COLUMN competences text[] NOT NULL DEFAULT '{}',
          ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
          ADD COLUMN paused_until date,
          ADD COLUMN status_reason text,
          ADD COLUMN status_changed_at timestamptz,
          ADD CONSTRAINT ${table}_pause_has_end CHECK (status <> 'PAUSED' OR paused_until IS NOT NULL)`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE ${table} DROP COLUMN vog_issued_on, DROP COLUMN trainings, DROP COLUMN competences, DROP COLUMN status,
        DROP COLUMN paused_until, DROP COLUMN status_reason, DROP COLUMN status_changed_at`);
    }
  };
}
