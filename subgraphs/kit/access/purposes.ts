// Doelbinding per role: each role may read personal data only for the purposes it exists for. One table,
// enforced by the kit in every subgraph (personal-data.ts); a purpose outside the caller's roles is
// refused with PURPOSE_NOT_ALLOWED before anything is read. Analysts count, they never read about a person.
import type { Caller, Purpose, Role } from '../../../platform/caller';
import { purposeNotAllowed, purposeRequired, unauthenticated } from './errors';

export const PURPOSES_OF_ROLE: Readonly<Record<Role, readonly Purpose[]>> = {
  /** koppelaar at a welfare organisation: intake, matching, pulling in a professional, coordinating */
  matcher: ['MATCHING', 'REFERRAL', 'COORDINATION', 'SERVICE_DELIVERY'],
  /** beroepskracht: referrals both ways, coordinating, their own care */
  professional: ['REFERRAL', 'COORDINATION', 'SERVICE_DELIVERY'],
  /** a cooperative's coordinator: neighbours' help, coordinating, their own activities */
  'cooperative-coordinator': ['MATCHING', 'COORDINATION', 'SERVICE_DELIVERY'],
  /** a partner's own system acts for its staff; every request still names one purpose */
  'partner-system': ['MATCHING', 'REFERRAL', 'COORDINATION', 'SERVICE_DELIVERY'],
  /** dashboards only: counts with small-count suppression, never a person */
  analyst: [],
  /** an organisation's administrator: AVG requests about its own records */
  'hub-admin': ['DATA_SUBJECT_REQUEST'],
  /** the gemeente's functionaris gegevensbescherming: AVG requests hub-wide */
  'data-protection-officer': ['DATA_SUBJECT_REQUEST'],
  /** a resident about themself: inzage, their own consents */
  resident: ['DATA_SUBJECT_REQUEST'],
};

/** The purposes any of the caller's roles exists for. */
export function purposesOf(roles: readonly Role[]): Purpose[] {
  return [...new Set(roles.flatMap((role) => PURPOSES_OF_ROLE[role] ?? []))];
}

export function mayUsePurpose(roles: readonly Role[], purpose: Purpose): boolean {
  return roles.some((role) => (PURPOSES_OF_ROLE[role] ?? []).includes(purpose));
}

/** The caller's purpose, once it is known to be one of the caller's roles' (else a clear refusal). */
export function assertPurpose(caller: Caller): Purpose {
  if (caller.subject === null || caller.organisationId === null) throw unauthenticated();
  if (caller.purpose === null) throw purposeRequired();
  if (!mayUsePurpose(caller.roles, caller.purpose)) throw purposeNotAllowed(caller.roles, caller.purpose, purposesOf(caller.roles));
  return caller.purpose;
}
