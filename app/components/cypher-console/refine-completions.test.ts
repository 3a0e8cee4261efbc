import { describe, expect, it } from "vitest";
import { labelsOf, refineCompletions, type CompletionItem } from "./refine-completions";

const LABELS = { Paper: ["year", "title", "arxivId"], Section: ["name", "nameRu"], Roadmap: ["id", "title"] };
const item = (type: string, view: string): CompletionItem => ({ type, view, content: view });
// What the editor package offers in most places: variables, every key, then every keyword.
const GENERIC = [item("variable", "p"), item("propertyKey", "name"), item("propertyKey", "year"), ...["MATCH", "CREATE", "MERGE", "DELETE", "DETACH", "SET", "RETURN", "WHERE", "START", "PERIODIC", "GRANT", "DBMS", "LIMIT"].map((k) => item("keyword", k))];

describe("refineCompletions", () => {
  it("after `p.` offers the properties of p's label first, then the other keys, and nothing else", () => {
    const query = "MATCH (p:Paper) RETURN p.";
    const out = refineCompletions(GENERIC, query, query, LABELS);
    expect(out.map((o) => o.view)).toEqual(["arxivId", "title", "year", "id", "name", "nameRu"]);
    expect(out.every((o) => o.type === "property")).toBe(true);
  });

  it("narrows by what is typed after the dot, ignoring case", () => {
    const query = "MATCH (s:Section)<-[:IN_SECTION]-(p:Paper) RETURN s.NA";
    expect(refineCompletions(GENERIC, query, query, LABELS).map((o) => o.view)).toEqual(["name", "nameRu"]);
  });

  it("reads a label given later in the query and several labels on one variable", () => {
    const query = "RETURN r.t; MATCH (r :Roadmap:Paper {id: 'x'})";
    expect(labelsOf("r", query)).toEqual(["Roadmap", "Paper"]);
    const before = "RETURN r.t";
    expect(refineCompletions(GENERIC, before, query, LABELS).map((o) => o.view)).toEqual(["title"]);
  });

  it("offers every key for a variable whose label is unknown", () => {
    const query = "MATCH (n) RETURN n.";
    expect(refineCompletions(GENERIC, query, query, LABELS).map((o) => o.view)).toEqual(["arxivId", "id", "name", "nameRu", "title", "year"]);
  });

  it("keeps only keywords a read query can use elsewhere", () => {
    const query = "MATCH (p:Paper) ";
    const out = refineCompletions(GENERIC, query, query, LABELS).map((o) => o.view);
    expect(out).toEqual(["p", "name", "year", "MATCH", "RETURN", "WHERE", "LIMIT"]);
  });

  it("does not take a decimal number for a property access", () => {
    const query = "MATCH (p:Paper) WHERE p.year > 2.";
    expect(refineCompletions(GENERIC, query, query, LABELS).some((o) => o.view === "MATCH")).toBe(true);
  });
});
