// The care partners' demo data: services on the sociale kaart, professionals and referrals.
import { seedOnce } from './seed';
import { seededRandom, pad } from './random';
import { DEMO_NOW, DISTRICTS, MUNICIPALITY, NEIGHBOURHOODS, organisationsOfKind } from './town';
import { DEMO_COUNTS, referralFromRequest, referralHolding } from './holdings';
import { DAY_MS, TARGET_GROUPS, THEMES } from './vocabulary';
import type { Database } from '../../subgraphs/kit/database';
import { Professional, Referral, Service } from '../../subgraphs/zorg/entities';

const SERVICES = [
  ['Spreekuur wijkteam', 'Inloopspreekuur voor vragen over zorg, geld, wonen en opvoeden.'],
  ['Wijkverpleging thuis', 'Verpleging en persoonlijke verzorging thuis, na indicatie van de wijkverpleegkundige.'],
  ['Ouderenadvies aan huis', 'Een ouderenadviseur komt langs voor een gesprek over zelfstandig blijven wonen.'],
  ['Schuldhulpverlening', 'Gratis hulp bij schulden en betalingsachterstanden.'],
  ['Mantelzorgconsulent', 'Advies en ondersteuning voor mantelzorgers, ook respijtzorg.'],
  ['Casemanagement dementie', 'Begeleiding voor mensen met dementie en hun naasten.'],
  ['Valpreventie training', 'Beweegprogramma om vallen te voorkomen voor 65-plussers.'],
  ['Huisbezoek 75-plus', 'Preventief huisbezoek door de praktijkondersteuner van de huisarts.'],
  ['GGZ inloop', 'Laagdrempelige inloop voor mensen met psychische klachten.'],
  ['Thuisadministratie coaching', 'Hulp om de eigen administratie weer op orde te krijgen.'],
] as const;
const ROLES = ['DISTRICT_TEAM', 'DISTRICT_NURSE', 'ELDERLY_ADVISOR', 'GP_PRACTICE_NURSE', 'DEBT_COUNSELLOR', 'DEMENTIA_CASE_MANAGER'] as const;
const FIRST_NAMES = ['Anouk', 'Bram', 'Fatima', 'Joost', 'Mehmet', 'Sanne', 'Ingrid', 'Youssef', 'Marieke', 'Pieter', 'Lotte', 'Kees'];
const REASONS = ['DEBTS', 'PSYCHOSOCIAL', 'CARE_NEEDS', 'LONELINESS', 'HOUSING', 'SAFETY', 'OTHER'] as const;
const REFERRAL_STATES = ['SENT', 'ACCEPTED', 'IN_CARE', 'CLOSED', 'DECLINED', 'RETURNED_TO_INFORMAL_HELP'] as const;

export async function seed(db: Database): Promise<void> {
  const random = seededRandom(3);
  const care = organisationsOfKind('CARE');
  const serviceAreas = [MUNICIPALITY.code, ...DISTRICTS.map((district) => district.code)];
  await seedOnce(db, 'service', async (manager) => {
    await manager.insert(
      Service,
      Array.from({ length: 30 }, (_, i) => {
        const [name, description] = SERVICES[i % SERVICES.length];
        const organisation = care[i % care.length];
        return {
          id: `service-${pad(i + 1, 3)}`,
          name: `${name} — ${organisation.name}`,
          description,
          organisationId: organisation.id,
          themes: random.some(THEMES, 1, 3),
          targetGroups: random.some(TARGET_GROUPS, 1, 3),
          areaCode: organisation.areas[0] ?? random.pick(serviceAreas),
          free: random.chance(0.8),
          published: i % 10 !== 9,
        };
      }),
    );
    const professionals = Array.from({ length: 24 }, (_, i) => ({
      id: `professional-${pad(i + 1, 3)}`,
      displayName: `${FIRST_NAMES[i % FIRST_NAMES.length]} (${ROLES[i % ROLES.length].toLowerCase().replace(/_/g, ' ')})`,
      role: ROLES[i % ROLES.length],
      organisationId: care[i % care.length].id,
    }));
    await manager.insert(Professional, professionals);
    // Referrals from the demo hulpvragen whose state is REFERRED (every 11th, see hub/demo/welzijn.ts), plus
    // signals and referrals back to informal help that did not start from a hulpvraag.
    await manager.insert(
      Referral,
      Array.from({ length: DEMO_COUNTS.referrals }, (_, i) => {
        const requestNumber = referralFromRequest(i);
        const fromRequest = requestNumber !== null;
        const status = REFERRAL_STATES[i % REFERRAL_STATES.length];
        return {
          id: `referral-${pad(i + 1, 3)}`,
          kind: i % 3 === 2 ? ('SIGNAL' as const) : ('REFERRAL' as const),
          direction: i >= 9 ? ('TO_INFORMAL_HELP' as const) : ('TO_PROFESSIONAL' as const),
          reason: random.pick(REASONS),
          urgency: random.pick(['LOW', 'NORMAL', 'NORMAL', 'HIGH'] as const),
          status,
          helpRequestId: fromRequest ? `help-request-${pad(requestNumber, 3)}` : null,
          ...referralHolding(i),
          professionalId: status === 'SENT' || status === 'DECLINED' ? null : professionals[i % professionals.length].id,
          // the buurt of the hulpvraag (hub/demo/welzijn.ts), or of the resident
          areaCode: NEIGHBOURHOODS[(fromRequest ? requestNumber - 1 : i) % NEIGHBOURHOODS.length].code,
          createdAt: new Date(DEMO_NOW.getTime() - random.int(1, 60) * DAY_MS),
        };
      }),
    );
  });
}
