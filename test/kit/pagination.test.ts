// The kit's one cursor codec and the Relay PageInfo.
import { decodeCursor, encodeCursor, toConnection } from '../../subgraphs/kit/pagination';

test('a cursor round-trips its position, and a cursor of another list is bad input naming the argument', () => {
  expect(decodeCursor(encodeCursor('help-request-001'))).toBe('help-request-001');
  const tuple = { relevance: 0.5, distance: 1.2, kind: 'ACTIVITY', id: 'activity-1' };
  const isTuple = (v: unknown): v is typeof tuple => typeof (v as typeof tuple)?.relevance === 'number';
  expect(decodeCursor(encodeCursor(tuple), isTuple)).toEqual(tuple);
  for (const bad of [encodeCursor(tuple), 'not-base64-json', encodeCursor(''), encodeCursor(42)]) {
    expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
  }
  expect(() => decodeCursor(encodeCursor('x'), isTuple)).toThrow();
});

test('PageInfo: start and end cursors of the page, more after it, and items before it when paged after a cursor', () => {
  const nodes = ['a', 'b', 'c'];
  const first = toConnection(nodes, 2, (n) => n, null);
  expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
  expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor('a'), endCursor: encodeCursor('b') });
  const next = toConnection(['c'], 2, (n) => n, first.pageInfo.endCursor);
  expect(next.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor('c'), endCursor: encodeCursor('c') });
  const empty = toConnection([], 2, (n: string) => n, next.pageInfo.endCursor);
  expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
});
