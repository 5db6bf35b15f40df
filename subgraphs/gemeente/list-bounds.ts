// gemeente's plain (unpaged) lists and their bounds: each SDL description says "Bounded: at most N …" with the
// same N (test/schema-lists.test.ts), and the kit's groupLoader serves at most N per parent (LIST_TOO_LONG past it).
import type { ListBound } from '../kit/loaders';

export const listBounds = {
  // CBS: a gemeente has tens of wijken (the largest about a hundred), a wijk tens of buurten
  'Area.children': { bound: 500, what: 'sub-areas of area' },
  // a partner runs a few buurtkamers, a wijkcentrum, an office or two
  'Organisation.venues': { bound: 200, what: 'venues of organisation' },
  // a few subsidies a year
  'Organisation.grants': { bound: 200, what: 'grants of organisation' },
  // one per holder, recipient and purpose, renewed at most every two years (validUntil)
  'Person.consents': { bound: 500, what: 'consents of resident' },
  // an organisation's own client numbers for one resident
  'Person.references': { bound: 100, what: 'references of resident' },
} satisfies Record<string, ListBound>;
