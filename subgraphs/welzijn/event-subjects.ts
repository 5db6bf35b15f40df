// The types welzijn records events about (intake.ts, matching.ts), with the entity that holds each. Who hears
// of them is who may read them: their policies (policies.ts), asked at delivery (kit/events/audience.ts).
import type { EventSubjects } from '../kit/events/audience';
import { HelpRequest, Match } from './entities';

export const eventSubjects: EventSubjects = { HelpRequest, Match };
