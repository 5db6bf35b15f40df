// gemeente's long-lived part: the sociale kaart indexer, pulling the partners' feeds.
import type { Database } from '../kit/database';
import type { PeerUrls, ServiceContext } from '../kit/subgraph';
import type { SubgraphConfig } from '../../platform/config';
import { FEED_PATH } from '../kit/social-map/public-changes';
import { SocialMapIndexer } from './social-map/indexer';

export interface GemeenteServices {
  socialMap: SocialMapIndexer;
  stop(): Promise<void>;
}

export function startServices(db: Database, peers: PeerUrls, config: SubgraphConfig, context: ServiceContext): GemeenteServices {
  const feedUrls = new Proxy({} as PeerUrls, {
    // read when pulling: peers may be filled in after gemeente starts
    get: (_target, partner: string) => peers[partner as keyof PeerUrls]?.replace(/\/graphql$/, FEED_PATH),
  });
  const socialMap = new SocialMapIndexer(db, feedUrls, config.socialMapPullIntervalMs, context);
  socialMap.start();
  return { socialMap, stop: () => socialMap.stop() };
}
