/**
 * The writer's input for a streamed roadmap (read-roadmap-ndjson.ts): the same rows as
 * planRoadmap would produce (the row builders are shared), generated while the file is read
 * again, phase by phase, so that memory holds one batch per statement, not the roadmap.
 *
 * SAME_TOPIC is derived as derive-same-topic.ts does it: pairs of papers under the same group
 * of a section, then pairs in the same leaf section; a pair in several topics keeps the first.
 * Here "keeps the first" is the database's MERGE ... ON CREATE: group pairs are written in one
 * phase and leaf-section pairs in the next, in roadmap order.
 */
import { findExistingPaperIds, type RoadmapWrite, type StepRow } from "../graph/write-roadmap";
import { normalizeTitle } from "./ids";
import { paperRow, placementRows, questionRows, resourceKey, resourceRow, sectionKey, sectionRow } from "./plan-roadmap";
import type { NdjsonRoadmap } from "./read-roadmap-ndjson";
import { NodeKind, type RoadmapIndex } from "./roadmap-index";

/** Papers of this roadmap that the database already holds under another id (findExistingPaperIds, in batches). */
export async function findExistingNdjsonPaperIds(source: NdjsonRoadmap, batchSize = 5000): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let batch: { id: string; arxivId?: string; normTitle: string }[] = [];
  const flush = async () => {
    if (batch.length > 0) for (const [local, existing] of await findExistingPaperIds(batch)) found.set(local, existing);
    batch = [];
  };
  for await (const paper of source.lines(["paper"])) {
    batch.push({ id: paper.id, ...(paper.arxivId ? { arxivId: paper.arxivId } : {}), normTitle: normalizeTitle(paper.title) });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return found;
}

/** A topic's papers as the writer takes them: ids as written, distinct, sorted; none for fewer than two. */
function* topic(members: readonly string[], name: string, paperId: (id: string) => string): Generator<StepRow> {
  const ids = [...new Set(members.map(paperId))].sort();
  if (ids.length > 1) yield { step: "sameTopicGroups", row: { topic: name, members: ids } };
}

export function planNdjsonRoadmap(source: NdjsonRoadmap, paperIds: ReadonlyMap<string, string>): RoadmapWrite {
  const { index } = source;
  const rid = source.roadmap.id;
  const paperId = (id: string) => paperIds.get(id) ?? id;
  const nodeId = (ref: string) => (index.isPaper(ref) ? paperId(ref) : resourceKey(rid, ref));
  const counts = index.counts();

  async function* nodes(): AsyncGenerator<StepRow> {
    // Levels as planRoadmap computes them: from parents listed earlier in the file.
    const levels = new Map<string, number>();
    let order = 0;
    for await (const line of source.lines(["section", "paper", "resource"])) {
      if (line.kind === "section") {
        const level = line.parent ? (levels.get(line.parent) ?? 0) + 1 : 0;
        levels.set(line.id, level);
        yield { step: "sections", row: sectionRow(rid, line, order++, level) };
      } else if (line.kind === "paper") {
        yield { step: "papers", row: paperRow(line, paperId(line.id), index.isListed(line.id)) };
      } else {
        yield { step: "resources", row: resourceRow(rid, { id: line.id, title: line.title, url: line.url, kind: line.resourceKind }) };
      }
    }
  }

  async function* links(): AsyncGenerator<StepRow> {
    for await (const line of source.lines(["section", "buildsOn", "surveys"])) {
      if (line.kind === "section") {
        yield { step: "sectionLinks", row: { id: sectionKey(rid, line.id), parent: line.parent ? sectionKey(rid, line.parent) : null } };
        const isPaper = new Map(line.items.map((item) => [nodeId(item.ref), index.isPaper(item.ref)]));
        for (const row of placementRows(rid, line, nodeId)) yield { step: isPaper.get(row.node) ? "paperPlacements" : "resourcePlacements", row };
        for (const row of questionRows(rid, line)) yield { step: "questions", row };
        const groups = new Map<string, string[]>();
        for (const item of line.items) {
          if (!item.group || !index.isPaper(item.ref)) continue;
          const members = groups.get(item.group);
          if (members) members.push(item.ref);
          else groups.set(item.group, [item.ref]);
        }
        for (const [group, members] of groups) yield* topic(members, group, paperId);
      } else if (line.kind === "buildsOn") {
        yield { step: "buildsOn", row: { from: paperId(line.from), to: paperId(line.to), reason: line.reason } };
      } else {
        for (const target of line.covers) {
          const row = { survey: paperId(line.survey), target: index.isSection(target) ? sectionKey(rid, target) : paperId(target) };
          yield { step: index.isSection(target) ? "sectionSurveys" : "paperSurveys", row };
        }
      }
    }
  }

  async function* leafTopics(): AsyncGenerator<StepRow> {
    for await (const line of source.lines(["section"])) {
      if (index.isLeaf(line.id)) yield* topic(line.items.map((item) => item.ref).filter((ref) => index.isPaper(ref)), line.name, paperId);
    }
  }

  return {
    roadmap: source.roadmap,
    phases: [nodes, links, leafTopics],
    totals: { sections: counts.sections, sectionLinks: counts.sections, papers: counts.papers, resources: counts.resources, questions: counts.questions, buildsOn: counts.buildsOn },
  };
}

/**
 * The number of distinct SAME_TOPIC pairs (for the summary), from the index's placements, without
 * a set of pairs: topics are numbered in derive-same-topic.ts's order (every section's groups,
 * then the leaf sections), and a pair counts in the first topic the two papers share.
 */
export function countSameTopicPairs(index: RoadmapIndex): number {
  const members: number[][] = [];
  const groupTopic = new Map<string, number>();
  const leafTopic = new Map<number, number[]>();
  for (let p = 0; p < index.placementNode.length; p++) {
    const node = index.placementNode.at(p);
    if (index.nodeKind.at(node) !== NodeKind.Paper) continue;
    const section = index.placementSection.at(p);
    const group = index.placementGroup.at(p);
    if (group >= 0) {
      const key = `${section}:${group}`;
      let topic = groupTopic.get(key);
      if (topic === undefined) groupTopic.set(key, (topic = members.push([]) - 1));
      members[topic]?.push(node);
    }
    if (index.isLeaf(index.sectionNames[section] ?? "")) leafTopic.set(section, [...(leafTopic.get(section) ?? []), node]);
  }
  for (const section of [...leafTopic.keys()].sort((x, y) => x - y)) members.push(leafTopic.get(section) ?? []);
  const topicsOf = new Map<number, number[]>(); // paper -> its topics, ascending
  members.forEach((list, topic) => {
    for (const node of new Set(list)) topicsOf.set(node, [...(topicsOf.get(node) ?? []), topic]);
  });
  let count = 0;
  members.forEach((list, topic) => {
    const unique = [...new Set(list)];
    for (let i = 0; i < unique.length; i++) {
      const mine = topicsOf.get(unique[i] ?? -1) ?? [];
      for (let j = i + 1; j < unique.length; j++) {
        const theirs = topicsOf.get(unique[j] ?? -1) ?? [];
        if (!mine.some((t) => t < topic && theirs.includes(t))) count++;
      }
    }
  });
  return count;
}
