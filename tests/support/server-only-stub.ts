// Vitest runs server modules outside Next.js; the 'server-only' guard is a no-op there.
export {};
