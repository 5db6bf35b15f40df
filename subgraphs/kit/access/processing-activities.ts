// The hub's register of processing activities (verwerkingsregister, AVG article 30), as the processing log
// refers to it: one activity per purpose a caller can read personal data for. Each log line carries the id
// of the activity it was part of (Logboek Dataverwerkingen: dpl.core.processing_activity_id), so a line
// says why, in words a resident can read, without copying the description into every line.
import type { Purpose } from '../../../platform/caller';

export interface ProcessingActivity {
  /** Stable id, a URN; never reused for another activity. */
  id: string;
  purpose: Purpose;
  /** Short Dutch name, as a resident reads it. */
  name: string;
  description: string;
}

export const PROCESSING_ACTIVITIES: readonly ProcessingActivity[] = [
  {
    id: 'urn:samenspel:verwerkingsactiviteit:koppelen',
    purpose: 'MATCHING',
    name: 'Koppelen van een hulpvraag aan een vrijwilliger of buur',
    description: 'Een matcher zoekt bij een hulpvraag passende helpers en stelt een koppeling voor.',
  },
  {
    id: 'urn:samenspel:verwerkingsactiviteit:doorverwijzen',
    purpose: 'REFERRAL',
    name: 'Doorverwijzen naar of van een professional',
    description: 'Een hulpvraag of signaal gaat naar een professional (wijkteam, wijkverpleging, huisarts), of terug naar informele hulp.',
  },
  {
    id: 'urn:samenspel:verwerkingsactiviteit:afstemmen',
    purpose: 'COORDINATION',
    name: 'Afstemmen wie er betrokken is',
    description: 'Partners zien welke organisaties met een bewoner werken, zodat bezoeken en hulp op elkaar aansluiten.',
  },
  {
    id: 'urn:samenspel:verwerkingsactiviteit:uitvoeren',
    purpose: 'SERVICE_DELIVERY',
    name: 'De eigen hulp of ondersteuning uitvoeren',
    description: 'De organisatie die de gegevens zelf heeft, gebruikt ze voor de hulp of ondersteuning die ze geeft.',
  },
  {
    id: 'urn:samenspel:verwerkingsactiviteit:avg-verzoek',
    purpose: 'DATA_SUBJECT_REQUEST',
    name: 'Een AVG-verzoek van de bewoner afhandelen',
    description: 'Inzage in de gegevens en in dit logboek, een export of het wissen van gegevens, op verzoek van de bewoner.',
  },
];

const BY_PURPOSE = new Map(PROCESSING_ACTIVITIES.map((activity) => [activity.purpose, activity]));
const BY_ID = new Map(PROCESSING_ACTIVITIES.map((activity) => [activity.id, activity]));

/** The activity a read for `purpose` belongs to. */
export function processingActivityFor(purpose: Purpose): ProcessingActivity {
  const activity = BY_PURPOSE.get(purpose);
  if (!activity) throw new Error(`no processing activity is registered for the purpose ${purpose}`);
  return activity;
}

export function processingActivityById(id: string): ProcessingActivity | null {
  return BY_ID.get(id) ?? null;
}
