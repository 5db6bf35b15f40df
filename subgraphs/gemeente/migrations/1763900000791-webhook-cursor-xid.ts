import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * gemeente's cursor in each subgraph's event feed becomes (transaction id, seq), the feed's order (issue 17:
 * a cursor of seq alone skipped events). A cursor from before keeps its seq with no transaction id; the feed
 * answers it from that seq, and its first page sets both.
 */
export class WebhookCursorXid1763900000791 implements MigrationInterface {
  name = 'WebhookCursorXid1763900000791';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE webhook_cursor ADD COLUMN xid xid8');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE webhook_cursor DROP COLUMN xid');
  }
}
