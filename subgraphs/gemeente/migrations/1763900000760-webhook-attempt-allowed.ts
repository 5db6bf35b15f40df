import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each webhook try records whether it was allowed (a public event, or the need-to-know check said yes), so the
 * delivery log shows a personal delivery whose tries all failed to connect (issue 17). Tries from before are
 * allowed when the endpoint answered or the event is public: a connection error of a personal event then
 * cannot be told from an unanswered check, and stays hidden.
 */
export class WebhookAttemptAllowed1763900000760 implements MigrationInterface {
  name = 'WebhookAttemptAllowed1763900000760';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE webhook_attempt ADD COLUMN allowed boolean;
      UPDATE webhook_attempt a SET allowed = (a.status_code IS NOT NULL OR d.public) FROM webhook_delivery d WHERE d.id = a.delivery_id;
      ALTER TABLE webhook_attempt ALTER COLUMN allowed SET NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE webhook_attempt DROP COLUMN allowed');
  }
}
