"use client";
/** The roadmap's sections in roadmap order, with paper counts and reading progress. */
import type { SectionTreeNode } from "@/app/lib/api-types";
import { areaColor } from "@/app/lib/graph-style";
import { sectionName, translate, type Language } from "@/app/lib/i18n";
import { percent, type Progress } from "@/app/lib/reading-progress";

export type SectionTreeProps = {
  sections: readonly SectionTreeNode[];
  areas: readonly string[];
  progress: ReadonlyMap<string, Progress>;
  active: string | null;
  language: Language;
  onPick: (id: string | null) => void;
  state: "loading" | "error" | "ready";
  errorMessage?: string;
  /** the all-lists view: each list's sections under its title (else `sections` alone, flat) */
  lists?: readonly { id: string; title: string; sections: readonly SectionTreeNode[] }[];
};

function Row({ section, props, area, depth }: { section: SectionTreeNode; props: SectionTreeProps; area: string; depth: number }) {
  const p = props.progress.get(section.id);
  const pct = percent(p);
  const name = sectionName(section, props.language);
  const active = props.active === section.id;
  return (
    <li className={`tree-item depth-${Math.min(depth, 2)}`}>
      <button
        type="button"
        className="tree-row"
        aria-current={active ? "true" : undefined}
        aria-label={`${name}: ${section.paperCount} ${translate(props.language, "papers")}${p && p.total ? `, ${pct}%` : ""}`}
        onClick={() => props.onPick(active ? null : section.id)}
      >
        {depth === 0 && <span className="swatch" style={{ background: areaColor(area, props.areas) }} aria-hidden="true" />}
        <span className="tree-name" title={name}>
          {name}
        </span>
        <span className="tree-count" aria-hidden="true">
          {p && p.done > 0 ? `${p.done}/` : ""}
          {section.paperCount}
        </span>
      </button>
      {p && p.done + p.reading > 0 && (
        <span className="progress" aria-hidden="true">
          <span className="progress-bar" style={{ width: `${pct}%` }} />
        </span>
      )}
      {section.children.length > 0 && (
        <ul className="tree-children">
          {section.children.map((child) => (
            <Row key={child.id} section={child} props={props} area={area} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function SectionTree(props: SectionTreeProps) {
  const t = (key: string) => translate(props.language, key);
  return (
    <nav className="tree" aria-label={t("Sections")} data-testid="section-tree">
      <div className="panel-heading">
        <h2>{t("Sections")}</h2>
        {props.active && (
          <button type="button" className="link-button" onClick={() => props.onPick(null)}>
            {t("All sections")}
          </button>
        )}
      </div>
      {props.state === "loading" && (
        <ul className="skeleton-list" aria-busy="true" aria-label={t("Loading")}>
          {Array.from({ length: 8 }, (_, i) => (
            <li key={i} className="skeleton" />
          ))}
        </ul>
      )}
      {props.state === "error" && (
        <p className="empty" role="status">
          {t("Could not load")}: {props.errorMessage}
        </p>
      )}
      {props.state === "ready" && !props.lists && (
        <ul className="tree-root">
          {props.sections.map((s) => (
            <Row key={s.id} section={s} props={props} area={s.id} depth={0} />
          ))}
        </ul>
      )}
      {props.state === "ready" && props.lists && (
        <ul className="tree-lists">
          {props.lists.map((list) => (
            <li key={list.id} className="tree-list" data-list={list.id}>
              <h3 className="tree-list-name" title={list.title}>
                {list.title}
              </h3>
              <ul className="tree-root" aria-label={list.title}>
                {list.sections.map((s) => (
                  <Row key={s.id} section={s} props={props} area={s.id} depth={0} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
