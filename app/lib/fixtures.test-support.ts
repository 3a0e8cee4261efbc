/** Small builders for unit tests of the pure modules. */
import type { GraphEdge, GraphNode } from "@/contract/schemas";

export function node(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, labels: ["Paper"], kind: "paper", label: id.toUpperCase(), title: `Title of ${id}`, properties: {}, ...extra };
}

export function edge(source: string, target: string, type = "BUILDS_ON", properties: Record<string, unknown> = {}): GraphEdge {
  return { id: `${source}-${type}-${target}`, type, source, target, properties };
}
