// The editor's upload form, parsed before anything is stored.
import { describe, expect, it } from 'vitest';
import { uploadRequest } from '@/server/services/import/upload-request';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set('text', 'Council approves bridge\n\nThe council approved the bridge on Tuesday.');
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('upload-request', () => {
  it('upload-request: an impossible date is refused saying why, not rolled over to March', async () => {
    await expect(uploadRequest('a-story', form({ outlet: 'Coast Herald', publishedAt: '2021-02-30' }))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'The publication date "2021-02-30" is not a real date: February 2021 has 28 days.',
    });
  });

  it('upload-request: a date in another shape is refused with the shape to use', async () => {
    await expect(uploadRequest('a-story', form({ outlet: 'Coast Herald', publishedAt: '08/06/2021' }))).rejects.toMatchObject({
      message: 'The publication date must look like 2021-06-08.',
    });
  });

  it('upload-request: a real date is stored at noon UTC', async () => {
    const request = await uploadRequest('a-story', form({ outlet: 'Coast Herald', publishedAt: '2024-02-29' }));
    expect(request.articles[0].publishedAt.toISOString()).toBe('2024-02-29T12:00:00.000Z');
  });

  it('upload-request: outlet names and titles lose invisible and bidirectional control characters; file names keep only safe characters', async () => {
    const data = form({ outlet: 'Coast\u202E Herald\u200B', title: '\u2066Bridge vote\u2069\u0007', publishedAt: '2024-03-05' });
    data.delete('text');
    data.set('file', new File(['Council approves bridge\n\nThe council approved it.'], 'gnp\u202Etxt.exe.txt', { type: 'text/plain' }));
    const request = await uploadRequest('a-story', data);
    expect(request.articles[0].outlet).toBe('Coast Herald');
    expect(request.story.title).toBe('Bridge vote');
    expect(request.articles[0].file.sourceFile).toMatch(/^gnp-txt-exe-[0-9a-f]{8}\.txt$/);
  });
});
