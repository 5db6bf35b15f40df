// bewoners' plain (unpaged) lists and their bounds: each SDL description says "Bounded: at most N …" with the
// same N (test/schema-lists.test.ts), and the kit's groupLoader serves at most N per parent (LIST_TOO_LONG past it).
import type { ListBound } from '../kit/loaders';

export const listBounds = {
  // the cooperatives the resident is a member of or offers help through, read from at most this many
  // memberships and at most this many offers
  'Person.bewonersInvolvement': { bound: 200, what: 'memberships and offers of resident' },
} satisfies Record<string, ListBound>;
