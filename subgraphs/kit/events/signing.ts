// Standard Webhooks (standardwebhooks.com) for the hub's deliveries: an endpoint's secret, and the three
// headers a receiver verifies with the `standardwebhooks` library (webhook-id, webhook-timestamp,
// webhook-signature: HMAC-SHA256 over "<id>.<timestamp>.<body>").
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new endpoint secret: `whsec_` and 24 random bytes in base64, as the specification writes them. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

/** The headers of one delivery of `body`, signed with the endpoint's secret at `sentAt`. */
export function signedHeaders(secret: string, messageId: string, sentAt: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, sentAt, body),
  };
}
