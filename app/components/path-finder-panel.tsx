"use client";
/**
 * Path finder: two ends, options, and each step of the shortest path(s) with its relation.
 * When the options leave no path, it asks (one request each) whether swapping the ends or
 * turning an option off would give one, and says which.
 */
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import type { GraphNode } from "@/contract/schemas";
import type { PathResponse } from "@/app/lib/api-types";
import { translate, type Language } from "@/app/lib/i18n";
import type { ViewState } from "@/app/lib/url-state";
import { pathQuery } from "@/app/queries";
import { SearchBox } from "./search-box";
import { tagOf } from "@/app/lib/to-elements";
import { EdgeSetToggle, EvidenceNote, SuggestedBadge } from "./citation-marks";

function End(props: { label: string; node: GraphNode | undefined; id: string | null; language: Language; onPick: (id: string | null) => void; testId: string }) {
  return (
    <div className="path-end">
      <span className="field-label">{props.label}</span>
      {props.id ? (
        <span className="chip" data-testid={`${props.testId}-chip`}>
          {props.node ? props.node.label || props.node.title : props.id}
          <button type="button" className="chip-remove" aria-label={`${translate(props.language, "Clear")} ${props.label}`} onClick={() => props.onPick(null)}>
            ×
          </button>
        </span>
      ) : (
        <SearchBox label={props.label} placeholder={props.label} language={props.language} onPick={(n) => props.onPick(n.id)} clearOnPick testId={props.testId} />
      )}
    </div>
  );
}

export function PathFinderPanel(props: {
  language: Language;
  state: ViewState;
  result: UseQueryResult<PathResponse>;
  nodeById: (id: string | null) => GraphNode | undefined;
  onChange: (patch: Partial<ViewState>) => void;
  onSelect: (id: string) => void;
}) {
  const t = (key: string) => translate(props.language, key);
  const { state, result } = props;
  const name = (id: string) => {
    const n = props.nodeById(id);
    return n ? n.label || n.title : id;
  };
  return (
    <div className="mode-panel-body" data-testid="path-finder">
      <End label={t("From")} id={state.from} node={props.nodeById(state.from)} language={props.language} onPick={(id) => props.onChange({ from: id })} testId="path-from" />
      <End label={t("To")} id={state.to} node={props.nodeById(state.to)} language={props.language} onPick={(id) => props.onChange({ to: id })} testId="path-to" />
      <div className="button-row">
        <button type="button" className="button" disabled={!state.from && !state.to} onClick={() => props.onChange({ from: state.to, to: state.from })}>
          ⇅ {t("Swap")}
        </button>
      </div>
      <fieldset className="options">
        <label className="check">
          <input type="checkbox" checked={state.buildsOnOnly} onChange={(e) => props.onChange({ buildsOnOnly: e.target.checked })} />
          {t("Builds-on only")}
        </label>
        <label className="check">
          <input type="checkbox" checked={state.forwardOnly} onChange={(e) => props.onChange({ forwardOnly: e.target.checked })} />
          {t("Forward in time only")}
        </label>
        <label className="check">
          <input type="checkbox" checked={state.allPaths} onChange={(e) => props.onChange({ allPaths: e.target.checked })} />
          {t("All shortest paths")}
        </label>
      </fieldset>
      <EdgeSetToggle language={props.language} curatedOnly={state.curatedOnly} onChange={(on) => props.onChange({ curatedOnly: on })} />
      {(!state.from || !state.to) && <p className="empty-state">{t("Pick two nodes to see how they connect.")}</p>}
      {state.from && state.to && result.isPending && <div className="skeleton-list" aria-busy="true" aria-label={t("Loading")}><div className="skeleton wide" /><div className="skeleton" /></div>}
      {result.isError && (
        <p className="empty-state" role="alert">
          {t("Could not load")}: {result.error.message}
        </p>
      )}
      {result.data && result.data.paths.length === 0 && <NoPath state={state} language={props.language} onChange={props.onChange} />}
      {result.data?.paths.map((path, i) => (
        <section key={i} className="path-result" data-testid="path-result" aria-label={`${t("path")} ${i + 1}`}>
          {result.data.paths.length > 1 && <h3>{`${t("path")} ${i + 1}`}</h3>}
          <ol className="path-steps">
            {path.nodes.map((n, j) => {
              const step = path.steps[j];
              return (
                <li key={`${n.id}-${j}`}>
                  <button type="button" className="node-link" onClick={() => props.onSelect(n.id)}>
                    <span>
                      {tagOf(n) ? <strong>{tagOf(n)} · </strong> : null}
                      {n.title}
                      {n.year ? <span className="node-link-meta"> · {n.year}</span> : null}
                    </span>
                  </button>
                  <SuggestedBadge language={props.language} node={n} />
                  {step && (
                    <div className="path-relation" data-testid="path-relation" title={step.direction === "backward" ? `${name(step.to)} ${step.type} ${name(step.from)}` : `${name(step.from)} ${step.type} ${name(step.to)}`}>
                      <span aria-hidden="true">{step.direction === "backward" ? "↑" : "↓"}</span> <code>{step.type}</code>
                      {step.reason ? ` — ${step.reason}` : ""}
                      <EvidenceNote language={props.language} source={step.source} evidence={step.evidence} confidence={step.confidence} />
                      <span className="sr-only">
                        {" "}
                        {name(step.from)} → {name(step.to)}
                      </span>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

type Relaxation = { label: string; patch: Partial<ViewState> };

/** What could be changed to find a path, most specific first. */
function relaxations(state: ViewState): Relaxation[] {
  const out: Relaxation[] = [];
  // Forward in time runs from the older paper to the newer: the other direction may have one.
  if (state.forwardOnly) out.push({ label: "Swap From and To", patch: { from: state.to, to: state.from } });
  if (state.forwardOnly) out.push({ label: "Turn off “Forward in time only”", patch: { forwardOnly: false } });
  if (state.buildsOnOnly) out.push({ label: "Turn off “Builds-on only”", patch: { buildsOnOnly: false } });
  if (state.curatedOnly) out.push({ label: "Turn on citation edges", patch: { curatedOnly: false } });
  if (state.forwardOnly && state.buildsOnOnly) out.push({ label: "Turn off both options", patch: { forwardOnly: false, buildsOnOnly: false } });
  return out;
}

function NoPath(props: { state: ViewState; language: Language; onChange: (patch: Partial<ViewState>) => void }) {
  const t = (key: string, vars?: Record<string, string | number>) => translate(props.language, key, vars);
  const options = relaxations(props.state);
  const tries = useQueries({
    queries: options.map(({ patch }) => {
      const next = { ...props.state, ...patch };
      return pathQuery({ from: next.from, to: next.to, all: false, buildsOnOnly: next.buildsOnOnly, forward: next.forwardOnly, curatedOnly: next.curatedOnly });
    }),
  });
  const found = options.findIndex((_, i) => (tries[i]?.data?.paths.length ?? 0) > 0);
  const pending = tries.some((q) => q.isPending);
  const fix = options[found];
  const steps = (tries[found]?.data?.paths[0]?.nodes.length ?? 1) - 1;
  return (
    <div className="empty-state" role="status" data-testid="no-path">
      <p>{t("No path between these two.")}</p>
      {fix ? (
        <p data-testid="no-path-hint">
          {t("With these options there is none; there is a path of {count} steps if you:", { count: steps })}{" "}
          <button type="button" className="link-button" onClick={() => props.onChange(fix.patch)}>
            {t(fix.label)}
          </button>
        </p>
      ) : (
        options.length > 0 && !pending && <p data-testid="no-path-hint">{t("Not even with the options off: these two are not connected.")}</p>
      )}
    </div>
  );
}
