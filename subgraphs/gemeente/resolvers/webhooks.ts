// Webhooks (issue 17): the endpoints' registry and their delivery log (webhooks/).
import type { MutationResolvers, QueryResolvers, WebhookResolvers } from '../generated/resolvers-types';
import { payload } from '../../kit/mutation-payload';
import { listDeliveries, listWebhooks } from '../webhooks/log';
import { deleteWebhook, registerWebhook, replayWebhookDeliveries, rotateWebhookSecret, setWebhookStatus } from '../webhooks/registry';
import type { EventType, ConsentPurpose } from '../generated/resolvers-types';

export const webhookQueries: Pick<QueryResolvers, 'webhooks' | 'webhookDeliveries'> = {
  webhooks: (_root, args, { db, caller, config }) => listWebhooks(db, caller, config.municipalityOrganisationId, args),
  webhookDeliveries: (_root, { webhookId, ...args }, { db, caller }) => listDeliveries(db, webhookId, caller, args) as never,
};

/** The secret is answered with the endpoint it belongs to, only by the mutations that make one. */
async function withSecret<T extends { webhook: { secret: string } | null }>(result: Promise<T>): Promise<T & { secret: string | null }> {
  const done = await result;
  return { ...done, secret: done.webhook?.secret ?? null };
}

export const webhookMutations: Pick<MutationResolvers, 'registerWebhook' | 'pauseWebhook' | 'resumeWebhook' | 'rotateWebhookSecret' | 'deleteWebhook' | 'replayWebhookDeliveries'> = {
  registerWebhook: (_root, { input }, { db, caller, config }) =>
    withSecret(payload('webhook', () => db.transaction((manager) => registerWebhook(manager, input, caller, config.outbound)))),
  pauseWebhook: (_root, { id }, { db, caller, config }) =>
    payload('webhook', () => db.transaction((manager) => setWebhookStatus(manager, id, 'PAUSED', caller, config.municipalityOrganisationId))),
  resumeWebhook: (_root, { id }, { db, caller, config }) =>
    payload('webhook', () => db.transaction((manager) => setWebhookStatus(manager, id, 'ACTIVE', caller, config.municipalityOrganisationId))),
  rotateWebhookSecret: (_root, { id }, { db, caller, config }) =>
    withSecret(payload('webhook', () => db.transaction((manager) => rotateWebhookSecret(manager, id, caller, config.municipalityOrganisationId)))),
  deleteWebhook: (_root, { id }, { db, caller, config }) =>
    payload('id', () => db.transaction((manager) => deleteWebhook(manager, id, caller, config.municipalityOrganisationId))),
  replayWebhookDeliveries: async (_root, { webhookId, from }, { db, caller, config }) => {
    let webhook = null;
    const result = await payload('replayed', () =>
      db.transaction(async (manager) => {
        const replayed = await replayWebhookDeliveries(manager, webhookId, from, caller, config.municipalityOrganisationId);
        webhook = replayed.webhook;
        return replayed.count;
      }),
    );
    return { ...result, webhook };
  },
};

export const Webhook: WebhookResolvers = {
  organisation: (webhook, _args, { loaders }) => loaders.organisationById.load(webhook.organisationId) as never,
  eventTypes: (webhook) => webhook.eventTypes as EventType[],
  purpose: (webhook) => webhook.purpose as ConsentPurpose,
};
