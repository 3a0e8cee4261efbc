/**
 * Turns a validated roadmap into the rows the writer sends to Neo4j: ids scoped, properties
 * flattened, SAME_TOPIC derived. Pure: the plan is data, graph/write-roadmap.ts performs it.
 */
import { deriveSameTopic } from "./derive-same-topic";
import { normalizeTitle } from "./ids";
import type { Roadmap } from "./roadmap-schema";

export type PaperRow = {
  id: string;
  props: {
    title: string;
    normTitle: string;
    year: number | null;
    venue: string | null;
    url: string | null;
    arxivId: string | null;
    tag: string | null;
    isSurvey: boolean;
    inRoadmap: boolean;
  };
};

export type RoadmapPlan = {
  roadmap: { id: string; title: string; source: string | null };
  sections: { id: string; parent: string | null; props: { name: string; nameRu: string | null; level: number; order: number; localId: string } }[];
  papers: PaperRow[];
  resources: { id: string; props: { title: string; url: string | null; kind: string } }[];
  placements: { node: string; section: string; props: { order: number; group: string | null; note: string | null } }[];
  questions: { id: string; section: string; props: { text: string; textRu: string | null; order: number } }[];
  buildsOn: { from: string; to: string; reason: string }[];
  surveys: { survey: string; target: string }[];
  sameTopic: { a: string; b: string; topic: string }[];
};

export const sectionKey = (roadmapId: string, localId: string) => `${roadmapId}/${localId}`;
export const resourceKey = (roadmapId: string, localId: string) => `${roadmapId}/${localId}`;

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
    sections: roadmap.sections.map((section, order) => ({
      id: sectionKey(rid, section.id),
      parent: section.parent ? sectionKey(rid, section.parent) : null,
      props: { name: section.name, nameRu: section.nameRu ?? null, level: levels.get(section.id) ?? 0, order, localId: section.id },
    })),
    papers: roadmap.papers.map((paper) => ({
      id: paperId(paper.id),
      props: {
        title: paper.title,
        normTitle: normalizeTitle(paper.title),
        year: paper.year ?? null,
        venue: paper.venue ?? null,
        url: paper.url ?? null,
        arxivId: paper.arxivId ?? null,
        tag: paper.tag ?? null,
        isSurvey: paper.isSurvey,
        // A paper the roadmap lists is in it whatever the file says.
        inRoadmap: paper.inRoadmap || listed.has(paper.id),
      },
    })),
    resources: roadmap.resources.map((resource) => ({
      id: resourceKey(rid, resource.id),
      props: { title: resource.title, url: resource.url ?? null, kind: resource.kind },
    })),
    placements: roadmap.sections.flatMap((section) =>
      section.items.map((item, order) => ({
        node: nodeId(item.ref),
        section: sectionKey(rid, section.id),
        props: { order, group: item.group ?? null, note: item.note ?? null },
      })),
    ),
    questions: roadmap.sections.flatMap((section) =>
      section.questions.map((question, order) => ({
        id: `${sectionKey(rid, section.id)}/q${order + 1}`,
        section: sectionKey(rid, section.id),
        props: { text: question.en, textRu: question.ru ?? null, order },
      })),
    ),
    buildsOn: roadmap.buildsOn.map((edge) => ({ from: paperId(edge.from), to: paperId(edge.to), reason: edge.reason })),
    surveys: roadmap.surveys.flatMap((survey) =>
      survey.covers.map((target) => ({
        survey: paperId(survey.survey),
        target: sectionIds.has(target) ? sectionKey(rid, target) : paperId(target),
      })),
    ),
    sameTopic: deriveSameTopic(roadmap).map((pair) => {
      const a = paperId(pair.a);
      const b = paperId(pair.b);
      return a < b ? { a, b, topic: pair.topic } : { a: b, b: a, topic: pair.topic };
    }),
  };
}
