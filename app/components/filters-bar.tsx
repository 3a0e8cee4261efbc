"use client";
/** Filters of the Explore canvas: relation types, kinds, year range, section. */
import type { SectionTreeNode } from "@/app/lib/api-types";
import { DEFAULT_TYPES, shownTypes } from "@/app/lib/filters";
import { edgeLook, type Theme } from "@/app/lib/graph-style";
import { relationName, sectionName, translate, type Language } from "@/app/lib/i18n";
import { FILTER_KINDS, FILTER_TYPES, activeFilterCount, type FilterType, type Filters } from "@/app/lib/url-state";

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Back at the default set: no filter (keeps links short and the filter count honest). */
function asTypeFilter(types: FilterType[]): FilterType[] {
  return types.length === DEFAULT_TYPES.length && DEFAULT_TYPES.every((t) => types.includes(t)) ? [] : types;
}

export function FiltersBar(props: {
  filters: Filters;
  onChange: (f: Filters) => void;
  sections: readonly SectionTreeNode[];
  years: { min: number; max: number } | null;
  language: Language;
  theme: Theme;
}) {
  const t = (key: string) => translate(props.language, key);
  const f = props.filters;
  const count = activeFilterCount(f);
  const yearInput = (key: "yearFrom" | "yearTo", label: string) => (
    <label className="year-input">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.years?.min}
        max={props.years?.max}
        placeholder={String((key === "yearFrom" ? props.years?.min : props.years?.max) ?? "")}
        value={f[key] ?? ""}
        onChange={(e) => {
          const v = e.target.value;
          props.onChange({ ...f, [key]: /^\d{4}$/.test(v) ? Number(v) : null });
        }}
      />
    </label>
  );
  return (
    <details className="filters" data-testid="filters">
      <summary>
        {t("Filters")}
        {count > 0 && <span className="badge-count">{count}</span>}
      </summary>
      <div className="filters-body">
        <fieldset>
          <legend>{t("Relations")}</legend>
          {FILTER_TYPES.map((type) => {
            const look = edgeLook(type, props.theme);
            return (
              <label key={type} className="check">
                <input type="checkbox" checked={shownTypes(f).includes(type)} onChange={() => props.onChange({ ...f, types: asTypeFilter(toggle(shownTypes(f), type)) })} />
                <svg width="22" height="8" aria-hidden="true">
                  <line x1="1" y1="4" x2="21" y2="4" stroke={look.color} strokeWidth={2} strokeDasharray={look.style === "dashed" ? "5 3" : look.style === "dotted" ? "2 2" : undefined} />
                </svg>
                {relationName(type, props.language)} <code className="type-code">{type}</code>
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t("Kinds")}</legend>
          {FILTER_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={f.kinds.length === 0 || f.kinds.includes(kind)} onChange={() => props.onChange({ ...f, kinds: toggle(f.kinds.length ? f.kinds : FILTER_KINDS, kind) })} />
              {t(kind)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("Years")}</legend>
          {yearInput("yearFrom", t("From year"))}
          {yearInput("yearTo", t("To year"))}
          {f.yearFrom !== null && f.yearTo !== null && f.yearFrom > f.yearTo && (
            <p className="filter-warning" role="alert" data-testid="year-range-warning">
              {t("The start year is after the end year: no paper can match, only undated nodes (sections) are shown.")}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t("Section")}</legend>
          <select aria-label={t("Section")} value={f.section ?? ""} onChange={(e) => props.onChange({ ...f, section: e.target.value || null })}>
            <option value="">{t("All sections")}</option>
            {props.sections.map((s) => [
              <option key={s.id} value={s.id}>
                {sectionName(s, props.language)}
              </option>,
              ...s.children.map((c) => (
                <option key={c.id} value={c.id}>
                  {"\u00a0\u00a0"}
                  {sectionName(c, props.language)}
                </option>
              )),
            ])}
          </select>
        </fieldset>
        {count > 0 && (
          <button type="button" className="link-button" onClick={() => props.onChange({ types: [], kinds: [], yearFrom: null, yearTo: null, section: null })}>
            {t("Clear filters")}
          </button>
        )}
      </div>
    </details>
  );
}
