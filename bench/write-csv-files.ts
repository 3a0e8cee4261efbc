/**
 * The baselines' input: the very rows our writer sends (ingest/plan-roadmap.ts's plan of the
 * same synthetic roadmap), as tables. Written as CSV files for the LOAD CSV baseline (empty
 * unquoted fields are what LOAD CSV reads as null), and sent row by row by the naive one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RoadmapPlan } from "../ingest/plan-roadmap";

export type Cell = string | number | boolean | null;
export type Table = { header: string[]; rows: Cell[][] };

export const CSV_FILES = [
  "sections.csv",
  "papers.csv",
  "resources.csv",
  "paper-placements.csv",
  "resource-placements.csv",
  "questions.csv",
  "builds-on.csv",
  "section-surveys.csv",
  "paper-surveys.csv",
  "same-topic.csv",
] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export function planTables(plan: RoadmapPlan): Record<CsvFile, Table> {
  const paperIds = new Set(plan.papers.map((p) => p.id));
  const sectionIds = new Set(plan.sections.map((s) => s.id));
  const placement = (p: RoadmapPlan["placements"][number]): Cell[] => [p.node, p.section, p.props.order, p.props.group, p.props.note];
  const survey = (s: RoadmapPlan["surveys"][number]): Cell[] => [s.survey, s.target];
  const placements = ["node", "section", "order", "group", "note"];
  return {
    "sections.csv": { header: ["id", "parent", "name", "nameRu", "level", "order", "localId"], rows: plan.sections.map((s) => [s.id, s.parent, s.props.name, s.props.nameRu, s.props.level, s.props.order, s.props.localId]) },
    "papers.csv": {
      header: ["id", "title", "normTitle", "year", "venue", "url", "arxivId", "tag", "isSurvey", "inRoadmap"],
      rows: plan.papers.map(({ id, props: p }) => [id, p.title, p.normTitle, p.year, p.venue, p.url, p.arxivId, p.tag, p.isSurvey, p.inRoadmap]),
    },
    "resources.csv": { header: ["id", "title", "url", "kind"], rows: plan.resources.map((r) => [r.id, r.props.title, r.props.url, r.props.kind]) },
    "paper-placements.csv": { header: placements, rows: plan.placements.filter((p) => paperIds.has(p.node)).map(placement) },
    "resource-placements.csv": { header: placements, rows: plan.placements.filter((p) => !paperIds.has(p.node)).map(placement) },
    "questions.csv": { header: ["id", "section", "text", "textRu", "order"], rows: plan.questions.map((q) => [q.id, q.section, q.props.text, q.props.textRu, q.props.order]) },
    "builds-on.csv": { header: ["from", "to", "reason"], rows: plan.buildsOn.map((e) => [e.from, e.to, e.reason]) },
    "section-surveys.csv": { header: ["survey", "target"], rows: plan.surveys.filter((s) => sectionIds.has(s.target)).map(survey) },
    "paper-surveys.csv": { header: ["survey", "target"], rows: plan.surveys.filter((s) => !sectionIds.has(s.target)).map(survey) },
    "same-topic.csv": { header: ["a", "b", "topic"], rows: plan.sameTopic.map((e) => [e.a, e.b, e.topic]) },
  };
}

const cell = (value: Cell): string => {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) || text === "" ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Writes every table as `dir/<file>`; returns the row count of each. */
export function writeCsvFiles(dir: string, tables: Record<CsvFile, Table>): Record<CsvFile, number> {
  mkdirSync(dir, { recursive: true });
  const counts = {} as Record<CsvFile, number>;
  for (const file of CSV_FILES) {
    const { header, rows } = tables[file];
    writeFileSync(join(dir, file), `${[header.join(","), ...rows.map((row) => row.map(cell).join(","))].join("\n")}\n`);
    counts[file] = rows.length;
  }
  return counts;
}
