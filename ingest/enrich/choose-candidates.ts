/**
 * Pure: which citations become BUILDS_ON {source: "citation"}. A citation qualifies when the
 * provider marks it influential or gives it the methodology intent, and it has a citing
 * sentence to show as evidence. A qualifying citation is still refused when its source is
 * older than its target (it would point forward in time), when a year is unknown (we cannot
 * check), or when it would close a cycle with the curated edges and the candidates already
 * taken. Candidates are taken most confident first, so the outcome does not depend on order.
 */
import type { CitationDetail } from "./found-paper";
import type { CandidateRow, RefusedCounts } from "../../graph/enrichment-rows";

export type QualifiedCitation = { from: string; to: string; detail: CitationDetail };

const EVIDENCE_MAX = 300;

/** How sure we are that a citation means "builds on": both signals, one, or none. */
export function confidenceOf(detail: CitationDetail): number {
  const methodology = detail.intents.includes("methodology");
  if (detail.influential && methodology) return 0.9;
  if (detail.influential) return 0.75;
  return methodology ? 0.6 : 0;
}

export function shorten(text: string, max = EVIDENCE_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The citing sentence that best shows the dependency: a methodology one when there is one. */
export function evidenceOf(detail: CitationDetail): string | undefined {
  const sentence = detail.methodologyContexts[0] ?? detail.contexts[0];
  return sentence && sentence.trim() !== "" ? shorten(sentence) : undefined;
}

export type CandidateChoice = { candidates: CandidateRow[]; refused: RefusedCounts; alreadyCurated: number };

export function chooseCandidates(
  citations: QualifiedCitation[],
  /** edges that stay (curated ones, those derived for other roadmaps): never changed, checked against */
  fixed: { from: string; to: string }[],
  yearOf: (id: string) => number | null,
): CandidateChoice {
  const next = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    const targets = next.get(from) ?? new Set<string>();
    targets.add(to);
    next.set(from, targets);
  };
  for (const edge of fixed) link(edge.from, edge.to);
  const reaches = (start: string, goal: string) => {
    const stack = [start];
    const seen = new Set(stack);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === goal) return true;
      for (const to of next.get(id) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        stack.push(to);
      }
    }
    return false;
  };
  const ranked = citations
    .map((c) => ({ ...c, confidence: confidenceOf(c.detail), evidence: evidenceOf(c.detail) }))
    .filter((c): c is typeof c & { evidence: string } => c.confidence > 0 && c.evidence !== undefined)
    .sort((a, b) => b.confidence - a.confidence || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const refused: RefusedCounts = { cycle: 0, forwardInTime: 0, undated: 0 };
  const candidates: CandidateRow[] = [];
  let alreadyCurated = 0;
  for (const c of ranked) {
    if (next.get(c.from)?.has(c.to)) {
      alreadyCurated++;
      continue;
    }
    const fromYear = yearOf(c.from);
    const toYear = yearOf(c.to);
    if (fromYear === null || toYear === null) refused.undated++;
    else if (fromYear < toYear) refused.forwardInTime++;
    else if (reaches(c.to, c.from)) refused.cycle++;
    else {
      link(c.from, c.to);
      candidates.push({ from: c.from, to: c.to, props: { source: "citation", confidence: c.confidence, evidence: c.evidence, intents: c.detail.intents, influential: c.detail.influential } });
    }
  }
  return { candidates, refused, alreadyCurated };
}
