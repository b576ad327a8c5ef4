import { showInvisible } from '@/lib/invisible-chars';
import { parseIsoDate } from '@/lib/iso-date';
import { webUrlSchema } from '@/lib/safe-url';
import { AppError } from '../../errors';
import { manifestArticleSchema, storySlugSchema } from '../import/manifest';
import type { AddressOverrides } from './address-article';
import { MAX_ADDRESSES } from './address-list';

export interface AddressArgs {
  story: string;
  urls: string[];
  overrides: AddressOverrides;
}

/** Command-line options of an import by address, checked before any page is fetched. */
export function addressArgs(values: {
  story?: string;
  urls: string[];
  outlet?: string;
  title?: string;
  published?: string;
  refresh?: boolean;
}): AddressArgs {
  if (!values.story) throw new AppError('invalid_input', 'Name the story with --story <slug>.');
  const slug = storySlugSchema.safeParse(values.story);
  if (!slug.success) throw new AppError('invalid_input', `--story "${values.story}": ${slug.error.issues[0]?.message}`);
  if (values.refresh && (values.urls.length > 0 || values.outlet || values.title || values.published))
    throw new AppError('invalid_input', '--refresh takes only --story: it fetches every article of the story that has an address again.');
  if (values.urls.length > MAX_ADDRESSES) throw new AppError('invalid_input', `Give at most ${MAX_ADDRESSES} addresses at a time.`);
  for (const url of values.urls)
    if (!webUrlSchema.safeParse(url).success)
      throw new AppError('invalid_input', `--url "${showInvisible(url)}": must be a web address starting with http:// or https://`);
  if (values.title !== undefined && values.urls.length > 1)
    throw new AppError('invalid_input', "--title sets one article's headline: give it with a single --url.");
  const overrides: AddressOverrides = {};
  if (values.outlet !== undefined) {
    const outlet = manifestArticleSchema.shape.outlet.safeParse(values.outlet);
    if (!outlet.success)
      throw new AppError('invalid_input', `--outlet "${showInvisible(values.outlet)}": ${outlet.error.issues[0]?.message}`);
    overrides.outlet = outlet.data;
  }
  if (values.title !== undefined) overrides.headline = values.title;
  if (values.published !== undefined) {
    const parsed = parseIsoDate(values.published);
    if (!parsed.ok) throw new AppError('invalid_input', `--published: ${parsed.reason}`);
    overrides.publishedAt = parsed.date;
  }
  return { story: slug.data, urls: values.urls, overrides };
}
