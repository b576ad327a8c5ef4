// A large, varied article for scaling figures, built from the sentences of every text file
// under the given folders (the seed story and the coverage fixtures): each paragraph is one to
// four sentences drawn at random with a fixed seed, so the result is real prose, not one text
// repeated (the cleaning stage drops repeated paragraphs, which would hide the cost).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { random as randomFrom } from './synthetic-story';

/** The sentences of the prose paragraphs (eight words or more: no chrome lines) of every .txt file. */
export function readSentences(folders: string[]): string[] {
  const sentences: string[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(path.join(folder, name), 'utf8');
      for (const paragraph of text.split(/\n/).map((line) => line.trim())) {
        if (paragraph.split(/\s+/).length < 8) continue;
        sentences.push(...paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u));
      }
    }
  }
  return sentences;
}

/** Up to `bytes` bytes (never more: an upload limit stays an upload limit) of blank-line separated paragraphs of one to four random sentences. */
export function buildLargeArticle(sentences: string[], bytes: number, seed = 1): string {
  const random = randomFrom(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 1 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    const added = Buffer.byteLength(paragraph) + (paragraphs.length > 0 ? 2 : 0);
    if (size + added > bytes) break;
    paragraphs.push(paragraph);
    size += added;
  }
  return paragraphs.join('\n\n');
}

export const defaultLargeArticleFolders = () => [path.resolve('seeds'), path.resolve('tests/fixtures/coverage')];
