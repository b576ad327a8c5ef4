// The driver adapter the Wasm schema engine talks through: @prisma/adapter-pg with three fixes.
// - PostgreSQL's internal `"char"` type (OID 18), read by the schema describer, maps to the
//   Character column type (adapter-pg 7.10 rejects it).
// - A script (a migration file) runs as one simple-protocol query, not split on `;`.
// - Our own shadow database factory: end the pool first, then DROP DATABASE … WITH (FORCE).
// Every pool is tracked so that close() ends them all (idle pools keep Node alive ~10 s).

import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { type PgConnectionConfig, pgOptions, quoteIdent } from './connection';

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows arrays → indices of their `"char"` columns. */
const charColumns = new WeakMap<object, number[]>();

type AnyQuery = (...args: unknown[]) => unknown;

/** Rewrites `"char"` fields of promise-style query results to text, remembering where they were. */
function patchCharColumns(target: { query: unknown }): void {
  const original = (target.query as AnyQuery).bind(target);
  target.query = (...args: unknown[]) => {
    const result = original(...args);
    if (typeof args[args.length - 1] === 'function' || !(result instanceof Promise)) return result;
    return result.then((res: pg.QueryResult | pg.QueryResult[]) => {
      for (const one of Array.isArray(res) ? res : [res]) {
        const indices: number[] = [];
        one?.fields?.forEach((field, i) => {
          if (field.dataTypeID === CHAR_OID) {
            indices.push(i);
            field.dataTypeID = TEXT_OID;
          }
        });
        if (indices.length > 0) charColumns.set(one.rows, indices);
      }
      return res;
    });
  };
}

function fixCharColumns(result: SqlResultSet): SqlResultSet {
  const indices = charColumns.get(result.rows);
  if (indices) for (const i of indices) result.columnTypes[i] = ColumnTypeEnum.Character;
  return result;
}

/** A PostgreSQL error becomes a DriverAdapterError the engine can report; anything else passes through. */
function toAdapterError(error: unknown): unknown {
  const e = error as pg.DatabaseError;
  if (typeof e?.code === 'string' && typeof e.severity === 'string') {
    return new DriverAdapterError({
      kind: 'postgres',
      code: e.code,
      severity: e.severity,
      message: e.message,
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
  return error;
}

export interface EngineAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool and drops every shadow database still around. Idempotent. */
  close(): Promise<void>;
}

export function createAdapterFactory(config: PgConnectionConfig): EngineAdapterFactory {
  const pools = new Set<pg.Pool>();
  const shadowDatabases = new Set<string>();

  async function endPool(pool: pg.Pool): Promise<void> {
    if (!pools.delete(pool)) return;
    await pool.end().catch(() => undefined);
  }

  async function dropShadow(name: string): Promise<void> {
    if (!shadowDatabases.delete(name)) return;
    const admin = new pg.Client(pgOptions(config));
    try {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }

  async function open(database: string, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ ...pgOptions(config, database), max: 4 });
    pools.add(pool);
    patchCharColumns(pool);
    pool.on('connect', (client) => patchCharColumns(client));
    pool.on('error', () => undefined); // an idle client dropped by the server: not fatal here
    const adapter = await new PrismaPg(pool, { schema: config.schema }).connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = async (query) => fixCharColumns(await queryRaw(query));
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script); // no parameters: the simple query protocol, many statements
      } catch (error) {
        throw toAdapterError(error);
      }
    };
    adapter.startTransaction = async (isolationLevel) => {
      const tx: Transaction = await startTransaction(isolationLevel);
      const txQueryRaw = tx.queryRaw.bind(tx);
      tx.queryRaw = async (query) => fixCharColumns(await txQueryRaw(query));
      return tx;
    };
    adapter.dispose = async () => {
      await endPool(pool);
      await onDispose();
    };
    return adapter;
  }

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => open(config.database, async () => undefined),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const admin = new pg.Client(pgOptions(config));
      try {
        await admin.connect();
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
        shadowDatabases.add(name);
      } catch (error) {
        throw toAdapterError(error);
      } finally {
        await admin.end().catch(() => undefined);
      }
      return open(name, () => dropShadow(name));
    },
    async close() {
      await Promise.all([...pools].map(endPool));
      for (const name of [...shadowDatabases]) await dropShadow(name);
    },
  };
}
