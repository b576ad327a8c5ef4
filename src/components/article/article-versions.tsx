import { diffWords } from 'diff';
import { formatDateTime } from '@/lib/format';
import type { ArticleVersionsDto } from '@/server/data/articles/list-article-versions';
import { WordDiff } from '../ui/word-diff';

// The texts an article had, for articles added by address: each version with the time it
// was fetched, and a word diff between two of them (a GET form: the choice lives in the URL).
export function ArticleVersions({ data, action }: { data: ArticleVersionsDto; action: string }) {
  if (data.versions.length === 0) return null;
  const { versions, compared } = data;
  const select = 'rounded-md border border-stone-300 px-2 py-1 font-normal';
  return (
    <section id="versions" aria-labelledby="versions-heading" className="no-print mt-10 border-t border-stone-200 pt-4 font-sans">
      <h2 id="versions-heading" className="text-lg font-semibold">
        {versions.length > 1 ? `Changed after publication: ${versions.length} versions` : 'Version'}
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {versions.map((version) => (
          <li key={version.version}>
            <span className="font-medium">Version {version.version}</span>, fetched{' '}
            <time dateTime={version.fetchedAt}>{formatDateTime(version.fetchedAt)}</time> ({version.words.toLocaleString('en')} words)
            {version.pageModified && (
              <>
                {' '}
                · the page says modified <time dateTime={version.pageModified}>{formatDateTime(version.pageModified)}</time>
              </>
            )}
            {version.hasPage && (
              <>
                {' '}
                ·{' '}
                <a href={`${action}/versions/${version.version}`} className="text-sky-900 underline">
                  the page as fetched
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
      {compared && (
        <>
          <form method="get" action={`${action}#versions`} className="mt-3 flex flex-wrap items-end gap-3 text-sm">
            <label className="grid gap-1 font-medium">
              From
              <select name="from" defaultValue={compared.from.version} className={select}>
                {versions.map((version) => (
                  <option key={version.version} value={version.version}>
                    Version {version.version}
                  </option>
                ))}
              </select>
            </label>
            <label className="grid gap-1 font-medium">
              To
              <select name="to" defaultValue={compared.to.version} className={select}>
                {versions.map((version) => (
                  <option key={version.version} value={version.version}>
                    Version {version.version}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 font-medium hover:bg-stone-100">
              Compare
            </button>
          </form>
          <h3 className="mt-4 text-base font-semibold">
            Changes from version {compared.from.version} to version {compared.to.version}
          </h3>
          <p
            className="mt-2 whitespace-pre-wrap rounded-md border border-stone-200 bg-white p-3 font-serif text-base"
            data-testid="version-diff"
          >
            <WordDiff parts={diffWords(compared.from.text, compared.to.text)} />
          </p>
        </>
      )}
    </section>
  );
}
