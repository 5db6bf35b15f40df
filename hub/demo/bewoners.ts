// The cooperatives' demo data: activities at the buurtkamers, neighbours' help offers, memberships.
import { near, seedOnce } from './seed';
import { roundLocation } from '../../subgraphs/kit/matching/location';
import { SLOTS } from '../../subgraphs/kit/matching/scoring';
import { seededRandom, pad } from './random';
import { DEMO_NOW, NEIGHBOURHOODS, VENUES, demoWebsite, organisationsOfKind } from './town';
import { DEMO_COUNTS, helpOfferHolding, membershipHolding } from './holdings';
import { DAY_MS, HELP_CATEGORIES, TARGET_GROUPS } from './vocabulary';
import type { Database } from '../../subgraphs/kit/database';
import { Activity, HelpOffer, Membership } from '../../subgraphs/bewoners/entities';
import { occurrencesBetween } from '../../subgraphs/kit/social-map/schedule';
import { NO_CONTACT } from '../../subgraphs/kit/contact-details';

const ACTIVITIES = [
  { kind: 'SHARED_MEAL', title: 'Eettafel', text: 'Samen eten voor een klein bedrag; aanmelden een dag vooraf.', themes: ['FOOD', 'SOCIAL_CONTACT'], rule: 'FREQ=WEEKLY;BYDAY=TH' },
  { kind: 'COFFEE_MORNING', title: 'Koffieochtend', text: 'Binnenlopen voor koffie en een praatje met buren.', themes: ['SOCIAL_CONTACT'], rule: 'FREQ=WEEKLY;BYDAY=TU,FR' },
  { kind: 'DROP_IN', title: 'Inloop digitale hulp', text: 'Hulp met telefoon, tablet en DigiD door vrijwilligers.', themes: ['LEARNING'], rule: 'FREQ=WEEKLY;BYDAY=WE' },
  { kind: 'COURSE', title: 'Cursus valpreventie', text: 'Vier lessen om sterker en zekerder te bewegen.', themes: ['EXERCISE', 'HEALTH'], rule: null },
  { kind: 'WALKING_GROUP', title: 'Wandelgroep', text: 'Elke week een rondje door de wijk in eigen tempo.', themes: ['EXERCISE', 'SOCIAL_CONTACT'], rule: 'FREQ=WEEKLY;BYDAY=MO' },
  { kind: 'REPAIR_CAFE', title: 'Repair Café', text: 'Samen kapotte spullen repareren.', themes: ['SOCIAL_CONTACT', 'VOLUNTEERING'], rule: 'FREQ=MONTHLY;BYDAY=1SA' },
  { kind: 'GARDENING', title: 'Buurtmoestuin', text: 'Tuinieren in de gezamenlijke moestuin.', themes: ['EXERCISE', 'FOOD'], rule: 'FREQ=WEEKLY;BYDAY=SA' },
] as const;

export async function seed(db: Database): Promise<void> {
  const random = seededRandom(4);
  const cooperatives = organisationsOfKind('COOPERATIVE');
  await seedOnce(db, 'activity', async (manager) => {
    const activities = Array.from({ length: 36 }, (_, i) => {
      const template = ACTIVITIES[i % ACTIVITIES.length];
      const venue = VENUES[i % VENUES.length];
      // a day around DEMO_NOW, between 09:00 and 19:00 Dutch winter time (UTC+1); a recurring one from the
      // first day on or after it that its rule includes (RFC 5545 counts the start as an occurrence)
      const day = Math.floor(DEMO_NOW.getTime() / DAY_MS) * DAY_MS + random.int(-20, 30) * DAY_MS;
      const candidate = new Date(day + (random.int(9, 19) - 1) * 3_600_000);
      const startsAt = template.rule ? occurrencesBetween(candidate, template.rule, candidate, new Date(candidate.getTime() + 40 * DAY_MS))[0] : candidate;
      const organisation = cooperatives[i % cooperatives.length];
      const id = `activity-${pad(i + 1, 3)}`;
      return {
        id,
        title: `${template.title} ${venue.name.replace(/^(Buurtkamer|Wijkcentrum|Buurthuis|Dorpshuis|Infopunt) /, '')}`,
        description: template.text,
        kind: template.kind,
        themes: [...template.themes],
        targetGroups: random.some(TARGET_GROUPS, 1, 2),
        organisationId: organisation.id,
        venueId: venue.id,
        location: `${venue.name}, ${venue.address}, Amersfoort`,
        contact: { ...NO_CONTACT, website: `${demoWebsite(organisation)}/activiteiten/${id}` },
        areaCode: venue.area,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        recurrence: template.rule,
        free: template.kind !== 'SHARED_MEAL',
        published: i % 9 !== 8,
      };
    });
    await manager.insert(Activity, activities);
    // Sessions held over the half year before DEMO_NOW, with how many took part (for the dashboards).
    const halfYearAgo = new Date(DEMO_NOW.getTime() - 182 * DAY_MS);
    const sessions = activities.flatMap((activity) =>
      occurrencesBetween(new Date(activity.startsAt.getTime() - 26 * 7 * DAY_MS), activity.recurrence ?? 'FREQ=MONTHLY', halfYearAgo, DEMO_NOW).map((held) => ({
        activity_id: activity.id,
        held_on: held.toISOString().slice(0, 10),
        participants: random.int(3, 25),
      })),
    );
    await manager.query(
      'INSERT INTO activity_session (activity_id, held_on, participants) SELECT * FROM unnest($1::text[], $2::date[], $3::int[]) ON CONFLICT DO NOTHING',
      [sessions.map((s) => s.activity_id), sessions.map((s) => s.held_on), sessions.map((s) => s.participants)],
    );
    await manager.insert(
      HelpOffer,
      Array.from({ length: DEMO_COUNTS.helpOffers }, (_, i) => ({
        id: `help-offer-${pad(i + 1, 3)}`,
        ...helpOfferHolding(i),
        categories: random.some(HELP_CATEGORIES, 1, 3),
        areaCode: NEIGHBOURHOODS[i % NEIGHBOURHOODS.length].code,
        available: random.chance(0.8),
        ...roundLocation(near(NEIGHBOURHOODS[i % NEIGHBOURHOODS.length], 500, random.next)),
        maxDistanceKm: random.pick([0.5, 1, 1, 2]),
        availability: random.some(SLOTS, 2, 6),
        languages: random.chance(0.2) ? ['nl', 'en'] : ['nl'],
        limits: [],
      })),
    );
    await manager.insert(
      Membership,
      Array.from({ length: DEMO_COUNTS.memberships }, (_, i) => ({
        id: `membership-${pad(i + 1, 3)}`,
        ...membershipHolding(i),
        role: random.pick(['MEMBER', 'MEMBER', 'MEMBER', 'VOLUNTEER', 'BOARD', 'COORDINATOR'] as const),
        since: new Date(DEMO_NOW.getTime() - random.int(30, 2_000) * DAY_MS).toISOString().slice(0, 10),
      })),
    );
  });
}
