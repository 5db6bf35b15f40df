// The page size every list of the graph keeps to: the subgraphs refuse more, the gateway's cost limit counts
// a page at most this large.
export const MAX_PAGE_SIZE = 100;
