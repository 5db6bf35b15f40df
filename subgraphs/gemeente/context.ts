import type { RequestContext } from '../kit/context';
import type { Loaders } from './loaders';
import type { GemeenteServices } from './services';

export type Context = RequestContext<Loaders, GemeenteServices>;
