"use client";
/** Everything about the selected node, with its neighbours one click away. */
import { useQuery } from "@tanstack/react-query";
import type { DetailedNode, GraphNode } from "@/contract/schemas";
import { paperUrl } from "@/app/lib/export-path";
import { localName, sectionName, topicName, translate, type Language } from "@/app/lib/i18n";
import type { ReadingStatus, StatusMap } from "@/app/lib/reading-progress";
import { nodeQuery, sectionsQuery } from "@/app/queries";
import { NodeList } from "./node-list";
import { PaperLists } from "./paper-lists";
import { StartHere } from "./start-here";
import { StatusButtons } from "./status-buttons";
import type { ExploreView } from "./hooks/use-explore-view";
import { tagOf } from "@/app/lib/to-elements";
import { venueLabel } from "@/app/lib/format-venue";
import type { ExpansionReport } from "@/app/lib/view-graph";
import { linkNote } from "@/app/lib/link-note";
import { SuggestedBadge } from "./citation-marks";

export type DetailsPanelProps = {
  id: string | null;
  language: Language;
  /** the chosen list (null: all lists), which "start here" follows */
  roadmap: string | null;
  statuses: StatusMap;
  onStatus: (id: string, status: ReadingStatus | null) => void;
  onPick: (node: GraphNode) => void;
  color: (node: GraphNode) => string;
  /** Explore actions; absent in modes where the canvas is not the explore view */
  actions?: { expanded: boolean; omitted: number; onCanvas: boolean; report?: ExpansionReport } & Pick<ExploreView, "expand" | "showMore" | "collapse" | "hide">;
  onReadFirst: (id: string) => void;
};

function text(node: DetailedNode, key: string): string | undefined {
  const v = node.properties[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const t = (key: string, vars?: Record<string, number>) => translate(props.language, key, vars);
  const { data, isPending, isError, error, refetch } = useQuery(nodeQuery(props.id));
  // Same-topic notes name a section in English; the section list (cached) has both names.
  const sections = useQuery(sectionsQuery());
  const allSections = (sections.data?.roadmaps ?? []).flatMap((r) => r.sections);
  if (props.id === null) return <StartHere roadmap={props.roadmap} language={props.language} onPick={props.onPick} color={props.color} />;
  if (isPending) {
    return (
      <div aria-busy="true" aria-label={t("Loading")} className="details-skeleton">
        <div className="skeleton wide" />
        <div className="skeleton" />
        <div className="skeleton" />
      </div>
    );
  }
  if (isError) {
    return (
      <div className="empty-state" role="alert">
        <p>
          {t("Could not load")}: {error.message}
        </p>
        <button type="button" className="button" onClick={() => void refetch()}>
          {t("Try again")}
        </button>
      </div>
    );
  }
  const { node } = data;
  const name = localName(node, props.language);
  const url = paperUrl(node);
  const arxiv = text(node, "arxivId");
  const isPaper = node.kind === "paper" || node.kind === "survey";
  const a = props.actions;
  return (
    <article className="details" data-testid="details" aria-labelledby="details-title">
      {data.breadcrumb.length > 0 && (
        <nav aria-label={t("Breadcrumb")} className="breadcrumb">
          {data.breadcrumb.map((s, i) => (
            <span key={s.id}>
              {i > 0 && <span aria-hidden="true"> › </span>}
              {sectionName(s, props.language)}
            </span>
          ))}
        </nav>
      )}
      <h2 id="details-title" className="details-title">
        {name.title}
      </h2>
      <p className="details-meta">
        <span className={`kind-pill kind-${node.kind}`}>{t(node.kind)}</span>
        {tagOf(node) && <span className="tag">{tagOf(node)}</span>}
        <span data-testid="details-dates">{[node.year, venueLabel(node.properties)].filter(Boolean).join(" · ")}</span>
        {node.inRoadmap === false && <span className="tag muted-tag">{t("not in roadmap")}</span>}
        <SuggestedBadge language={props.language} node={node} />
      </p>
      {text(node, "standalone") && (
        <p className="details-standalone" data-testid="details-standalone">
          {t("Builds on no paper of this graph")}: {text(node, "standalone")}
        </p>
      )}
      {(url || arxiv) && (
        <p className="details-links">
          {url && (
            <a href={url} target="_blank" rel="noreferrer">
              {t(isPaper ? "Open paper" : "Open link")} ↗
            </a>
          )}
          {arxiv && (
            <a href={`https://arxiv.org/abs/${arxiv}`} target="_blank" rel="noreferrer">
              arXiv:{arxiv} ↗
            </a>
          )}
        </p>
      )}
      {isPaper && <StatusButtons status={props.statuses[node.id]} onChange={(s) => props.onStatus(node.id, s)} language={props.language} title={node.title} />}
      <div className="details-actions">
        {a && a.onCanvas && !a.expanded && (
          <button type="button" className="button" onClick={() => a.expand(node.id)}>
            {t("Expand")}
          </button>
        )}
        {a && a.expanded && (
          <button type="button" className="button" onClick={() => a.collapse(node.id)}>
            {t("Collapse")}
          </button>
        )}
        {a && a.expanded && a.report && (
          <p className="expand-report" role="status" data-testid="expand-report">
            {t("{added} new, {relations} relations shown", { added: a.report.added, relations: a.report.relations })}
          </p>
        )}
        {a && a.expanded && a.omitted > 0 && (
          <button type="button" className="button" onClick={() => a.showMore(node.id)}>
            {t("Show {n} more", { n: a.omitted })}
          </button>
        )}
        {a && a.onCanvas && (
          <button type="button" className="button" onClick={() => a.hide(node.id)}>
            {t("Hide")}
          </button>
        )}
        <button type="button" className="button primary" onClick={() => props.onReadFirst(node.id)}>
          {t("Read first")} →
        </button>
      </div>
      <PaperLists sections={data.sections} language={props.language} />
      <NodeList title={t("Builds on")} items={data.buildsOn.map((b) => ({ node: b.node, note: linkNote(b, props.language) }))} onPick={props.onPick} color={props.color} language={props.language} testId="builds-on" />
      <NodeList title={t("Built upon by")} items={data.builtUponBy.map((b) => ({ node: b.node, note: linkNote(b, props.language) }))} onPick={props.onPick} color={props.color} language={props.language} testId="built-upon-by" />
      <NodeList title={t("Surveyed by")} items={data.surveyedBy.map((n) => ({ node: n }))} onPick={props.onPick} color={props.color} language={props.language} />
      <NodeList title={t("Surveys")} items={data.surveys.map((n) => ({ node: n }))} onPick={props.onPick} color={props.color} language={props.language} />
      <NodeList title={t("Same topic")} items={data.sameTopic.map((s) => ({ node: s.node, note: s.topic && topicName(s.topic, allSections, props.language) }))} onPick={props.onPick} color={props.color} language={props.language} />
      <NodeList title={t("Sections")} items={(data.subsections ?? []).map((n) => ({ node: n }))} onPick={props.onPick} color={props.color} language={props.language} />
      <NodeList title={t("Listed in this section")} items={(data.items ?? []).map((i) => ({ node: i.node, note: i.group }))} onPick={props.onPick} color={props.color} language={props.language} />
      {data.questions && data.questions.length > 0 && (
        <section className="node-list">
          <h3>?</h3>
          <ul className="questions">
            {data.questions.map((q, i) => (
              <li key={q.id ?? i}>{props.language === "ru" && q.textRu ? q.textRu : q.text}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
