// Locations of residents and helpers are stored rounded to a grid of 0.005° (about 550 m north–south and
// 340 m east–west here), enough to judge distance for burenhulp and too coarse to find a front door.
export interface GeoPoint {
  latitude: number;
  longitude: number;
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
