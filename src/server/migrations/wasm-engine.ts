// Loads @prisma/schema-engine-wasm under Node 20 and runs one command batch with it.
// The package entry imports a `.wasm` file, which Node 20 cannot: we instantiate
// schema_engine_bg.wasm ourselves with the bindings module as its import object.
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createAdapterFactory } from './adapter';
import type { PgConnectionConfig } from './connection';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let loading: Promise<Bindings> | undefined;
let lastPanic: string | undefined;

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

async function instantiate(): Promise<Bindings> {
  installPanicRegistry();
  // Resolved from the repo root so that bundlers rewriting import.meta.url do not matter.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bindings: Bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(join(dirname(bindingsPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
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
function engineError(
  command: string,
  error: unknown,
  registry: ErrorRegistry,
): Error {
  const e = error as { name?: string; message?: string; code?: string; id?: number };
  // A JS error inside the adapter (e.g. ECONNREFUSED) comes back as a GenericJs reference.
  const match = /GenericJs.*?id:\s*(\d+)/s.exec(e?.message ?? '');
  const original = match ? registry.consumeError(Number(match[1]))?.error : undefined;
  if (original instanceof Error) return original;
  if (e?.name === 'RuntimeError' && lastPanic) {
    const message = lastPanic;
    lastPanic = undefined;
    return new Error(`Schema engine panicked during ${command}: ${message}`, { cause: error });
  }
  const code = e?.code ? `${e.code}: ` : '';
  // Drop the Rust span trace ("   0: schema_engine_wasm::… at …") appended to messages.
  const message = (e?.message ?? String(error)).replace(/\n\s+0: [\s\S]*$/, '').trim();
  return new Error(`Schema engine ${command} failed: ${code}${message}`, { cause: error });
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
  const bindings = await loadBindings();
  const factory = createAdapterFactory(config);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const registry = bound.errorRegistry;
  let engine: SchemaEngine | undefined;
  try {
    try {
      engine = await bindings.SchemaEngine.new(
        { datamodels: undefined },
        (line: string) => onEngineLog?.(String(line)),
        bound,
      );
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
    engine?.free();
    await factory.close();
  }
}
