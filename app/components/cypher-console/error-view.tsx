"use client";
/** A failed run: what happened, the server's message, and where in the query (caret line). */
import { caretLines, type ConsoleError } from "./console-error";
import styles from "./cypher-console.module.css";
import type { Messages } from "./i18n";

type Props = { error: ConsoleError; query: string; t: Messages; onGoToError: (offset: number) => void };

export function ErrorView({ error, query, t, onGoToError }: Props) {
  const caret = error.position ? caretLines(query, error.position) : undefined;
  const explanation = t.errorExplain[error.kind];
  return (
    <div className={styles.error} role="alert" data-testid="cypher-error" data-kind={error.kind}>
      <p className={styles.errorTitle}>
        {t.errorTitle[error.kind]}
        {error.status > 0 && <span className={styles.errorStatus}> ({error.status})</span>}
      </p>
      <p className={styles.errorMessage}>{error.message}</p>
      {explanation && <p className={styles.errorExplain}>{explanation}</p>}
      {caret && error.position && (
        <div className={styles.errorPosition}>
          <button type="button" className={styles.linkButton} title={t.goToError} aria-label={`${t.goToError}: ${t.errorAt(caret.lineNumber, caret.column)}`} onClick={() => onGoToError(error.position?.offset ?? 0)} data-testid="cypher-error-position">
            {t.errorAt(caret.lineNumber, caret.column)}
          </button>
          <pre className={styles.caret} aria-hidden="true">
            <span className={styles.caretLineNo}>{caret.lineNumber} | </span>
            {caret.text}
            {"\n"}
            <span className={styles.caretLineNo}>{" ".repeat(String(caret.lineNumber).length)} | </span>
            <span className={styles.caretMark} data-testid="cypher-error-caret">
              {caret.caret}
            </span>
          </pre>
        </div>
      )}
    </div>
  );
}
