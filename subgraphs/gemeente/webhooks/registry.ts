// Partners' webhook endpoints: registered, paused, resumed, given a new secret, deleted, replayed. An
// organisation manages its own; the gemeente's hub administrator sees and manages them all. The delivery log
// is the owner's alone. One transaction each, validated first.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../../platform/errors';
import type { Caller } from '../../../platform/caller';
import { checkOutboundUrl, OutboundUrlError, type OutboundPolicy } from '../../kit/outbound-http';
import { createOnce } from '../../kit/idempotent-create';
import { EVENT_TYPES, isEventType } from '../../kit/events/event-types';
import { newWebhookSecret } from '../../kit/events/signing';
import { Webhook } from '../entities';
import { kickDelivery, scheduleDelivery } from './delivery';
import { schedulePulls } from './pull';

/** A partner subscribes to a handful of endpoints; more is a mistake, not a need. */
export const MAX_WEBHOOKS_PER_ORGANISATION = 20;
const MAX_URL = 2_000;

/** Whether the caller sees every organisation's endpoints: the gemeente's hub administrator. */
export function seesAll(caller: Caller, municipalityOrganisationId: string): boolean {
  return caller.organisationId === municipalityOrganisationId && caller.roles.includes('hub-admin');
}

/** The endpoint when the caller may manage it; NOT_FOUND otherwise (another organisation's is not named). */
export async function manageable(manager: EntityManager, id: string, caller: Caller, municipalityOrganisationId: string, field = 'id'): Promise<Webhook> {
  const webhook = await manager.findOne(Webhook, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!webhook || (webhook.organisationId !== caller.organisationId && !seesAll(caller, municipalityOrganisationId))) throw notFound('Webhook', id, field);
  return webhook;
}

export interface RegisterWebhookInput {
  clientMutationId: string;
  url: string;
  eventTypes: readonly string[];
  purpose: string;
}

async function endpointUrl(raw: string, policy: OutboundPolicy): Promise<string> {
  if (raw.length > MAX_URL) throw badInput(`input.url: at most ${MAX_URL} characters`, 'input.url');
  try {
    return (await checkOutboundUrl(raw, policy)).toString();
  } catch (error) {
    if (error instanceof OutboundUrlError) throw badInput(`input.url: ${error.message}`, 'input.url');
    throw error;
  }
}

function eventTypes(values: readonly string[]): string[] {
  if (!values.length) throw badInput('input.eventTypes needs at least one event type', 'input.eventTypes');
  values.forEach((value, i) => {
    if (!isEventType(value)) throw badInput(`input.eventTypes: no event type "${value}" (one of ${EVENT_TYPES.join(', ')})`, `input.eventTypes.${i}`);
  });
  return [...new Set(values)];
}

/** Registers an endpoint for the caller's organisation; `secret` is in the answer this once (and on a retry). */
export async function registerWebhook(manager: EntityManager, input: RegisterWebhookInput, caller: Caller, policy: OutboundPolicy): Promise<Webhook> {
  const types = eventTypes(input.eventTypes);
  const url = await endpointUrl(input.url, policy);
  const { record, created } = await createOnce(manager, {
    entity: Webhook,
    scope: 'organisationId',
    owner: caller.organisationId!,
    clientMutationId: input.clientMutationId,
    input,
    build: async () => {
      const count = await manager.countBy(Webhook, { organisationId: caller.organisationId! });
      if (count >= MAX_WEBHOOKS_PER_ORGANISATION) throw badInput(`an organisation has at most ${MAX_WEBHOOKS_PER_ORGANISATION} webhooks; delete one first`, 'input');
      return manager.create(Webhook, { id: `webhook-${randomUUID()}`, url, eventTypes: types, purpose: input.purpose, secret: newWebhookSecret(), status: 'ACTIVE', createdAt: new Date(), createdBy: caller.subject! });
    },
  });
  // the pulls rest while no webhook exists (webhooks/pull.ts)
  if (created) await schedulePulls(manager);
  return record;
}

/** Pausing holds new deliveries (they wait, nothing is lost); resuming sends what waited. */
export async function setWebhookStatus(manager: EntityManager, id: string, status: 'ACTIVE' | 'PAUSED', caller: Caller, municipalityOrganisationId: string): Promise<Webhook> {
  const webhook = await manageable(manager, id, caller, municipalityOrganisationId);
  if (webhook.status === status) return webhook;
  webhook.status = status;
  await manager.save(webhook);
  if (status === 'ACTIVE') {
    const waiting: { id: string }[] = await manager.query(`SELECT id::text FROM webhook_delivery WHERE webhook_id = $1 AND status = 'PENDING'`, [id]);
    for (const delivery of waiting) await kickDelivery(manager, delivery.id);
  }
  return webhook;
}

/** A new signing secret, used from the next attempt on; the old one stops at once. */
export async function rotateWebhookSecret(manager: EntityManager, id: string, caller: Caller, municipalityOrganisationId: string): Promise<Webhook> {
  const webhook = await manageable(manager, id, caller, municipalityOrganisationId);
  webhook.secret = newWebhookSecret();
  return manager.save(webhook);
}

/** Deletes the endpoint with its delivery log; deleting again is NOT_FOUND. */
export async function deleteWebhook(manager: EntityManager, id: string, caller: Caller, municipalityOrganisationId: string): Promise<string> {
  const webhook = await manageable(manager, id, caller, municipalityOrganisationId);
  await manager.delete(Webhook, { id: webhook.id });
  return id;
}

/** Sends the endpoint's deliveries of events from `from` on again (same webhook-id); how many were queued. */
export async function replayWebhookDeliveries(manager: EntityManager, id: string, from: Date, caller: Caller, municipalityOrganisationId: string): Promise<{ webhook: Webhook; count: number }> {
  const webhook = await manageable(manager, id, caller, municipalityOrganisationId, 'webhookId');
  const replayed: { id: string; occurred_at: Date }[] = await manager.query(
    `WITH replayed AS (UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = greatest(now(), occurred_at)
      WHERE webhook_id = $1 AND occurred_at >= $2 RETURNING id, occurred_at) SELECT r.id::text AS id, r.occurred_at FROM replayed r ORDER BY r.id`,
    [webhook.id, from],
  );
  if (webhook.status === 'ACTIVE') for (const delivery of replayed) await scheduleDelivery(manager, delivery.id, delivery.occurred_at);
  return { webhook, count: replayed.length };
}
