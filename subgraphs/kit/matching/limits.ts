// What a helper's limits rule out, for the scoring function (scoring.ts, filter b). A limit rules out whole
// categories that always involve it, and any hulpvraag whose tasks name what it excludes (a COMPANY visit
// where the resident asks to go to the cash machine together is a MONEY task).

/** HelperLimit in schema/shared.graphql. */
export type HelperLimit = 'NO_PERSONAL_CARE' | 'NO_HOUSEHOLD' | 'NO_MONEY';

/** What a hulpvraag may involve beyond its category (HelpTask in schema/shared.graphql). */
export type HelpTask = 'PERSONAL_CARE' | 'HOUSEHOLD' | 'MONEY';

/**
 * The categories and the task each limit rules out, whatever the helper offers. Persoonlijke verzorging comes
 * with respite for a mantelzorger (the helper takes over the care for a few hours) and with oppassen (nappies,
 * bath and bed); huishoudelijk werk is cooking and meals in someone's home; geldzaken are shopping with the
 * resident's money or pin pass, and forms and accounts.
 */
export const LIMIT_EXCLUDES: Record<HelperLimit, { categories: readonly string[]; task: HelpTask }> = {
  NO_PERSONAL_CARE: { categories: ['CARER_RESPITE', 'BABYSITTING'], task: 'PERSONAL_CARE' },
  NO_HOUSEHOLD: { categories: ['MEALS'], task: 'HOUSEHOLD' },
  NO_MONEY: { categories: ['SHOPPING', 'PAPERWORK'], task: 'MONEY' },
};

/** Why a helper's `limits` (HelperLimit codes, or a category named as such) rule out a hulpvraag of `category` involving `tasks`, or null. */
export function limitExclusion(limits: readonly string[], category: string, tasks: readonly string[]): string | null {
  if (limits.includes(category)) return `will not do ${category}`;
  for (const limit of limits) {
    const excludes = LIMIT_EXCLUDES[limit as HelperLimit];
    if (!excludes) continue;
    if (excludes.categories.includes(category)) return `will not do ${category} (${limit})`;
    if (tasks.includes(excludes.task)) return `will not do ${excludes.task} tasks (${limit})`;
  }
  return null;
}
