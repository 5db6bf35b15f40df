// Venues on the sociale kaart (buurtkamers, dorpshuizen, wijkcentra, infopunten): added and kept up to date
// by the organisation that runs one, or by the gemeente's hub administrator for any organisation. The
// change feed (trigger in migration 301) carries them to the kaart with their contact details.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { forbidden } from '../kit/access/errors';
import { lockOwnRow, type WriteRule } from '../kit/access/own-row';
import { assertBuurt } from '../kit/areas';
import { checkPoint } from '../kit/matching/location';
import { address, contactDetails, formatAddress, websiteAddress, type AddressRecord, type ContactInput, type ContactRecord } from '../kit/contact-details';
import { createOnce } from '../kit/idempotent-create';
import { checkId, optionalText, requiredText } from '../kit/validation';
import { Area, Organisation, Venue } from './entities';
import type { AccessibilityNote } from './entities/venue';
import type { CreateVenueInput, UpdateVenueInput } from './generated/resolvers-types';

const MAX_NAME = 200;
const MAX_ACCESSIBILITY_NOTES = 20;

const isHubAdmin = (caller: Caller, municipalityOrganisationId: string) => caller.organisationId === municipalityOrganisationId && caller.roles.includes('hub-admin');

function accessibilityNotes(notes: readonly { description: string; details?: string | null; url?: string | null }[], field: string): AccessibilityNote[] {
  if (notes.length > MAX_ACCESSIBILITY_NOTES) throw badInput(`at most ${MAX_ACCESSIBILITY_NOTES} accessibility notes`, field);
  return notes.map((note, i) => ({
    description: requiredText(note.description, `${field}.${i}.description`, 200),
    details: optionalText(note.details, `${field}.${i}.details`, 1000),
    url: websiteAddress(note.url, `${field}.${i}.url`),
  }));
}

async function buurt(manager: EntityManager, code: string, field: string): Promise<Area> {
  assertBuurt(code, field);
  const area = await manager.findOneBy(Area, { code });
  if (!area) throw badInput(`no buurt "${code}"`, field);
  return area;
}

/** The venue's contact details: its own address is always the one on record. */
function venueContact(input: ContactInput | null | undefined, place: AddressRecord, field: string): ContactRecord {
  return { ...contactDetails({ ...input, address: null }, field), address: place };
}

export async function createVenue(manager: EntityManager, input: CreateVenueInput, caller: Caller, municipalityOrganisationId: string): Promise<Venue> {
  const organisationId = checkId(input.organisationId, 'input.organisationId');
  if (organisationId !== caller.organisationId && !isHubAdmin(caller, municipalityOrganisationId)) {
    throw forbidden("A venue is added by the organisation that runs it (or the gemeente's hub administrator)");
  }
  const name = requiredText(input.name, 'input.name', MAX_NAME);
  const place = address(input.address, 'input.address');
  const contact = venueContact(input.contact, place, 'input.contact');
  const accessibility = accessibilityNotes(input.accessibility ?? [], 'input.accessibility');
  const location = input.location ? checkPoint(input.location, 'input.location') : null;
  const { record } = await createOnce(manager, {
    entity: Venue,
    scope: 'recordedByOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      if (!(await manager.existsBy(Organisation, { id: organisationId }))) throw badInput(`no organisation "${organisationId}"`, 'input.organisationId');
      const area = await buurt(manager, input.area, 'input.area');
      return manager.create(Venue, {
        id: `venue-${randomUUID()}`,
        name,
        kind: input.kind,
        address: formatAddress(place),
        areaCode: area.code,
        organisationId,
        selfManaged: input.selfManaged ?? false,
        ...(location ?? { latitude: area.latitude, longitude: area.longitude }),
        contact,
        accessibility,
        updatedAt: new Date(),
      });
    },
  });
  return record;
}

/** The organisation running a venue changes it, and the gemeente's hub administrator (not its other staff or systems). */
const runnerWrites = (caller: Caller, municipalityOrganisationId: string): WriteRule<Venue> => ({
  type: 'Venue',
  writersOf: (venue) => (isHubAdmin(caller, municipalityOrganisationId) ? [venue.organisationId, municipalityOrganisationId] : [venue.organisationId]),
  mayRead: () => true, // venues are public
  refusal: 'only the organisation running a venue (or the gemeente) changes it',
});

export async function updateVenue(manager: EntityManager, id: string, input: UpdateVenueInput, caller: Caller, municipalityOrganisationId: string): Promise<Venue> {
  const place = input.address != null ? address(input.address, 'input.address') : null;
  const accessibility = input.accessibility != null ? accessibilityNotes(input.accessibility, 'input.accessibility') : null;
  const location = input.location != null ? checkPoint(input.location, 'input.location') : null;
  const venue = await lockOwnRow(manager, Venue, id, runnerWrites(caller, municipalityOrganisationId), caller, 'id');
  if (input.name != null) venue.name = requiredText(input.name, 'input.name', MAX_NAME);
  if (input.kind != null) venue.kind = input.kind;
  if (input.area != null) {
    const area = await buurt(manager, input.area, 'input.area');
    venue.areaCode = area.code;
    if (!location) Object.assign(venue, { latitude: area.latitude, longitude: area.longitude });
  }
  if (location) Object.assign(venue, location);
  if (input.selfManaged != null) venue.selfManaged = input.selfManaged;
  const placeNow = place ?? venue.contact.address;
  if (place) venue.address = formatAddress(place);
  if (input.contact != null) venue.contact = placeNow ? venueContact(input.contact, placeNow, 'input.contact') : contactDetails({ ...input.contact, address: null }, 'input.contact');
  else if (place) venue.contact = { ...venue.contact, address: place };
  if (accessibility) venue.accessibility = accessibility;
  venue.updatedAt = new Date();
  return manager.save(venue);
}
