// The domain events partners can subscribe to, the same list in every subgraph (gemeente's EventType enum
// names them for registerWebhook). Each subgraph records the ones about its own types; the public kinds of
// the sociale kaart feed become <KIND>_PUBLISHED / _CHANGED / _WITHDRAWN (outbox.ts).
export const EVENT_TYPES = [
  // zorg: referrals, both directions (doorverwijzing to a professional, afschalen to informal help)
  'REFERRAL_CREATED',
  'REFERRAL_ACCEPTED',
  'REFERRAL_CLOSED',
  // welzijn: hulpvragen and matches (koppelingen)
  'HELP_REQUEST_STATUS_CHANGED',
  // a hulpvraag handed over to another organisation (its new holder)
  'HELP_REQUEST_TRANSFERRED',
  'MATCH_PROPOSED',
  'MATCH_INTRODUCED',
  'MATCH_ENDED',
  'MATCH_FOLLOW_UP_DUE',
  // gemeente: the consent register
  'CONSENT_GRANTED',
  'CONSENT_REVOKED',
  // public: items of the sociale kaart as each partner publishes them, and the kaart's own index
  'ACTIVITY_PUBLISHED',
  'ACTIVITY_CHANGED',
  'ACTIVITY_WITHDRAWN',
  'SERVICE_PUBLISHED',
  'SERVICE_CHANGED',
  'SERVICE_WITHDRAWN',
  'COOPERATIVE_SERVICE_PUBLISHED',
  'COOPERATIVE_SERVICE_CHANGED',
  'COOPERATIVE_SERVICE_WITHDRAWN',
  'VENUE_PUBLISHED',
  'VENUE_CHANGED',
  'VENUE_WITHDRAWN',
  'VOLUNTEER_VACANCY_PUBLISHED',
  'VOLUNTEER_VACANCY_CHANGED',
  'VOLUNTEER_VACANCY_WITHDRAWN',
  'SOCIAL_MAP_ITEM_CHANGED',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}
