"use client";
/** Layout switcher, zoom, list view and exports above the canvas. */
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { nextFocusIndex } from "@/app/lib/roving-focus";
import { translate, type Language } from "@/app/lib/i18n";
import { LAYOUTS, type LayoutName } from "@/app/lib/url-state";

const LAYOUT_LABELS: Record<LayoutName, string> = { fcose: "Force-directed", dagre: "Hierarchical", timeline: "Timeline", concentric: "Concentric" };

export type ExportKind = "png" | "svg" | "json" | "csv";

export function CanvasToolbar(props: {
  layout: LayoutName;
  onLayout: (l: LayoutName) => void;
  language: Language;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onExport: (kind: ExportKind) => void;
  listView: boolean;
  onListView: (on: boolean) => void;
}) {
  const t = (key: string) => translate(props.language, key);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  // WAI-ARIA menu button: opening focuses the first item; arrows move; Escape and Tab close.
  const openMenu = (focusLast = false) => {
    setOpen(true);
    requestAnimationFrame(() => (focusLast ? items().at(-1) : items()[0])?.focus());
  };
  const closeMenu = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") closeMenu(true);
    else if (e.key === "Tab") closeMenu(false);
    else {
      const list = items();
      const next = nextFocusIndex(e.key, list.indexOf(document.activeElement as HTMLButtonElement), list.length);
      if (next === null) return;
      list[next]?.focus();
    }
    if (e.key !== "Tab") e.preventDefault();
  };
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);
  return (
    <div className="toolbar" role="toolbar" aria-label={t("Layout")}>
      <div role="radiogroup" aria-label={t("Layout")} className="segmented">
        {LAYOUTS.map((l) => (
          <button key={l} type="button" role="radio" aria-checked={props.layout === l} className="segment" onClick={() => props.onLayout(l)}>
            {t(LAYOUT_LABELS[l])}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button type="button" className="button icon-button" aria-label={t("Zoom out")} title={t("Zoom out")} onClick={() => props.onZoom(1 / 1.25)}>
          −
        </button>
        <button type="button" className="button icon-button" aria-label={t("Zoom in")} title={t("Zoom in")} onClick={() => props.onZoom(1.25)}>
          +
        </button>
        <button type="button" className="button icon-button" aria-label={t("Fit")} title={t("Fit")} onClick={props.onFit}>
          <span aria-hidden="true">⤢</span>
        </button>
        <button
          type="button"
          className="button icon-button"
          aria-pressed={props.listView}
          aria-label={t("Show list")}
          title={t("Show list")}
          data-testid="list-toggle"
          onClick={() => props.onListView(!props.listView)}
        >
          <span aria-hidden="true">☰</span>
        </button>
        <div className="menu" ref={menu}>
          <button
            ref={button}
            type="button"
            className="button"
            aria-haspopup="menu"
            aria-expanded={open}
            aria-controls="export-menu"
            onClick={() => (open ? closeMenu(false) : openMenu())}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                e.preventDefault();
                openMenu(e.key === "ArrowUp");
              }
            }}
            data-testid="export-button"
          >
            {t("Export")} ▾
          </button>
          {open && (
            <div role="menu" id="export-menu" aria-label={t("Export")} className="menu-list" onKeyDown={onMenuKey}>
              {(
                [
                  ["png", "PNG image"],
                  ["svg", "SVG image"],
                  ["json", "JSON data"],
                  ["csv", "CSV table"],
                ] as const
              ).map(([kind, label]) => (
                <button
                  key={kind}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => {
                    closeMenu(true);
                    props.onExport(kind);
                  }}
                >
                  {t(label)}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
