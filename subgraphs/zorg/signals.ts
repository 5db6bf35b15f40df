// Signals without a Person key: a concern about someone in a buurt, raised before anyone has their key
// (createReferral without personId: kind SIGNAL, an area and the text in the note), and linked to the
// resident later by one of its holders. Until then it is nobody's record but its holders': no consent
// reaches it, and no inzage or erasure finds it; once linked it is the resident's like any referral.
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { assertBuurt } from '../kit/areas';
import { checkId } from '../kit/validation';
import type { CreateReferralInput } from './generated/resolvers-types';
import { Referral } from './entities';
import { referralPolicy } from './policies';

/** The checks for a signal that names no resident yet: a SIGNAL, about a buurt, saying what was seen. */
export function checkSignalWithoutPerson(input: CreateReferralInput): void {
  if (input.kind !== 'SIGNAL') throw badInput('a referral names the resident (personId); only a SIGNAL may leave it out', 'input.personId');
  if (!input.area) throw badInput('a signal without a personId names the buurt it concerns', 'input.area');
  assertBuurt(input.area, 'input.area');
  if (!input.note?.trim()) throw badInput('a signal without a personId says what was seen (note)', 'input.note');
}

/** Links a signal raised without a key to the resident, once: by the organisation it was sent to or the one that sent it. */
export async function linkSignalToPerson(manager: EntityManager, args: { id: string; personId: string }, caller: Caller, personalData: PersonalDataAccess): Promise<Referral> {
  const personId = checkId(args.personId, 'personId');
  const signal = await lockOwnRow(manager, Referral, args.id, personalDataWriteRule(referralPolicy, personalData), caller, 'id');
  if (signal.kind !== 'SIGNAL') throw conflict(`Referral ${signal.id} is a referral, not a signal; it names its resident already`, 'id');
  if (signal.personId !== null) throw conflict(`Signal ${signal.id} is linked to a resident already`, 'id');
  signal.personId = personId;
  return manager.save(signal);
}
