// Capacity of a service or a vacancy: whether it takes new clients (or volunteers) now and the current
// waiting time, so a matcher or a wijkteam refers to one that can take the resident. Stored as one jsonb
// column `capacity`, shown on the kaart and on referrals, and exported to HSDS as the service's wait_time
// with two attributes (accepts_new_clients, waiting_days) of the Samenspel taxonomy that an import maps back.
import { badInput } from '../../platform/errors';

export interface CapacityRecord {
  acceptsNew: boolean;
  waitingDays: number | null;
  /** ISO 8601: when the organisation last stated it. */
  updatedAt: string;
}

export interface CapacityInput {
  acceptsNew: boolean;
  waitingDays?: number | null;
}

/** Two years: a longer wait is not a wait but a closed list (acceptsNew false). */
export const MAX_WAITING_DAYS = 730;

/** The column, for tables of items with capacity; rows recorded before it take newcomers, wait unknown. */
export const CAPACITY_COLUMN_SQL = `capacity jsonb NOT NULL DEFAULT jsonb_build_object('acceptsNew', true, 'waitingDays', null, 'updatedAt', now())`;

export function capacityOf(input: CapacityInput, field: string, now = new Date()): CapacityRecord {
  const waitingDays = input.waitingDays ?? null;
  if (waitingDays !== null && (!Number.isInteger(waitingDays) || waitingDays < 0 || waitingDays > MAX_WAITING_DAYS)) {
    throw badInput(`${field}.waitingDays must be a whole number of days, 0–${MAX_WAITING_DAYS}`, `${field}.waitingDays`);
  }
  return { acceptsNew: input.acceptsNew, waitingDays, updatedAt: now.toISOString() };
}

/** New items take newcomers, wait unknown, unless the mutation said otherwise. */
export function initialCapacity(input: CapacityInput | null | undefined, field: string, now = new Date()): CapacityRecord {
  return capacityOf(input ?? { acceptsNew: true }, field, now);
}
