// Handing a hulpvraag over to another informal organisation (overdracht): a transition of its holder, not
// of its state. One transaction: the receiver becomes the holder, the sender a former holder (it keeps its
// own part, policies.ts), the hand-over is recorded (from, to, why, who, when), a board listing is taken
// off (the receiver decides whether to release it again), the sender's ask-and-cascade is cancelled, the
// event is recorded and the write is logged.
// Only from ASSESSED or OPEN without an open match: a proposed, introduced or active helper belongs to the
// sender's work and is ended or declined first.
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { assertOwnRow, lockOwnRow, personalDataWriteRule } from '../kit/access/own-row';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { createOnce } from '../kit/idempotent-create';
import { checkId, requiredText } from '../kit/validation';
import { recordEvent } from '../kit/events/outbox';
import type { TransferHelpRequestInput } from './generated/resolvers-types';
import { BoardListing, HelpRequest, HelpRequestTransfer, Match } from './entities';
import { OPEN_MATCH_STATES } from './entities/match';
import type { HelpRequestStatus } from './entities/help-request';
import { helpRequestPolicy, helpRequestTransferPolicy } from './policies';
import type { OrganisationRegistry } from './organisations';
import { scheduleRuleCascade } from './cascade-rule-trigger';
import { cancelCascadeOfFormerHolder } from './cascade';

const TRANSFERABLE: readonly HelpRequestStatus[] = ['ASSESSED', 'OPEN'];
const MAX_REASON = 1000;

/** Only the holding organisation hands a hulpvraag over; a referring professional reads it, but does not. */
const holderTransfers = (personalData: PersonalDataAccess) =>
  personalDataWriteRule(helpRequestPolicy, personalData, {
    writersOf: (request) => [request.intakeOrganisationId],
    refusal: 'a hulpvraag is handed over by the organisation holding it; consent gives reading, not writing',
  });

export async function transferHelpRequest(
  manager: EntityManager,
  input: TransferHelpRequestInput,
  caller: Caller,
  personalData: PersonalDataAccess,
  registry: OrganisationRegistry,
): Promise<HelpRequestTransfer> {
  checkId(input.helpRequestId, 'input.helpRequestId');
  const to = checkId(input.toOrganisationId, 'input.toOrganisationId');
  const reason = requiredText(input.reason, 'input.reason', MAX_REASON);
  const rule = holderTransfers(personalData);
  let request: HelpRequest | undefined; // locked by the hand-over, when the key is new
  const { record, created } = await createOnce(manager, {
    entity: HelpRequestTransfer,
    scope: 'recordedByOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      // refused before gemeente is asked, so a caller that may not hand it over learns nothing from the answer
      await assertOwnRow(manager, HelpRequest, input.helpRequestId, rule, caller, 'input.helpRequestId');
      if (to === caller.organisationId) throw badInput('a hulpvraag is handed over to another organisation than yours', 'input.toOrganisationId');
      await registry.assertInformal(to, { ...caller, spanId: personalData.log.spanId }, 'input.toOrganisationId');
      request = await lockOwnRow(manager, HelpRequest, input.helpRequestId, rule, caller, 'input.helpRequestId');
      if (!TRANSFERABLE.includes(request.status)) {
        throw conflict(`Hulpvraag ${request.id} is ${request.status}; only an ASSESSED or OPEN hulpvraag is handed over`, 'input.helpRequestId');
      }
      const open = await manager.countBy(Match, { helpRequestId: request.id, status: In([...OPEN_MATCH_STATES]) });
      if (open > 0) throw conflict(`Hulpvraag ${request.id} has ${open} open match(es); end or decline them before handing it over`, 'input.helpRequestId');
      return manager.create(HelpRequestTransfer, {
        id: `help-request-transfer-${randomUUID()}`,
        helpRequestId: request.id,
        requesterId: request.requesterId,
        fromOrganisationId: request.intakeOrganisationId,
        toOrganisationId: to,
        reason,
        bySubject: caller.subject!,
        at: new Date(),
      });
    },
  });
  if (created && request) {
    const formerHolders = [...new Set([...request.formerHolderOrganisationIds, record.fromOrganisationId])].filter((id) => id !== to);
    await manager.update(HelpRequest, { id: request.id }, { intakeOrganisationId: to, formerHolderOrganisationIds: formerHolders });
    await manager.update(BoardListing, { helpRequestId: request.id }, { organisationId: to, withdrawnAt: () => 'coalesce(withdrawn_at, now())' });
    await cancelCascadeOfFormerHolder(manager, request.id, record.fromOrganisationId);
    await recordEvent(manager, { type: 'HELP_REQUEST_TRANSFERRED', subject: { type: 'HelpRequest', id: request.id } });
    // logged with the hulpvraag's holders when it was written (the sender's)
    await logPersonalDataWrite(manager, personalData, helpRequestPolicy, request, ['intakeOrganisation']);
    await logPersonalDataWrite(manager, personalData, helpRequestTransferPolicy, record, ['helpRequest', 'from', 'to', 'reason']);
    // an OPEN hulpvraag is now OPEN at the receiver: the receiver's cascade rule may fire
    await scheduleRuleCascade(manager, { ...request, intakeOrganisationId: to });
  }
  return record;
}
