import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '@/pipeline/stages/clean';
import { detectLanguage, languageStage } from '@/pipeline/stages/language';
import type { ArticleDoc } from '@/pipeline/types';

const COVERAGE = join(__dirname, '../../fixtures/coverage');
const SEEDS = join(__dirname, '../../../seeds');

describe('language', () => {
  it.each([
    ['', 'en'],
    ['Breaking', 'en'],
    ['Hola.', 'en'],
    ['The council voted on Thursday to build a new bridge across the river, ending months of debate.', 'en'],
    ['El consejo municipal votó el jueves a favor de construir un nuevo puente sobre el río, tras meses de debate.', 'es'],
    ['Le conseil municipal a voté jeudi la construction d’un nouveau pont sur la rivière, après des mois de débat.', 'fr'],
  ])('language: %j is %s (English by default for very short text)', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('language: the Spanish coverage article is es', () => {
    const { text } = cleanArticleText(readFileSync(join(COVERAGE, '31_es_proceso.txt'), 'utf8'));
    expect(detectLanguage(text)).toBe('es');
  });

  it('language: every seed article is en', () => {
    for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      expect(detectLanguage(cleanArticleText(readFileSync(join(SEEDS, file), 'utf8')).text), file).toBe('en');
    }
  });

  it('language: a long Spanish or French text is not taken for English by the fast path', () => {
    const spanish =
      'El gobierno anunció este martes un nuevo plan de inversiones para la región, que incluye carreteras, escuelas y hospitales. '.repeat(
        4,
      );
    const french =
      'Le gouvernement a annoncé mardi un nouveau plan d’investissements pour la région, avec des routes, des écoles et des hôpitaux. '.repeat(
        4,
      );
    expect(detectLanguage(spanish)).toBe('es');
    expect(detectLanguage(french)).toBe('fr');
  });

  it('language: the stage assigns language from the cleaned text', () => {
    const doc: ArticleDoc = { input: { sourceFile: 'x', rawText: '', publishedAt: new Date() }, text: 'short', skipped: [] };
    expect(languageStage.run(doc)).toEqual({ language: 'en' });
  });
});
