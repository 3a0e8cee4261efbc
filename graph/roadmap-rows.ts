/**
 * The rows a roadmap is written as: ingest/ plans them, graph/write-roadmap.ts writes them.
 * Types only, importing nothing, so neither side has to import the other back.
 */
export type PaperRow = {
  id: string;
  props: {
    title: string;
    normTitle: string;
    year: number | null;
    venue: string | null;
    venueYear: number | null;
    url: string | null;
    arxivId: string | null;
    doi: string | null;
    authors: string[] | null;
    codeUrl: string | null;
    projectUrl: string | null;
    tag: string | null;
    isSurvey: boolean;
    inRoadmap: boolean;
    standalone: string | null;
  };
};

export type SectionRow = { id: string; parent: string | null; props: { name: string; nameRu: string | null; level: number; order: number; localId: string } };
export type ResourceRow = { id: string; props: { title: string; url: string | null; kind: string } };
export type PlacementRow = { node: string; section: string; props: { order: number; group: string | null; note: string | null } };
export type QuestionRow = { id: string; section: string; props: { text: string; textRu: string | null; order: number } };
export type BuildsOnRow = { from: string; to: string; reason: string };
export type SurveyRow = { survey: string; target: string };
export type SameTopicRow = { a: string; b: string; topic: string };
