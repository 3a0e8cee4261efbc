"use client";
/**
 * What marks citation data in the panels: the "curated only / curated and citations" toggle of
 * the reading path and path finder, the evidence line of a derived edge, and the badge of a
 * prerequisite that enrich suggested (cited by the list, not in it).
 */
import type { GraphNode } from "@/contract/schemas";
import { translate, type Language } from "@/app/lib/i18n";
import { isSuggested } from "@/app/lib/to-elements";

export function EdgeSetToggle(props: { language: Language; curatedOnly: boolean; onChange: (curatedOnly: boolean) => void }) {
  const t = (key: string) => translate(props.language, key);
  return (
    <fieldset className="edge-set" data-testid="edge-set">
      <legend className="sr-only">{t("Edges")}</legend>
      {([false, true] as const).map((curated) => (
        <label key={String(curated)} className="check">
          <input type="radio" name="edge-set" checked={props.curatedOnly === curated} onChange={() => props.onChange(curated)} />
          {t(curated ? "Curated only" : "Curated and citations")}
        </label>
      ))}
    </fieldset>
  );
}

/** "derived from citations: <the citing sentence>", or nothing for a curated edge. */
export function EvidenceNote(props: { language: Language; source: "curated" | "citation" | undefined; evidence: string | null | undefined; confidence?: number | null }) {
  if (props.source !== "citation") return null;
  const t = (key: string, vars?: Record<string, string | number>) => translate(props.language, key, vars);
  const confidence = typeof props.confidence === "number" ? ` (${t("confidence {value}", { value: props.confidence.toFixed(2) })})` : "";
  return (
    <span className="evidence" data-testid="evidence">
      {props.evidence ? t("derived from citations: {evidence}", { evidence: props.evidence }) : t("derived from citations")}
      {confidence}
    </span>
  );
}

export function SuggestedBadge(props: { language: Language; node: Pick<GraphNode, "suggested"> }) {
  if (!isSuggested(props.node)) return null;
  return (
    <span className="badge suggested" data-testid="suggested-badge" title={translate(props.language, "Suggested prerequisite: cited by several papers of the list, not in it")}>
      {translate(props.language, "suggested")}
    </span>
  );
}
