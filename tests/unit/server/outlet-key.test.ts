import { describe, expect, it } from 'vitest';
import { outletSlug } from '@/server/services/import/outlet-key';

describe('outletSlug (issue 12, item 1)', () => {
  it('transliterates Latin letters that do not decompose instead of dropping them', () => {
    expect(outletSlug('Łowicz News')).toBe('lowicz-news');
    expect(outletSlug('Łowicz News')).not.toBe(outletSlug('Owicz News'));
    expect(outletSlug('Ærø Avis')).toBe('aero-avis');
    expect(outletSlug('Ærø Avis')).not.toBe(outletSlug('R Avis'));
    expect(outletSlug('Straße')).toBe('strasse');
    expect(outletSlug('Œuvre Đaily Þing')).toBe('oeuvre-daily-thing');
  });

  it('keeps the readable slugs of plain names, one slug for the same name up to case, accents and spacing', () => {
    expect(outletSlug('Daily Mail')).toBe('daily-mail');
    expect(outletSlug('The New York Times')).toBe('the-new-york-times');
    expect(outletSlug('Agence France-Presse')).toBe('agence-france-presse');
    expect(outletSlug('reuters')).toBe(outletSlug('Reuters'));
    expect(outletSlug('El País')).toBe(outletSlug('El Pais'));
    expect(outletSlug('  Coast   Herald ')).toBe(outletSlug('Coast Herald'));
  });

  it('never gives two names that differ in more than case, accents or spacing the same slug', () => {
    const distinct = [
      ['C++ Weekly', 'C Weekly'],
      ['Yahoo!', 'Yahoo'],
      ['AT&T News', 'AT and T News'],
      ['AT&T News', 'AT T News'],
      ['Barron’s', 'Barron s'],
      ['٣ News', 'News'],
      ['ʔabc', 'abc'],
      [`${'a'.repeat(90)} one`, `${'a'.repeat(90)} two`],
      ['Новая газета', 'Novaya gazeta'],
    ];
    for (const [a, b] of distinct) expect(outletSlug(a), `${a} / ${b}`).not.toBe(outletSlug(b));
  });

  it('is non-empty and URL-safe in any script', () => {
    for (const name of ['新华社', 'الجزيرة', 'Известия', 'C++', '!A!', 'Ærø']) expect(outletSlug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
