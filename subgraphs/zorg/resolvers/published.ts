import type { Service } from '../entities';

/** Unpublished services are drafts of their organisation and do not exist for anyone else. */
export function publishedOnly(service: Service | null): Service | null {
  return service?.published ? service : null;
}
