import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation.memberships is a connection (issue 19): a page walks the (organisation, id) index. */
export class ListPages1763900000419 implements MigrationInterface {
  name = 'ListPages1763900000419';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX membership_organisation_page ON membership (organisation_id, id); DROP INDEX membership_organisation;');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX membership_organisation ON membership (organisation_id); DROP INDEX membership_organisation_page;');
  }
}
