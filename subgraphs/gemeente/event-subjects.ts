// The type gemeente records events about (consent/record.ts), with the entity that holds it. Who hears of them
// is who may read them: its policy (policies.ts: the holder and the recipient of the consent), asked at
// delivery (kit/events/audience.ts).
import type { EventSubjects } from '../kit/events/audience';
import { Consent } from './entities';

export const eventSubjects: EventSubjects = { Consent };
