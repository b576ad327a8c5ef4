import 'server-only';

// Reads a large result in pages by ascending id. Turning rows into objects is synchronous
// work on the event loop (Prisma's result mapping: about 0.5 s for the 40,000 sentences of
// a 5 MB article in one query); pages of a few thousand rows keep each step short, and
// other requests are answered between them.

export const ROWS_PER_PAGE = 2_000;

export async function readInPages<T extends { id: number }>(
  page: (afterId: number, take: number) => Promise<T[]>,
  size = ROWS_PER_PAGE,
): Promise<T[]> {
  const rows: T[] = [];
  let afterId = 0;
  for (;;) {
    const batch = await page(afterId, size);
    for (const row of batch) rows.push(row);
    if (batch.length < size) return rows;
    afterId = batch[batch.length - 1].id;
  }
}

/** Rows grouped by a key, each group in the order given by `compare`. */
export function groupSorted<T, K>(rows: T[], key: (row: T) => K, compare: (a: T, b: T) => number): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  for (const list of groups.values()) list.sort(compare);
  return groups;
}
