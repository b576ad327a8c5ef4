import 'server-only';
import { APP_VERSION } from '@/lib/version';
import { AppError } from '../errors';
import { withBrowserPage } from './browser-pool';

const TIMEOUT_MS = 30_000;

export interface PdfRequest {
  /** The print route to render, on this same server's internal address (see internal-origin.ts). */
  url: string;
  title: string;
  generatedAt: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

// Chromium's header and footer templates are HTML of their own (no page styles apply):
// inline styles, and every value escaped.
function templates(title: string, generatedAt: Date) {
  const style =
    'font-family: Inter, Arial, sans-serif; font-size: 8px; color: #57534e; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;';
  const stamp = `${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(title)}</span><span>Parallax comparison</span></div>`,
    footerTemplate: `<div style="${style}"><span>Generated ${stamp} · Parallax ${escapeHtml(APP_VERSION)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

/** Renders the print route to an A4 PDF with the shared browser. */
export async function renderPdf(request: PdfRequest): Promise<Buffer> {
  return withBrowserPage(
    async (page) => {
      // The print page is complete as server-rendered HTML: no scripts to wait for, only its styles and fonts.
      const response = await page.goto(request.url, { waitUntil: 'load' });
      if (!response?.ok()) throw new AppError('internal', `The print page answered ${response?.status() ?? 'nothing'}.`);
      await page.emulateMedia({ media: 'print' });
      return page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        ...templates(request.title, request.generatedAt),
        margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
      });
    },
    TIMEOUT_MS,
    { javaScript: false },
  );
}
