import { storyExportSchema } from '../../src/lib/story-export';
import { expect, test } from './fixtures';

test.describe('JSON export route', () => {
  test('GET /stories/<slug>/export.json returns the contract document with the analysis', async ({ request }) => {
    const response = await request.get('/stories/harris-lopez-obrador-2021/export.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    // Downloaded like the PDF and the CSV, not shown in the browser.
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="harris-lopez-obrador-2021-\d{4}-\d{2}-\d{2}\.json"$/);
    const document = storyExportSchema.parse(await response.json());
    expect(document.story.slug).toBe('harris-lopez-obrador-2021');
    expect(document.articles.map((article) => article.outlet).sort()).toEqual([
      'Daily Mail',
      'EFE',
      'Riviera Maya News',
      'The New York Times',
      'Voice of America',
    ]);
    // 000 gives "more than 170,000 encounters", 002 "178,120 illegal immigrants" for April.
    const april = document.claims.find((claim) => claim.divergences.some((d) => d.kind === 'number' && d.detail.includes('178,120')));
    expect(april?.status).toBe('diverged');
    expect(document.events.map((event) => event.date)).toEqual(expect.arrayContaining(['2021-05-07', '2021-06-08']));
  });

  test('an unknown story answers 404 with a JSON error', async ({ request }) => {
    const response = await request.get('/stories/no-such-story/export.json');
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});
