import { Area } from './area';
import { Consent } from './consent';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { Venue } from './venue';

export { Area, Consent, Grant, Organisation, Person, Venue };
export const entities = [Area, Consent, Grant, Organisation, Person, Venue];
