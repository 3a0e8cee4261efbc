/**
 * The checks of validate-roadmap.ts's checkRoadmap, run on the compact index the streamed
 * reader builds (ingest/roadmap-index.ts): references that resolve, acyclic parents and
 * BUILDS_ON, edges that never point to a newer paper, surveys of papers marked as surveys,
 * and the SAME_TOPIC size limit of derive-same-topic.ts. Problems come back in line order.
 */
import { MAX_SAME_TOPIC_PAIRS } from "./derive-same-topic";
import type { InputProblem } from "./input-error";
import { NodeKind, type RoadmapIndex } from "./roadmap-index";

export function checkRoadmapIndex(index: RoadmapIndex): InputProblem[] {
  const problems: InputProblem[] = [...index.duplicates];
  const report = (line: number, message: string) => problems.push({ line, message });

  index.sectionNames.forEach((id, i) => {
    const parent = index.sectionParent[i];
    if (parent !== undefined && !index.sectionIds.has(parent)) report(index.sectionLine.at(i), `parent: unknown parent section "${parent}"`);
  });
  const reported = new Set<string>();
  index.sectionNames.forEach((id, i) => {
    const seen: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !seen.includes(current) && seen.length <= index.sectionNames.length) {
      seen.push(current);
      current = index.sectionParent[index.sectionIds.get(current) ?? -1];
    }
    if (current === id && !reported.has(id)) {
      seen.forEach((s) => reported.add(s));
      report(index.sectionLine.at(i), `parent: section parent cycle: ${[...seen, id].join(" -> ")}`);
    }
  });

  for (let node = 0; node < index.nodeNames.length; node++) {
    const facts = index.facts(node);
    if (facts.kind === NodeKind.Unknown) report(facts.firstRef, `"${index.nodeNames[node]}" is not a paper or resource of this roadmap`);
  }

  const edges = new Set<number>();
  for (let e = 0; e < index.edgeFrom.length; e++) {
    const [from, to, line] = [index.edgeFrom.at(e), index.edgeTo.at(e), index.edgeLine.at(e)];
    const a = index.facts(from);
    const b = index.facts(to);
    const name = (n: number) => index.nodeNames[n] ?? "";
    if (a.kind === NodeKind.Resource) report(line, `from: "${name(from)}" is not a paper`);
    if (b.kind === NodeKind.Resource) report(line, `to: "${name(to)}" is not a paper`);
    if (from === to) report(line, `self edge: "${name(from)}" builds on itself`);
    const key = from * 2 ** 26 + to;
    if (edges.has(key)) report(line, `duplicate edge ${name(from)} -> ${name(to)}`);
    edges.add(key);
    if (a.year > 0 && b.year > 0 && a.year < b.year) {
      report(line, `edge into the future: ${name(from)} (${a.year}) builds on ${name(to)} (${b.year}); the source is older than the target`);
    }
  }
  edges.clear();
  const cycle = findIndexCycle(index);
  if (cycle) report(cycle.line, `BUILDS_ON cycle: ${cycle.nodes.map((n) => index.nodeNames[n]).join(" -> ")}`);

  for (const survey of index.surveys) {
    const node = index.nodeIds.get(survey.survey);
    const facts = node === undefined ? undefined : index.facts(node);
    if (facts?.kind !== NodeKind.Paper) report(survey.line, `survey: "${survey.survey}" is not a paper`);
    else if (!facts.survey) report(survey.line, `survey: paper "${survey.survey}" is not marked isSurvey: true`);
    survey.covers.forEach((target, j) => {
      if (!index.isSection(target) && !index.isPaper(target)) report(survey.line, `covers.${j}: "${target}" is not a section or paper`);
    });
  }

  const bound = sameTopicBound(index);
  if (bound.pairs > MAX_SAME_TOPIC_PAIRS) {
    report(bound.line, `too many SAME_TOPIC pairs (${bound.pairs}, limit ${MAX_SAME_TOPIC_PAIRS}): "${bound.topic}" alone lists ${bound.largest} papers; split it into smaller sections or groups`);
  }
  return problems.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
}

/** A BUILDS_ON cycle as node indexes [a, b, ..., a] with the line of its first edge. Iterative DFS over a CSR. */
function findIndexCycle(index: RoadmapIndex): { nodes: number[]; line: number } | undefined {
  const n = index.nodeNames.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < index.edgeFrom.length; e++) start[index.edgeFrom.at(e) + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const next = new Int32Array(index.edgeFrom.length);
  const fill = start.slice(0, n);
  for (let e = 0; e < index.edgeFrom.length; e++) next[fill[index.edgeFrom.at(e)]!++] = e;
  const state = new Uint8Array(n); // 0 new, 1 open, 2 done
  const cursor = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (cursor[top]! >= start[top + 1]! - start[top]!) {
        state[top] = 2;
        stack.pop();
        continue;
      }
      const edge = next[start[top]! + cursor[top]!++]!;
      const target = index.edgeTo.at(edge);
      if (target === top) continue; // self edges are reported on their own
      if (state[target] === 1) {
        const nodes = [...stack.slice(stack.indexOf(target)), target];
        return { nodes, line: index.edgeLine.at(edge) };
      }
      if (state[target] === 0) {
        state[target] = 1;
        stack.push(target);
      }
    }
  }
  return undefined;
}

/** Upper bound of SAME_TOPIC pairs (sum of n(n-1)/2 over groups and leaf sections), as derive-same-topic.ts counts it. */
function sameTopicBound(index: RoadmapIndex): { pairs: number; largest: number; topic: string; line: number } {
  let pairs = 0;
  let worst = { largest: 0, topic: "", line: 0 };
  const topics = new Map<string, Set<number>>();
  const flush = (section: number) => {
    for (const [topic, members] of topics) {
      pairs += (members.size * (members.size - 1)) / 2;
      if (members.size > worst.largest) worst = { largest: members.size, topic: topic.replace("\u0000", ""), line: index.sectionLine.at(section) };
    }
    topics.clear();
  };
  let current = -1;
  for (let p = 0; p < index.placementNode.length; p++) {
    const section = index.placementSection.at(p);
    if (section !== current) flush(current);
    current = section;
    const node = index.placementNode.at(p);
    if (index.nodeKind.at(node) !== NodeKind.Paper) continue;
    const group = index.placementGroup.at(p);
    const sectionId = index.sectionNames[section] ?? "";
    if (group >= 0) add(topics, index.groupNames[group] ?? "", node);
    if (index.isLeaf(sectionId)) add(topics, `\u0000${sectionId}`, node);
  }
  flush(current);
  return { pairs, ...worst };
}

function add(topics: Map<string, Set<number>>, key: string, node: number): void {
  const members = topics.get(key);
  if (members) members.add(node);
  else topics.set(key, new Set([node]));
}
