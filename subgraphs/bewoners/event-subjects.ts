// bewoners records public events only (its items on the sociale kaart, which reach every subscriber), so no
// type of its own needs an audience: a question about any subject is answered no (kit/events/audience.ts).
import type { EventSubjects } from '../kit/events/audience';

export const eventSubjects: EventSubjects = {};
