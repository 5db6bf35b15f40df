import type { RequestContext } from '../kit/context';
import type { Loaders } from './loaders';

export type Context = RequestContext<Loaders>;
