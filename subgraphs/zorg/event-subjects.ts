// The type zorg records events about (referrals.ts), with the entity that holds it. Who hears of them is who
// may read them: its policy (policies.ts), asked at delivery (kit/events/audience.ts).
import type { EventSubjects } from '../kit/events/audience';
import { Referral } from './entities';

export const eventSubjects: EventSubjects = { Referral };
