"use client";
/** Where lists meet, in a paper's details: which lists hold it, and under which of their sections. */
import { useQuery } from "@tanstack/react-query";
import type { NodeDetails } from "@/app/lib/api-types";
import { localName, translate, type Language } from "@/app/lib/i18n";
import { roadmapsQuery } from "@/app/queries";

export function PaperLists(props: { sections: NodeDetails["sections"]; language: Language }) {
  const t = (key: string) => translate(props.language, key);
  const lists = useQuery(roadmapsQuery());
  const titles = new Map((lists.data?.roadmaps ?? []).map((r) => [r.id, r.title]));
  const byList = new Map<string, string[]>();
  for (const placement of props.sections) {
    const list = placement.section.roadmap;
    if (typeof list !== "string") continue;
    const name = localName(placement.section, props.language).title;
    byList.set(list, [...(byList.get(list) ?? []), placement.group ? `${name} › ${placement.group}` : name]);
  }
  if (byList.size === 0) return null;
  return (
    <section className="node-list" data-testid="paper-lists">
      <h3>{t("In lists")}</h3>
      <ul className="paper-lists">
        {[...byList].map(([id, sections]) => (
          <li key={id} data-list={id}>
            <strong>{titles.get(id) ?? id}</strong>: {sections.join("; ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
