// The welfare partners' demo data: volunteers, hulpvragen in every state, and matches.
import { seedOnce } from './seed';
import { seededRandom, pad } from './random';
import { DEMO_NOW, NEIGHBOURHOODS, organisationsOfKind } from './town';
import { DEMO_COUNTS, helpRequestHolding } from './holdings';
import { near } from './seed';
import { roundLocation } from '../../subgraphs/kit/matching/location';
import { SLOTS } from '../../subgraphs/kit/matching/scoring';
import { DAY_MS, HELP_CATEGORIES, INTENSITIES } from './vocabulary';
import type { Database } from '../../subgraphs/kit/database';
import { HelpRequest, HelpRequestTransition, Match, Volunteer, VolunteerVacancy } from '../../subgraphs/welzijn/entities';

const STATES = ['NEW', 'ASSESSED', 'OPEN', 'OPEN', 'OPEN', 'MATCHED', 'IN_PROGRESS', 'COMPLETED', 'ON_HOLD', 'CANCELLED', 'REFERRED'] as const;
const CHANNELS = ['PHONE', 'PHONE', 'WEB', 'WALK_IN', 'HOME_VISIT', 'FAMILY', 'PROFESSIONAL'] as const;
const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl'];
const MATCHED_STATES = new Set(['MATCHED', 'IN_PROGRESS', 'COMPLETED']);
const DESCRIPTIONS: Record<string, string> = {
  SHOPPING: 'Wil graag iemand die wekelijks boodschappen doet.', TRANSPORT: 'Heeft vervoer nodig naar het ziekenhuis.',
  ODD_JOBS: 'Een lamp ophangen en een kastje in elkaar zetten.', GARDEN: 'De tuin is te veel geworden.',
  COMPANY: 'Voelt zich alleen, zou graag bezoek krijgen.', WALKING: 'Durft niet meer alleen te wandelen.',
  PAPERWORK: 'Loopt vast met post en formulieren.', DIGITAL_HELP: 'Hulp bij DigiD en de tablet.',
  MEALS: 'Kan zelf niet meer goed koken.', PETS: 'De hond uitlaten tijdens herstel.', CARER_RESPITE: 'Mantelzorger wil een middag vrij.',
  BUDDY: 'Zoekt een maatje om samen dingen te doen.', LANGUAGE: 'Wil Nederlands oefenen.', MOVING: 'Hulp bij de verhuizing naar een kleinere woning.',
};

export async function seed(db: Database): Promise<void> {
  const random = seededRandom(2);
  const welfare = organisationsOfKind('WELFARE');
  await seedOnce(db, 'help_request', async (manager) => {
    const volunteers = Array.from({ length: 40 }, (_, i) => ({
      id: `volunteer-${pad(i + 1, 3)}`,
      organisationId: welfare[i % welfare.length].id,
      homeAreaCode: NEIGHBOURHOODS[i % NEIGHBOURHOODS.length].code,
      categories: random.some(HELP_CATEGORIES, 1, 4),
      available: random.chance(0.85),
      languages: ['nl', ...random.some(LANGUAGES.slice(1), 0, 1)],
      ...roundLocation(near(NEIGHBOURHOODS[i % NEIGHBOURHOODS.length], 600, random.next)),
      maxDistanceKm: random.pick([2, 3, 3, 5]),
      availability: random.some(SLOTS, 3, 8),
      loadCap: random.int(1, 3),
      limits: random.chance(0.3) ? ['NO_PERSONAL_CARE'] : [],
      hasVog: random.chance(0.6),
      insured: true,
      registeredAt: new Date(DEMO_NOW.getTime() - random.int(10, 700) * DAY_MS),
    }));
    await manager.insert(Volunteer, volunteers);

    const requests = Array.from({ length: DEMO_COUNTS.helpRequests }, (_, i) => {
      const createdAt = new Date(DEMO_NOW.getTime() - random.int(1, 90) * DAY_MS);
      const category = random.pick(HELP_CATEGORIES);
      return {
        id: `help-request-${pad(i + 1, 3)}`,
        category,
        description: DESCRIPTIONS[category],
        ...roundLocation(near(NEIGHBOURHOODS[i % NEIGHBOURHOODS.length], 500, random.next)),
        wishedTimes: random.some(SLOTS, 0, 4),
        languages: random.chance(0.15) ? ['nl', random.pick(LANGUAGES.slice(1))] : ['nl'],
        intensity: random.pick(INTENSITIES),
        status: STATES[i % STATES.length],
        channel: random.pick(CHANNELS),
        areaCode: NEIGHBOURHOODS[i % NEIGHBOURHOODS.length].code,
        ...helpRequestHolding(i),
        helpersNeeded: random.chance(0.1) ? 2 : 1,
        createdAt,
        respondBy: new Date(createdAt.getTime() + 5 * DAY_MS).toISOString().slice(0, 10),
      };
    });
    await manager.insert(HelpRequest, requests);
    await manager.insert(
      HelpRequestTransition,
      requests.map((request) => ({ helpRequestId: request.id, fromStatus: null, toStatus: request.status, at: request.createdAt, bySubject: 'demo-seed', byOrganisationId: request.intakeOrganisationId, reason: 'demo data' })),
    );

    const matches = requests
      .filter((request) => MATCHED_STATES.has(request.status))
      .map((request, i) => {
        const proposedAt = new Date(request.createdAt.getTime() + random.int(1, 10) * DAY_MS);
        const started = request.status !== 'MATCHED';
        return {
          id: `match-${pad(i + 1, 3)}`,
          helpRequestId: request.id,
          volunteerId: volunteers[(i * 3) % volunteers.length].id,
          requestOrganisationId: request.intakeOrganisationId,
          volunteerOrganisationId: volunteers[(i * 3) % volunteers.length].organisationId,
          status: request.status === 'COMPLETED' ? ('ENDED' as const) : request.status === 'MATCHED' ? ('PROPOSED' as const) : ('ACTIVE' as const),
          madeBy: random.chance(0.5) ? ('SELF' as const) : ('MATCHER' as const),
          proposedAt,
          startedAt: started ? new Date(proposedAt.getTime() + 3 * DAY_MS) : null,
          followUpDue: started ? new Date(proposedAt.getTime() + 20 * DAY_MS) : null,
          endedAt: request.status === 'COMPLETED' ? new Date(proposedAt.getTime() + 40 * DAY_MS) : null,
        };
      });
    await manager.insert(Match, matches);
    const vacancies = [
      ['Maatje voor een oudere buurtgenoot', 'Een uur per week samen wandelen, koffie drinken of boodschappen doen.', ['BUDDY', 'COMPANY'], 'WK030703', 2],
      ['Chauffeur voor de automaatjes', 'Rijd inwoners naar de huisarts of het ziekenhuis, met eigen auto.', ['TRANSPORT'], 'GM0307', 4],
      ['Thuisadministratie-vrijwilliger', 'Help inwoners hun post en formulieren op orde te houden.', ['PAPERWORK'], 'GM0307', 3],
      ['Digicoach in de buurtkamer', 'Help buurtgenoten met telefoon, tablet en DigiD tijdens de inloop.', ['DIGITAL_HELP'], 'WK030701', 2],
      ['Klussenteam Kattenbroek', 'Kleine klussen in huis voor wie het zelf niet meer kan.', ['ODD_JOBS'], 'WK030704', 3],
      ['Taalmaatje', 'Oefen Nederlands met een nieuwkomer.', ['LANGUAGE'], 'WK030702', 2],
    ] as const;
    await manager.insert(
      VolunteerVacancy,
      vacancies.map(([title, description, categories, areaCode, hoursPerWeek], i) => ({
        id: `vacancy-${pad(i + 1, 3)}`,
        organisationId: welfare[i % welfare.length].id,
        title,
        description,
        categories: [...categories],
        areaCode,
        hoursPerWeek,
        published: true,
      })),
    );
  });
}
