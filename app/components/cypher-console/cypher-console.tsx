"use client";
/**
 * The Cypher console: an editor with completion from the graph's schema, examples, a history,
 * and the result as graph (sent to the canvas), table or JSON. The page loads this module with
 * next/dynamic (ssr: false) when the Cypher tab opens, so nothing here is in the first load.
 */
import type { CypherEditorApi } from "@neo4j-cypher/react-codemirror";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { useColorScheme } from "./color-scheme";
import type { ConsoleError } from "./console-error";
import { ConsoleRunError, editorSchemaQuery, graphToDraw, runCypher, type CypherResult } from "./cypher-api";
import styles from "./cypher-console.module.css";
import { ErrorView } from "./error-view";
import { EXAMPLE_QUERIES } from "./examples";
import { dictionaries, type Language } from "./i18n";
import { MenuButton } from "./menu-button";
import { QueryEditor } from "./query-editor";
import { summarizeQuery } from "./query-history";
import { ResultView, type ResultViewName } from "./result-view";
import { useQueryHistory } from "./use-query-history";

export type CypherConsoleProps = {
  query: string;
  onQueryChange: (query: string) => void;
  onShowGraph: (graph: { nodes: GraphNode[]; edges: GraphEdge[] }, options: { append: boolean }) => void;
  language: Language;
  /** the query of the link the page was opened with: run once, as a shared link means "see this result" */
  sharedQuery?: string;
};

/** Once per page load: coming back to the tab later must not run the query again. */
let sharedQueryRan = false;

function toDetail(error: Error): ConsoleError {
  return error instanceof ConsoleRunError ? error.detail : { kind: "internal", status: 0, message: error.message };
}

export function CypherConsole({ query, onQueryChange, onShowGraph, language, sharedQuery }: CypherConsoleProps) {
  const t = dictionaries[language];
  const root = useRef<HTMLElement>(null);
  const theme = useColorScheme(root);
  const [append, setAppend] = useState(false);
  const [connect, setConnect] = useState(true);
  const [view, setView] = useState<ResultViewName>("table");
  const [sent, setSent] = useState(false);
  const editor = useRef<CypherEditorApi | null>(null);
  const { history, remember, clear } = useQueryHistory();
  const schema = useQuery(editorSchemaQuery());

  const showGraph = (result: CypherResult, appendNow: boolean, connectNow = connect) => {
    onShowGraph(graphToDraw(result.graph, connectNow), { append: appendNow });
    setSent(true);
  };

  const run = useMutation({
    mutationFn: (text: string) => runCypher(text),
    onMutate: () => setSent(false),
    onSuccess: (result) => {
      const hasGraph = result.graph.nodes.length > 0;
      // Results with nodes go to the canvas at once; JSON stays chosen if the user picked it.
      setView((current) => (current === "json" ? current : hasGraph ? "graph" : "table"));
      if (hasGraph) showGraph(result, append);
    },
    onError: (error) => {
      const position = toDetail(error).position;
      if (position) editor.current?.setPosition(position.offset, true);
    },
  });

  const execute = (text: string) => {
    if (text.trim() === "" || run.isPending) return;
    remember(text);
    // Sent as typed, so the server's error offsets match the editor's text.
    run.mutate(text);
  };

  useEffect(() => {
    if (sharedQueryRan || !sharedQuery || sharedQuery !== query) return;
    sharedQueryRan = true;
    // Read-only like every console query: the server checks it the same way.
    execute(sharedQuery);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first mount
  }, []);

  const load = (text: string) => {
    onQueryChange(text);
    editor.current?.focus();
  };

  const onReady = useCallback((api: CypherEditorApi) => {
    editor.current = api;
  }, []);

  const goToError = (offset: number) => {
    editor.current?.setPosition(offset, true);
    editor.current?.focus();
  };

  return (
    <section ref={root} className={styles.console} aria-label={t.panelLabel} lang={language}>
      <QueryEditor
        value={query}
        onChange={onQueryChange}
        onRun={execute}
        schema={schema.data}
        theme={theme}
        label={t.editorLabel}
        placeholder={t.editorPlaceholder}
        onReady={onReady}
      />
      <div className={styles.toolbar}>
        <button
          type="button"
          className={`${styles.button} ${styles.primary}`}
          data-testid="cypher-run"
          aria-label={t.runHint}
          title={t.runHint}
          disabled={run.isPending}
          onClick={() => execute(query)}
        >
          {run.isPending ? t.running : t.run}
        </button>
        <MenuButton
          label={t.examples}
          ariaLabel={t.examplesLabel}
          testId="cypher-examples"
          items={EXAMPLE_QUERIES.map((example) => ({ key: example.id, label: example.title[language], title: example.query, onSelect: () => load(example.query) }))}
        />
        <MenuButton
          label={t.history}
          ariaLabel={t.historyLabel}
          testId="cypher-history"
          emptyText={t.historyEmpty}
          items={history.map((entry) => ({ key: entry, label: summarizeQuery(entry), title: entry, onSelect: () => load(entry) }))}
          footer={history.length > 0 ? { key: "\0clear", label: t.clearHistory, onSelect: clear } : undefined}
        />
        <label className={styles.toggle} title={t.appendHint}>
          <input type="checkbox" data-testid="cypher-append" aria-label={t.append} checked={append} onChange={(event) => setAppend(event.target.checked)} />
          <span aria-hidden="true">{t.append}</span>
        </label>
        <label className={styles.toggle} title={t.connectHint}>
          <input
            type="checkbox"
            data-testid="cypher-connect"
            aria-label={t.connect}
            checked={connect}
            onChange={(event) => {
              setConnect(event.target.checked);
              // Redraw what is shown, with or without the connections (nothing is run again).
              if (run.isSuccess && run.data.graph.nodes.length > 0 && !append) showGraph(run.data, false, event.target.checked);
            }}
          />
          <span aria-hidden="true">{t.connect}</span>
        </label>
        <span className={styles.status} role="status">
          {run.isPending ? <span className={styles.srOnly}>{t.running}</span> : sent ? t.sentToCanvas : ""}
        </span>
      </div>
      <div className={styles.output} aria-busy={run.isPending}>
        {run.isIdle && <p className={styles.hint}>{t.idleHint}</p>}
        {run.isError && <ErrorView error={toDetail(run.error)} query={run.variables ?? query} t={t} onGoToError={goToError} />}
        {run.isSuccess && (
          <ResultView result={run.data} view={view} onViewChange={setView} append={append} connect={connect} onShowGraph={() => showGraph(run.data, append)} t={t} />
        )}
      </div>
    </section>
  );
}

export default CypherConsole;
