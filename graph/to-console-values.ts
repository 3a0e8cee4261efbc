/**
 * Console results to JSON: driver nodes, relationships and paths (found anywhere in a row, in
 * lists and maps too) are rendered as plain objects and collected for the graph view; other
 * values go through neo4j-values.ts. Long lists are cut so one row cannot become a huge answer.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import { toPlain } from "./neo4j-values";
import type { DetailedEdge, DetailedNode } from "@/contract/schemas";
import { edgeId, publicId, toDetailedEdge, type RawNode } from "./to-graph-elements";

export const CONSOLE_LIST_CAP = 10_000;
export const CONSOLE_GRAPH_CAP = { nodes: 2_000, relationships: 5_000 };

type RenderedRelationship = {
  elementId: string;
  id: string;
  type: string;
  start: string;
  end: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
};

export class ConsoleCollector {
  readonly nodes = new Map<string, RawNode>();
  readonly relationships = new Map<string, { type: string; start: string; end: string; properties: Record<string, unknown> }>();
  private readonly rendered: RenderedRelationship[] = [];
  /** something was cut: a long list, or graph elements beyond the caps */
  truncated = false;

  private addNode(node: Node): Record<string, unknown> {
    const properties = toPlain(node.properties) as Record<string, unknown>;
    if (!this.nodes.has(node.elementId)) {
      if (this.nodes.size < CONSOLE_GRAPH_CAP.nodes) this.nodes.set(node.elementId, { elementId: node.elementId, labels: node.labels, properties });
      else this.truncated = true;
    }
    return { elementId: node.elementId, id: publicId(properties, node.elementId), labels: node.labels, properties };
  }

  private addRelationship(rel: Relationship): RenderedRelationship {
    const properties = toPlain(rel.properties) as Record<string, unknown>;
    if (!this.relationships.has(rel.elementId)) {
      if (this.relationships.size < CONSOLE_GRAPH_CAP.relationships) {
        this.relationships.set(rel.elementId, { type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties });
      } else this.truncated = true;
    }
    // start/end/id are public ids, known only once every endpoint is known: see `finish`.
    const rendered = {
      elementId: rel.elementId,
      id: rel.elementId,
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      startElementId: rel.startNodeElementId,
      endElementId: rel.endNodeElementId,
      properties,
    };
    this.rendered.push(rendered);
    return rendered;
  }

  /** A row value as JSON, collecting graph elements on the way. */
  render(value: unknown): unknown {
    if (isNode(value)) return this.addNode(value);
    if (isRelationship(value)) return this.addRelationship(value);
    if (isPath(value)) {
      return {
        nodes: [value.start, ...value.segments.map((segment) => segment.end)].map((node) => this.addNode(node)),
        relationships: value.segments.map((segment) => this.addRelationship(segment.relationship)),
      };
    }
    if (Array.isArray(value)) {
      if (value.length > CONSOLE_LIST_CAP) this.truncated = true;
      return value.slice(0, CONSOLE_LIST_CAP).map((item) => this.render(item));
    }
    if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, this.render(inner)]));
    }
    return toPlain(value);
  }

  /** Endpoints of collected relationships that no row returned. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.start, rel.end]) if (!this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }

  /**
   * Graph elements, given every node that should be drawn (collected ones, enriched, plus
   * fetched endpoints), keyed by elementId. Also fills rendered relationships' public ids.
   */
  finish(nodes: ReadonlyMap<string, DetailedNode>): { nodes: DetailedNode[]; edges: DetailedEdge[] } {
    const idOf = (elementId: string) => nodes.get(elementId)?.id ?? `element:${elementId}`;
    for (const rendered of this.rendered) {
      rendered.start = idOf(rendered.startElementId);
      rendered.end = idOf(rendered.endElementId);
      rendered.id = edgeId(rendered.start, rendered.type, rendered.end);
    }
    const edges: DetailedEdge[] = [];
    const seen = new Set<string>();
    for (const rel of this.relationships.values()) {
      if (!nodes.has(rel.start) || !nodes.has(rel.end)) continue;
      const edge = toDetailedEdge({ type: rel.type, source: idOf(rel.start), target: idOf(rel.end), properties: rel.properties });
      if (!seen.has(edge.id)) edges.push(edge);
      seen.add(edge.id);
    }
    return { nodes: [...nodes.values()], edges };
  }
}
