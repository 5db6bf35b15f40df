// gemeente's webhook tasks for its job runner (kit/jobs.ts): the pulls of the feeds, the deliveries, the sweep.
import { PARTNERS, type Partner, type SubgraphConfig } from '../../../platform/config';
import { throttledLog } from '../../../platform/throttled-log';
import { runnerSql, runnerTransaction, type JobTasks } from '../../kit/jobs';
import type { PeerUrls, ServiceContext } from '../../kit/subgraph';
import { deliver, DELIVER_TASK, type Audience, type DeliveryTransaction } from './delivery';
import { pull, PULL_TASK, sweep, SWEEP_TASK } from './pull';

/** Every minute (graphile-worker's crontab). */
export const WEBHOOK_CRONTAB = `* * * * * ${SWEEP_TASK}`;

export function webhookJobs(config: SubgraphConfig, context: ServiceContext & { peers: PeerUrls }, audience: Audience): JobTasks {
  const warn = throttledLog(context.log, 'webhooks');
  const settings = { peers: context.peers, secret: config.eventsSecret, intervalMs: config.webhooks.pullIntervalMs, warn };
  return {
    [PULL_TASK]: async (payload, helpers) => {
      const partner = (payload as { partner: Partner }).partner;
      if (PARTNERS.includes(partner)) await pull(runnerSql(helpers), (work) => runnerTransaction(helpers, work), partner, settings);
    },
    [DELIVER_TASK]: async (payload, helpers) => {
      const transaction: DeliveryTransaction = (work) => runnerTransaction(helpers, (sql) => work({ query: async (text, values) => (await sql.query(text, values)).rows }));
      await deliver(transaction, String((payload as { id: string }).id), audience, { ...config.webhooks, outbound: config.outbound });
    },
    [SWEEP_TASK]: (_payload, helpers) => sweep(runnerSql(helpers)),
  };
}
