// HSDS 3.0 wants UUIDs; the hub's are stable UUIDs derived from its keys, the same in every subgraph, so
// the kaart's HSDS export and a partner's HSDS import agree on the ids of organisations and taxonomy terms;
// a service's nested records (phones, schedules, attributes) take ids derived from the service's own HSDS
// id, so they stay the same when the service is exported, imported elsewhere and exported again.
import { createHash } from 'node:crypto';

/** A UUID (version 5 layout) derived from a key, the same every time. */
export function hsdsId(key: string): string {
  const hex = createHash('sha1').update(`samenspel:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An organisation of the partner registry as an HSDS organization. */
export const hsdsOrganisationId = (organisationId: string) => hsdsId(`organisation:${organisationId}`);

/** A term of one of the kaart's taxonomies: thema, doelgroep (enum values) or capacity (accepts_new_clients, waiting_days). */
export const hsdsTermId = (taxonomy: 'thema' | 'doelgroep' | 'capacity', code: string) => hsdsId(`taxonomy-term:${taxonomy}:${code}`);

/** The key nested records of a service derive their ids from: the service's HSDS id. */
export const serviceKey = (serviceHsdsId: string) => `service:${serviceHsdsId}`;
