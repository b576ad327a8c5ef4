// The editor's form for one article: pasted text or a .txt/.html file, with its outlet,
// address and date. A multipart POST to the upload route; the route answers 303 back to the story.
export function ArticleUploadForm({ action, newStory }: { action: string; newStory: boolean }) {
  const field = 'grid gap-1 text-sm font-medium';
  const input = 'rounded-md border border-stone-300 px-3 py-2 font-normal';
  // The browser's "Choose File" button, styled like the form's other controls.
  const fileInput =
    'rounded-md border border-stone-300 p-1 text-sm font-normal text-stone-700 file:mr-3 file:cursor-pointer file:rounded file:border file:border-solid file:border-stone-300 file:bg-stone-50 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-100';
  return (
    <form method="post" action={action} encType="multipart/form-data" className="mt-6 grid max-w-2xl gap-4">
      {newStory && (
        <>
          <label className={field}>
            Story title
            <input name="title" required maxLength={300} className={input} />
          </label>
          <label className={field}>
            {/* One grid item: bare text beside <code> in a grid label would stack as three rows. */}
            <span>
              Story address (lower-case words and hyphens, e.g. <code className="whitespace-nowrap">city-budget-2024</code>)
            </span>
            <input name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={80} className={input} />
          </label>
        </>
      )}
      <label className={field}>
        Outlet
        <input name="outlet" required maxLength={120} className={input} />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={field}>
          Published on
          <input name="publishedAt" type="date" required className={input} />
        </label>
        <label className={field}>
          Address of the article (optional)
          <input name="url" type="url" placeholder="https://…" className={input} />
        </label>
      </div>
      <fieldset className="grid gap-2 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-semibold">The article</legend>
        <label className={field}>
          Upload a .txt or .html file (up to 5 MB)
          <input name="file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" className={fileInput} />
        </label>
        <label className={field}>
          or paste its text
          <textarea name="text" rows={10} className={input} />
        </label>
      </fieldset>
      <p className="text-sm text-stone-600">
        {newStory
          ? 'The article is analysed in the background; the story shows it when the analysis is complete.'
          : 'The story is compared again in the background; its current analysis stays visible until the new one is complete.'}
      </p>
      <button type="submit" className="justify-self-start rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900">
        {newStory ? 'Create the story' : 'Add the article'}
      </button>
    </form>
  );
}
