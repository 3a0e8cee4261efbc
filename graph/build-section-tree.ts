/**
 * Flat section rows to nested trees with counts that include descendants. Pure. A paper listed
 * in a section and in its subsection counts once, hence sets rather than sums.
 */
import type { SectionTreeNode } from "@/contract/schemas";

export type SectionRow = {
  id: string;
  name: string;
  nameRu: string | null;
  level: number;
  order: number;
  parent: string | null;
  papers: readonly string[];
  resources: readonly string[];
};

export function buildSectionTree(rows: readonly SectionRow[]): SectionTreeNode[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const children = new Map<string | null, SectionRow[]>();
  for (const row of rows) {
    // A parent outside the rows (another roadmap, or missing) makes the section a root.
    const parent = row.parent !== null && byId.has(row.parent) ? row.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const build = (row: SectionRow, ancestors: ReadonlySet<string>): { node: SectionTreeNode; papers: Set<string>; resources: Set<string> } => {
    const papers = new Set(row.papers);
    const resources = new Set(row.resources);
    const kids: SectionTreeNode[] = [];
    const path = new Set(ancestors).add(row.id);
    for (const child of sortRows(children.get(row.id) ?? [])) {
      if (path.has(child.id)) continue; // a cycle would recurse forever; the ingest forbids them anyway
      const built = build(child, path);
      built.papers.forEach((id) => papers.add(id));
      built.resources.forEach((id) => resources.add(id));
      kids.push(built.node);
    }
    return {
      node: {
        id: row.id,
        name: row.name,
        nameRu: row.nameRu,
        level: row.level,
        order: row.order,
        paperCount: papers.size,
        resourceCount: resources.size,
        children: kids,
      },
      papers,
      resources,
    };
  };
  return sortRows(children.get(null) ?? []).map((row) => build(row, new Set()).node);
}

function sortRows(rows: readonly SectionRow[]): SectionRow[] {
  return [...rows].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
