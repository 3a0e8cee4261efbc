"use client";
/** The details panel before anything is selected: what the graph holds and where to start. */
import { useQuery } from "@tanstack/react-query";
import type { GraphNode } from "@/contract/schemas";
import { translate, type Language } from "@/app/lib/i18n";
import { statsQuery } from "@/app/queries";
import { useViewStateReady } from "./hooks/use-view-state";
import { NodeList } from "./node-list";

export function StartHere(props: { roadmap: string | null; language: Language; onPick: (node: GraphNode) => void; color: (node: GraphNode) => string }) {
  const t = (key: string) => translate(props.language, key);
  const ready = useViewStateReady();
  const { data } = useQuery({ ...statsQuery(props.roadmap ?? undefined), enabled: ready });
  // One list: its own figures; all lists: the graph's (papers shared between lists count once).
  const roadmap =
    props.roadmap !== null || data?.roadmaps.length === 1
      ? data?.roadmaps[0]
      : data && { papers: data.labels.Paper ?? 0, sections: data.labels.Section ?? 0, resources: data.labels.Resource ?? 0 };
  return (
    <div className="start-here" data-testid="start-here">
      <p className="start-lead">{t("Select a node to see its details.")}</p>
      <p className="hint">
        <kbd>/</kbd> {t("Search")} · <kbd>Enter</kbd> {t("Expand")} · <kbd>Esc</kbd> {t("Clear")} · {t("double-click a node to expand it")}
      </p>
      {roadmap && (
        <dl className="stat-grid">
          <div>
            <dt>{t("papers")}</dt>
            <dd>{roadmap.papers}</dd>
          </div>
          <div>
            <dt>{t("Sections")}</dt>
            <dd>{roadmap.sections}</dd>
          </div>
          <div>
            <dt>{t("resources")}</dt>
            <dd>{roadmap.resources}</dd>
          </div>
        </dl>
      )}
      {data && data.mostBuiltUpon.length > 0 && (
        <NodeList
          title={t("Start here: most built upon")}
          items={data.mostBuiltUpon.slice(0, 6).map((m) => ({ node: m.node, note: `${m.count} ${t("build on it")}` }))}
          onPick={props.onPick}
          color={props.color}
          testId="most-built-upon"
        />
      )}
    </div>
  );
}
