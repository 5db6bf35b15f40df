// Where a cascade rule fires: in the transaction that makes a hulpvraag OPEN at an organisation (intake.ts
// moveHelpRequest, transfer.ts), a job is added when that organisation has a rule for the hulpvraag's
// category. The job (cascade-rules.ts) starts the cascade after the commit and checks everything again; its
// key is the hulpvraag's, so reopening it twice before the job runs still starts one cascade.
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { scheduleJob } from '../kit/jobs';
import { CascadeRule, type HelpRequest } from './entities';

/** The rule job's task name (welzijn/index.ts runs it). */
export const CASCADE_RULE_TASK = 'welzijn.cascade-rule';

/** The organisation's rule in force for the category, if any: the one lookup the trigger and the job share. */
export const ruleInForce = (manager: EntityManager, organisationId: string, category: string): Promise<CascadeRule | null> =>
  manager.findOneBy(CascadeRule, { organisationId, category, replacedAt: IsNull() });

/** Adds the rule job for an OPEN hulpvraag whose holder has a rule for its category, in the caller's transaction. */
export async function scheduleRuleCascade(manager: EntityManager, request: HelpRequest): Promise<void> {
  if (request.status !== 'OPEN' || !(await ruleInForce(manager, request.intakeOrganisationId, request.category))) return;
  await scheduleJob(manager, CASCADE_RULE_TASK, { helpRequestId: request.id }, { jobKey: `cascade-rule:${request.id}` });
}
