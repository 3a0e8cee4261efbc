/**
 * A list big enough to open as section clusters (more than CLUSTER_ABOVE nodes), in the
 * structured JSON form the page and the CLI load: `sections` sections of `perSection` papers
 * each, ids and links of its own (no arXiv ids, so it shares nothing with real lists), one paper
 * listed in two sections, one resource per section, and BUILDS_ON chains inside each section
 * plus one across sections. Tests compare what the API answers with this plan.
 */
export type BigList = {
  id: string;
  /** the JSON file's text */
  text: string;
  /** section id (as written, scoped by the list) -> the paper ids listed in it, in order */
  papersBySection: Map<string, string[]>;
  resourcesBySection: Map<string, string[]>;
  sectionNames: Map<string, string>;
};

const pad = (n: number) => String(n).padStart(4, "0");

export function buildBigList(id = "big-test-list", sections = 12, perSection = 75): BigList {
  const papers: { id: string; title: string; year: number; url: string }[] = [];
  const list = { roadmap: { id, title: "Big Test List" }, sections: [] as unknown[], papers, resources: [] as unknown[], buildsOn: [] as unknown[] };
  const papersBySection = new Map<string, string[]>();
  const resourcesBySection = new Map<string, string[]>();
  const sectionNames = new Map<string, string>();
  for (let s = 0; s < sections; s++) {
    const local = `cluster-${s + 1}`;
    const name = `Cluster topic ${s + 1}`;
    const ids: string[] = [];
    for (let i = 0; i < perSection; i++) {
      const paper = `big-${pad(s * perSection + i)}`;
      ids.push(paper);
      papers.push({ id: paper, title: `Quasar study ${pad(s * perSection + i)} of cluster ${s + 1}`, year: 2000 + (i % 20), url: `https://example.org/big/${paper}` });
      if (i > 0) list.buildsOn.push({ from: paper, to: ids[0], reason: `extends the opening study of cluster ${s + 1}` });
    }
    const resource = `big-res-${s + 1}`;
    list.resources.push({ id: resource, title: `Quasar notes for cluster ${s + 1}`, url: `https://example.org/big/notes/${s + 1}`, kind: "blog" });
    // The first paper of the previous section is listed here too.
    const shared = s > 0 ? [papersBySection.get(`${id}/cluster-${s}`)?.[0] ?? ""] : [];
    const items = [...ids, ...shared].map((ref) => ({ ref }));
    list.sections.push({ id: local, name, items: [...items, { ref: resource }] });
    papersBySection.set(`${id}/${local}`, [...ids, ...shared]);
    resourcesBySection.set(`${id}/${local}`, [`${id}/${resource}`]);
    sectionNames.set(`${id}/${local}`, name);
  }
  list.buildsOn.push({ from: `big-${pad(perSection + 5)}`, to: `big-${pad(3)}`, reason: "carries the third study of cluster 1 into cluster 2" });
  return { id, text: JSON.stringify(list), papersBySection, resourcesBySection, sectionNames };
}
