/** Example queries for the console's menu, written against the fixed data model (DESIGN.md). */
import type { Language } from "./i18n";

export type ExampleQuery = { id: string; title: Record<Language, string>; query: string };

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: "builds-on-chain-gqa",
    title: { en: "What GQA builds on (the BUILDS_ON chain)", ru: "На чём основана GQA (цепочка BUILDS_ON)" },
    query: "MATCH path = (:Paper {tag: 'GQA'})-[:BUILDS_ON*1..]->(:Paper)\nRETURN path",
  },
  {
    id: "most-built-upon",
    title: { en: "Most built-upon papers", ru: "Статьи, на которых строят больше всего" },
    query:
      "MATCH (p:Paper)<-[:BUILDS_ON]-(later:Paper)\nRETURN p.tag AS tag, p.title AS title, p.year AS year, count(later) AS builtUponBy\nORDER BY builtUponBy DESC, year\nLIMIT 10",
  },
  {
    id: "papers-of-section",
    title: { en: "Papers of the “Transformer Architecture” section", ru: "Статьи раздела «Transformer Architecture»" },
    query: "MATCH (p:Paper)-[r:IN_SECTION]->(s:Section {name: 'Transformer Architecture'})\nRETURN s, r, p\nORDER BY r.order",
  },
  {
    id: "surveys",
    title: { en: "Surveys and what they cover", ru: "Обзоры и что они охватывают" },
    query: "MATCH (survey:Paper {isSurvey: true})-[c:SURVEYS]->(covered)\nRETURN survey, c, covered",
  },
  {
    id: "papers-per-year",
    title: { en: "Papers per year", ru: "Число статей по годам" },
    query: "MATCH (p:Paper)\nWHERE p.year IS NOT NULL\nRETURN p.year AS year, count(*) AS papers\nORDER BY year",
  },
  {
    id: "foundations",
    title: { en: "Foundational papers the roadmap omits", ru: "Базовые статьи вне роадмапа" },
    query: "MATCH (p:Paper {inRoadmap: false})<-[b:BUILDS_ON]-(later:Paper)\nRETURN p, b, later",
  },
  {
    id: "sections",
    title: { en: "Sections and their subsections", ru: "Разделы и подразделы" },
    query: "MATCH (sub:Section)-[r:SUBSECTION_OF]->(top:Section)\nRETURN top, r, sub",
  },
];
