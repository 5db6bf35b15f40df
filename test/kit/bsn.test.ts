// The hub never stores a BSN: what counts as one (9 digits, or 8 with the leading zero left off, passing the
// elfproef), also when written with dots or spaces or inside other text.
import { containsBsn, passesElfproef, refuseBsn } from '../../subgraphs/kit/bsn';

test.each(['123456782', '111222333', '012345672', '12345672'])('%s passes the elfproef', (bsn) => {
  expect(passesElfproef(bsn)).toBe(true);
});

test.each(['123456789', '111222334', '000000000', '1234567', '1234567890'])('%s does not', (digits) => {
  expect(passesElfproef(digits)).toBe(false);
});

test.each(['123456782', '1234.56.782', '123 456 782', 'BSN: 111-222-333', 'klant 111222333 (mevrouw)'])('"%s" holds a BSN', (text) => {
  expect(containsBsn(text)).toBe(true);
  expect(() => refuseBsn(text, 'input.reference')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reference' }) }));
});

test.each(['WZ-2026-0117', '123456789', 'lid-0042', 'dossier 2024/118', '0331234567'])('"%s" is an ordinary reference', (text) => {
  expect(containsBsn(text)).toBe(false);
  expect(refuseBsn(text, 'input.reference')).toBe(text);
});
