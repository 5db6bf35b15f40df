import { Area } from './area';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { Venue } from './venue';

export { Area, Grant, Organisation, Person, Venue };
export const entities = [Area, Grant, Organisation, Person, Venue];
