// Cascade rules: an organisation's matcher declares, per category, that its hulpvragen are put to an
// ask-and-cascade (cascade.ts) as they become OPEN, without anyone starting it. The trigger
// (cascade-rule-trigger.ts) adds a job in the transaction that makes the hulpvraag OPEN; the job below starts
// the cascade, ranked like startCascade without a list. It checks everything again under the hulpvraag's
// lock (still OPEN, still held by an organisation with a rule for its category, no cascade asking) and
// otherwise stops quietly. When none of the organisation's volunteers can be proposed it records nothing,
// as startCascade writes nothing without candidates: the hulpvraag stays OPEN in the matcher's list.
import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { newTrace, type Caller } from '../../platform/caller';
import { checkClientMutationId, createOnce } from '../kit/idempotent-create';
import { ProcessingLog } from '../kit/access/processing-log';
import type { Database } from '../kit/database';
import { CascadeRule, HelpRequest } from './entities';
import { checkAnswerWithinHours, isAsking, rankVolunteers, startRuleCascade } from './cascade';
import { ruleInForce } from './cascade-rule-trigger';
import { volunteerCandidatesLoader } from './candidates';
import type { RemoveCascadeRuleInput, SetCascadeRuleInput } from './generated/resolvers-types';

/** Sets and removals of one organisation's rule for one category wait for each other. */
const lockRuleOf = (manager: EntityManager, organisationId: string, category: string) =>
  manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`cascade_rule|${organisationId}|${category}`]);

/** Ends the organisation's rule in force for the category (set again or removed); the ended rule, if there was one. */
async function endRule(manager: EntityManager, organisationId: string, category: string): Promise<CascadeRule | null> {
  await lockRuleOf(manager, organisationId, category);
  const rule = await ruleInForce(manager, organisationId, category);
  if (rule) await manager.save(Object.assign(rule, { replacedAt: new Date() }));
  return rule;
}

/** Sets the caller's organisation's rule for a category, replacing the one in force; a retry gets the rule it set. */
export async function setCascadeRule(manager: EntityManager, input: SetCascadeRuleInput, caller: Caller): Promise<CascadeRule> {
  const hours = checkAnswerWithinHours(input.answerWithinHours);
  const { record } = await createOnce(manager, {
    entity: CascadeRule,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      await endRule(manager, caller.organisationId!, input.category);
      return manager.create(CascadeRule, {
        id: `cascade-rule-${randomUUID()}`,
        category: input.category,
        answerWithinHours: hours,
        setBy: caller.subject!,
        setAt: new Date(),
        replacedAt: null,
      });
    },
  });
  return record;
}

/** Removes the caller's organisation's rule for a category; null when none was in force. */
export function removeCascadeRule(manager: EntityManager, input: RemoveCascadeRuleInput, caller: Caller): Promise<CascadeRule | null> {
  if (input.clientMutationId != null) checkClientMutationId(input.clientMutationId);
  return endRule(manager, caller.organisationId!, input.category);
}

/** The caller's organisation's rules in force, by category. */
export const cascadeRules = (db: Database, caller: Caller): Promise<CascadeRule[]> =>
  db.getRepository(CascadeRule).find({ where: { organisationId: caller.organisationId!, replacedAt: IsNull() }, order: { category: 'ASC' } });

/** The rule acting for its organisation, as the processing log names it: who (the organisation, the rule) and why (matching). */
const ruleCaller = (rule: CascadeRule): Caller => ({
  organisationId: rule.organisationId,
  subject: `cascade-rule:${rule.id}`,
  roles: [],
  personId: null,
  purpose: 'MATCHING',
  ...newTrace(),
});

/** The rule job: starts the cascade when everything still holds, else does nothing. Idempotent (a second run finds it asking). */
export async function runCascadeRule(db: Database, payload: { helpRequestId: string }): Promise<void> {
  await db.transaction(async (manager) => {
    const request = await manager.findOne(HelpRequest, { where: { id: payload.helpRequestId }, lock: { mode: 'pessimistic_write' } });
    if (!request || request.status !== 'OPEN') return;
    const rule = await ruleInForce(manager, request.intakeOrganisationId, request.category);
    if (!rule || (await isAsking(manager, request.id))) return;
    const caller = ruleCaller(rule);
    const list = await rankVolunteers(volunteerCandidatesLoader(db, caller))(request);
    if (!list.length) return;
    await startRuleCascade(manager, request, rule, list, { caller, log: new ProcessingLog() });
  });
}
