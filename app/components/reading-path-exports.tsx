"use client";
/**
 * The reading path's downloads. Path answers carry what the list shows; links, venues and
 * authors come from one POST /api/nodes for the whole path (cached by react-query) when a
 * download is asked for.
 */
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { ReadingPathResponse } from "@/app/lib/api-types";
import { toMarkdownChecklist, withDetails } from "@/app/lib/export-path";
import { toBibtex } from "@/app/lib/to-bibtex";
import { translate, type Language } from "@/app/lib/i18n";
import type { StatusMap } from "@/app/lib/reading-progress";
import { downloadFile as download } from "@/app/lib/download-file";
import { nodesQuery } from "@/app/queries";

export function ReadingPathExports(props: { language: Language; path: ReadingPathResponse; statuses: StatusMap }) {
  const t = (key: string) => translate(props.language, key);
  const client = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const { path } = props;
  const slug = path.target.label.replace(/[^\w.-]+/g, "-").toLowerCase();

  const detailedSteps = async () => {
    if (path.steps.length === 0) return [];
    const answer = await client.fetchQuery(nodesQuery(path.steps.map((step) => step.node.id)));
    return withDetails(path.steps, answer.nodes);
  };
  const run = (work: () => Promise<void>) => {
    setFailure(null);
    work().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        data-testid="export-markdown"
        onClick={() => run(async () => download(`reading-path-${slug}.md`, toMarkdownChecklist(path.target, await detailedSteps(), props.statuses), "text/markdown"))}
      >
        ⤓ {t("Markdown checklist")}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-bibtex"
        onClick={() => run(async () => download(`reading-path-${slug}.bib`, await toBibtex((await detailedSteps()).map((step) => step.node)), "application/x-bibtex"))}
      >
        ⤓ {t("BibTeX")}
      </button>
      {failure && (
        <p className="empty-state" role="alert">
          {t("Could not load")}: {failure}
        </p>
      )}
    </div>
  );
}
