/**
 * Turns a validated roadmap into the rows the writer sends to Neo4j: ids scoped, properties
 * flattened, SAME_TOPIC derived. Pure: the plan is data, graph/write-roadmap.ts performs it.
 */
import type { BuildsOnRow, PaperRow, PlacementRow, QuestionRow, ResourceRow, SameTopicRow, SectionRow, SurveyRow } from "../graph/roadmap-rows";
import type { RoadmapWrite, StepRow } from "../graph/write-roadmap";
import { deriveSameTopic } from "./derive-same-topic";
import { normalizeTitle } from "./ids";
import type { Roadmap } from "./roadmap-schema";

export type RoadmapPlan = {
  roadmap: { id: string; title: string; source: string | null };
  sections: SectionRow[];
  papers: PaperRow[];
  resources: ResourceRow[];
  placements: PlacementRow[];
  questions: QuestionRow[];
  buildsOn: BuildsOnRow[];
  surveys: SurveyRow[];
  sameTopic: SameTopicRow[];
};

export const sectionKey = (roadmapId: string, localId: string) => `${roadmapId}/${localId}`;
export const resourceKey = (roadmapId: string, localId: string) => `${roadmapId}/${localId}`;

type ParsedSection = Roadmap["sections"][number];
type ParsedPaper = Roadmap["papers"][number];

// Row builders, shared by planRoadmap (a whole roadmap in memory) and plan-ndjson-roadmap.ts
// (a streamed one), so that both write exactly the same rows.

export const sectionRow = (rid: string, section: ParsedSection, order: number, level: number): SectionRow => ({
  id: sectionKey(rid, section.id),
  parent: section.parent ? sectionKey(rid, section.parent) : null,
  props: { name: section.name, nameRu: section.nameRu ?? null, level, order, localId: section.id },
});

/** `listed`: some section lists it; such a paper is in the roadmap whatever the file says. */
export const paperRow = (paper: ParsedPaper, id: string, listed: boolean): PaperRow => ({
  id,
  props: {
    title: paper.title,
    normTitle: normalizeTitle(paper.title),
    year: paper.year ?? null,
    venue: paper.venue ?? null,
    venueYear: paper.venueYear ?? null,
    url: paper.url ?? null,
    arxivId: paper.arxivId ?? null,
    doi: paper.doi ?? null,
    authors: paper.authors ?? null,
    codeUrl: paper.codeUrl ?? null,
    projectUrl: paper.projectUrl ?? null,
    tag: paper.tag ?? null,
    isSurvey: paper.isSurvey,
    inRoadmap: paper.inRoadmap || listed,
    standalone: paper.standalone ?? null,
  },
});

export const resourceRow = (rid: string, resource: { id: string; title: string; url?: string | undefined; kind: string }): ResourceRow => ({
  id: resourceKey(rid, resource.id),
  props: { title: resource.title, url: resource.url ?? null, kind: resource.kind },
});

/**
 * One IN_SECTION per listed node and section. A node listed twice in one section keeps its last
 * listing (what MERGE then SET left behind anyway); sending both made every re-run flip the
 * relationship's properties back and forth instead of reporting zero changes.
 */
export function placementRows(rid: string, section: ParsedSection, nodeId: (ref: string) => string): PlacementRow[] {
  const rows = new Map<string, PlacementRow>();
  section.items.forEach((item, order) => {
    const node = nodeId(item.ref);
    rows.delete(node);
    rows.set(node, { node, section: sectionKey(rid, section.id), props: { order, group: item.group ?? null, note: item.note ?? null } });
  });
  return [...rows.values()];
}

export const questionRows = (rid: string, section: ParsedSection): QuestionRow[] =>
  section.questions.map((question, order) => ({
    id: `${sectionKey(rid, section.id)}/q${order + 1}`,
    section: sectionKey(rid, section.id),
    props: { text: question.en, textRu: question.ru ?? null, order },
  }));

/** A SAME_TOPIC pair in its stored direction: smaller id first (ids as written, after mapping). */
export const sameTopicRow = (a: string, b: string, topic: string): SameTopicRow => (a < b ? { a, b, topic } : { a: b, b: a, topic });

/**
 * `paperIds` maps this roadmap's paper ids to ids already in the database (the same paper
 * found by arXiv id or normalised title), so a second roadmap connects to existing papers.
 */
export function planRoadmap(roadmap: Roadmap, paperIds: ReadonlyMap<string, string> = new Map()): RoadmapPlan {
  const rid = roadmap.roadmap.id;
  const paperId = (id: string) => paperIds.get(id) ?? id;
  const paperLocalIds = new Set(roadmap.papers.map((p) => p.id));
  const nodeId = (localId: string) => (paperLocalIds.has(localId) ? paperId(localId) : resourceKey(rid, localId));
  const sectionIds = new Set(roadmap.sections.map((s) => s.id));
  const levels = new Map<string, number>();
  for (const section of roadmap.sections) {
    levels.set(section.id, section.parent ? (levels.get(section.parent) ?? 0) + 1 : 0);
  }
  const listed = new Set(roadmap.sections.flatMap((s) => s.items.map((item) => item.ref)));

  return {
    roadmap: { id: rid, title: roadmap.roadmap.title, source: roadmap.roadmap.source ?? null },
    sections: roadmap.sections.map((section, order) => sectionRow(rid, section, order, levels.get(section.id) ?? 0)),
    papers: roadmap.papers.map((paper) => paperRow(paper, paperId(paper.id), listed.has(paper.id))),
    resources: roadmap.resources.map((resource) => resourceRow(rid, resource)),
    placements: roadmap.sections.flatMap((section) => placementRows(rid, section, nodeId)),
    questions: roadmap.sections.flatMap((section) => questionRows(rid, section)),
    buildsOn: roadmap.buildsOn.map((edge) => ({ from: paperId(edge.from), to: paperId(edge.to), reason: edge.reason })),
    surveys: roadmap.surveys.flatMap((survey) =>
      survey.covers.map((target) => ({
        survey: paperId(survey.survey),
        target: sectionIds.has(target) ? sectionKey(rid, target) : paperId(target),
      })),
    ),
    sameTopic: deriveSameTopic(roadmap).map((pair) => sameTopicRow(paperId(pair.a), paperId(pair.b), pair.topic)),
  };
}

/** The writer's input for an in-memory plan: nodes first, then everything that links them. */
export function planPhases(plan: RoadmapPlan): RoadmapWrite {
  const paperIds = new Set(plan.papers.map((p) => p.id));
  const sectionIds = new Set(plan.sections.map((s) => s.id));
  const paperPlacements = plan.placements.filter((p) => paperIds.has(p.node));
  const sectionSurveys = plan.surveys.filter((s) => sectionIds.has(s.target));
  return {
    roadmap: plan.roadmap,
    phases: [
      function* nodes(): Generator<StepRow> {
        for (const row of plan.sections) yield { step: "sections", row };
        for (const row of plan.papers) yield { step: "papers", row };
        for (const row of plan.resources) yield { step: "resources", row };
      },
      function* links(): Generator<StepRow> {
        for (const s of plan.sections) yield { step: "sectionLinks", row: { id: s.id, parent: s.parent } };
        for (const row of plan.placements) yield { step: paperIds.has(row.node) ? "paperPlacements" : "resourcePlacements", row };
        for (const row of plan.questions) yield { step: "questions", row };
        for (const row of plan.buildsOn) yield { step: "buildsOn", row };
        for (const row of plan.surveys) yield { step: sectionIds.has(row.target) ? "sectionSurveys" : "paperSurveys", row };
        for (const row of plan.sameTopic) yield { step: "sameTopic", row };
      },
    ],
    totals: {
      sections: plan.sections.length, sectionLinks: plan.sections.length, papers: plan.papers.length, resources: plan.resources.length,
      paperPlacements: paperPlacements.length, resourcePlacements: plan.placements.length - paperPlacements.length, questions: plan.questions.length,
      buildsOn: plan.buildsOn.length, sectionSurveys: sectionSurveys.length, paperSurveys: plan.surveys.length - sectionSurveys.length, sameTopic: plan.sameTopic.length,
    },
  };
}
