import type { GraphCounts } from "../graph/get-graph-counts";
import type { WriteResult } from "../graph/write-roadmap";

/** What the summary counts; a RoadmapPlan is one, a streamed roadmap passes its counts. */
export type PlanSizes = Record<"sections" | "papers" | "resources" | "questions" | "placements" | "buildsOn" | "surveys" | "sameTopic", { length: number }>;

type SummaryInput = {
  roadmapId: string;
  plan: PlanSizes;
  result?: WriteResult;
  counts?: GraphCounts;
  dryRun: boolean;
  seconds: number;
};

function table(rows: [string, string | number][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${String(value).padStart(7)}`).join("\n");
}

/** The end-of-run report: what the roadmap holds, what changed, what the database now holds. */
export function formatSummary({ roadmapId, plan, result, counts, dryRun, seconds }: SummaryInput): string {
  const parts = [
    `${dryRun ? "dry run (nothing written)" : "ingest complete"}: roadmap "${roadmapId}"`,
    "this roadmap:",
    table([
      ["sections", plan.sections.length],
      ["papers", plan.papers.length],
      ["resources", plan.resources.length],
      ["questions", plan.questions.length],
      ["IN_SECTION", plan.placements.length],
      ["BUILDS_ON", plan.buildsOn.length],
      ["SURVEYS", plan.surveys.length],
      ["SAME_TOPIC (derived)", plan.sameTopic.length],
    ]),
  ];
  if (result) {
    parts.push(
      "changes:",
      table([
        ["nodes created", result.nodesCreated],
        ["nodes deleted", result.nodesDeleted],
        ["relationships created", result.relationshipsCreated],
        ["relationships deleted", result.relationshipsDeleted],
        ["properties set", result.propertiesSet],
      ]),
      `total changes: ${result.changes}`,
      result.staged ? "written in committed batches (staged), made live in one transaction" : "written in one transaction",
    );
  }
  if (counts) {
    parts.push(
      "database now holds:",
      table([
        ...Object.entries(counts.labels).map(([label, n]): [string, number] => [`:${label}`, n]),
        ...Object.entries(counts.types).map(([type, n]): [string, number] => [`[:${type}]`, n]),
        ["nodes (all)", counts.nodes],
        ["relationships (all)", counts.relationships],
      ]),
    );
  }
  parts.push(`time: ${seconds.toFixed(2)} s`);
  return parts.join("\n");
}
