/**
 * Turning a console result's rows into table cells. Nodes, relationships and paths are shown
 * compactly ("(:Paper GQA)", "[:BUILDS_ON]"); the full value stays available as a tooltip.
 * The API's value encoding is matched by shape, so both GraphNode-like objects and plain
 * {labels, properties} objects read well.
 */
export type CellKind = "null" | "string" | "number" | "boolean" | "node" | "relationship" | "path" | "list" | "map";
export type Cell = { kind: CellKind; text: string; title?: string };
export type Table = { columns: string[]; rows: Cell[][] };

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const propsOf = (value: Obj): Obj => (isObj(value.properties) ? value.properties : {});

function isNode(value: unknown): value is Obj {
  return isObj(value) && Array.isArray(value.labels) && (isObj(value.properties) || typeof value.id === "string");
}

function isRelationship(value: unknown): value is Obj {
  return (
    isObj(value) &&
    typeof value.type === "string" &&
    !Array.isArray(value.labels) &&
    (("source" in value && "target" in value) || ("start" in value && "end" in value) || "startNodeElementId" in value)
  );
}

function pathParts(value: unknown): { nodes: Obj[]; rels: Obj[] } | null {
  if (!isObj(value)) return null;
  if (Array.isArray(value.segments) && value.segments.every(isObj)) {
    const segments = value.segments;
    const first = segments[0];
    const nodes = [first?.start, ...segments.map((s) => s.end)].filter(isObj);
    return { nodes: isObj(value.start) && segments.length === 0 ? [value.start] : nodes, rels: segments.map((s) => s.relationship).filter(isObj) };
  }
  if (Array.isArray(value.nodes) && value.nodes.every(isNode)) {
    const rels = Array.isArray(value.relationships) ? value.relationships : Array.isArray(value.edges) ? value.edges : null;
    if (rels && rels.every(isRelationship)) return { nodes: value.nodes, rels };
  }
  return null;
}

/** The short name of a node: its display label, tag, name, title or id. */
function nodeName(node: Obj): string {
  const props = propsOf(node);
  for (const candidate of [node.label, props.tag, props.name, props.title, props.id, node.id, node.elementId]) {
    if (typeof candidate === "string" && candidate !== "") return candidate.length > 40 ? `${candidate.slice(0, 39)}…` : candidate;
    if (typeof candidate === "number") return String(candidate);
  }
  return "";
}

function nodeId(node: Obj): unknown {
  return node.id ?? node.elementId ?? node.identity;
}

function formatNode(node: Obj): string {
  const labels = (node.labels as unknown[]).filter((l): l is string => typeof l === "string");
  const name = nodeName(node);
  return `(${labels.map((l) => `:${l}`).join("")}${name ? ` ${name}` : ""})`;
}

function formatPath(nodes: Obj[], rels: Obj[]): string {
  if (nodes.length === 0) return "()";
  let text = `(${nodeName(nodes[0] as Obj)})`;
  nodes.slice(1).forEach((node, i) => {
    const rel = rels[i];
    const type = typeof rel?.type === "string" ? rel.type : "";
    const start = rel?.source ?? rel?.start ?? rel?.startNodeElementId;
    // Backwards only when we know the relationship starts at the later node.
    const backward = start !== undefined && start === nodeId(node);
    text += backward ? `<-[:${type}]-` : `-[:${type}]->`;
    text += `(${nodeName(node)})`;
  });
  return text;
}

/** A compact text for any value, used inside lists and maps too. */
export function formatValue(value: unknown): string {
  return toCell(value).text;
}

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return { kind: "null", text: "null" };
  if (typeof value === "string") return { kind: "string", text: value };
  if (typeof value === "number" || typeof value === "bigint") return { kind: "number", text: String(value) };
  if (typeof value === "boolean") return { kind: "boolean", text: String(value) };
  const json = JSON.stringify(value, null, 2);
  if (isNode(value)) return { kind: "node", text: formatNode(value), title: json };
  if (isRelationship(value)) return { kind: "relationship", text: `[:${value.type as string}]`, title: json };
  const path = pathParts(value);
  if (path) return { kind: "path", text: formatPath(path.nodes, path.rels), title: json };
  if (Array.isArray(value)) return { kind: "list", text: `[${value.map(formatValue).join(", ")}]`, title: json };
  if (isObj(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${typeof item === "string" ? JSON.stringify(item) : formatValue(item)}`);
    return { kind: "map", text: `{${entries.join(", ")}}`, title: json };
  }
  return { kind: "string", text: typeof value === "symbol" ? value.toString() : "" };
}

/** Rows as cells, padded or cut to the column count so every row lines up with the header. */
export function toTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): Table {
  return {
    columns: [...columns],
    rows: rows.map((row) => columns.map((_, i) => toCell(row[i]))),
  };
}
