"use client";
/** A titled list of related nodes; each item selects that node. */
import type { GraphNode } from "@/contract/schemas";
import { localName, type Language } from "@/app/lib/i18n";
import { KindIcon } from "./kind-icon";
import { tagOf } from "@/app/lib/to-elements";
import { SuggestedBadge } from "./citation-marks";

export function NodeList(props: {
  title: string;
  items: { node: GraphNode; note?: string | null }[];
  onPick: (node: GraphNode) => void;
  color: (node: GraphNode) => string;
  testId?: string;
  language?: Language;
}) {
  if (props.items.length === 0) return null;
  return (
    <section className="node-list" data-testid={props.testId}>
      <h3>
        {props.title} <span className="count">{props.items.length}</span>
      </h3>
      <ul>
        {props.items.map(({ node: raw, note }) => {
          const node = { ...raw, ...localName(raw, props.language ?? "en") };
          return (
          <li key={node.id}>
            <button type="button" className="node-link" onClick={() => props.onPick(node)}>
              <KindIcon kind={node.kind} color={props.color(node)} size={12} />
              <span>
                <span className="node-link-title">{tagOf(node) ? `${tagOf(node)} · ${node.title}` : node.title}</span>
                {(node.year || note) && <span className="node-link-meta">{[node.year, note].filter(Boolean).join(" · ")}</span>}
              </span>
            </button>
            <SuggestedBadge language={props.language ?? "en"} node={node} />
          </li>
          );
        })}
      </ul>
    </section>
  );
}
