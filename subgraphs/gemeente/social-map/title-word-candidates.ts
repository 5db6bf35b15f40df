// The candidates a large kaart text search ranks, from the title-word index (social_map_title_word, one row
// per word of a normalised title, in the order (word, title length, kind, id)): for each word, the items
// whose titles hold it, shortest title first; for a prefix, the exact word first, then the longer words in
// index order. Each word's share is read straight from the index as far as its LIMIT, so the candidates cost
// the same however many titles hold the word.

/** The highest code point: `word < prefix || it` bounds a prefix range in the column's "C" collation. */
const LAST_CHARACTER = '\u{10FFFF}';

/** SQL selecting the (kind, item_id) of at most `total` candidates for `words`, the last one a prefix when `lastIsPrefix`. */
export function titleWordCandidatesSql(words: readonly string[], lastIsPrefix: boolean, total: number, param: (value: unknown) => string): string {
  if (!words.length) return 'SELECT NULL::text AS kind, NULL::text AS item_id WHERE false';
  const share = Math.ceil(total / words.length);
  const picks = words.map((word, i) => {
    const w = param(word);
    const range = lastIsPrefix && i === words.length - 1 ? `w.word >= ${w} AND w.word < ${param(word + LAST_CHARACTER)}` : `w.word = ${w}`;
    return `(SELECT w.kind, w.item_id FROM social_map_title_word w WHERE ${range} ORDER BY w.word, w.title_length, w.kind, w.item_id LIMIT ${share})`;
  });
  return `SELECT DISTINCT kind, item_id FROM (${picks.join(' UNION ALL ')}) p LIMIT ${total}`;
}
