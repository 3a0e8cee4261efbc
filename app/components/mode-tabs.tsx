"use client";
/** The four modes as an ARIA tablist: arrows move between tabs, the panel follows. */
import { useRef, type KeyboardEvent } from "react";
import { translate, type Language } from "@/app/lib/i18n";
import { MODES, type Mode } from "@/app/lib/url-state";

const LABELS: Record<Mode, string> = { explore: "Explore", path: "Reading path", finder: "Path finder", cypher: "Cypher" };

export function ModeTabs({ mode, onChange, language }: { mode: Mode; onChange: (mode: Mode) => void; language: Language }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = MODES.indexOf(mode);
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    const next = MODES[(index + delta + MODES.length) % MODES.length]!;
    onChange(next);
    refs.current[MODES.indexOf(next)]?.focus();
    event.preventDefault();
  };
  return (
    <div role="tablist" aria-label={translate(language, "Mode")} className="tabs" onKeyDown={onKeyDown}>
      {MODES.map((m, i) => (
        <button
          key={m}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`tab-${m}`}
          aria-selected={m === mode}
          aria-controls="mode-panel"
          tabIndex={m === mode ? 0 : -1}
          className="tab"
          onClick={() => onChange(m)}
        >
          {translate(language, LABELS[m])}
        </button>
      ))}
    </div>
  );
}
