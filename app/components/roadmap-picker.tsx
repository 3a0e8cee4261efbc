"use client";
/**
 * The list picker: every loaded list with its paper count, reading progress and load date, plus
 * "all lists" (where the pairs of lists that share papers are counted). The choice lives in the
 * URL (roadmap=); lists can be loaded and removed here when the server allows it.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { translate, type Language } from "@/app/lib/i18n";
import { loadedDate, namedPairs, withProgress } from "@/app/lib/roadmap-lists";
import { removeRoadmapList, roadmapProgressQuery, roadmapsQuery } from "@/app/queries";
import { LoadList, refreshAfterListChange } from "./load-list";

export type RoadmapPickerProps = {
  chosen: string | null;
  readPapers: readonly string[];
  language: Language;
  onChoose: (id: string | null) => void;
};

export function RoadmapPicker(props: RoadmapPickerProps) {
  const t = (key: string, vars?: Record<string, string | number>) => translate(props.language, key, vars);
  const client = useQueryClient();
  const lists = useQuery(roadmapsQuery());
  const progress = useQuery(roadmapProgressQuery(props.readPapers));
  const rows = useMemo(() => withProgress(lists.data?.roadmaps ?? [], props.readPapers.length > 0 ? progress.data?.progress : []), [lists.data, progress.data, props.readPapers.length]);
  const pairs = useMemo(() => (lists.data ? namedPairs(lists.data) : []), [lists.data]);
  const remove = useMutation({
    mutationFn: removeRoadmapList,
    onSuccess: async (removed) => {
      if (props.chosen === removed.id) props.onChoose(null);
      await refreshAfterListChange(client);
    },
  });

  return (
    <nav className="list-picker" aria-label={t("Lists")} data-testid="list-picker">
      <div className="panel-heading">
        <h2>{t("Lists")}</h2>
      </div>
      {lists.isError && <p className="empty" role="status">{t("Could not load")}: {lists.error.message}</p>}
      <ul className="list-options">
        <li>
          <button type="button" className="list-option" aria-current={props.chosen === null ? "true" : undefined} data-list="" onClick={() => props.onChoose(null)}>
            <span className="list-title">{t("All lists")}</span>
            <span className="list-meta">{t("{n} lists", { n: rows.length })}</span>
          </button>
        </li>
        {rows.map((row) => {
          const date = loadedDate(row.loadedAt, props.language);
          return (
            <li key={row.id} className="list-item">
              <button type="button" className="list-option" aria-current={props.chosen === row.id ? "true" : undefined} data-list={row.id} onClick={() => props.onChoose(row.id)}>
                <span className="list-title" title={row.title}>{row.title}</span>
                <span className="list-meta">
                  {row.papers} {t("papers")}
                  {row.read > 0 ? ` · ${t("{p}% read", { p: row.percent })}` : ""}
                  {date ? ` · ${t("loaded {date}", { date })}` : ""}
                </span>
                {row.read > 0 && (
                  <span className="progress" aria-hidden="true">
                    <span className="progress-bar" style={{ width: `${row.percent}%` }} />
                  </span>
                )}
              </button>
              {lists.data?.pageIngest && (
                <button
                  type="button"
                  className="icon-button list-remove"
                  aria-label={t("Remove list {title}", { title: row.title })}
                  title={t("Remove list {title}", { title: row.title })}
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("Remove the list “{title}”? Papers other lists hold stay.", { title: row.title }))) remove.mutate(row.id);
                  }}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {remove.isError && <p className="form-error" role="alert">{remove.error.message}</p>}
      {props.chosen === null && pairs.length > 0 && (
        <section className="shared-pairs" data-testid="shared-pairs" aria-label={t("Papers the lists share")}>
          <h3>{t("Papers the lists share")}</h3>
          <ul>
            {pairs.map((pair) => (
              <li key={`${pair.a}|${pair.b}`} data-pair={`${pair.a}|${pair.b}`}>
                <span className="pair-names">{pair.aTitle} ↔ {pair.bTitle}</span>
                <span className="tree-count">{pair.papers}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lists.data && <LoadList language={props.language} enabled={lists.data.pageIngest} onLoaded={(id) => props.onChoose(id)} />}
    </nav>
  );
}
