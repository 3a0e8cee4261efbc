/**
 * A roadmap-shaped graph of any size, deterministic for a seed: areas > sections > leaf
 * sections, papers listed under sub-list groups, a citation-like BUILDS_ON DAG (mostly within
 * a paper's own topic, preferential attachment so that older papers are cited more), surveys
 * and resources. Pure: returns the records of the streamed form (ingest/roadmap-ndjson-schema.ts).
 *
 * Shape per n papers (about): n/50 leaf sections of ~10 papers, n/200 sections holding ~160
 * papers in groups of 8, 2-16 areas; 1.05n IN_SECTION, 3n BUILDS_ON, 4n derived SAME_TOPIC,
 * 0.05n resources. Every title is unique (up to 110,592 papers; beyond, a numeral is added).
 */
import type { NdjsonLineInput } from "../ingest/roadmap-ndjson-schema";
import { createRandom, type Random } from "./prng";
import { ADJECTIVES, AREAS, DOMAINS, METHODS, PURPOSES, RESOURCE_KINDS, VENUES } from "./vocabulary";

export type SyntheticOptions = { papers: number; seed: number };

type Paper = { id: string; title: string; year: number; tag?: string; arxivId?: string; venue?: string; home: number; listed: boolean; isSurvey: boolean };
type Section = { id: string; name: string; parent?: string; items: { ref: string; group?: string }[]; questions: string[]; grouped: boolean; pool: number[] };

const pick = <T>(list: readonly T[], random: Random): T => list[random.int(list.length)] as T;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const TITLE_COMBINATIONS = ADJECTIVES.length * METHODS.length * PURPOSES.length * DOMAINS.length;

/** The i-th unique title: a permutation of the word combinations, so neighbours differ. */
export function syntheticTitle(i: number): string {
  const t = (i * 48271 + 12345) % TITLE_COMBINATIONS;
  const a = ADJECTIVES[t % 24] ?? "";
  const m = METHODS[Math.floor(t / 24) % 24] ?? "";
  const p = PURPOSES[Math.floor(t / 576) % 8] ?? "";
  const d = DOMAINS[Math.floor(t / 4608) % 24] ?? "";
  const round = Math.floor(i / TITLE_COMBINATIONS);
  return `${a} ${m} ${p} ${d}${round > 0 ? ` ${round + 1}` : ""}`;
}

function buildSections(n: number, random: Random): { sections: Section[]; mids: number[]; leaves: number[] } {
  const areaCount = Math.min(AREAS.length, Math.max(2, Math.round(Math.sqrt(n) / 10)));
  const midCount = Math.max(areaCount, Math.round(n / 200));
  const leafCount = Math.max(1, Math.round(n / 50));
  const sections: Section[] = [];
  for (let a = 0; a < areaCount; a++) {
    const name = AREAS[a] ?? `Area ${a}`;
    sections.push({ items: [], pool: [], id: `area-${a}`, name, grouped: true, questions: [0, 1, 2].map((q) => `What are the main open problems of ${name} (${q + 1})?`) });
  }
  const mids: number[] = [];
  for (let m = 0; m < midCount; m++) {
    const parent = sections[m % areaCount];
    const name = `${pick(ADJECTIVES, random)} ${pick(METHODS, random)} ${m + 1}`;
    mids.push(sections.length);
    sections.push({ items: [], pool: [], id: `${parent?.id}-s${m}`, name, parent: parent?.id, grouped: true, questions: [`How does ${name} differ from its predecessors?`] });
  }
  const leaves: number[] = [];
  for (let l = 0; l < leafCount; l++) {
    const parent = sections[mids[l % midCount] ?? 0];
    leaves.push(sections.length);
    sections.push({ items: [], pool: [], id: `${parent?.id}-t${l}`, name: `${pick(METHODS, random)} ${pick(PURPOSES, random)} ${pick(DOMAINS, random)}`, parent: parent?.id, grouped: false, questions: [] });
  }
  return { sections, mids, leaves };
}

function buildPapers(n: number, random: Random, sections: Section[], mids: number[], leaves: number[]): Paper[] {
  const years = Array.from({ length: n }, (_, i) => Math.min(2025, 1995 + Math.floor(31 * Math.sqrt((i + 0.5) / n))));
  const perMonth = new Map<string, number>();
  const yearStart = new Map<number, number>();
  const yearCount = new Map<number, number>();
  years.forEach((y, i) => {
    if (!yearStart.has(y)) yearStart.set(y, i);
    yearCount.set(y, (yearCount.get(y) ?? 0) + 1);
  });
  return years.map((year, i) => {
    const title = syntheticTitle(i);
    const month = 1 + Math.floor((12 * (i - (yearStart.get(year) ?? 0))) / (yearCount.get(year) ?? 1));
    const home = random.next() < 0.8 ? (mids[random.int(mids.length)] ?? 0) : (leaves[random.int(leaves.length)] ?? 0);
    const listed = random.next() >= 0.02;
    const isSurvey = i > 50 && random.next() < 0.015;
    const tag = random.next() < 0.2 ? `${title.split(" ").map((w) => w[0]).join("").toUpperCase()}-${i % 100}` : undefined;
    let arxivId: string | undefined;
    let id: string;
    if (year >= 2007 && random.next() < 0.8) {
      const key = `${year}-${month}`;
      const seq = (perMonth.get(key) ?? 0) + 1;
      perMonth.set(key, seq);
      arxivId = `${pad(year % 100, 2)}${pad(month, 2)}.${pad(seq, 5)}`;
      id = arxivId;
    } else {
      id = `p${pad(i, 6)}-${title.toLowerCase().split(" ").slice(0, 2).join("-").replace(/[^a-z0-9-]/g, "")}`;
    }
    const venue = arxivId ? undefined : `${pick(VENUES, random)} ${year}`;
    return { id, title, year, home, listed, isSurvey, ...(tag ? { tag } : {}), ...(arxivId ? { arxivId } : {}), ...(venue ? { venue } : {}) };
  });
}

/** BUILDS_ON: each paper cites ~3 older ones, 80% from its own topic; a cited paper is cited more. */
function buildCitations(papers: Paper[], sections: Section[], random: Random): { from: number; to: number }[] {
  const edges: { from: number; to: number }[] = [];
  const global: number[] = [];
  papers.forEach((paper, i) => {
    const local = sections[paper.home]?.pool ?? [];
    const wanted = Math.min(i, 12, random.poisson(3));
    const chosen = new Set<number>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++) {
      const pool = local.length > 0 && random.next() < 0.8 ? local : global;
      const target = pool[random.int(pool.length)];
      if (target !== undefined && target !== i) chosen.add(target);
    }
    for (const target of [...chosen].sort((x, y) => x - y)) {
      edges.push({ from: i, to: target });
      global.push(target);
      sections[papers[target]?.home ?? 0]?.pool.push(target);
    }
    global.push(i);
    local.push(i);
  });
  return edges;
}

function place(section: Section | undefined, ref: string): void {
  if (!section) return;
  const group = section.grouped ? `${section.name} · ${DOMAINS[Math.floor(section.items.length / 8) % DOMAINS.length]} ${Math.floor(section.items.length / 8) + 1}` : undefined;
  section.items.push({ ref, ...(group ? { group } : {}) });
}

export function* syntheticRoadmap(options: SyntheticOptions): Generator<NdjsonLineInput> {
  const n = options.papers;
  const random = createRandom(options.seed);
  const { sections, mids, leaves } = buildSections(n, random);
  const papers = buildPapers(n, random, sections, mids, leaves);
  const edges = buildCitations(papers, sections, random);
  for (const paper of papers) {
    if (!paper.listed) continue;
    place(sections[paper.home], paper.id);
    const second = mids[random.int(mids.length)] ?? 0;
    if (random.next() < 0.05 && second !== paper.home) place(sections[second], paper.id);
  }
  const resources = Array.from({ length: Math.round(n * 0.05) }, (_, r) => {
    const kind = RESOURCE_KINDS[r % RESOURCE_KINDS.length] ?? "blog";
    const id = `res-${pad(r, 6)}`;
    place(sections[random.next() < 0.7 ? (mids[random.int(mids.length)] ?? 0) : (leaves[random.int(leaves.length)] ?? 0)], id);
    return { kind: "resource" as const, id, title: `${pick(ADJECTIVES, random)} ${pick(METHODS, random)}: a ${kind}`, url: `https://example.org/${kind}/${r}`, resourceKind: kind };
  });

  yield { kind: "roadmap", id: `synthetic-${n}`, title: `Synthetic roadmap of ${n} papers`, source: `bench/generate-roadmap.ts --papers ${n} --seed ${options.seed}` };
  for (const s of sections) {
    yield { kind: "section", id: s.id, name: s.name, ...(s.parent ? { parent: s.parent } : {}), items: s.items, questions: s.questions.map((en) => ({ en })) };
  }
  for (const p of papers) {
    yield {
      kind: "paper", id: p.id, title: p.title, year: p.year,
      ...(p.arxivId ? { arxivId: p.arxivId, url: `https://arxiv.org/abs/${p.arxivId}` } : { url: `https://example.org/papers/${p.id}` }),
      ...(p.venue ? { venue: p.venue } : {}), ...(p.tag ? { tag: p.tag } : {}),
      ...(p.isSurvey ? { isSurvey: true } : {}), ...(p.listed ? {} : { inRoadmap: false }),
    };
  }
  yield* resources;
  const cites = new Map<number, number[]>();
  for (const { from, to } of edges) {
    const target = papers[to];
    cites.set(from, [...(cites.get(from) ?? []), to]);
    yield { kind: "buildsOn", from: papers[from]?.id ?? "", to: target?.id ?? "", reason: `reuses the ${target?.title.split(" ").slice(0, 2).join(" ").toLowerCase()} of ${target?.tag ?? target?.id}` };
  }
  for (const [i, p] of papers.entries()) {
    if (!p.isSurvey) continue;
    const covered = (cites.get(i) ?? []).slice(0, 3).map((j) => papers[j]?.id ?? "");
    yield { kind: "surveys", survey: p.id, covers: [sections[p.home]?.id ?? "", ...covered] };
  }
}
