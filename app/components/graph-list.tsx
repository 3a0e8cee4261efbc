"use client";
/**
 * The canvas's content as a table: for screen readers always (visually hidden), and for
 * everyone when "Show list" is on. Rows select nodes like clicks on the canvas do.
 */
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { translate, type Language } from "@/app/lib/i18n";
import type { StatusMap } from "@/app/lib/reading-progress";
import { nextFocusIndex } from "@/app/lib/roving-focus";
import { tagOf } from "@/app/lib/to-elements";
import type { KeyboardEvent } from "react";

const MAX_ROWS = 400;

export function GraphList(props: {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  selected: string | null;
  onSelect: (id: string) => void;
  statuses: StatusMap;
  language: Language;
  visible: boolean;
}) {
  const t = (key: string) => translate(props.language, key);
  const rows = props.nodes.slice(0, MAX_ROWS);
  // One Tab stop for the whole list (the selected row, else the first); arrows move inside it.
  const current = Math.max(0, rows.findIndex((n) => n.id === props.selected));
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button.node-link")];
    const next = nextFocusIndex(e.key, buttons.indexOf(document.activeElement as HTMLButtonElement), buttons.length);
    if (next === null) return;
    e.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  };
  return (
    <section className={props.visible ? "graph-list" : "sr-only"} aria-label={t("What the canvas shows")} data-testid="graph-list">
      <h2 className="sr-only">{t("What the canvas shows")}</h2>
      <p className="sr-only" aria-live="polite">
        {props.nodes.length} {t("nodes")}, {props.edges.length} {t("edges")}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("papers")}</th>
            <th scope="col">{t("Kinds")}</th>
            <th scope="col">{t("Years")}</th>
            <th scope="col">{t("Reading")}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((n, i) => (
            <tr key={n.id} aria-selected={props.selected === n.id}>
              <td>
                <button type="button" className="node-link" tabIndex={i === current ? 0 : -1} onClick={() => props.onSelect(n.id)}>
                  {tagOf(n) ? `${tagOf(n)} · ${n.title}` : n.title}
                </button>
              </td>
              <td>{t(n.kind)}</td>
              <td>{n.year ?? ""}</td>
              <td>{props.statuses[n.id] ? t(props.statuses[n.id]![0]!.toUpperCase() + props.statuses[n.id]!.slice(1)) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.nodes.length > MAX_ROWS && <p className="hint">+{props.nodes.length - MAX_ROWS}</p>}
    </section>
  );
}
