// welzijn's plain (unpaged) lists and their bounds: each SDL description says "Bounded: at most N …" with the
// same N (test/schema-lists.test.ts), and the kit's groupLoader serves at most N per parent (LIST_TOO_LONG past it).
import type { ListBound } from '../kit/loaders';

export const listBounds = {
  // a hulpvraag needs 1–5 helpers; proposals that do not go ahead stay on record beside them
  'HelpRequest.matches': { bound: 100, what: 'matches of hulpvraag' },
  // a life cycle of a handful of states, with clarifications and reopenings
  'HelpRequest.transitions': { bound: 200, what: 'steps of hulpvraag' },
  // a hulpvraag changes hands a few times at most
  'HelpRequest.transfers': { bound: 50, what: 'hand-overs of hulpvraag' },
  // the organisations that took in the resident's hulpvragen, read from at most this many hulpvragen
  'Person.welzijnInvolvement': { bound: 500, what: 'hulpvragen of resident' },
  // the candidates a cascade was started with (cascade.ts MAX_CASCADE_CANDIDATES)
  'Cascade.steps': { bound: 20, what: 'steps of cascade' },
} satisfies Record<string, ListBound>;
