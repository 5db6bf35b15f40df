// A welfare organisation registers its volunteers and keeps them up to date: the helper profile (shared with
// bewoners' neighbours, kit/helper-profile.ts), pause and end. Each write is one transaction, validated
// before it writes, by the volunteer's own organisation only, and logged (the volunteer's data is personal).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite, writtenFields } from '../kit/access/write-log';
import { assertBuurt } from '../kit/areas';
import { helperStatusMove, newProfile, openMatchesConflict, profileChanges, type HelperStatus } from '../kit/helper-profile';
import { createOnce } from '../kit/idempotent-create';
import { checkPoint, roundLocation, type GeoPoint } from '../kit/matching/location';
import { Match, Volunteer } from './entities';
import { OPEN_MATCH_STATES } from './entities/match';
import type { RegisterVolunteerInput, UpdateVolunteerInput } from './generated/resolvers-types';
import { volunteerPolicy } from './policies';

const MAX_LOAD_CAP = 10;

/** Where the helper lives, stored rounded (kit/matching/location.ts). */
const home = (location: GeoPoint, field: string): GeoPoint => roundLocation(checkPoint(location, field));

function loadCap(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_LOAD_CAP) throw badInput(`${field} must be 1–${MAX_LOAD_CAP}`, field);
  return value;
}

/** The fields of a write, for the processing log: the input's own names. */
export async function registerVolunteer(manager: EntityManager, input: RegisterVolunteerInput, caller: Caller, personalData: PersonalDataAccess): Promise<Volunteer> {
  return (await registerVolunteerOnce(manager, input, caller, personalData)).record;
}

/** registerVolunteer, saying whether it registered one now (false: a retry of the same input). */
export async function registerVolunteerOnce(manager: EntityManager, input: RegisterVolunteerInput, caller: Caller, personalData: PersonalDataAccess): Promise<{ record: Volunteer; created: boolean }> {
  const now = new Date();
  const fields = {
    homeAreaCode: assertBuurt(input.homeArea, 'input.homeArea'),
    ...(input.location ? home(input.location, 'input.location') : { latitude: null, longitude: null }),
    ...newProfile(input.profile, 'input.profile', now),
    loadCap: loadCap(input.loadCap ?? 2, 'input.loadCap'),
  };
  const { record, created } = await createOnce(manager, {
    entity: Volunteer,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () =>
      manager.create(Volunteer, {
        id: `volunteer-${randomUUID()}`,
        ...fields,
        available: true,
        status: 'ACTIVE',
        pausedUntil: null,
        statusReason: null,
        statusChangedAt: now,
        registeredAt: now,
        updatedAt: now,
      }),
  });
  if (created) await logPersonalDataWrite(manager, personalData, volunteerPolicy, record, writtenFields(input));
  return { record, created };
}

/** Loads and locks one of the caller's organisation's volunteers. */
function ownVolunteer(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<Volunteer> {
  return lockOwnRow(manager, Volunteer, id, personalDataWriteRule(volunteerPolicy, personalData), caller, 'id');
}

export async function updateVolunteer(manager: EntityManager, id: string, input: UpdateVolunteerInput, caller: Caller, personalData: PersonalDataAccess): Promise<Volunteer> {
  const changes: Partial<Volunteer> = {
    ...(input.homeArea != null ? { homeAreaCode: assertBuurt(input.homeArea, 'input.homeArea') } : {}),
    ...(input.location != null ? home(input.location, 'input.location') : {}),
    ...(input.profile != null ? profileChanges(input.profile, 'input.profile') : {}),
    ...(input.loadCap != null ? { loadCap: loadCap(input.loadCap, 'input.loadCap') } : {}),
  };
  const volunteer = await ownVolunteer(manager, id, caller, personalData);
  if (volunteer.status === 'ENDED') throw conflict(`Volunteer ${id} has ended; register them again to come back`, 'id');
  Object.assign(volunteer, changes, { updatedAt: new Date() });
  const saved = await manager.save(volunteer);
  await logPersonalDataWrite(manager, personalData, volunteerPolicy, saved, writtenFields(input));
  return saved;
}

/** Moves a volunteer to `to` (state machine in kit/helper-profile.ts), recording when and why. */
export async function moveVolunteer(
  manager: EntityManager,
  id: string,
  to: HelperStatus,
  change: { until?: string | null; reason?: string | null },
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<Volunteer> {
  const move = helperStatusMove(to, change);
  const volunteer = await ownVolunteer(manager, id, caller, personalData);
  move.apply(volunteer, 'volunteer');
  if (to === 'ENDED') {
    const open = await manager.find(Match, { select: { status: true }, where: { volunteerId: id, status: In([...OPEN_MATCH_STATES]) }, order: { id: 'ASC' } });
    const refused = openMatchesConflict('Volunteer', id, open.map((match) => match.status));
    if (refused) throw refused;
  }
  const saved = await manager.save(volunteer);
  await logPersonalDataWrite(manager, personalData, volunteerPolicy, saved, move.written);
  return saved;
}
