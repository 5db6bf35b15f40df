// The point-of-attention note (aandachtspunt) on a hulpvraag: a disability or something the helper should
// know before the introduction. Health data, a special category (AVG art. 9): short, set and cleared by the
// holder, every write logged; who reads it is declared in policies.ts (holders, and the organisation of a
// volunteer whose match is open), never the board.
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite } from '../kit/access/write-log';
import type { HelpRequest } from './entities';
import { helpRequestPolicy } from './policies';

export const MAX_ATTENTION_NOTE = 500;

/** The note as given: trimmed, 1–500 characters; null (or left out) for none. */
export function attentionNote(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) throw badInput(`${field} must not be blank; send null to clear it`, field);
  if (text.length > MAX_ATTENTION_NOTE) throw badInput(`${field} is at most ${MAX_ATTENTION_NOTE} characters`, field);
  return text;
}

/** Logs that the note of `request` was set or cleared, in the write's transaction. */
export function logAttentionNoteWrite(manager: EntityManager, personalData: PersonalDataAccess, request: HelpRequest): Promise<void> {
  return logPersonalDataWrite(manager, personalData, helpRequestPolicy, request, ['attentionNote']);
}
