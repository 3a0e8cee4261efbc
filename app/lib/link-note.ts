/** The note beside a BUILDS_ON neighbour in the details panel: the list's reason, or a derived edge's evidence. */
import { translate, type Language } from "./i18n";

export function linkNote(link: { reason: string | null; derived?: boolean | undefined; evidence?: string | null | undefined }, language: Language): string | null {
  if (!link.derived) return link.reason;
  return link.evidence ? translate(language, "derived from citations: {evidence}", { evidence: link.evidence }) : translate(language, "derived from citations");
}
