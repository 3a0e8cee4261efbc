/**
 * What the streamed reader keeps of a roadmap while it validates it line by line: ids and the
 * few facts the checks and the writer need (kind, year, survey flag, parent, placements as
 * numbers), never the titles, reasons or other text. About 60 bytes per paper, so that a
 * roadmap of 100k papers is checked in a few tens of MB. The checks themselves (the same as
 * validate-roadmap.ts's checkRoadmap) are in check-roadmap-index.ts.
 */
import { IntColumn } from "./int-column";

export const NodeKind = { Unknown: 0, Paper: 1, Resource: 2 } as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/** One node id (paper or resource, or a reference to one not seen yet). */
export type NodeFacts = { kind: NodeKind; year: number; survey: boolean; listed: boolean; line: number; firstRef: number };

export class RoadmapIndex {
  readonly nodeIds = new Map<string, number>();
  readonly nodeNames: string[] = [];
  readonly nodeKind = new IntColumn();
  readonly nodeYear = new IntColumn();
  readonly nodeFlags = new IntColumn(); // 1: survey, 2: listed in a section
  readonly nodeLine = new IntColumn(); // line of its declaration (0: not declared)
  readonly nodeFirstRef = new IntColumn(); // line of its first reference

  readonly sectionIds = new Map<string, number>();
  readonly sectionNames: string[] = [];
  readonly sectionParent: (string | undefined)[] = [];
  readonly sectionLine = new IntColumn();
  readonly sectionQuestions = new IntColumn();
  readonly sectionHasChildren = new Set<string>();

  /** Placements in file order: section index, node index, group index (-1: none). */
  readonly placementSection = new IntColumn();
  readonly placementNode = new IntColumn();
  readonly placementGroup = new IntColumn();
  readonly groupIds = new Map<string, number>();
  readonly groupNames: string[] = [];

  /** BUILDS_ON as node indexes, with their lines. */
  readonly edgeFrom = new IntColumn();
  readonly edgeTo = new IntColumn();
  readonly edgeLine = new IntColumn();

  readonly surveys: { survey: string; covers: string[]; line: number }[] = [];
  surveyPairs = 0;
  readonly arxivOwners = new Map<string, number>();
  readonly duplicates: { line: number; message: string }[] = [];

  /** The index of a node id, interning it (as not yet declared) on first sight. */
  node(id: string, line: number): number {
    let index = this.nodeIds.get(id);
    if (index === undefined) {
      index = this.nodeNames.push(id) - 1;
      this.nodeIds.set(id, index);
      this.nodeKind.push(NodeKind.Unknown);
      this.nodeYear.push(0);
      this.nodeFlags.push(0);
      this.nodeLine.push(0);
      this.nodeFirstRef.push(line);
    }
    return index;
  }

  declareNode(id: string, kind: NodeKind, line: number, facts: { year?: number | undefined; survey?: boolean; arxivId?: string | undefined }): void {
    const index = this.node(id, line);
    if (this.nodeLine.at(index) !== 0) {
      this.duplicates.push({ line, message: `id: duplicate id "${id}" (papers and resources share one id space)` });
      return;
    }
    this.nodeKind.set(index, kind);
    this.nodeLine.set(index, line);
    this.nodeYear.set(index, facts.year ?? 0);
    if (facts.survey) this.nodeFlags.set(index, this.nodeFlags.at(index) | 1);
    if (facts.arxivId) {
      const owner = this.arxivOwners.get(facts.arxivId);
      if (owner !== undefined && owner !== index) this.duplicates.push({ line, message: `arxivId: arXiv id ${facts.arxivId} is also paper "${this.nodeNames[owner]}"` });
      else this.arxivOwners.set(facts.arxivId, index);
    }
  }

  declareSection(section: { id: string; parent?: string | undefined; items: { ref: string; group?: string | undefined }[]; questions: unknown[] }, line: number): void {
    if (this.sectionIds.has(section.id)) {
      this.duplicates.push({ line, message: `id: duplicate section id "${section.id}"` });
      return;
    }
    const index = this.sectionNames.push(section.id) - 1;
    this.sectionIds.set(section.id, index);
    this.sectionParent.push(section.parent);
    this.sectionLine.push(line);
    this.sectionQuestions.push(section.questions.length);
    if (section.parent !== undefined) this.sectionHasChildren.add(section.parent);
    const listed = new Set<string>();
    for (const item of section.items) {
      if (listed.has(item.ref)) continue; // listed twice in one section: one IN_SECTION (see placementRows)
      listed.add(item.ref);
      const node = this.node(item.ref, line);
      this.nodeFlags.set(node, this.nodeFlags.at(node) | 2);
      this.placementSection.push(index);
      this.placementNode.push(node);
      this.placementGroup.push(item.group === undefined ? -1 : this.group(item.group));
    }
  }

  addBuildsOn(edge: { from: string; to: string }, line: number): void {
    this.edgeFrom.push(this.node(edge.from, line));
    this.edgeTo.push(this.node(edge.to, line));
    this.edgeLine.push(line);
  }

  addSurveys(survey: { survey: string; covers: string[] }, line: number): void {
    this.surveys.push({ survey: survey.survey, covers: survey.covers, line });
    this.surveyPairs += survey.covers.length;
  }

  private group(name: string): number {
    let index = this.groupIds.get(name);
    if (index === undefined) {
      index = this.groupNames.push(name) - 1;
      this.groupIds.set(name, index);
    }
    return index;
  }

  facts(index: number): NodeFacts {
    const flags = this.nodeFlags.at(index);
    return { kind: this.nodeKind.at(index) as NodeKind, year: this.nodeYear.at(index), survey: (flags & 1) !== 0, listed: (flags & 2) !== 0, line: this.nodeLine.at(index), firstRef: this.nodeFirstRef.at(index) };
  }

  isPaper(id: string): boolean {
    const index = this.nodeIds.get(id);
    return index !== undefined && this.nodeKind.at(index) === NodeKind.Paper;
  }

  isListed(id: string): boolean {
    const index = this.nodeIds.get(id);
    return index !== undefined && (this.nodeFlags.at(index) & 2) !== 0;
  }

  isSection(id: string): boolean {
    return this.sectionIds.has(id);
  }

  isLeaf(sectionId: string): boolean {
    return !this.sectionHasChildren.has(sectionId);
  }

  /** Level of a section (0 for a top-level area), following parents; cycles were rejected. */
  level(sectionId: string): number {
    let level = 0;
    for (let parent = this.sectionParent[this.sectionIds.get(sectionId) ?? -1]; parent !== undefined && level < 10_000; level++) {
      parent = this.sectionParent[this.sectionIds.get(parent) ?? -1];
    }
    return level;
  }

  counts() {
    let papers = 0;
    let resources = 0;
    for (let i = 0; i < this.nodeNames.length; i++) {
      if (this.nodeKind.at(i) === NodeKind.Paper) papers++;
      else if (this.nodeKind.at(i) === NodeKind.Resource) resources++;
    }
    let questions = 0;
    for (let i = 0; i < this.sectionNames.length; i++) questions += this.sectionQuestions.at(i);
    return { sections: this.sectionNames.length, papers, resources, questions, placements: this.placementNode.length, buildsOn: this.edgeFrom.length, surveys: this.surveyPairs };
  }
}
