// A cooperative records who its members are: one current membership per resident, a role, an end. Personal
// data of the member, held by the cooperative (policies.ts); writes are the cooperative's and are logged.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { createOnce } from '../kit/idempotent-create';
import { checkId } from '../kit/validation';
import { Membership } from './entities';
import type { CreateMembershipInput, MembershipRole } from './generated/resolvers-types';
import { membershipPolicy } from './policies';

const today = () => new Date().toISOString().slice(0, 10);

export async function createMembership(manager: EntityManager, input: CreateMembershipInput, caller: Caller, personalData: PersonalDataAccess): Promise<Membership> {
  const personId = checkId(input.personId, 'input.personId');
  const since = input.since ?? today();
  if (since > today()) throw badInput('since must not be in the future', 'input.since');
  const { record, created } = await createOnce(manager, {
    entity: Membership,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      // one current membership per resident and cooperative (the unique index has the last word)
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`membership|${caller.organisationId}|${personId}`]);
      if (await manager.existsBy(Membership, { organisationId: caller.organisationId!, personId, endedOn: IsNull() })) {
        throw conflict(`Resident ${personId} is a member already`, 'input.personId');
      }
      return manager.create(Membership, { id: `membership-${randomUUID()}`, personId, role: input.role ?? 'MEMBER', since, endedOn: null });
    },
  });
  if (created) await logPersonalDataWrite(manager, personalData, membershipPolicy, record, ['person', 'role', 'since']);
  return record;
}

function ownMembership(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<Membership> {
  return lockOwnRow(manager, Membership, id, personalDataWriteRule(membershipPolicy, personalData), caller, 'id');
}

export async function updateMembership(manager: EntityManager, id: string, role: MembershipRole, caller: Caller, personalData: PersonalDataAccess): Promise<Membership> {
  const membership = await ownMembership(manager, id, caller, personalData);
  if (membership.endedOn) throw conflict(`Membership ${id} ended on ${membership.endedOn}`, 'id');
  membership.role = role;
  const saved = await manager.save(membership);
  await logPersonalDataWrite(manager, personalData, membershipPolicy, saved, ['role']);
  return saved;
}

export async function endMembership(manager: EntityManager, id: string, endedOn: string | null | undefined, caller: Caller, personalData: PersonalDataAccess): Promise<Membership> {
  const day = endedOn ?? today();
  if (day > today()) throw badInput('endedOn must not be in the future', 'endedOn');
  const membership = await ownMembership(manager, id, caller, personalData);
  if (membership.endedOn) return membership; // safe to retry
  if (day < membership.since) throw badInput(`endedOn must not be before the membership started (${membership.since})`, 'endedOn');
  membership.endedOn = day;
  const saved = await manager.save(membership);
  await logPersonalDataWrite(manager, personalData, membershipPolicy, saved, ['endedOn']);
  return saved;
}
