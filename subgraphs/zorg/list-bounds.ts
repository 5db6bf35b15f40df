// zorg's plain (unpaged) lists and their bounds: each SDL description says "Bounded: at most N …" with the
// same N (test/schema-lists.test.ts), and the kit's groupLoader serves at most N per parent (LIST_TOO_LONG past it).
import type { ListBound } from '../kit/loaders';

export const listBounds = {
  // a professional refers a resident for one hulpvraag to a handful of services
  'HelpRequest.referrals': { bound: 100, what: 'referrals of hulpvraag' },
  // the organisations the resident was referred to, read from at most this many referrals
  'Person.zorgInvolvement': { bound: 500, what: 'referrals of resident' },
} satisfies Record<string, ListBound>;
