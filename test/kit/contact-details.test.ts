// Contact details as partners type them: what is accepted, how it is stored, and the field named when not.
import { contactDetails, formatAddress, phoneNumber, postalCode } from '../../subgraphs/kit/contact-details';
import { capacityOf } from '../../subgraphs/kit/capacity';

const fieldOf = (action: () => unknown): string | undefined => {
  try {
    action();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe('phone numbers', () => {
  test.each(['033 123 4567', '033-1234567', '06 1234 5678', '(033) 123 45 67', '0800 1234', '0900-1234567', '14 033', '+31 6 1234 5678', '+32 2 123 45 67'])('%s is a number one can dial', (number) => {
    expect(phoneNumber(number, 'phone')).toBe(number.trim());
  });
  test.each(['12345', '033 123', '+0 123 456 789', '06 1234 5678 9999', 'bel me', '112'])('%s is refused', (number) => {
    expect(fieldOf(() => phoneNumber(number, 'input.phone'))).toBe('input.phone');
  });
});

describe('postcodes', () => {
  test.each([['3813bv', '3813 BV'], ['3813 BV', '3813 BV'], [' 1012  ab ', '1012 AB']])('%s is written %s', (given, stored) => {
    expect(postalCode(given, 'p')).toBe(stored);
  });
  // no postcode starts with 0, and SA, SD and SS are not used
  test.each(['0123 AB', '123 AB', '3813 B', '3813 SS', 'ABCD EF'])('%s is refused', (given) => {
    expect(fieldOf(() => postalCode(given, 'p'))).toBe('p');
  });
});

test('contact details are stored in one shape: days in week order, defaults filled in, an address on one line', () => {
  const contact = contactDetails(
    {
      phones: [{ number: ' 033  123 4567 ' }],
      email: ' info@buurt.nl ',
      website: 'https://buurt.nl',
      address: { street: 'Plein 1', postalCode: '3811aa', city: 'Amersfoort' },
      openingHours: [{ days: ['FR', 'MO', 'FR'], opensAt: '09:00', closesAt: '24:00' }],
    },
    'input.contact',
  );
  expect(contact).toEqual({
    phones: [{ number: '033 123 4567', extension: null, kind: 'VOICE', description: null, languages: [] }],
    email: 'info@buurt.nl',
    website: 'https://buurt.nl',
    address: { street: 'Plein 1', addition: null, postalCode: '3811 AA', city: 'Amersfoort', province: null, country: 'NL' },
    openingHours: [{ days: ['MO', 'FR'], opensAt: '09:00', closesAt: '24:00', validFrom: null, validTo: null, description: null }],
  });
  expect(formatAddress(contact.address!)).toBe('Plein 1, 3811 AA Amersfoort');
  // an address abroad keeps its own postcode
  expect(contactDetails({ address: { street: 'Rue 1', postalCode: 'B-1000', city: 'Brussel', country: 'be' } }, 'c').address).toMatchObject({ postalCode: 'B-1000', country: 'BE' });
});

test.each([
  ['c.phones.1.extension', { phones: [{ number: '0331234567' }, { number: '0331234567', extension: 0 }] }],
  ['c.phones.0.languages', { phones: [{ number: '0331234567', languages: ['NL'] }] }],
  ['c.email', { email: 'a@b' }],
  ['c.website', { website: 'ftp://buurt.nl' }],
  ['c.website', { website: 'https://localhost' }],
  ['c.address.city', { address: { street: 'Plein 1', postalCode: '3811 AA', city: ' ' } }],
  ['c.address.country', { address: { street: 'Plein 1', postalCode: '3811 AA', city: 'A', country: 'Nederland' } }],
  ['c.openingHours.0.closesAt', { openingHours: [{ days: ['MO'], opensAt: '09:00', closesAt: '09:00' }] }],
  ['c.openingHours.0.opensAt', { openingHours: [{ days: ['MO'], opensAt: '24:00', closesAt: '24:00' }] }],
  ['c.openingHours.0.validTo', { openingHours: [{ days: ['MO'], opensAt: '09:00', closesAt: '10:00', validFrom: '2026-05-01', validTo: '2026-04-30' }] }],
  ['c.phones', { phones: Array.from({ length: 11 }, () => ({ number: '0331234567' })) }],
] as const)('%s is named when it is wrong', (field, input) => {
  expect(fieldOf(() => contactDetails(input as never, 'c'))).toBe(field);
});

test('capacity: a waiting time is whole days within two years; the moment it was stated is kept', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  expect(capacityOf({ acceptsNew: false }, 'c', now)).toEqual({ acceptsNew: false, waitingDays: null, updatedAt: '2026-03-02T10:00:00.000Z' });
  expect(capacityOf({ acceptsNew: true, waitingDays: 0 }, 'c', now).waitingDays).toBe(0);
  for (const waitingDays of [-1, 1.5, 731]) expect(fieldOf(() => capacityOf({ acceptsNew: true, waitingDays }, 'c', now))).toBe('c.waitingDays');
});
