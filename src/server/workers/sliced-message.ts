// Large values cross between threads in slices. Copying a message (structured clone) is
// synchronous on both sides: a story input or an analysed 5 MB article in one message held
// the loop for about 200 ms. Long arrays are sent as slices of a few thousand items, each its
// own message, so the receiving loop handles other events between them; the sender on the
// request thread yields between slices too. Only plain objects and arrays are walked.

export const SLICE_ITEMS = 2_000;

type Path = (string | number)[];

export interface Sliced {
  /** The value with every long array emptied. */
  skeleton: unknown;
  slices: { path: Path; items: unknown[] }[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

export function sliceValue(value: unknown, size = SLICE_ITEMS): Sliced {
  const slices: Sliced['slices'] = [];
  const walk = (node: unknown, path: Path): unknown => {
    if (Array.isArray(node)) {
      if (node.length <= size) return node.map((item, index) => walk(item, [...path, index]));
      for (let at = 0; at < node.length; at += size) slices.push({ path, items: node.slice(at, at + size) });
      return [];
    }
    if (isPlainObject(node)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) copy[key] = walk(item, [...path, key]);
      return copy;
    }
    return node;
  };
  return { skeleton: walk(value, []), slices };
}

/** Puts a sliced value back together: the skeleton, then each slice in the order sent. */
export class SliceAssembler {
  constructor(readonly value: unknown) {}

  add(path: Path, items: unknown[]): void {
    let target = this.value as Record<string | number, unknown>;
    for (const key of path) target = target[key] as Record<string | number, unknown>;
    for (const item of items) (target as unknown as unknown[]).push(item);
  }
}
