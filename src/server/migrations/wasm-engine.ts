// Loads @prisma/schema-engine-wasm under Node 20 and runs one command batch with it.
// The package entry imports a `.wasm` file, which Node 20 cannot: we instantiate
// schema_engine_bg.wasm ourselves with the bindings module as its import object.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createAdapterFactory } from './adapter';
import type { PgConnectionConfig } from './connection';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let loading: Promise<Bindings> | undefined;
let lastPanic: string | undefined;
let poisoned: string | undefined;

interface PanicRegistry {
  set_message(message: string): void;
}

function installPanicRegistry(): void {
  // Without a registry a Rust panic surfaces as an unrelated TypeError.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  const previous = g.PRISMA_WASM_PANIC_REGISTRY;
  g.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanic = message;
      previous?.set_message(message);
    },
  };
}

// The engine arms timers it never clears (a 10 s advisory-lock timeout races every lock), which
// would keep Node alive after the work is done. Track them; clear them when no session is active.
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
let activeSessions = 0;

function withTrackedTimers(bindings: Bindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bindings as unknown as WebAssembly.ModuleImports) };
  for (const key of Object.keys(imports)) {
    if (!key.startsWith('__wbg_setTimeout_')) continue;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms >>> 0);
      pendingTimers.add(timer);
      return timer;
    };
  }
  return imports;
}

async function instantiate(): Promise<Bindings> {
  installPanicRegistry();
  let bindingsPath: string;
  try {
    bindingsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  } catch {
    // A bundler may have rewritten import.meta.url: resolve from the repo root instead.
    bindingsPath = createRequire(join(process.cwd(), 'package.json')).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  }
  const bindings: Bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(join(dirname(bindingsPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withTrackedTimers(bindings) });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export function loadBindings(): Promise<Bindings> {
  loading ??= instantiate().catch((error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A readable Error from whatever the engine threw (adapter error, user-facing error, panic). */
function engineError(command: string, error: unknown, registry: ErrorRegistry): Error {
  const e = error as { name?: string; message?: string; code?: string; id?: number };
  // A JS error inside the adapter (e.g. ECONNREFUSED) comes back as a GenericJs reference.
  const match = /GenericJs.*?id:\s*(\d+)/s.exec(e?.message ?? '');
  const original = match ? registry.consumeError(Number(match[1]))?.error : undefined;
  if (original instanceof Error) return original;
  if (e?.name === 'RuntimeError') {
    const message = lastPanic ?? e.message ?? 'unknown error';
    lastPanic = undefined;
    // A panicked Wasm instance is unusable, and its JS bindings cache its memory: no new one either.
    poisoned = message;
    return new Error(`Schema engine panicked during ${command}: ${message}`, { cause: error });
  }
  const code = e?.code ? `${e.code}: ` : '';
  // Drop the Rust span trace ("   0: schema_engine_wasm::… at …") appended to messages.
  const full = e?.message ?? String(error);
  const message = full.replace(/\n\s+0: [\s\S]*$/, '').trim();
  const migration = /migration_name="([^"]+)"/.exec(full)?.[1];
  const where = migration && !message.includes(migration) ? ` (migration ${migration})` : '';
  return new Error(`Schema engine ${command} failed${where}: ${code}${message}`, { cause: error });
}

export interface EngineSession {
  /** Runs one engine method, turning its failures into readable errors. */
  run<T>(command: string, call: (engine: SchemaEngine) => Promise<T>): Promise<T>;
}

/**
 * Starts an engine on `config`, hands it to `work`, then frees it and ends every pool and
 * shadow database the engine opened, whatever happens.
 */
export async function withSchemaEngine<T>(
  config: PgConnectionConfig,
  work: (session: EngineSession) => Promise<T>,
  onEngineLog?: (line: string) => void,
): Promise<T> {
  if (poisoned) throw new Error(`The schema engine panicked earlier in this process (${poisoned}); restart it`);
  const bindings = await loadBindings();
  const factory = createAdapterFactory(config);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const registry = bound.errorRegistry;
  let engine: SchemaEngine | undefined;
  activeSessions += 1;
  try {
    try {
      engine = await bindings.SchemaEngine.new({ datamodels: undefined }, (line: string) => onEngineLog?.(String(line)), bound);
    } catch (error) {
      throw engineError('start', error, registry);
    }
    const started = engine;
    return await work({
      async run(command, call) {
        try {
          return await call(started);
        } catch (error) {
          throw engineError(command, error, registry);
        }
      },
    });
  } finally {
    try {
      engine?.free();
    } catch {
      // After a panic the engine cannot be freed; the instance is abandoned anyway.
    }
    try {
      await factory.close();
    } finally {
      activeSessions -= 1;
      if (activeSessions === 0) {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
      }
    }
  }
}
