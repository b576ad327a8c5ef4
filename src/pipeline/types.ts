// Shared types of the analysis pipeline. Everything here is plain data: every annotation
// is a character span into ArticleDoc.text (the cleaned article text), never a detached copy.

export type ParagraphKind = 'headline' | 'standfirst' | 'bullet' | 'body' | 'caption' | 'subhead' | 'transcript';

export interface Span {
  start: number;
  end: number;
}

export interface ParagraphSpan extends Span {
  kind: ParagraphKind;
}

export interface SentenceSpan extends Span {
  paragraphIndex: number;
}

export interface ArticleInput {
  /** Base name of the source file, or a name given by the uploader. */
  sourceFile: string;
  rawText: string;
  /** Reference date for relative dates ("Tuesday", "last month"). */
  publishedAt: Date;
}

/** A stage that was not run on an article, and why (e.g. "language es: English-only stage"). */
export interface SkippedStage {
  stage: string;
  reason: string;
}

/**
 * The document the per-article stages build up. Each stage declares which of these
 * fields it requires and which it assigns; the runner checks the order before running.
 */
export interface ArticleDoc {
  input: ArticleInput;
  text?: string;
  headline?: string;
  paragraphs?: ParagraphSpan[];
  language?: string;
  sentences?: SentenceSpan[];
  skipped: SkippedStage[];
  [extra: string]: unknown;
}

export type DocField = Exclude<keyof ArticleDoc, 'input' | 'skipped'> | string;

export interface Stage {
  name: string;
  requires: DocField[];
  assigns: DocField[];
  /** English-only stages are skipped (with a recorded reason) for other languages. */
  englishOnly?: boolean;
  run(doc: ArticleDoc): Partial<ArticleDoc>;
}
