import type { RequestContext } from '../kit/context';
import type { Loaders } from './loaders';
import type { WelzijnServices } from './neighbour-offers';

export type Context = RequestContext<Loaders, WelzijnServices>;
