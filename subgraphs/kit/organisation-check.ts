// The question welzijn asks gemeente, which keeps the partner registry, before a hulpvraag is handed to
// another organisation: does the organisation exist, and of which kind is it? The registry is public, so
// only the kind crosses. A signed question (signed-question.ts) under its own audience, signed with the
// asking subgraph's consent-API secret (the credential it already shares with gemeente); no answer means no
// transfer (fail closed).
import type { Caller } from '../../platform/caller';
import type { Logger } from '../../platform/log';
import { answerSignedRoute, askSigned, type Question } from './signed-question';

export const ORGANISATION_CHECK_PATH = '/internal/organisation-check';
const ORGANISATION_CHECK: Question = { audience: 'organisation-check', name: 'organisation check' };

export const ORGANISATION_KINDS = ['MUNICIPALITY', 'WELFARE', 'CARE', 'COOPERATIVE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationCheck = { status: 'KNOWN'; kind: OrganisationKind } | { status: 'UNKNOWN' };

/** Asks the registry at `url` about one organisation for `caller`; throws when it cannot answer. */
export async function checkOrganisation(url: string, secret: string, caller: Caller, organisationId: string): Promise<OrganisationCheck> {
  const answer = await askSigned(url, secret, ORGANISATION_CHECK, caller, organisationId);
  if (answer.status === 'UNKNOWN') return { status: 'UNKNOWN' };
  if (answer.status === 'KNOWN' && (ORGANISATION_KINDS as readonly unknown[]).includes(answer.kind)) return { status: 'KNOWN', kind: answer.kind as OrganisationKind };
  throw new Error('the organisation check answered something else');
}

/** The registry's side: verifies the question and answers it with `answer`. */
export function organisationCheckRoute(secret: string, answer: (organisationId: string) => Promise<OrganisationCheck>, log: Logger) {
  return answerSignedRoute(secret, ORGANISATION_CHECK, async (_caller, organisationId) => answer(organisationId), log);
}
