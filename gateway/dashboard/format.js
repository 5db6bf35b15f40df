// Dutch words and nl-NL formats for the dashboard: what each indicator, key and state is called, and how
// numbers and dates are written. Nothing here touches the page.

export const number = new Intl.NumberFormat('nl-NL');
export const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });

const utc = (iso) => new Date(iso + 'T00:00:00Z');

/** "1 sep. 2026" */
export const formatDay = (iso) => day.format(utc(iso));

/** A bucket as a policy officer reads it: "september 2026", "3e kwartaal 2026", "2026", "1 – 6 sep. 2026". */
export function formatBucket(start, end, interval) {
  const d = utc(start);
  if (interval === 'YEAR') return String(d.getUTCFullYear());
  if (interval === 'QUARTER') return `${Math.floor(d.getUTCMonth() / 3) + 1}e kwartaal ${d.getUTCFullYear()}`;
  if (interval === 'MONTH') return month.format(d);
  return `${utc(start).getUTCDate()} – ${formatDay(end)}`;
}

/** Short x-axis labels. */
export const formatTick = (iso, interval) => (interval === 'YEAR' ? String(utc(iso).getUTCFullYear()) : interval === 'WEEK' ? formatDay(iso).replace(/ \d{4}$/, '') : shortMonth.format(utc(iso)));

export const INTERVALS = { WEEK: 'per week', MONTH: 'per maand', QUARTER: 'per kwartaal', YEAR: 'per jaar' };
export const INTERVAL_NOUN = { WEEK: 'week', MONTH: 'maand', QUARTER: 'kwartaal', YEAR: 'jaar' };

export const INDICATORS = {
  requestsOpened: 'Hulpvragen',
  requestsByChannel: 'Hulpvragen per kanaal',
  matchesMade: 'Matches',
  matchesDeclined: 'Afgewezen matches',
  followUpOutcomes: 'Nagesprekken',
  hoursGiven: 'Uren inzet',
  activeVolunteers: 'Actieve vrijwilligers',
  newVolunteers: 'Nieuwe vrijwilligers',
  requestersWhoHelp: 'Hulpvragers die nu helpen',
  volunteersAvailable: 'Beschikbare vrijwilligers (aanbod)',
  openBacklog: 'Wachtende hulpvragen (vraag)',
  overdueResponses: 'Over de antwoorddatum',
  referralsByReason: 'Doorverwijzingen',
  signalsByReason: 'Signalen',
  referralsByDirection: 'Doorverwijzingen per richting',
  returnedToInformalHelp: 'Terug naar informele hulp',
  activitiesHeld: 'Activiteiten gehouden',
  participants: 'Deelnemers',
  participantsByTargetGroup: 'Deelnemers per doelgroep',
  activeCooperatives: 'Actieve coöperaties',
  grants: 'Subsidies',
};

export const KEYS = {
  SHOPPING: 'Boodschappen', TRANSPORT: 'Vervoer', ODD_JOBS: 'Klusjes', GARDEN: 'Tuin', COMPANY: 'Gezelschap', WALKING: 'Wandelen',
  PAPERWORK: 'Administratie', DIGITAL_HELP: 'Digitale hulp', MEALS: 'Maaltijden', PETS: 'Huisdieren', CARER_RESPITE: 'Respijtzorg',
  BUDDY: 'Maatje', LANGUAGE: 'Taal', MOVING: 'Verhuizen',
  PHONE: 'Telefoon', WEB: 'Website', WALK_IN: 'Inloop', HOME_VISIT: 'Huisbezoek', FAMILY: 'Via familie', PROFESSIONAL: 'Via een professional',
  SELF: 'Door de helper zelf', MATCHER: 'Door een matcher',
  TOO_FAR: 'Te ver', UNCLEAR: 'Vraag onduidelijk', NO_CLICK: 'Geen klik', ALREADY_HELPED: 'Al geholpen', OTHER: 'Anders',
  GOING_WELL: 'Gaat goed', NEEDS_ATTENTION: 'Vraagt aandacht', STOPPED: 'Gestopt',
  DEBTS: 'Schulden', PSYCHOSOCIAL: 'Psychosociaal', CARE_NEEDS: 'Zorgbehoefte', LONELINESS: 'Eenzaamheid', HOUSING: 'Wonen', SAFETY: 'Veiligheid',
  TO_PROFESSIONAL: 'Naar een professional', TO_INFORMAL_HELP: 'Naar informele hulp',
  SHARED_MEAL: 'Eettafel', COFFEE_MORNING: 'Koffieochtend', DROP_IN: 'Inloop', COURSE: 'Cursus', WALKING_GROUP: 'Wandelgroep',
  REPAIR_CAFE: 'Repair café', GARDENING: 'Tuinieren',
  OLDER_65: '65-plussers', OLDER_75: '75-plussers', LIVING_ALONE: 'Alleenwonenden', INFORMAL_CARERS: 'Mantelzorgers',
  DEMENTIA: 'Mensen met dementie', PSYCHIATRIC: 'Psychische kwetsbaarheid', INTELLECTUAL_DISABILITY: 'Verstandelijke beperking',
  CHRONICALLY_ILL: 'Chronisch zieken', POVERTY_DEBT: 'Armoede of schulden', NEWCOMERS: 'Nieuwkomers', YOUTH: 'Jongeren', EVERYONE: 'Iedereen',
  ACTIVITY: 'Activiteit', SERVICE: 'Zorg- of hulpaanbod', VENUE: 'Locatie', VOLUNTEER_VACANCY: 'Vrijwilligersvacature',
};
export const keyLabel = (key) => KEYS[key] || key;

/** What a cell says, and a longer explanation for its title. */
export const STATES = {
  SUPPRESSED: { text: 'onderdrukt', title: 'Te klein om te tonen (1 tot de drempel), of verborgen zodat het niet uit andere cijfers af te leiden is' },
  NOT_ALLOWED: { text: 'niet per periode', title: 'Dit gebied is te klein om zo fijn in te delen: kies een grotere periode (kwartaal of jaar)' },
  UNAVAILABLE: { text: 'partner onbereikbaar', title: 'De partner die dit cijfer levert, is nu niet bereikbaar' },
  FORBIDDEN: { text: 'geen toegang', title: 'Uw token geeft geen toegang tot dit cijfer' },
  MISSING: { text: '—', title: 'Geen cijfer' },
  UNLISTED: { text: 'niet apart', title: '0 of onderdrukt: een verborgen categorie wordt niet genoemd' },
  NONE: { text: '—', title: 'Niet van toepassing' },
};

/** A cell ({ value, state }, or a state name for a whole missing set) as text. */
export function cellText(cell, unit) {
  if (!cell) return STATES.MISSING.text;
  if (typeof cell === 'string') return STATES[cell].text;
  if (cell.state === 'ZERO') return '0';
  if (cell.state === 'SHOWN') return unit === 'EUROS' ? `€ ${number.format(cell.value)}` : number.format(cell.value);
  return STATES[cell.state].text;
}

export const cellTitle = (cell) => (!cell ? '' : typeof cell === 'string' ? STATES[cell].title : STATES[cell.state] ? STATES[cell.state].title : '');
