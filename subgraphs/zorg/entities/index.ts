import { Professional } from './professional';
import { Referral } from './referral';
import { Service } from './service';

export { Professional, Referral, Service };
export const entities = [Professional, Referral, Service];
