"use client";
/** What colour, shape, size, edge style and border mean on the canvas: a compact strip. */
import type { SectionTreeNode } from "@/app/lib/api-types";
import { NEUTRAL, STATUS_COLORS, SUGGESTED_COLOR, areaColor, derivedLook, edgeLook, type Theme } from "@/app/lib/graph-style";
import { relationName, sectionName, translate, type Language } from "@/app/lib/i18n";
import { KindIcon } from "./kind-icon";

function EdgeSample({ type, theme }: { type: string; theme: Theme }) {
  const look = type === "DERIVED" ? derivedLook(theme) : edgeLook(type, theme);
  return (
    <svg width="24" height="8" aria-hidden="true">
      <line x1="1" y1="4" x2={look.arrow ? 17 : 23} y2="4" stroke={look.color} strokeWidth={2} strokeDasharray={look.style === "dashed" ? "5 3" : look.style === "dotted" ? "2 2" : undefined} />
      {look.arrow && <polygon points="17,0.5 23,4 17,7.5" fill={look.color} />}
    </svg>
  );
}

export function Legend(props: { sections: readonly SectionTreeNode[]; areas: readonly string[]; theme: Theme; language: Language; open: boolean }) {
  const t = (key: string) => translate(props.language, key);
  // Keyed by `open` so a change of screen size re-applies the default while the user's own toggles stick.
  return (
    <details key={String(props.open)} className="legend" data-testid="legend" open={props.open}>
      <summary>{t("Legend")}</summary>
      <div className="legend-body">
        <ul aria-label={t("Area")} className="legend-row">
          {props.sections.map((s) => (
            <li key={s.id}>
              <span className="swatch" style={{ background: areaColor(s.id, props.areas) }} aria-hidden="true" />
              {sectionName(s, props.language)}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: NEUTRAL }} aria-hidden="true" />
            {t("Outside the roadmap")}
          </li>
        </ul>
        <ul aria-label={t("Kinds")} className="legend-row">
          {["section", "paper", "survey", "resource"].map((k) => (
            <li key={k}>
              <KindIcon kind={k} size={12} />
              {t(k)}
            </li>
          ))}
          <li className="legend-sep" aria-hidden="true" />
          {["BUILDS_ON", "SAME_TOPIC", "SURVEYS", "IN_SECTION"].map((type) => (
            <li key={type}>
              <EdgeSample type={type} theme={props.theme} />
              {relationName(type, props.language)}
            </li>
          ))}
          <li data-testid="legend-derived">
            <EdgeSample type="DERIVED" theme={props.theme} />
            {t("builds on (derived)")}
          </li>
          <li>
            <EdgeSample type="CITES" theme={props.theme} />
            {t("cites")}
          </li>
          <li>
            <span className="ring" style={{ borderColor: SUGGESTED_COLOR, borderStyle: "dashed" }} aria-hidden="true" />
            {t("suggested")}
          </li>
          <li className="legend-sep" aria-hidden="true" />
          {(["read", "reading", "skipped"] as const).map((s) => (
            <li key={s}>
              <span className="ring" style={{ borderColor: STATUS_COLORS[s], borderStyle: s === "reading" ? "dashed" : "solid" }} aria-hidden="true" />
              {t(s[0]!.toUpperCase() + s.slice(1))}
            </li>
          ))}
          <li className="legend-sep" aria-hidden="true" />
          <li className="legend-note">
            <span className="size-dots" aria-hidden="true">
              <i />
              <i />
            </span>
            {t("Node size: papers building on it")}
          </li>
        </ul>
      </div>
    </details>
  );
}
