// The sociale kaart indexer: pulls every partner's change feed (kit/social-map/public-changes.ts) and
// applies it to the index, one transaction per page with the feed cursor, so a pull can stop anywhere and
// start again. Runs on a schedule (SOCIAL_MAP_PULL_INTERVAL_MS, default 2 s) and on demand. A partner that
// is down keeps its indexed items; its error is recorded (socialMapStatus, hub-admins only), logged as a
// warning (once per failing spell, then again when it recovers) and counted, and the next pull tries again.
// Metrics: samenspel_social_map_lag_seconds (since the last pull that succeeded, per partner) and
// samenspel_social_map_pull_failures_total.
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kit/database';
import type { ServiceContext } from '../../kit/subgraph';
import { PARTNERS, type Partner } from '../../../platform/config';
import type { Logger } from '../../../platform/log';
import { Counter, Gauge } from '../../../platform/metrics';
import type { PublicChange } from '../../kit/social-map/public-changes';
import { occurrencesOf, recurrenceProblem } from '../../kit/social-map/schedule';

const PAGE = 500;
const FETCH_TIMEOUT_MS = 5_000;

export interface FeedStatus {
  partner: Partner;
  lastSeq: number;
  lastPulledAt: Date | null;
  lastChangeAt: Date | null;
  lastError: string | null;
  changesApplied: number;
}

/** Where each partner's feed is; filled in when the partners are known (see hub/hub.ts). */
export type FeedUrls = Partial<Record<Partner, string>>;

async function applyChange(manager: EntityManager, partner: Partner, change: PublicChange, log: Logger): Promise<void> {
  if (!change.published || !change.summary) {
    await manager.query('DELETE FROM social_map_item WHERE kind = $1 AND item_id = $2 AND source_seq < $3', [change.kind, change.id, change.seq]);
    return;
  }
  const s = change.summary;
  // Location: the item's own, else its venue's, else the centre of its area (all kept by gemeente).
  const [applied] = await manager.query(
    `INSERT INTO social_map_item (kind, item_id, partner, title, description, themes, target_groups, area_code, organisation_id, free,
       latitude, longitude, venue_id, starts_at, ends_at, recurrence, search, title_norm, source_seq, indexed_at, contact, capacity, hsds_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
       coalesce($11, (SELECT latitude FROM venue WHERE id = $13), (SELECT latitude FROM area WHERE code = $8)),
       coalesce($12, (SELECT longitude FROM venue WHERE id = $13), (SELECT longitude FROM area WHERE code = $8)),
       $13, $14, $15, $16,
       setweight(to_tsvector('dutch', unaccent($4)), 'A') || setweight(to_tsvector('dutch', unaccent($5)), 'B'),
       lower(unaccent($4)), $17, now(), $18, $19, $20)
     ON CONFLICT (kind, item_id) DO UPDATE SET
       partner = EXCLUDED.partner, title = EXCLUDED.title, description = EXCLUDED.description, themes = EXCLUDED.themes,
       target_groups = EXCLUDED.target_groups, area_code = EXCLUDED.area_code, organisation_id = EXCLUDED.organisation_id,
       free = EXCLUDED.free, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, venue_id = EXCLUDED.venue_id, starts_at = EXCLUDED.starts_at,
       ends_at = EXCLUDED.ends_at, recurrence = EXCLUDED.recurrence, search = EXCLUDED.search, title_norm = EXCLUDED.title_norm,
       source_seq = EXCLUDED.source_seq, indexed_at = now(), contact = EXCLUDED.contact, capacity = EXCLUDED.capacity, hsds_id = EXCLUDED.hsds_id
     WHERE social_map_item.source_seq < EXCLUDED.source_seq
     RETURNING item_id`,
    [change.kind, change.id, partner, s.title, s.description, s.themes, s.targetGroups, s.areaCode, s.organisationId, s.free,
      s.latitude ?? null, s.longitude ?? null, s.venueId ?? null, s.startsAt ?? null, s.endsAt ?? null, s.recurrence ?? null, change.seq,
      s.contact ?? null, s.capacity ?? null, s.hsdsId ?? null],
  );
  if (!applied || change.kind !== 'ACTIVITY' || !s.startsAt) return;
  const problem = s.recurrence ? recurrenceProblem(s.recurrence) : null;
  if (problem) log.warn({ partner, kind: change.kind, itemId: change.id, problem }, 'recurrence refused; indexed as a one-off activity');
  await manager.query('DELETE FROM social_map_occurrence WHERE kind = $1 AND item_id = $2', [change.kind, change.id]);
  const occurrences = occurrencesOf(new Date(s.startsAt), s.recurrence ?? null, new Date(), s.excludedDates ?? []);
  if (occurrences.length) {
    await manager.query(
      'INSERT INTO social_map_occurrence (kind, item_id, starts_at) SELECT $1, $2, unnest($3::timestamptz[]) ON CONFLICT DO NOTHING',
      [change.kind, change.id, occurrences],
    );
  }
}

export class SocialMapIndexer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<FeedStatus[]> | undefined;
  private readonly log: Logger;
  private readonly failures: Counter<'partner'>;
  /** When each partner's feed was last pulled without an error; whether it is failing now. */
  private readonly lastSuccess = new Map<Partner, number>();
  private readonly failing = new Set<Partner>();
  private readonly started = Date.now();
  private stopped = false;

  constructor(private readonly db: Database, private readonly feedUrls: FeedUrls, private readonly intervalMs: number, context: ServiceContext) {
    this.log = context.log.child({ part: 'social-map-indexer' });
    this.failures = new Counter({ name: 'samenspel_social_map_pull_failures_total', help: 'Pulls of a partner feed that failed', labelNames: ['partner'], registers: [context.metrics] });
    const indexer = this;
    new Gauge({
      name: 'samenspel_social_map_lag_seconds',
      help: 'Seconds since the sociale kaart index last pulled a partner feed without an error (since the indexer started, before the first)',
      labelNames: ['partner'],
      registers: [context.metrics],
      collect() {
        const now = Date.now();
        for (const partner of PARTNERS) if (indexer.feedUrls[partner]) this.set({ partner }, (now - (indexer.lastSuccess.get(partner) ?? indexer.started)) / 1000);
      },
    });
  }

  start(): void {
    this.timer = setInterval(() => void this.pullAll().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  /** No more pulls (scheduled or asked for); waits for the one under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Pulls every partner until its feed is empty; one pull at a time (a scheduled and an on-demand one share). */
  pullAll(): Promise<FeedStatus[]> {
    if (this.stopped) return this.status();
    this.running ??= (async () => {
      try {
        for (const partner of PARTNERS) await this.pullPartner(partner);
        return await this.status();
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async pullPartner(partner: Partner): Promise<void> {
    const url = this.feedUrls[partner];
    if (!url) return;
    await this.db.query('INSERT INTO social_map_feed (partner) VALUES ($1) ON CONFLICT DO NOTHING', [partner]);
    try {
      for (;;) {
        const [{ last_seq: after }] = await this.db.query('SELECT last_seq::int AS last_seq FROM social_map_feed WHERE partner = $1', [partner]);
        const response = await fetch(`${url}?after=${after}&limit=${PAGE}`, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
        if (!response.ok) throw new Error(`feed answered HTTP ${response.status}`);
        const { changes } = (await response.json()) as { changes: PublicChange[] };
        await this.db.transaction(async (manager) => {
          for (const change of changes) await applyChange(manager, partner, change, this.log);
          await manager.query(
            `UPDATE social_map_feed SET last_seq = greatest(last_seq, $2), last_pulled_at = now(), last_error = NULL,
               changes_applied = changes_applied + $3, last_change_at = CASE WHEN $3 > 0 THEN now() ELSE last_change_at END
             WHERE partner = $1`,
            [partner, changes.length ? changes[changes.length - 1].seq : after, changes.length],
          );
        });
        if (changes.length < PAGE) break;
      }
      this.lastSuccess.set(partner, Date.now());
      if (this.failing.delete(partner)) this.log.info({ partner }, 'feed pull recovered');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failures.inc({ partner });
      // one warning when a feed starts failing (not one every interval while it is down)
      if (!this.failing.has(partner)) this.log.warn({ partner, err: error }, `feed pull failed: ${reason}`);
      this.failing.add(partner);
      await this.db.query('UPDATE social_map_feed SET last_error = $2, last_pulled_at = now() WHERE partner = $1', [partner, reason.slice(0, 500)]);
    }
  }

  async status(): Promise<FeedStatus[]> {
    const rows = await this.db.query('SELECT * FROM social_map_feed ORDER BY partner');
    return rows.map((row: any) => ({
      partner: row.partner,
      lastSeq: Number(row.last_seq),
      lastPulledAt: row.last_pulled_at,
      lastChangeAt: row.last_change_at,
      lastError: row.last_error,
      changesApplied: Number(row.changes_applied),
    }));
  }
}
