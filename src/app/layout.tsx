import type { Metadata } from 'next';
import Link from 'next/link';
import '@fontsource-variable/inter';
import './globals.css';
import { EditorStatus } from '@/components/auth/editor-status';

export const metadata: Metadata = {
  title: { default: 'Parallax', template: '%s · Parallax' },
  description: 'Compare how news outlets covered the same events: shared facts, divergences, quotes and omissions.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
              Parallax
            </Link>
            <span className="hidden text-sm text-stone-600 sm:inline">how outlets covered the same events</span>
            <div className="ml-auto">
              <EditorStatus />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
