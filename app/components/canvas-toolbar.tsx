"use client";
/** Layout switcher, zoom, list view and exports above the canvas. */
import { useEffect, useRef, useState } from "react";
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
          <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-button">
            {t("Export")} ▾
          </button>
          {open && (
            <div role="menu" className="menu-list" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
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
                  className="menu-item"
                  onClick={() => {
                    setOpen(false);
                    props.onExport(kind);
                  }}
                >
                  {label}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
