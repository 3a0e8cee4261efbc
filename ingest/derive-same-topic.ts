/**
 * SAME_TOPIC pairs: papers listed under the same group of a section ("Efficient Transformers")
 * or in the same leaf section (one without subsections, and not marked `topic: false` as the
 * catch-all section of an untagged bibliography is). Stored once per unordered pair with
 * a < b; when a pair shares several topics, the group wins over the section (it is the more
 * specific topic), then the first in roadmap order. Output is sorted, so deterministic.
 *
 * Cost: a topic with n papers gives n(n-1)/2 pairs. Roadmap sections hold tens of papers, so
 * this stays small (the bundled roadmap gives a few hundred pairs). A list of thousands of
 * papers under one heading would give millions of edges that say nothing and would not fit
 * in memory, so above MAX_SAME_TOPIC_PAIRS the roadmap is rejected, naming the largest topic.
 */
import { RoadmapInputError } from "./input-error";
import type { Roadmap } from "./roadmap-schema";

export type SameTopicPair = { a: string; b: string; topic: string };

export const MAX_SAME_TOPIC_PAIRS = 1_000_000;

export function deriveSameTopic(roadmap: Roadmap): SameTopicPair[] {
  const paperIds = new Set(roadmap.papers.map((paper) => paper.id));
  const parents = new Set(roadmap.sections.flatMap((section) => (section.parent ? [section.parent] : [])));
  const topics: { topic: string; papers: string[]; line?: number | undefined }[] = [];

  for (const section of roadmap.sections) {
    const groups = new Map<string, string[]>();
    for (const item of section.items) {
      if (!paperIds.has(item.ref) || !item.group) continue;
      const members = groups.get(item.group);
      if (members) members.push(item.ref);
      else groups.set(item.group, [item.ref]);
    }
    for (const [group, papers] of groups) topics.push({ topic: group, papers, line: section.line });
  }
  for (const section of roadmap.sections) {
    if (parents.has(section.id) || section.topic === false) continue;
    topics.push({ topic: section.name, papers: section.items.map((item) => item.ref).filter((ref) => paperIds.has(ref)), line: section.line });
  }
  const sizes = topics.map((t) => new Set(t.papers).size);
  const bound = sizes.reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  if (bound > MAX_SAME_TOPIC_PAIRS) {
    const largest = topics[sizes.indexOf(Math.max(...sizes))];
    throw new RoadmapInputError(roadmap.roadmap.source ?? roadmap.roadmap.id, [
      {
        ...(largest?.line !== undefined ? { line: largest.line } : {}),
        message: `too many SAME_TOPIC pairs (${bound}, limit ${MAX_SAME_TOPIC_PAIRS}): "${largest?.topic}" alone lists ${Math.max(...sizes)} papers; split it into smaller sections or groups`,
      },
    ]);
  }

  const pairs = new Map<string, SameTopicPair>();
  for (const { topic, papers } of topics) {
    const unique = [...new Set(papers)].sort();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i] ?? "";
        const b = unique[j] ?? "";
        const key = `${a}\u0000${b}`;
        if (!pairs.has(key)) pairs.set(key, { a, b, topic });
      }
    }
  }
  return [...pairs.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
