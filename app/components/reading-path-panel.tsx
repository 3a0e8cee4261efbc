"use client";
/**
 * Reading path: pick a target, read the ordered list of what comes first, export it. "What to
 * read next" is the path's own frontier (from the API's reading order) when there is a target;
 * the whole graph's frontier is a separate, labelled list.
 */
import type { UseQueryResult } from "@tanstack/react-query";
import type { GraphNode } from "@/contract/schemas";
import type { ReadingPathResponse } from "@/app/lib/api-types";
import { translate, type Language } from "@/app/lib/i18n";
import type { ReadingStatus, StatusMap } from "@/app/lib/reading-progress";
import { SearchBox } from "./search-box";
import { StatusButtons } from "./status-buttons";
import { ReadingPathExports } from "./reading-path-exports";
import { tagOf } from "@/app/lib/to-elements";
import { EdgeSetToggle, EvidenceNote, SuggestedBadge } from "./citation-marks";

export function ReadingPathPanel(props: {
  language: Language;
  path: UseQueryResult<ReadingPathResponse>;
  frontier: GraphNode[] | undefined;
  statuses: StatusMap;
  onStatus: (id: string, s: ReadingStatus | null) => void;
  onTarget: (id: string) => void;
  onSelect: (id: string) => void;
  selected: string | null;
  hideRead: boolean;
  onHideRead: (on: boolean) => void;
  curatedOnly: boolean;
  onCuratedOnly: (on: boolean) => void;
  hasTarget: boolean;
}) {
  const t = (key: string, vars?: Record<string, string | number>) => translate(props.language, key, vars);
  const { data, isPending, isError, error, isFetching } = props.path;
  return (
    <div className="mode-panel-body" data-testid="reading-path">
      <SearchBox label={t("Pick a target paper or section")} placeholder={t("Pick a target paper or section")} language={props.language} onPick={(n) => props.onTarget(n.id)} clearOnPick testId="target-picker" />
      <label className="check">
        <input type="checkbox" checked={props.hideRead} onChange={(e) => props.onHideRead(e.target.checked)} />
        {t("Hide what is read")}
      </label>
      <EdgeSetToggle language={props.language} curatedOnly={props.curatedOnly} onChange={props.onCuratedOnly} />
      {!props.hasTarget && (
        <div className="empty-state">
          <p>{t("Pick a target paper or section")}.</p>
        </div>
      )}
      {props.hasTarget && isPending && <div className="skeleton-list" aria-busy="true" aria-label={t("Loading")}><div className="skeleton wide" /><div className="skeleton" /><div className="skeleton" /></div>}
      {props.hasTarget && isError && (
        <p className="empty-state" role="alert">
          {t("Could not load")}: {error.message}
        </p>
      )}
      {data && (
        <>
          <div className="panel-heading">
            <h2 data-testid="path-target">
              {t("What to read first")}: <span className="accent">{data.target.label || data.target.title}</span>
            </h2>
            {isFetching && <span className="spinner" aria-label={t("Loading")} />}
          </div>
          <ReadingPathExports language={props.language} path={data} statuses={props.statuses} />
          {data.steps.length === 0 && <p className="empty-state">{t("Everything on the path is read.")}</p>}
          <ol className="steps" aria-label={t("What to read first")}>
            {data.steps.map((step) => (
              <li key={step.node.id} className={`step status-${props.statuses[step.node.id] ?? "none"}${props.selected === step.node.id ? " current" : ""}`} data-testid="path-step">
                <span className="step-number" aria-hidden="true">
                  {step.order}
                </span>
                <div className="step-body">
                  <button type="button" className="node-link step-title" onClick={() => props.onSelect(step.node.id)}>
                    <span className="sr-only">{t("Step")} {step.order}: </span>
                    {tagOf(step.node) && <strong>{tagOf(step.node)} · </strong>}
                    {step.node.title}
                  </button>
                  <SuggestedBadge language={props.language} node={step.node} />
                  <span className="step-meta">
                    {[step.node.year, `${t("depth")} ${step.depth}`].filter(Boolean).join(" · ")}
                  </span>
                  {step.reasons.length > 0 && (
                    <ul className="reasons">
                      {/* A reason describes the paper that builds on this one: say which. */}
                      {step.reasons.map((r) => (
                        <li key={`${r.from}-${r.to}`}>
                          <strong>{t("{name} builds on it", { name: r.fromLabel })}</strong>
                          {r.reason ? `: ${r.reason}` : ""}
                          <EvidenceNote language={props.language} source={r.source} evidence={r.evidence} confidence={r.confidence} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                {(step.node.kind === "paper" || step.node.kind === "survey") && (
                  <StatusButtons compact status={props.statuses[step.node.id]} onChange={(s) => props.onStatus(step.node.id, s)} language={props.language} title={step.node.title} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {data && (
        <section className="frontier" data-testid="frontier" aria-labelledby="frontier-title">
          <h2 id="frontier-title">
            {t("What to read next")}: <span className="accent">{data.target.label || data.target.title}</span>
          </h2>
          <FrontierList nodes={data.frontier} language={props.language} onPick={props.onSelect} empty={t("Everything on the path is read.")} />
        </section>
      )}
      <details className="frontier" data-testid="frontier-all" open={!props.hasTarget}>
        <summary>
          <h2>{t("What to read next in the whole graph")}</h2>
        </summary>
        {props.frontier === undefined ? <div className="skeleton" /> : <FrontierList nodes={props.frontier} language={props.language} onPick={props.onTarget} empty="—" />}
      </details>
    </div>
  );
}

const FRONTIER_SHOWN = 8;

function FrontierList(props: { nodes: readonly GraphNode[]; language: Language; onPick: (id: string) => void; empty: string }) {
  if (props.nodes.length === 0) return <p className="hint">{props.empty}</p>;
  const more = props.nodes.length - FRONTIER_SHOWN;
  return (
    <>
      <ul>
        {props.nodes.slice(0, FRONTIER_SHOWN).map((n) => (
          <li key={n.id}>
            <button type="button" className="node-link" onClick={() => props.onPick(n.id)}>
              <span>
                <span>
                  {tagOf(n) ? <strong>{tagOf(n)} · </strong> : null}
                  {n.title}
                </span>
                <SuggestedBadge language={props.language} node={n} />
                {n.year ? <span className="node-link-meta">{n.year}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="hint">{translate(props.language, "and {count} more", { count: more })}</p>}
    </>
  );
}
