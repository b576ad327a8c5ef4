import { z } from 'zod';

// Environment parsed once, at the first use, with zod. Unset DATABASE_URL means
// "start the embedded PostgreSQL" in the entry points (see database/ensure-database.ts).
/** A database name the app creates or drops itself: plain lower-case, nothing to quote. */
export const DATABASE_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')
      .optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  EMBEDDED_PG_DATABASE: z.string().regex(DATABASE_NAME_PATTERN, 'EMBEDDED_PG_DATABASE must be a plain lower-case name').default('parallax'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PARALLAX_DATA_DIR: z.string().optional(),
  CHROMIUM_PATH: z.string().optional(),
  /** Memory for stored copies of story pages (see server/page-cache); 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(128),
  /** Set when another proxy in front of Parallax sets X-Forwarded-For (the sign-in rate limit counts per address). */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  /** Worker threads for the analysis (default: one per spare core, at most two); 0 runs it on the main thread. */
  ANALYSIS_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  /** Heap limit of one analysis thread: past it the import fails with a readable reason instead of the server. */
  ANALYSIS_THREAD_MEMORY_MB: z.coerce.number().int().min(256).max(65536).default(4096),
  /** Hosts (names or addresses, comma-separated) that articles may be fetched from although they are private, e.g. 127.0.0.1 in tests. */
  PARALLAX_FETCH_ALLOW_HOSTS: z.string().max(2000).default(''),
  /** Analysis workers npm start runs in processes of their own (0: none, e.g. when workers run on other machines). */
  ANALYSIS_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests and entry points that change the environment after start-up. */
export function resetEnvCache(): void {
  cached = undefined;
}
