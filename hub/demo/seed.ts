// Demo data is loaded once, in one transaction, into an empty database.
import type { EntityManager } from 'typeorm';
import type { Database } from '../../subgraphs/kit/database';

export async function seedOnce(db: Database, markerTable: string, load: (manager: EntityManager) => Promise<void>): Promise<void> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${markerTable}`);
  if (count > 0) return;
  await db.transaction(load);
}

/** A point near `origin`, at most `metres` away: demo locations spread around an area's centroid. */
export function near(origin: { latitude: number; longitude: number }, metres: number, unit: () => number) {
  const dLat = ((unit() * 2 - 1) * metres) / 111_320;
  const dLon = ((unit() * 2 - 1) * metres) / (111_320 * Math.cos((origin.latitude * Math.PI) / 180));
  return { latitude: +(origin.latitude + dLat).toFixed(5), longitude: +(origin.longitude + dLon).toFixed(5) };
}
