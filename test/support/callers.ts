// Callers for the tests: bearer tokens for the gateway, signed identities for calling a subgraph directly.
import type { Partner } from '../../platform/config';
import { newTrace, type Caller, type Purpose, type Role } from '../../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../../platform/identity';
import { subgraphSecret } from '../../platform/config';
import { mintToken } from '../../hub/mint-token';

export interface TestCaller {
  org: string;
  roles: Role[];
  purpose?: Purpose;
  /** For the role `resident`: their own Person key. */
  person?: string;
}

/** Headers a partner system or staff user sends to the gateway; none for the anonymous caller. */
export function gatewayHeaders(caller?: TestCaller): Record<string, string> {
  if (!caller) return {};
  const headers: Record<string, string> = { authorization: `Bearer ${mintToken({ org: caller.org, roles: caller.roles, person: caller.person })}` };
  if (caller.purpose) headers['x-purpose'] = caller.purpose;
  return headers;
}

/** The identity header the gateway would send to `partner` for this caller (anonymous when none). */
export function identityHeaders(partner: Partner, caller?: TestCaller): Record<string, string> {
  const identity: Caller = caller
    ? { organisationId: caller.org, subject: `${caller.roles[0]}@${caller.org}`, roles: caller.roles, personId: caller.person ?? null, purpose: caller.purpose ?? null, ...newTrace() }
    : { organisationId: null, subject: null, roles: [], personId: null, purpose: null, ...newTrace() };
  return { [IDENTITY_HEADER]: signIdentity(identity, partner, subgraphSecret(partner, process.env)) };
}
