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
    await expect(uploadRequest('a-story', form({ outlet: 'Coast Herald', publishedAt: '08/06/2021' }))).rejects.toMatchObject({ message: 'The publication date must look like 2021-06-08.' });
  });

  it('upload-request: a real date is stored at noon UTC', async () => {
    const request = await uploadRequest('a-story', form({ outlet: 'Coast Herald', publishedAt: '2024-02-29' }));
    expect(request.articles[0].publishedAt.toISOString()).toBe('2024-02-29T12:00:00.000Z');
  });
});
