// How far a helper lives from a hulpvraag, as shown outside the helper's own organisation: a band, never
// the distance itself. Exact distances from a few hulpvragen at chosen points would give the helper's home
// away (trilateration); a band only says which ring around each hulpvraag the home is in. The score uses
// the band too, so it gives away no more than the reasons do.
export interface DistanceBand {
  /** The band holds distances below this many km (and at or above the previous band's). */
  belowKm: number;
  /** As a matcher reads it, e.g. "1–2 km". */
  label: string;
  /** The score's distance component (0..1) for a helper in this band. */
  value: number;
}

export const DISTANCE_BANDS: readonly DistanceBand[] = [
  { belowKm: 1, label: '< 1 km', value: 1 },
  { belowKm: 2, label: '1–2 km', value: 0.75 },
  { belowKm: 5, label: '2–5 km', value: 0.4 },
  { belowKm: 10, label: '5–10 km', value: 0.15 },
  { belowKm: Infinity, label: '10 km or more', value: 0 },
];

export function distanceBand(km: number): DistanceBand {
  return DISTANCE_BANDS.find((band) => km < band.belowKm)!;
}
