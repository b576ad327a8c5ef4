// Omission: a fact most outlets report that one leaves out. Copies of one source count
// once, articles in other languages are not expected to carry the English wording, and an
// article published before the reporting began cannot be faulted for leaving it out.
import { listNames } from './member-view';

export interface CoverageArticle {
  id: number;
  outlet: string;
  publishedOn: string;
  language: string;
}

const DAY_MS = 86_400_000;

export function omissionDivergence(memberArticleIds: number[], byId: Map<number, CoverageArticle>, familyOf: Map<number, string>) {
  const familyKey = (id: number) => familyOf.get(id) ?? `article-${id}`;
  // Most groups are one outlet's claim: answered before any work over the story's articles.
  const reporters = new Set(memberArticleIds.map(familyKey));
  if (reporters.size < 2) return null;
  const articles = [...byId.values()];
  const earliest = Math.min(...memberArticleIds.map((id) => Date.parse(byId.get(id)?.publishedOn ?? '')).filter(Number.isFinite));
  const absent = articles.filter(
    (article) => article.language === 'en' && !reporters.has(familyKey(article.id)) && Date.parse(article.publishedOn) >= earliest - DAY_MS,
  );
  const absentFamilies = new Set(absent.map((article) => familyKey(article.id)));
  if (absent.length === 0 || reporters.size <= (reporters.size + absentFamilies.size) / 2) return null;
  const reporterOutlets = memberArticleIds.map((id) => byId.get(id)?.outlet ?? String(id));
  return {
    detail: `Not reported by ${listNames(absent.map((article) => article.outlet))}; reported by ${listNames(reporterOutlets)} (${reporters.size} of ${reporters.size + absentFamilies.size} independent sources).`,
    score: reporters.size / (reporters.size + absentFamilies.size),
    data: { omittedBy: absent.map((article) => article.id), reportedBy: memberArticleIds },
  };
}
