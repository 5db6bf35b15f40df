import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * indicator_monthly: indicator_daily summed per month, kept by a trigger on indicator_daily itself (each
 * change of a day's count moves its month's count by the same amount; a TRUNCATE, as rebuild_indicator_rollups
 * does before it refills the days, empties it). A dashboard's flows are counted over whole years, so a month,
 * quarter or year bucket reads twelve rows per area and key a year instead of 365 (issue 18: the daily flows
 * were most of the wijk dashboard's SQL). Weeks still read the days.
 */
export class IndicatorMonthly1763900000795 implements MigrationInterface {
  name = 'IndicatorMonthly1763900000795';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE indicator_monthly (
        indicator text NOT NULL,
        area_code text NOT NULL,
        area_key text COLLATE "C" GENERATED ALWAYS AS (substring(area_code from 3)) STORED,
        month date NOT NULL,
        key text NOT NULL,
        n integer NOT NULL,
        amount numeric NOT NULL,
        PRIMARY KEY (indicator, area_code, month, key)
      );
      CREATE INDEX indicator_monthly_area ON indicator_monthly (indicator, area_key, month);

      CREATE FUNCTION indicator_daily_month() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO indicator_monthly AS m (indicator, area_code, month, key, n, amount)
          VALUES (OLD.indicator, OLD.area_code, date_trunc('month', OLD.day)::date, OLD.key, -OLD.n, -OLD.amount)
          ON CONFLICT (indicator, area_code, month, key) DO UPDATE SET n = m.n + excluded.n, amount = m.amount + excluded.amount;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO indicator_monthly AS m (indicator, area_code, month, key, n, amount)
          VALUES (NEW.indicator, NEW.area_code, date_trunc('month', NEW.day)::date, NEW.key, NEW.n, NEW.amount)
          ON CONFLICT (indicator, area_code, month, key) DO UPDATE SET n = m.n + excluded.n, amount = m.amount + excluded.amount;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER indicator_daily_month AFTER INSERT OR UPDATE OR DELETE ON indicator_daily FOR EACH ROW EXECUTE FUNCTION indicator_daily_month();

      CREATE FUNCTION indicator_daily_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE indicator_monthly;
        RETURN NULL;
      END $$;
      CREATE TRIGGER indicator_daily_truncated AFTER TRUNCATE ON indicator_daily FOR EACH STATEMENT EXECUTE FUNCTION indicator_daily_truncated();

      INSERT INTO indicator_monthly (indicator, area_code, month, key, n, amount)
      SELECT indicator, area_code, date_trunc('month', day)::date, key, sum(n), sum(amount) FROM indicator_daily GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER indicator_daily_truncated ON indicator_daily; DROP FUNCTION indicator_daily_truncated();
      DROP TRIGGER indicator_daily_month ON indicator_daily; DROP FUNCTION indicator_daily_month();
      DROP TABLE indicator_monthly;
    `);
  }
}
