/** One cookie's value from a Cookie header, or undefined. A value that is not valid percent-encoding is returned as sent (never thrown: the page-cache front reads it outside any error boundary). */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    const raw = rest.join('=');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
