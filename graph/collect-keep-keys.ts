/**
 * The keys of what a roadmap holds, collected while its rows stream by: the cleanup after a
 * re-run deletes what the roadmap no longer lists (graph/roadmap-statements.ts, CLEANUP).
 */
import type { StepRow } from "./roadmap-write";

/** The cleanup's keep-lists, as CLEANUP's parameters name them. */
export type KeepKeys = Record<"questionIds" | "placementKeys" | "sectionIds" | "resourceIds" | "buildsKeys" | "surveyKeys" | "sameKeys" | "paperIds", Set<string>>;

function keysOf(item: StepRow): [keyof KeepKeys, string[]] | undefined {
  if (item.step === "sameTopicGroups") {
    const { members } = item.row;
    return ["sameKeys", members.flatMap((a, i) => members.slice(i + 1).map((b) => `${a}|${b}`))];
  }
  const key = keyOf(item);
  return key ? [key[0], [key[1]]] : undefined;
}

function keyOf(item: Exclude<StepRow, { step: "sameTopicGroups" }>): [keyof KeepKeys, string] | undefined {
  switch (item.step) {
    case "sections": return ["sectionIds", item.row.id];
    case "papers": return ["paperIds", item.row.id];
    case "resources": return ["resourceIds", item.row.id];
    case "questions": return ["questionIds", item.row.id];
    case "paperPlacements":
    case "resourcePlacements": return ["placementKeys", `${item.row.node}|${item.row.section}`];
    case "buildsOn": return ["buildsKeys", `${item.row.from}|${item.row.to}`];
    case "sectionSurveys":
    case "paperSurveys": return ["surveyKeys", `${item.row.survey}|${item.row.target}`];
    case "sameTopic": return ["sameKeys", `${item.row.a}|${item.row.b}`];
    case "sectionLinks": return undefined;
  }
}

export const emptyKeep = (): KeepKeys => ({
  questionIds: new Set(), placementKeys: new Set(), sectionIds: new Set(), resourceIds: new Set(),
  buildsKeys: new Set(), surveyKeys: new Set(), sameKeys: new Set(), paperIds: new Set(),
});

export function collectKeys(keep: KeepKeys, item: StepRow): void {
  const keys = keysOf(item);
  if (keys) for (const key of keys[1]) keep[keys[0]].add(key);
}
