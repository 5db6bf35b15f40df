import type { RequestContext } from '../kit/context';
import type { Loaders } from './loaders';
import type { ZorgServices } from './activities';

export type Context = RequestContext<Loaders, ZorgServices>;
