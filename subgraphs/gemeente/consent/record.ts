// Recording and revoking consent. No organisation opens data by its own say-so: a consent is recorded by
// the organisation that holds the records it opens (naming the recipient), or by the resident themself
// (their token is bound to their Person key), never by the recipient alone; it carries its evidence. The
// resident or the holder revokes it. Both are personal-data writes, logged in the same transaction.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Caller, Purpose } from '../../../platform/caller';
import { badInput, notFound } from '../../../platform/errors';
import { checkClientMutationId, createOnce } from '../../kit/idempotent-create';
import { forbidden, purposeNotAllowed } from '../../kit/access/errors';
import { mayUsePurpose, purposesOf } from '../../kit/access/purposes';
import type { PersonalDataAccess } from '../../kit/access/personal-data';
import type { Database } from '../../kit/database';
import type { GrantConsentInput } from '../generated/resolvers-types';
import { Consent, Organisation } from '../entities';
import type { ConsentRecorder } from '../entities/consent';
import { recordEvent } from '../../kit/events/outbox';

const DAY_MS = 24 * 3600 * 1000;
const MAX_VALIDITY_MS = 2 * 366 * DAY_MS;
const MAX_AGE_MS = 366 * DAY_MS;
/** What a pseudonymous Person key looks like (its existence is not checked, see grantConsent). */
const PERSON_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/** Clocks differ a little: a givenAt up to this far ahead of ours counts as now. */
const CLOCK_SKEW_MS = 60_000;

interface ConsentContext {
  db: Database;
  caller: Caller;
  personalData: PersonalDataAccess;
}

const isResidentThemself = (caller: Caller, personId: string) => caller.roles.includes('resident') && caller.personId === personId;

/** Who records this consent (the holder's staff or the resident), or a refusal saying who may. */
function recorderOf(caller: Caller, input: GrantConsentInput): ConsentRecorder {
  if (isResidentThemself(caller, input.personId)) return 'RESIDENT';
  if (caller.roles.includes('resident')) throw forbidden('A resident records consent about themself only');
  if (caller.organisationId !== input.holderOrganisationId) {
    throw forbidden(
      `Consent is recorded by the organisation that holds the records it opens (holderOrganisationId ${input.holderOrganisationId}), ` +
        `or by the resident; not by ${caller.organisationId}${caller.organisationId === input.recipientOrganisationId ? ', the recipient' : ''}`,
    );
  }
  if (!mayUsePurpose(caller.roles, input.purpose)) throw purposeNotAllowed(caller.roles, input.purpose, purposesOf(caller.roles));
  return 'HOLDER';
}

function validate(input: GrantConsentInput, recorder: ConsentRecorder, now: number): { givenAt: Date; reference: string } {
  const givenAt = input.givenAt ?? new Date(now);
  const reference = input.reference.trim();
  if (!PERSON_KEY.test(input.personId)) throw badInput('personId is a Person key: up to 100 letters, digits and . _ : -', 'input.personId');
  if (input.holderOrganisationId === input.recipientOrganisationId) {
    throw badInput('The recipient is another organisation than the holder (a holder reads its own records without consent)', 'input.recipientOrganisationId');
  }
  if (recorder === 'RESIDENT' && input.method !== 'DIGITAL') throw badInput('A consent the resident records themself is given DIGITAL', 'input.method');
  if (!reference || reference.length > 200 || /[\u0000-\u001f]/.test(reference)) throw badInput('reference is 1–200 characters on one line', 'input.reference');
  if (givenAt.getTime() > now + CLOCK_SKEW_MS) throw badInput('givenAt must not be in the future', 'input.givenAt');
  if (givenAt.getTime() < now - MAX_AGE_MS) throw badInput('givenAt is at most a year ago', 'input.givenAt');
  if (input.validUntil.getTime() <= Math.max(now, givenAt.getTime())) throw badInput('validUntil must be in the future', 'input.validUntil');
  if (input.validUntil.getTime() > now + MAX_VALIDITY_MS) throw badInput('validUntil may be at most two years ahead', 'input.validUntil');
  if (input.clientMutationId !== null && input.clientMutationId !== undefined) checkClientMutationId(input.clientMutationId);
  return { givenAt, reference };
}

/** Writes the consent's processing-log line (a personal-data write) in the transaction that changes it. */
async function logWrite(manager: EntityManager, personalData: PersonalDataAccess, consent: Consent, what: 'grantConsent' | 'revokeConsent') {
  const record = { type: 'Consent', id: consent.id, personId: consent.personId, holders: [consent.holderOrganisationId, consent.recipientOrganisationId], consentPurposes: [] };
  // a write, logged for the purpose the consent is for (and so that purpose's processing activity): that is
  // what recording or revoking it serves
  personalData.log.record(record, what, { ...personalData.caller, purpose: consent.purpose as Purpose }, 'write');
  await personalData.log.write(manager);
}

export async function grantConsent({ db, caller, personalData }: ConsentContext, input: GrantConsentInput): Promise<Consent> {
  const recorder = recorderOf(caller, input);
  const { givenAt, reference } = validate(input, recorder, Date.now());
  return db.transaction(async (manager) => {
    const build = async (): Promise<Consent> => {
      for (const [id, field] of [[input.holderOrganisationId, 'input.holderOrganisationId'], [input.recipientOrganisationId, 'input.recipientOrganisationId']] as const) {
        if (!(await manager.existsBy(Organisation, { id }))) throw badInput(`no organisation "${id}"`, field);
      }
      // The person key is not looked up: the answer must not tell which residents the register knows.
      return manager.create(Consent, {
        id: `consent-${randomUUID()}`,
        personId: input.personId,
        holderOrganisationId: input.holderOrganisationId,
        recipientOrganisationId: input.recipientOrganisationId,
        purpose: input.purpose,
        method: input.method,
        reference,
        grantedAt: givenAt,
        validUntil: input.validUntil,
        recordedBy: caller.subject!,
        recordedByOrganisationId: caller.organisationId!,
        recordedAs: recorder,
        recordedAt: new Date(),
        revokedAt: null,
        revokedBy: null,
        revokedByOrganisationId: null,
      });
    };
    let consent: Consent;
    if (input.clientMutationId === null || input.clientMutationId === undefined) {
      consent = await build();
      await manager.insert(Consent, consent);
    } else {
      // retry keys are the recording organisation's own, or the resident's
      const owner = recorder === 'RESIDENT' ? `resident:${input.personId}` : caller.organisationId!;
      const once = await createOnce(manager, { entity: Consent, scope: 'retryScope', owner, clientMutationId: input.clientMutationId, input, build });
      if (!once.created) return once.record;
      consent = once.record;
    }
    await logWrite(manager, personalData, consent, 'grantConsent');
    await recordEvent(manager, { type: 'CONSENT_GRANTED', subject: { type: 'Consent', id: consent.id } });
    return consent;
  });
}

export async function revokeConsent({ db, caller, personalData }: ConsentContext, id: string): Promise<Consent> {
  return db.transaction(async (manager) => {
    const consent = await manager.findOne(Consent, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const byResident = consent !== null && isResidentThemself(caller, consent.personId);
    const byHolder = consent !== null && caller.organisationId === consent.holderOrganisationId && !caller.roles.includes('resident');
    // someone else's consent is answered as unknown, so consent keys cannot be tried out
    if (!consent || (!byResident && !byHolder && caller.organisationId !== consent.recipientOrganisationId)) throw notFound('Consent', id, 'id');
    if (!byResident && !byHolder) throw forbidden('A consent is revoked by the resident or by the organisation that holds the records it opens, not by the recipient');
    if (byHolder && !mayUsePurpose(caller.roles, consent.purpose)) throw purposeNotAllowed(caller.roles, consent.purpose, purposesOf(caller.roles));
    if (consent.revokedAt === null) {
      consent.revokedAt = new Date();
      consent.revokedBy = caller.subject;
      consent.revokedByOrganisationId = caller.organisationId;
      await manager.save(consent);
      await logWrite(manager, personalData, consent, 'revokeConsent');
      await recordEvent(manager, { type: 'CONSENT_REVOKED', subject: { type: 'Consent', id: consent.id } });
    }
    return consent;
  });
}
