/**
 * What a roadmap write is made of: phases of rows, one kind per statement. Types only, shared by
 * the writer (write-roadmap.ts), the staging (stage-roadmap.ts) and the cleanup keys, so that none
 * of them imports another back.
 */
import type { BuildsOnRow, PaperRow, PlacementRow, QuestionRow, ResourceRow, SameTopicRow, SectionRow, SurveyRow } from "./roadmap-rows";
import type { StatementName } from "./roadmap-statements";

export type StepRows = {
  sections: SectionRow;
  sectionLinks: { id: string; parent: string | null };
  papers: PaperRow;
  resources: ResourceRow;
  paperPlacements: PlacementRow;
  resourcePlacements: PlacementRow;
  questions: QuestionRow;
  buildsOn: BuildsOnRow;
  sectionSurveys: SurveyRow;
  paperSurveys: SurveyRow;
  sameTopic: SameTopicRow;
  /** a topic's papers (ids as written, distinct, sorted): every pair of them is SAME_TOPIC */
  sameTopicGroups: { topic: string; members: string[] };
};
export type StepRow = { [K in StatementName]: { step: K; row: StepRows[K] } }[StatementName];

export type RoadmapWrite = {
  roadmap: { id: string; title: string; source: string | null };
  /** Each phase yields rows; all of a phase is written before the next begins. */
  phases: (() => Iterable<StepRow> | AsyncIterable<StepRow>)[];
  /** Expected row counts per step, for progress messages (unknown ones are left out). */
  totals?: Partial<Record<StatementName, number>>;
};
