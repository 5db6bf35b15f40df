// What of each subgraph's answer reached the caller, told back to the subgraph (its processing log). A
// subgraph logs its read lines `unconfirmed` and says where each field sits in its answer
// (extensions.processingLog, subgraphs/kit/access/processing-log.ts). Only the gateway knows what became of
// them: a field may reach the caller, be sent to another subgraph only as @requires or key input (a
// disclosure to that subgraph), or be cut away (a later fetch was refused and the gateway nulled the parent).
// So the gateway follows each request's fetches (where each entity it sends sits in the answer being built),
// and once the answer is built it posts each subgraph once (all of its spans in the request), per line, the
// fields served and the fields passed to which subgraph (subgraphs/kit/access/delivery.ts). The post goes
// after the answer and adds nothing to the caller's wait; confirmationsSettled() lets tests wait for it. When
// in doubt (a field whose place is not known) a field counts as served: the log never says less than what may
// have left.
import type { Partner } from '../platform/config';
import type { Caller } from '../platform/caller';
import { IDENTITY_HEADER, signIdentity } from '../platform/identity';
import { TRACEPARENT_HEADER, traceparent } from '../platform/trace';
import type { Logger } from '../platform/log';
import { throttledLog } from '../platform/throttled-log';

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

/** What a subgraph's answer lists (UNCONFIRMED_EXTENSION in kit/access/processing-log.ts). */
interface UnconfirmedLines {
  span: string;
  lines: { entity: string; id: string; fields: Record<string, Path[]>; relayed?: string[] }[];
}

/** One fetch of the request: to whom, what it sent, where its answer sits in the caller's answer. */
interface Fetch {
  partner: Partner;
  /** A root fetch: where its data sits (pathInIncomingRequest, [] for Query and Mutation). */
  base: Path;
  /** An entity fetch: each representation sent, and where the entity it came from sits (null: not found). */
  representations: Json[] | null;
  entityPaths: (Path | null)[];
  data?: Json | null;
  log?: UnconfirmedLines;
}

/** Per subgraph request (span): what the gateway tells it. */
export interface Delivery {
  span: string;
  lines: { entity: string; id: string; served: string[]; disclosedTo: Record<string, string[]> }[];
}

/** A representation is a projection of the entity it was made from: same __typename, same key and required values. */
function projects(representation: unknown, value: unknown): boolean {
  if (representation === null || typeof representation !== 'object') return representation === value;
  if (Array.isArray(representation)) return Array.isArray(value) && value.length === representation.length && representation.every((r, i) => projects(r, value[i]));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(representation).every(([key, r]) => projects(r, (value as Json)[key]));
}

/** Whether the answer has a value at `path`: present, cut away (an object on the way, or the value, is null), or never selected. */
function stateAt(data: unknown, path: Path): 'present' | 'gone' | 'absent' {
  let value = data;
  for (const key of path) {
    if (value === null || value === undefined) return 'gone';
    if (typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return 'absent';
    value = (value as Json)[key as string];
  }
  return value === null || value === undefined ? 'gone' : 'present';
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = value === null || value === undefined || typeof value !== 'object' ? undefined : (value as Json)[key as string];
  return value;
}

/** The entities sent in representations, by their place in the answer: one step per key of the place. */
type SentNode = Map<string | number, SentStep>;
interface SentStep {
  /** The entities sent whose place ends here: the fetch and the representation's index. */
  sent: { fetch: Fetch; index: number }[];
  below: SentNode;
}

/** One request's fetches, followed by the data source (gateway.ts); the deliveries once the answer is built. */
export class DeliveryTracker {
  private readonly fetches: Fetch[] = [];
  /** The root fetches' data: the gateway merges their objects into the answer it builds, and later entity fetches into them. */
  private readonly roots: Json[] = [];

  /** Where the entities at `path` sit, in the order the gateway collects them (nulls skipped, lists flattened at '@'). */
  private entitiesAt(path: Path): { value: unknown; at: Path }[] {
    const found: { value: unknown; at: Path }[] = [];
    const walk = (value: unknown, rest: Path, at: Path) => {
      if (value === null || value === undefined) return;
      if (Array.isArray(value) && (rest.length === 0 || rest[0] === '@')) {
        value.forEach((item, i) => walk(item, rest.slice(1), [...at, i]));
        return;
      }
      if (rest.length === 0) return void found.push({ value, at });
      if (typeof value !== 'object') return;
      walk((value as Json)[rest[0] as string], rest.slice(1), [...at, rest[0]]);
    };
    if (path.length === 0) return found;
    const root = this.roots.find((data) => Object.prototype.hasOwnProperty.call(data, path[0]));
    if (root) walk(root[path[0] as string], path.slice(1), [path[0]]);
    return found;
  }

  /** Before a fetch is sent; returns what to call with its answer. */
  sent(partner: Partner, path: Path | undefined, representations: unknown): (data: unknown, extensions: Json | undefined) => void {
    const fetch: Fetch = { partner, base: path ?? [], representations: null, entityPaths: [] };
    if (Array.isArray(representations)) {
      fetch.representations = representations as Json[];
      const candidates = this.entitiesAt(path ?? []);
      let next = 0;
      fetch.entityPaths = fetch.representations.map((representation) => {
        let k = next;
        while (k < candidates.length && !projects(representation, candidates[k].value)) k++;
        if (k === candidates.length) return null;
        next = k + 1;
        return candidates[k].at;
      });
    }
    this.fetches.push(fetch);
    return (data, extensions) => {
      fetch.data = data && typeof data === 'object' ? (data as Json) : null;
      if (!fetch.representations && fetch.data && fetch.base.length === 0) this.roots.push(fetch.data);
      const log = extensions?.processingLog as UnconfirmedLines | undefined;
      if (log && typeof log.span === 'string' && Array.isArray(log.lines)) fetch.log = log;
    };
  }

  /** The place in the caller's answer of a path in `fetch`'s answer; null when not known. */
  private placeOf(fetch: Fetch, path: Path): Path | null {
    if (!fetch.representations) return [...fetch.base, ...path];
    if (path[0] !== '_entities' || typeof path[1] !== 'number') return null;
    const entity = fetch.entityPaths[path[1]];
    return entity ? [...entity, ...path.slice(2)] : null;
  }

  /** Whether something `fetch` answered for its entity `index` is in the caller's answer. */
  private answerReached(fetch: Fetch, index: number, answer: unknown): boolean {
    const place = fetch.entityPaths[index];
    const entity = valueAt(fetch.data, ['_entities', index]);
    if (!place || !entity || typeof entity !== 'object') return false;
    return Object.keys(entity).some((key) => key !== '__typename' && stateAt(answer, [...place, key]) === 'present');
  }

  /** For each subgraph, what became of the fields it logged, given the caller's final answer. */
  deliveries(answer: unknown): Map<Partner, Delivery[]> {
    const result = new Map<Partner, Delivery[]>();
    // every entity sent in a representation, in a tree of the places in the answer (one step per path key)
    const sentAt: SentNode = new Map();
    for (const fetch of this.fetches) {
      fetch.entityPaths.forEach((entity, index) => {
        if (!entity) return;
        let node: SentNode = sentAt;
        let step: SentStep | undefined;
        for (const key of entity) {
          step = node.get(key) ?? { sent: [], below: new Map() };
          node.set(key, step);
          node = step.below;
        }
        step!.sent.push({ fetch, index });
      });
    }
    for (const fetch of this.fetches) {
      if (!fetch.log) continue;
      const lines = fetch.log.lines.map((line) => {
        const served = new Set<string>();
        const disclosedTo: Record<string, Set<string>> = {};
        for (const [field, paths] of Object.entries(line.fields)) {
          for (const path of paths) {
            const place = this.placeOf(fetch, path);
            if (!place) {
              served.add(field); // not known where it went: as served
              continue;
            }
            const state = stateAt(answer, place);
            if (state === 'present') served.add(field);
            let passedOn = false;
            // the entities sent to other subgraphs that this field's place lies in (its place, or one above it)
            let node: SentNode | undefined = sentAt;
            for (let depth = 1; node && depth <= place.length; depth++) {
              const step = node.get(place[depth - 1]!);
              node = step?.below;
              for (const { fetch: other, index } of step?.sent ?? []) {
                if (other.partner === fetch.partner) continue;
                const sent = valueAt(other.representations![index], place.slice(depth));
                if (sent === null || sent === undefined) continue;
                passedOn = true;
                (disclosedTo[other.partner] ??= new Set()).add(field);
                // a relayed value is shown by the subgraph it went to: served once that one's answer is
                if (line.relayed?.includes(field) && this.answerReached(other, index, answer)) served.add(field);
              }
            }
            // never selected by the caller and not passed on: its place is not understood, so as served
            if (state === 'absent' && !passedOn) served.add(field);
          }
        }
        return {
          entity: line.entity,
          id: line.id,
          served: [...served].sort(),
          disclosedTo: Object.fromEntries(Object.entries(disclosedTo).map(([partner, fields]) => [partner, [...fields].sort()])),
        };
      });
      result.set(fetch.partner, [...(result.get(fetch.partner) ?? []), { span: fetch.log.span, lines }]);
    }
    return result;
  }
}

/** Confirmations in flight in this process (tests wait for them: confirmationsSettled). */
const inFlight = new Set<Promise<void>>();

/** Resolves once every confirmation sent so far has been answered (or failed). */
export async function confirmationsSettled(): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight]);
}

/**
 * After the answer has gone (the next turn of the event loop: nothing of it on the caller's wait), works out
 * what `tracker`'s fetches delivered in `answer` and posts each subgraph its part, as `caller`, signed with
 * that subgraph's secret.
 */
export function deliveryConfirmer(urls: Record<Partner, string>, secrets: Record<Partner, string>, log: Logger) {
  const warn = throttledLog(log, 'processing-log confirmation failed');
  // one post per subgraph, with all of its spans in the request (a match view asks welzijn twice)
  const post = (caller: Caller, deliveries: Map<Partner, Delivery[]>) =>
    [...deliveries].map(([partner, requests]) =>
      fetch(urls[partner].replace(/\/graphql$/, '/internal/processing-log/delivery'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: signIdentity(caller, partner, secrets[partner]),
          [TRACEPARENT_HEADER]: traceparent(caller.traceId, caller.spanId),
        },
        body: JSON.stringify({ deliveries: requests }),
        signal: AbortSignal.timeout(10_000),
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
        })
        // the lines stay unconfirmed: they count as served
        .catch((error: unknown) => warn(String((error as { message?: unknown })?.message ?? error), { traceId: caller.traceId, subgraph: partner })),
    );
  return (caller: Caller, tracker: DeliveryTracker, answer: unknown): void => {
    const sending: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => Promise.all(post(caller, tracker.deliveries(answer))))
      .then(
        () => undefined,
        (error: unknown) => warn(String((error as { message?: unknown })?.message ?? error), { traceId: caller.traceId }),
      )
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };
}
