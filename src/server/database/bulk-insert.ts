import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

// Many rows in one statement. Prisma's createMany costs about half a millisecond per row
// in its query compiler (a 1 MB article has 14,000 sentences, claims and claim groups:
// most of a minute); PostgreSQL reads the same rows from one JSON parameter with
// jsonb_to_recordset in milliseconds. Table and column names come from code, never from
// input, and are checked; the values travel as one bound parameter.

type Tx = Prisma.TransactionClient;

/** A column's SQL type; an enum column names its PostgreSQL enum type. */
export type ColumnType = 'int' | 'float' | 'text' | 'jsonb' | 'text[]' | { enum: string };

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const ROWS_PER_STATEMENT = 5_000;

const quoted = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: "${name}" is not a plain identifier`);
  return `"${name}"`;
};

const recordType = (type: ColumnType) => (typeof type === 'object' ? 'text' : type === 'float' ? 'double precision' : type);

export interface BulkInsertOptions<K extends string> {
  table: string;
  columns: Record<K, ColumnType>;
  rows: Record<K, unknown>[];
  /** Columns to read back from the inserted rows (e.g. the id and a natural key to map it by). */
  returning?: string[];
  /** Skip rows that break a unique constraint (createMany's skipDuplicates). */
  skipDuplicates?: boolean;
}

export async function bulkInsert<R = Record<string, unknown>, K extends string = string>(
  tx: Tx,
  options: BulkInsertOptions<K>,
): Promise<R[]> {
  const names = Object.keys(options.columns) as K[];
  const list = names.map(quoted).join(', ');
  const record = names.map((name) => `${quoted(name)} ${recordType(options.columns[name])}`).join(', ');
  const values = names
    .map((name) => {
      const type = options.columns[name];
      return typeof type === 'object' ? `${quoted(name)}::${quoted(type.enum)}` : quoted(name);
    })
    .join(', ');
  const returning = options.returning?.length ? ` RETURNING ${options.returning.map(quoted).join(', ')}` : '';
  const conflict = options.skipDuplicates ? ' ON CONFLICT DO NOTHING' : '';
  const sql = `INSERT INTO ${quoted(options.table)} (${list}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS t(${record})${conflict}${returning}`;
  const out: R[] = [];
  for (let at = 0; at < options.rows.length; at += ROWS_PER_STATEMENT) {
    const chunk = JSON.stringify(options.rows.slice(at, at + ROWS_PER_STATEMENT));
    if (returning) out.push(...(await tx.$queryRawUnsafe<R[]>(sql, chunk)));
    else await tx.$executeRawUnsafe(sql, chunk);
  }
  return out;
}
