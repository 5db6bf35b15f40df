import type { RequestContext } from '../kit/context';
import type { Loaders } from './loaders';
import type { BewonersServices } from './offer-matches';

export type Context = RequestContext<Loaders, BewonersServices>;
