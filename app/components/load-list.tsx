"use client";
/**
 * Loading a list from the page: pick a file or drop it anywhere on the page. The server runs
 * the CLI's ingest on it; the answer (what the list holds, the readers' warnings) is shown
 * here, and the new list opens. A refused or invalid file shows why, and nothing was written.
 */
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { LoadRoadmapResponse } from "@/app/lib/api-types";
import { translate, type Language } from "@/app/lib/i18n";
import { loadRoadmapFile, RequestError } from "@/app/queries";

const ACCEPT = ".md,.markdown,.txt,.yaml,.yml,.json,.ndjson,.bib,.ris";

/** Everything that depends on which lists exist is asked for again. */
export async function refreshAfterListChange(client: QueryClient): Promise<void> {
  await Promise.all(["roadmaps", "roadmap-progress", "sections", "overview", "stats", "search", "node", "frontier"].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

/** The file:line problems of a refused file, from the API's 400 body. */
function problemsOf(error: Error): string[] {
  if (!(error instanceof RequestError)) return [];
  const issues = (error.body as { error?: { issues?: { path?: (string | number)[]; message?: string }[] } } | undefined)?.error?.issues ?? [];
  return issues.map((issue) => `${(issue.path ?? []).join(":")}${issue.path?.length ? ": " : ""}${issue.message ?? ""}`);
}

/** `enabled`: the server said it loads lists (ALLOW_PAGE_INGEST); a file dropped while it does not is still sent, and the refusal shown. */
export function LoadList(props: { language: Language; enabled: boolean; onLoaded: (id: string) => void }) {
  const t = (key: string, vars?: Record<string, string | number>) => translate(props.language, key, vars);
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const load = useMutation({
    mutationFn: loadRoadmapFile,
    onSuccess: async (loaded: LoadRoadmapResponse) => {
      await refreshAfterListChange(client);
      props.onLoaded(loaded.roadmap.id);
    },
  });
  const { mutate } = load;

  // The whole page takes a dropped file; the overlay says so while one is dragged over it.
  useEffect(() => {
    const hasFile = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
    const over = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) {
        setFileName(file.name);
        mutate(file);
      }
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [mutate]);

  const result = load.data;
  return (
    <section className="load-list" data-testid="load-list" aria-label={t("Load a list")}>
      <input
        ref={input}
        disabled={!props.enabled}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        data-testid="load-list-input"
        aria-label={t("Load a list")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) {
            setFileName(file.name);
            load.mutate(file);
          }
        }}
      />
      {props.enabled ? (
        <>
          <button type="button" className="button" disabled={load.isPending} onClick={() => input.current?.click()}>
            {load.isPending ? t("Loading {name}…", { name: fileName ?? "" }) : t("Load a list…")}
          </button>
          <p className="hint">{t("or drop a Markdown, text, YAML/JSON, NDJSON, BibTeX, RIS or CSL-JSON file on the page")}</p>
        </>
      ) : (
        <p className="hint">{t("Loading lists from the page is off on this server (ALLOW_PAGE_INGEST).")}</p>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t("Drop the file to load it as a list")}
        </div>
      )}
      <div role="status" aria-live="polite">
        {result && (
          <div className="load-result" data-testid="load-result">
            <p>
              {t("Loaded “{title}”: {papers} papers, {resources} resources, {sections} sections.", {
                title: result.roadmap.title,
                papers: result.counts.papers,
                resources: result.counts.resources,
                sections: result.counts.sections,
              })}
            </p>
            {result.warnings.length > 0 && (
              <details open data-testid="load-warnings">
                <summary>{t("{n} warnings", { n: result.warnings.length })}</summary>
                <ul>
                  {result.warnings.map((w, i) => (
                    <li key={i}>
                      {fileName}
                      {w.line !== undefined ? `:${w.line}` : ""}: {w.message}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </div>
      {load.isError && (
        <div className="form-error" role="alert" data-testid="load-error">
          <p>{load.error.message}</p>
          <ul>
            {problemsOf(load.error).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
