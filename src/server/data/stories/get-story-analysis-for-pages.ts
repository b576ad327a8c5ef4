import 'server-only';
import { clipText } from '@/lib/clip-text';
import { getStoryAnalysis, type StoryAnalysisDto } from './get-story-analysis';

// The story's analysis as the pages show it: every sentence-like text (group members and
// labels, quotes, event sources) cut at MAX_SHOWN_TEXT_CHARS, so that no page grows with the
// length of one sentence. Exports read getStoryAnalysis and keep the full texts. One
// clipped copy per analysis object (the analysis is itself cached per story revision).
const clipped = new WeakMap<StoryAnalysisDto, StoryAnalysisDto>();

function clipAnalysis(dto: StoryAnalysisDto): StoryAnalysisDto {
  return {
    ...dto,
    groups: dto.groups.map((group) => ({
      ...group,
      label: clipText(group.label),
      members: group.members.map((member) => ({ ...member, text: clipText(member.text) })),
      divergences: group.divergences.map((divergence) => ({ ...divergence, detail: clipText(divergence.detail) })),
    })),
    quotes: dto.quotes.map((quote) => ({ ...quote, text: clipText(quote.text) })),
    events: dto.events.map((event) => ({
      ...event,
      label: clipText(event.label),
      sources: event.sources.map((source) => ({ ...source, text: clipText(source.text) })),
    })),
  };
}

export async function getStoryAnalysisForPages({ slug }: { slug: string }): Promise<StoryAnalysisDto | null> {
  const dto = await getStoryAnalysis({ slug });
  if (!dto) return null;
  let copy = clipped.get(dto);
  if (!copy) {
    copy = clipAnalysis(dto);
    clipped.set(dto, copy);
  }
  return copy;
}
