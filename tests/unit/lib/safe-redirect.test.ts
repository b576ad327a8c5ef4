import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/safe-redirect';
import { signInFieldsSchema } from '@/server/auth/sign-in-fields';

const offSite = [
  '/\\evil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '\\\\evil.example',
  '//evil.example',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/%09/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  'evil.example',
  '/%E0%A4%A',
  '',
];

describe('safe-redirect', () => {
  it.each(offSite)('safe-redirect: %j leaves the site, so the default is used', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });

  it.each([
    '/',
    '/stories/new',
    '/stories/a-story/add',
    '/stories/a-story/compare?outlets=a,b&kind=number',
    '/stories/a%20b',
    '/stories/x#part',
  ])('safe-redirect: the same-site path %j is kept', (value) => {
    expect(safeNextPath(value)).toBe(value);
  });

  it('safe-redirect: a missing, repeated or non-string parameter', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/stories/new', '//evil.example'])).toBe('/stories/new');
    expect(safeNextPath(42)).toBe('/');
  });

  it('safe-redirect: the sign-in form sends a backslash path home, not to /\\evil.example', () => {
    const form = { email: 'ed@example.org', password: 'secret', next: '/\\evil.example' };
    expect(signInFieldsSchema.parse(form).next).toBe('/');
    expect(signInFieldsSchema.parse({ ...form, next: '/stories/new' }).next).toBe('/stories/new');
  });
});
