"use client";
/** A successful run: summary, truncation notice, and the result as graph, table or JSON. */
import { useId, useMemo, type KeyboardEvent } from "react";
import { toCsv } from "@/app/lib/write-csv";
import { flattenResult } from "./flatten-result";
import type { CypherResult } from "./cypher-api";
import styles from "./cypher-console.module.css";
import { downloadFile, resultFileName } from "@/app/lib/download-file";
import type { Messages } from "./i18n";
import { nonZeroCounters, notificationTexts, timing } from "./result-summary";
import { toTable } from "./result-table";

export type ResultViewName = "graph" | "table" | "json";
const VIEWS: readonly ResultViewName[] = ["graph", "table", "json"];

type Props = {
  result: CypherResult;
  view: ResultViewName;
  onViewChange: (view: ResultViewName) => void;
  append: boolean;
  /** whether the relationships between the result's nodes are drawn too */
  connect: boolean;
  onShowGraph: () => void;
  t: Messages;
};

function csvOf(result: CypherResult): string {
  const flat = flattenResult(result.columns, result.rows);
  return toCsv(flat.header, flat.rows);
}

export function ResultView({ result, view, onViewChange, append, connect, onShowGraph, t }: Props) {
  const baseId = useId();
  const table = useMemo(() => toTable(result.columns, result.rows), [result]);
  const json = useMemo(() => JSON.stringify(result, null, 2), [result]);
  const time = timing(result.summary);
  const counters = nonZeroCounters(result.summary.counters);
  const notes = notificationTexts(result.summary.notifications);
  const viewLabel: Record<ResultViewName, string> = { graph: t.viewGraph, table: t.viewTable, json: t.viewJson };

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length] ?? "table";
    onViewChange(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  return (
    <div className={styles.results} data-testid="cypher-results">
      <p className={styles.summary} data-testid="cypher-summary">
        <span>{t.rows(result.rows.length)}</span>
        {time && <span>{t.timing(time.available, time.consumed)}</span>}
        {counters.map(([name, value]) => (
          <span key={name}>
            {name}: {value}
          </span>
        ))}
      </p>
      {result.truncated && (
        <p className={styles.notice} role="status" data-testid="cypher-truncated">
          {t.truncated(result.rowCap)}
        </p>
      )}
      {notes.length > 0 && (
        <ul className={styles.notifications} aria-label={t.notifications}>
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <div className={styles.tabs} role="tablist" aria-label={t.viewsLabel} onKeyDown={onTabKeyDown}>
        {VIEWS.map((name) => (
          <button
            key={name}
            id={`${baseId}-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={view === name}
            aria-controls={`${baseId}-panel-${name}`}
            tabIndex={view === name ? 0 : -1}
            className={styles.tab}
            onClick={() => onViewChange(name)}
          >
            {viewLabel[name]}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel-${view}`} role="tabpanel" aria-labelledby={`${baseId}-tab-${view}`} className={styles.panel} tabIndex={0}>
        {view === "graph" && (
          <div className={styles.graphPanel} data-testid="cypher-graph">
            {result.graph.nodes.length > 0 ? (
              <>
                <p>{t.graphCounts(result.graph.nodes.length, result.graph.edges.length + (connect ? result.graph.connections.length : 0))}</p>
                {connect && result.graph.connectionsTruncated && <p className={styles.muted}>{t.connectionsCut}</p>}
                <button type="button" className={styles.button} onClick={onShowGraph}>
                  {append ? t.addToCanvas : t.showOnCanvas}
                </button>
              </>
            ) : (
              <p className={styles.muted}>{t.graphEmpty}</p>
            )}
          </div>
        )}
        {view === "table" && (
          <>
            <div className={styles.panelActions}>
              <button type="button" className={styles.button} aria-label={t.exportCsvLabel} onClick={() => downloadFile(resultFileName("csv"), csvOf(result), "text/csv;charset=utf-8")}>
                {t.exportCsv}
              </button>
            </div>
            {table.rows.length === 0 && <p className={styles.muted}>{t.noRows}</p>}
            <div className={styles.tableScroll}>
              <table className={styles.table} data-testid="cypher-table" aria-label={t.tableLabel}>
                <thead>
                  <tr>
                    {table.columns.map((column, i) => (
                      <th key={i} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c} className={styles[`cell-${cell.kind}`]} title={cell.title}>
                          {cell.text}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {view === "json" && (
          <>
            <div className={styles.panelActions}>
              <button type="button" className={styles.button} aria-label={t.exportJsonLabel} onClick={() => downloadFile(resultFileName("json"), json, "application/json")}>
                {t.exportJson}
              </button>
            </div>
            <pre className={styles.json} data-testid="cypher-json">
              {json}
            </pre>
          </>
        )}
      </div>
    </div>
  );
}
