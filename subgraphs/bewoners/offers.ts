// A cooperative registers its neighbours' offers (aanbod) and keeps them up to date: the helper profile
// (shared with welzijn's volunteers, kit/helper-profile.ts), a VOG where the cooperative checks one, pause
// and end. One transaction each, validated first, by the neighbour's own cooperative only (a matcher reading
// the offer with consent may not change it), and logged: the offer is the neighbour's personal data.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite, writtenFields } from '../kit/access/write-log';
import { assertBuurt } from '../kit/areas';
import { helperStatusMove, newProfile, profileChanges, type HelperStatus } from '../kit/helper-profile';
import { createOnce } from '../kit/idempotent-create';
import { checkPoint, roundLocation, type GeoPoint } from '../kit/matching/location';
import { checkId } from '../kit/validation';
import { HelpOffer } from './entities';
import type { RegisterHelpOfferInput, UpdateHelpOfferInput } from './generated/resolvers-types';
import { helpOfferPolicy } from './policies';

/** Where the helper lives, stored rounded (kit/matching/location.ts). */
const home = (location: GeoPoint, field: string): GeoPoint => roundLocation(checkPoint(location, field));

export async function registerHelpOffer(manager: EntityManager, input: RegisterHelpOfferInput, caller: Caller, personalData: PersonalDataAccess): Promise<HelpOffer> {
  const now = new Date();
  const fields = {
    helperId: checkId(input.helperId, 'input.helperId'),
    areaCode: assertBuurt(input.area, 'input.area'),
    ...(input.location ? home(input.location, 'input.location') : { latitude: null, longitude: null }),
    ...newProfile(input.profile, 'input.profile', now),
  };
  const { record, created } = await createOnce(manager, {
    entity: HelpOffer,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () =>
      manager.create(HelpOffer, {
        id: `help-offer-${randomUUID()}`,
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
  if (created) await logPersonalDataWrite(manager, personalData, helpOfferPolicy, record, writtenFields(input));
  return record;
}

/** Loads and locks one of the caller's cooperative's offers. */
export function ownHelpOffer(manager: EntityManager, id: string, caller: Caller, personalData: PersonalDataAccess): Promise<HelpOffer> {
  return lockOwnRow(manager, HelpOffer, id, personalDataWriteRule(helpOfferPolicy, personalData), caller, 'id');
}

export async function updateHelpOffer(manager: EntityManager, id: string, input: UpdateHelpOfferInput, caller: Caller, personalData: PersonalDataAccess): Promise<HelpOffer> {
  const changes: Partial<HelpOffer> = {
    ...(input.area != null ? { areaCode: assertBuurt(input.area, 'input.area') } : {}),
    ...(input.location != null ? home(input.location, 'input.location') : {}),
    ...(input.profile != null ? profileChanges(input.profile, 'input.profile') : {}),
  };
  const offer = await ownHelpOffer(manager, id, caller, personalData);
  if (offer.status === 'ENDED') throw conflict(`Help offer ${id} has ended; register a new one`, 'id');
  Object.assign(offer, changes, { updatedAt: new Date() });
  const saved = await manager.save(offer);
  await logPersonalDataWrite(manager, personalData, helpOfferPolicy, saved, writtenFields(input));
  return saved;
}

/** Pauses or resumes an offer (state machine in kit/helper-profile.ts), recording when and why; ending is offer-ending.ts. */
export async function moveHelpOffer(
  manager: EntityManager,
  id: string,
  to: Exclude<HelperStatus, 'ENDED'>,
  change: { until?: string | null; reason?: string | null },
  caller: Caller,
  personalData: PersonalDataAccess,
): Promise<HelpOffer> {
  const move = helperStatusMove(to, change);
  const offer = await ownHelpOffer(manager, id, caller, personalData);
  move.apply(offer, 'help offer');
  const saved = await manager.save(offer);
  await logPersonalDataWrite(manager, personalData, helpOfferPolicy, saved, move.written);
  return saved;
}
