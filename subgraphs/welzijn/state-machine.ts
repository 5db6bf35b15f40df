// The life of a hulpvraag and of a match (kit/state-machine.ts refuses every other step).
import type { StateMachine } from '../kit/state-machine';
import type { HelpRequestStatus } from './entities/help-request';
import type { MatchStatus } from './entities/match';

export const HELP_REQUEST_TRANSITIONS: StateMachine<HelpRequestStatus> = {
  NEW: ['ASSESSED', 'ON_HOLD', 'CANCELLED', 'REFERRED'],
  ASSESSED: ['OPEN', 'ON_HOLD', 'CANCELLED', 'REFERRED'],
  OPEN: ['MATCHED', 'ON_HOLD', 'CANCELLED', 'REFERRED'],
  MATCHED: ['IN_PROGRESS', 'OPEN', 'CANCELLED', 'REFERRED'],
  IN_PROGRESS: ['COMPLETED', 'ON_HOLD', 'REFERRED'],
  ON_HOLD: ['ASSESSED', 'OPEN', 'CANCELLED'],
  // afschalen: back to informal help once the professional is done
  REFERRED: ['OPEN', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export const MATCH_TRANSITIONS: StateMachine<MatchStatus> = {
  PROPOSED: ['INTRODUCED', 'ACTIVE', 'DECLINED'],
  INTRODUCED: ['ACTIVE', 'DECLINED'],
  ACTIVE: ['ENDED'],
  ENDED: [],
  DECLINED: [],
};
