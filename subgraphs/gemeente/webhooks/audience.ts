// The need-to-know check of gemeente's deliveries (delivery.ts), asked before every try of a non-public event:
// the subgraph that recorded the event owns its subject and answers (kit/events/audience.ts) whether the
// endpoint's organisation may read it now for the endpoint's purpose, and whether the event still stands.
// No answer is a throw, so the try fails and is retried; nothing is sent on a guess.
import { isPurpose } from '../../../platform/caller';
import { PARTNERS, type Partner } from '../../../platform/config';
import { askAudience } from '../../kit/events/audience';
import type { PeerUrls } from '../../kit/subgraph';
import type { Audience } from './delivery';

export function subgraphAudience(peers: PeerUrls, secret: string): Audience {
  return async (event, organisationId, purpose) => {
    const url = PARTNERS.includes(event.partner as Partner) ? peers[event.partner as Partner] : undefined;
    if (!url) throw new Error(`no address for ${event.partner}, whose event ${event.id} is`);
    if (!isPurpose(purpose)) return false;
    const [allowed] = await askAudience(url, secret, [{ subjectType: event.subject.type, subjectId: event.subject.id, organisationId, purpose, eventId: event.id }]);
    return allowed;
  };
}
