import { existsSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ZodType } from 'zod';
import { firstInvisible, showInvisible } from '@/lib/invisible-chars';
import { parseIsoDate } from '@/lib/iso-date';
import { webUrlSchema } from '@/lib/safe-url';
import { AppError } from '../../errors';
import type { ImportStoryRequest } from './import-story';
import { type Manifest, manifestArticleSchema, manifestSchema, readManifest, storySlugSchema } from './manifest';
import { readArticleFile } from './read-article-file';

export interface ImportArgs {
  /** Files or folders; empty means the seeds folder. */
  paths: string[];
  story?: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  manifest?: string;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/**
 * Turns command-line arguments into a validated import request: every file is read and
 * checked, and every file has an outlet and a date, before the database is touched.
 */
export async function resolveImportRequest(args: ImportArgs, seedsDir: string): Promise<ImportStoryRequest> {
  const paths = args.paths.length > 0 ? args.paths : [seedsDir];
  const manifestPath = args.manifest ?? (await findManifest(paths));
  const manifest: Manifest | null = manifestPath ? await readManifest(manifestPath) : null;

  const slug = args.story ?? manifest?.story.slug;
  if (!slug) throw new AppError('invalid_input', 'Name the story with --story <slug> (or import a folder with a manifest.json).');
  const slugCheck = storySlugSchema.safeParse(slug);
  if (!slugCheck.success) throw new AppError('invalid_input', `--story "${slug}": ${slugCheck.error.issues[0]?.message}`);

  const outletFlag = flagValue(args.outlet, '--outlet', manifestArticleSchema.shape.outlet);
  const titleFlag = flagValue(args.title, '--title', manifestSchema.shape.story.shape.title);
  const published = args.published ? parseDate(args.published, '--published') : undefined;
  if (args.url !== undefined && !webUrlSchema.safeParse(args.url).success) {
    throw new AppError('invalid_input', `--url "${args.url}": must be a web address starting with http:// or https://`);
  }
  const files = await expandPaths(paths);
  if (files.length === 0) throw new AppError('file_missing', `No article files (.txt) found in ${paths.join(', ')}`);

  const listed = new Map((manifest?.articles ?? []).map((entry) => [entry.file, entry]));
  const articles = [];
  const seen = new Set<string>();
  for (const filePath of files) {
    const name = path.basename(filePath);
    const invisible = firstInvisible(name);
    if (invisible) {
      throw new AppError(
        'invalid_input',
        `${showInvisible(filePath)}: the file name contains the invisible or control character ${invisible}; rename the file`,
        { file: filePath },
      );
    }
    // An article is keyed by its file's base name in the story: two files of one name would overwrite each other.
    if (seen.has(name))
      throw new AppError('invalid_input', `${filePath}: another file named ${name} is in the same import; rename one of them`, {
        file: filePath,
      });
    seen.add(name);
    const entry = listed.get(name);
    const outlet = outletFlag ?? entry?.outlet;
    if (!outlet) {
      throw new AppError(
        'file_unlisted',
        `${name}: not listed in ${manifestPath ?? 'a manifest'} and no --outlet given; say which outlet published it with --outlet NAME`,
        { file: name },
      );
    }
    const publishedAt = published ?? (entry ? parseDate(entry.publishedAt, `${name} publishedAt`) : undefined);
    if (!publishedAt) {
      throw new AppError('invalid_input', `${name}: no publication date; give it with --published YYYY-MM-DD`, { file: name });
    }
    const file = await readArticleFile(filePath);
    articles.push({ file, outlet, publishedAt, url: args.url ?? entry?.url, evidence: entry?.evidence });
  }
  const title = titleFlag ?? (manifest && manifest.story.slug === slug ? manifest.story.title : undefined);
  return { story: { slug, title }, articles };
}

async function findManifest(paths: string[]): Promise<string | undefined> {
  for (const candidate of paths) {
    const manifest = path.join(candidate, 'manifest.json');
    if (!existsSync(manifest)) continue;
    await refuseLinkOutside(candidate, manifest);
    return manifest;
  }
  return undefined;
}

/**
 * A folder's entry that is a symbolic link must lead to a file inside that folder: a link
 * named article.txt that points at /etc/passwd would otherwise be read and stored as an article.
 */
async function refuseLinkOutside(folder: string, entry: string): Promise<void> {
  if (!(await lstat(entry)).isSymbolicLink()) return;
  const target = await realpath(entry).catch(() => null);
  if (target === null) throw new AppError('file_missing', `${entry}: is a symbolic link to a file that does not exist`, { file: entry });
  const inside = path.relative(await realpath(folder), target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    throw new AppError(
      'invalid_input',
      `${entry}: is a symbolic link to ${target}, outside the folder ${folder}; copy the file into the folder instead`,
      { file: entry },
    );
  }
}

async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new AppError('file_missing', `${given}: file not found`, { file: given });
    if (info.isDirectory()) {
      const names = (await readdir(given)).filter((name) => ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())).sort();
      for (const name of names) {
        await refuseLinkOutside(given, path.join(given, name));
        files.push(path.join(given, name));
      }
    } else {
      files.push(given); // a file named on the command line is read wherever it is
    }
  }
  return files;
}

/** A text flag checked (and cleaned of invisible characters) like the manifest field it stands for. */
function flagValue(value: string | undefined, flag: string, schema: ZodType<string>): string | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError(
      'invalid_input',
      `${flag} "${showInvisible(value)}": ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  return parsed.data;
}

function parseDate(value: string, what: string): Date {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new AppError('invalid_input', `${what}: ${parsed.reason}`);
  return parsed.date;
}
