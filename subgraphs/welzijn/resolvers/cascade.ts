import type { CascadeAskResolvers, CascadeResolvers } from '../generated/resolvers-types';
import { areaRef } from '../../kit/references';

export const Cascade: CascadeResolvers = {
  startedBy: (cascade) => (cascade.ruleId ? 'RULE' : 'MATCHER'),
  match: (cascade, _args, { loaders }) => (cascade.matchId ? loaders.matchById.load(cascade.matchId) : null),
  steps: (cascade, _args, { loaders }) => loaders.stepsOfCascade.load(cascade.id),
};

export const CascadeAsk: CascadeAskResolvers = {
  area: (ask) => areaRef(ask.areaCode),
};
