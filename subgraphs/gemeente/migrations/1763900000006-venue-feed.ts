import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicChangeTriggerSql } from '../../kit/social-map/public-changes';

/** Venues are public: every venue is on the sociale kaart, through the same change feed as the partners'. */
export class VenueFeed1763900000006 implements MigrationInterface {
  name = 'VenueFeed1763900000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      publicChangeTriggerSql(
        'venue',
        'VENUE',
        () => 'true',
        (r) => `jsonb_build_object('title', ${r}.name, 'description', ${r}.address, 'themes', jsonb_build_array('SOCIAL_CONTACT'),
          'targetGroups', jsonb_build_array('EVERYONE'), 'areaCode', ${r}.area_code, 'organisationId', ${r}.organisation_id,
          'free', true, 'venueId', ${r}.id, 'latitude', ${r}.latitude, 'longitude', ${r}.longitude)`,
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER venue_public_change ON venue; DROP FUNCTION venue_public_change()');
  }
}
