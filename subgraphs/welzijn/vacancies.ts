// Vrijwilligersvacatures: a welfare organisation puts them on the sociale kaart (published at once, with
// contact details and capacity), changes and closes them; people respond to open ones. The feed (trigger
// in migration 302) carries them to the kaart.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '../../platform/errors';
import type { Caller } from '../../platform/caller';
import { lockOwnRow, personalDataWriteRule, type WriteRule } from '../kit/access/own-row';
import type { PersonalDataAccess } from '../kit/access/personal-data';
import { logPersonalDataWrite } from '../kit/access/write-log';
import { assertAreaCode } from '../kit/areas';
import { capacityOf, initialCapacity } from '../kit/capacity';
import { contactDetails, emailAddress, phoneNumber } from '../kit/contact-details';
import { createOnce } from '../kit/idempotent-create';
import { checkId, MAX_TEXT, optionalText, requiredText } from '../kit/validation';
import { VacancyResponse, Volunteer, VolunteerVacancy } from './entities';
import type { CreateVolunteerVacancyInput, RespondToVacancyInput, UpdateVolunteerVacancyInput } from './generated/resolvers-types';
import { vacancyResponsePolicy, volunteerPolicy } from './policies';

const MAX_TITLE = 200;

function description(value: string, field: string): string {
  if (value.length > MAX_TEXT) throw badInput(`${field} is at most ${MAX_TEXT} characters`, field);
  return value.trim();
}

function hoursPerWeek(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1 || value > 40) throw badInput(`${field} must be 1–40`, field);
  return value;
}

export async function createVacancy(manager: EntityManager, input: CreateVolunteerVacancyInput, caller: Caller): Promise<VolunteerVacancy> {
  const now = new Date();
  const fields = {
    title: requiredText(input.title, 'input.title', MAX_TITLE),
    description: description(input.description ?? '', 'input.description'),
    categories: [...new Set(input.categories ?? [])],
    areaCode: assertAreaCode(input.area, 'input.area'),
    hoursPerWeek: hoursPerWeek(input.hoursPerWeek, 'input.hoursPerWeek'),
    contact: contactDetails(input.contact, 'input.contact'),
    capacity: initialCapacity(input.capacity, 'input.capacity', now),
  };
  const { record } = await createOnce(manager, {
    entity: VolunteerVacancy,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: () => manager.create(VolunteerVacancy, { id: `vacancy-${randomUUID()}`, ...fields, published: true, updatedAt: now, closedAt: null }),
  });
  return record;
}

/** Vacancies are changed by their own organisation; an open one is public, a closed one is not there for others. */
const OWN_VACANCY: WriteRule<VolunteerVacancy> = {
  type: 'VolunteerVacancy',
  writersOf: (vacancy) => [vacancy.organisationId],
  mayRead: (vacancy) => vacancy.published,
  refusal: 'only the organisation offering a vacancy changes it',
};

export async function updateVacancy(manager: EntityManager, id: string, input: UpdateVolunteerVacancyInput, caller: Caller): Promise<VolunteerVacancy> {
  const now = new Date();
  const changes: Partial<VolunteerVacancy> = {};
  if (input.title != null) changes.title = requiredText(input.title, 'input.title', MAX_TITLE);
  if (input.description != null) changes.description = description(input.description, 'input.description');
  if (input.categories != null) changes.categories = [...new Set(input.categories)];
  if (input.area != null) changes.areaCode = assertAreaCode(input.area, 'input.area');
  if (input.hoursPerWeek != null) changes.hoursPerWeek = hoursPerWeek(input.hoursPerWeek, 'input.hoursPerWeek');
  if (input.contact != null) changes.contact = contactDetails(input.contact, 'input.contact');
  if (input.capacity != null) changes.capacity = capacityOf(input.capacity, 'input.capacity', now);
  const vacancy = await lockOwnRow(manager, VolunteerVacancy, id, OWN_VACANCY, caller, 'id');
  if (vacancy.closedAt) throw conflict(`Vacancy ${id} is closed; create a new one instead`, 'id');
  Object.assign(vacancy, changes, { updatedAt: now });
  return manager.save(vacancy);
}

export async function closeVacancy(manager: EntityManager, id: string, caller: Caller): Promise<VolunteerVacancy> {
  const vacancy = await lockOwnRow(manager, VolunteerVacancy, id, OWN_VACANCY, caller, 'id');
  if (vacancy.closedAt) return vacancy; // safe to retry
  Object.assign(vacancy, { published: false, closedAt: new Date(), updatedAt: new Date() });
  return manager.save(vacancy);
}

/**
 * Who responds: one of the caller's volunteers, or a newcomer with a name, a phone number or e-mail address,
 * and their Person key (registered first, as for an intake), so that inzage, export and erasure reach the
 * response like every other record about the resident.
 */
async function respondent(manager: EntityManager, input: RespondToVacancyInput, caller: Caller, personalData: PersonalDataAccess) {
  const message = optionalText(input.message, 'input.message');
  if (input.volunteerId != null) {
    if (input.name != null || input.phone != null || input.email != null || input.personId != null) {
      throw badInput('give volunteerId, or name with phone or email and personId, not both', 'input.volunteerId');
    }
    const volunteer = await lockOwnRow(manager, Volunteer, checkId(input.volunteerId, 'input.volunteerId'), personalDataWriteRule(volunteerPolicy, personalData), caller, 'input.volunteerId');
    return { volunteerId: volunteer.id, personId: volunteer.personId, name: null, phone: null, email: null, message };
  }
  if (input.name == null) throw badInput('give the name of the newcomer (or volunteerId)', 'input.name');
  const name = requiredText(input.name, 'input.name', 200);
  const phone = input.phone != null ? phoneNumber(input.phone, 'input.phone') : null;
  const email = emailAddress(input.email, 'input.email');
  if (!phone && !email) throw badInput('give a phone number or an e-mail address to answer the newcomer on', 'input.phone');
  if (input.personId == null) {
    throw badInput("give the newcomer's Person key (registerPerson with your own reference, as for an intake), so the resident's inzage, export and erasure reach the response", 'input.personId');
  }
  return { volunteerId: null, personId: checkId(input.personId, 'input.personId'), name, phone, email, message };
}

export async function respondToVacancy(manager: EntityManager, input: RespondToVacancyInput, caller: Caller, personalData: PersonalDataAccess): Promise<VacancyResponse> {
  const vacancyId = checkId(input.vacancyId, 'input.vacancyId');
  const { record, created } = await createOnce(manager, {
    entity: VacancyResponse,
    scope: 'recordedByOrganisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      const vacancy = await manager.findOne(VolunteerVacancy, { where: { id: vacancyId }, lock: { mode: 'pessimistic_read' } });
      if (!vacancy || (!vacancy.published && vacancy.organisationId !== caller.organisationId)) throw badInput(`no open vacancy "${vacancyId}"`, 'input.vacancyId');
      if (vacancy.closedAt || !vacancy.published) throw conflict(`Vacancy ${vacancyId} is closed`, 'input.vacancyId');
      if (!vacancy.capacity.acceptsNew) throw conflict(`Vacancy ${vacancyId} takes no new volunteers now`, 'input.vacancyId');
      return manager.create(VacancyResponse, {
        id: `vacancy-response-${randomUUID()}`,
        vacancyId,
        vacancyOrganisationId: vacancy.organisationId,
        ...(await respondent(manager, input, caller, personalData)),
        createdAt: new Date(),
      });
    },
  });
  if (created) {
    const given = { volunteer: record.volunteerId, person: record.personId, name: record.name, phone: record.phone, email: record.email, message: record.message };
    await logPersonalDataWrite(manager, personalData, vacancyResponsePolicy, record, ['vacancy', ...Object.keys(given).filter((field) => given[field as keyof typeof given] !== null)]);
  }
  return record;
}
