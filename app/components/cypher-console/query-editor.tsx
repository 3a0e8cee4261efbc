"use client";
/**
 * The CodeMirror Cypher editor (highlighting, completion from the graph's schema, lint marks).
 * The editor package is loaded on demand; Ctrl/Cmd+Enter is caught before CodeMirror sees it.
 */
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import type { CypherEditorApi } from "@neo4j-cypher/react-codemirror";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ConsoleSchema } from "./cypher-api";
import styles from "./cypher-console.module.css";
import { readOnlyCompletion } from "./read-only-completion";

const CypherEditor = dynamic(() => import("@neo4j-cypher/react-codemirror").then((mod) => mod.CypherEditor), {
  ssr: false,
  loading: () => <div className={styles.editorLoading} aria-busy="true" />,
});

type Props = {
  value: string;
  onChange: (value: string) => void;
  onRun: (value: string) => void;
  schema: ConsoleSchema | undefined;
  theme: "light" | "dark";
  label: string;
  placeholder: string;
  /** Receives the editor's API once it exists (to move the cursor to an error). */
  onReady: (editor: CypherEditorApi) => void;
};

export function QueryEditor({ value, onChange, onRun, schema, theme, label, placeholder, onReady }: Props) {
  const wrapper = useRef<HTMLDivElement>(null);
  // The latest text as typed, so a run never uses a value React has not re-rendered yet.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  // Made once: the editor takes its extensions when it is created. The schema may come later.
  const [completion] = useState(readOnlyCompletion);
  useEffect(() => completion.setSchema(schema), [completion, schema]);

  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun(latest.current);
    }
  };

  useEffect(() => {
    wrapper.current?.querySelector(".cm-content")?.setAttribute("aria-label", label);
  }, [label]);

  const onEditorCreated = useCallback(
    (editor: CypherEditorApi) => {
      // CodeMirror's text box gets its accessible name here; the package has no prop for it.
      const content = wrapper.current?.querySelector(".cm-content");
      content?.setAttribute("aria-label", label);
      onReady(editor);
    },
    [label, onReady],
  );

  return (
    <div ref={wrapper} className={styles.editor} data-testid="cypher-editor" onKeyDownCapture={onKeyDownCapture}>
      <CypherEditor
        value={value}
        onValueChanged={(text) => {
          latest.current = text;
          onChange(text);
        }}
        onEditorCreated={onEditorCreated}
        schema={schema?.editor}
        autocomplete={false}
        postExtensions={completion.extensions}
        theme={theme}
        placeholder={placeholder}
        lint
        lineWrapping
        autofocus
        autofocusProps={["position"]}
        tabKey={false}
      />
    </div>
  );
}
