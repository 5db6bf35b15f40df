// Locations of residents and helpers are stored rounded to a grid of 0.005° (about 550 m north–south and
// 340 m east–west here), enough to judge distance for burenhulp and too coarse to find a front door.
import { badInput } from '../../../platform/errors';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** `location` as given, when it is a point on earth (latitude ±90, longitude ±180), else BAD_USER_INPUT at `field`. */
export function checkPoint(location: GeoPoint, field: string): GeoPoint {
  if (!Number.isFinite(location.latitude) || Math.abs(location.latitude) > 90 || !Number.isFinite(location.longitude) || Math.abs(location.longitude) > 180) {
    throw badInput(`${field} is not a point on earth`, field);
  }
  return { latitude: location.latitude, longitude: location.longitude };
}

const GRID = 0.005;
const snap = (value: number): number => Number((Math.round(value / GRID) * GRID).toFixed(3));

export function roundLocation(point: GeoPoint): GeoPoint {
  return { latitude: snap(point.latitude), longitude: snap(point.longitude) };
}

/** A point from nullable columns. */
export function pointOf(row: { latitude: number | null; longitude: number | null }): GeoPoint | null {
  return row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude };
}
