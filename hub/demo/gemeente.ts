// The municipality's demo data: the areas of Amersfoort, the partner registry, residents, venues, grants.
import { seedOnce, near } from './seed';
import { seededRandom, pad } from './random';
import { ALL_AREAS, DEMO_NOW, ORGANISATIONS, PEOPLE, VENUES, demoWebsite } from './town';
import { helpOfferHoldings, holdersOfPerson } from './holdings';
import { DAY_MS } from './vocabulary';
import { areaLevel, parentAreaCode } from '../../subgraphs/kit/areas';
import { contactDetails } from '../../subgraphs/kit/contact-details';
import type { Database } from '../../subgraphs/kit/database';
import { Area, Consent, Grant, Organisation, Person, Venue } from '../../subgraphs/gemeente/entities';

export async function seed(db: Database): Promise<void> {
  const random = seededRandom(307);
  await seedOnce(db, 'area', async (manager) => {
    await manager.insert(
      Area,
      ALL_AREAS.map((area) => ({
        code: area.code,
        name: area.name,
        level: areaLevel(area.code),
        parentCode: parentAreaCode(area.code),
        population: area.population,
        population65Plus: Math.round(area.population * area.share65),
        population75Plus: Math.round(area.population * area.share75),
        latitude: area.latitude,
        longitude: area.longitude,
      })),
    );
    await manager.insert(
      Organisation,
      ORGANISATIONS.map((organisation, i) => ({
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        kvkNumber: String(30_000_000 + i * 7_919),
        website: demoWebsite(organisation),
        covenantSigned: i % 5 !== 4,
        areaCodes: organisation.areas,
      })),
    );
    await manager.insert(Person, PEOPLE.map((person) => ({ id: person.id, homeAreaCode: person.area })));
    const centroid = new Map(ALL_AREAS.map((area) => [area.code, area]));
    await manager.insert(
      Venue,
      VENUES.map((venue, i) => ({
        id: venue.id,
        name: venue.name,
        kind: venue.kind,
        address: `${venue.address}, Amersfoort`,
        areaCode: venue.area,
        organisationId: venue.organisationId,
        selfManaged: venue.selfManaged,
        ...near(centroid.get(venue.area)!, 400, random.next),
        // made up, from the venue's place in the list (no draws from the random stream, so the rest stays the same)
        contact: contactDetails(
          {
            phones: [{ number: `033 46${pad(i + 1)} ${pad(10 + i * 7)}${pad(i)}` }],
            address: { street: venue.address, postalCode: `${3811 + i} ${['AB', 'CD', 'EG', 'HJ', 'KL', 'MN', 'PR', 'TV'][i % 8]}`, city: 'Amersfoort', province: 'Utrecht' },
            openingHours: [{ days: i % 2 ? ['TU', 'TH'] : ['MO', 'WE', 'FR'], opensAt: '09:30', closesAt: i % 3 ? '12:00' : '16:30' }],
          },
          'demo',
        ),
        accessibility: venue.selfManaged ? [{ description: 'rolstoeltoegankelijk', details: null, url: null }] : [],
        updatedAt: DEMO_NOW,
      })),
    );
    // Consents, each recorded by the holder of the records it opens (with a written form as evidence): the
    // cooperatives let Welzijn Eemland match the neighbours who offer help through them; for ten residents
    // every organisation holding a record about them lets Wijkteam Binnenstad coordinate. Valid for a year
    // from when the demo data is loaded.
    const grantedAt = new Date(DEMO_NOW.getTime() - 30 * DAY_MS);
    const validUntil = new Date(Math.max(Date.now(), DEMO_NOW.getTime()) + 365 * DAY_MS);
    const matching = helpOfferHoldings().map((offer, i) => ({
      id: `consent-matching-${pad(i + 1, 3)}`, personId: offer.helperId, holderOrganisationId: offer.organisationId, recipientOrganisationId: 'org-wz-01', purpose: 'MATCHING' as const,
    }));
    const coordination = PEOPLE.slice(0, 10).flatMap((person) =>
      holdersOfPerson(person.id)
        .filter((holder) => holder !== 'org-zg-01')
        .map((holder) => ({ personId: person.id, holderOrganisationId: holder, recipientOrganisationId: 'org-zg-01', purpose: 'COORDINATION' as const })),
    ).map((consent, i) => ({ id: `consent-coordination-${pad(i + 1, 3)}`, ...consent }));
    await manager.insert(Consent, [...matching, ...coordination].map((consent, i) => ({
      ...consent,
      method: 'WRITTEN' as const,
      reference: `toestemmingsformulier demo-${pad(i + 1, 3)}`,
      grantedAt,
      validUntil,
      recordedBy: 'demo-seed',
      recordedByOrganisationId: consent.holderOrganisationId,
      recordedAs: 'HOLDER' as const,
      recordedAt: grantedAt,
      revokedAt: null,
      revokedBy: null,
      revokedByOrganisationId: null,
      retryScope: null,
      clientMutationId: null,
    })));
    const funded = ORGANISATIONS.filter((organisation) => organisation.kind === 'WELFARE' || organisation.kind === 'COOPERATIVE');
    const purposes = ['Burenhulp en vrijwilligersinzet', 'Buurtkamer en ontmoeting', 'Mantelzorgondersteuning', 'Eettafels', 'Digitale hulp voor ouderen'];
    await manager.insert(
      Grant,
      funded.flatMap((organisation, i) =>
        [2025, 2026].map((year) => ({
          id: `grant-${year}-${pad(i + 1)}`,
          organisationId: organisation.id,
          purpose: random.pick(purposes),
          year,
          amountEuros: random.int(5, 120) * 1_000,
        })),
      ),
    );
  });
}
