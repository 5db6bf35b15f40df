import { Area } from './area';
import { Consent } from './consent';
import { Grant } from './grant';
import { Organisation } from './organisation';
import { Person } from './person';
import { PersonMerge } from './person-merge';
import { PersonReference } from './person-reference';
import { Venue } from './venue';
import { Webhook } from './webhook';

export { Area, Consent, Grant, Organisation, Person, PersonMerge, PersonReference, Venue, Webhook };
export const entities = [Area, Consent, Grant, Organisation, Person, PersonMerge, PersonReference, Venue, Webhook];
