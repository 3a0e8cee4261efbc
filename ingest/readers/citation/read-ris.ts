/**
 * RIS text -> located entries. Records start at a `TY  - ` line and end at `ER  - `; each
 * record is parsed alone by citation-js so a flawed one is one problem at its line. RIS keeps
 * tags (KW) as keywords, which become sections.
 */
import type { InputProblem } from "../../input-error";
import { cslItemSchema, parseRisRecord } from "./citation-js";
import type { ReadEntries } from "./read-bibtex";
import { mapCitationItem } from "./map-citation-item";

const TAG = /^([A-Z][A-Z0-9])  -(?: |$)/;

export function readRisEntries(text: string): ReadEntries {
  const records: { line: number; text: string; ended: boolean }[] = [];
  const problems: InputProblem[] = [];
  let open: { line: number; text: string; ended: boolean } | undefined;
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    const tag = TAG.exec(lineText.replace(/^\uFEFF/, ""))?.[1];
    if (tag === "TY") {
      if (open && !open.ended) problems.push({ line: open.line, message: "record has no ER (end of record) line; read up to the next TY" });
      records.push((open = { line: index + 1, text: lineText, ended: false }));
    } else if (open && !open.ended) {
      open.text += `\n${lineText}`;
      if (tag === "ER") open.ended = true;
    }
  });
  const entries: ReadEntries["entries"] = [];
  for (const record of records) {
    const body = record.ended ? record.text : `${record.text}\nER  - `;
    for (const raw of parseRisRecord(body)) {
      const item = cslItemSchema.safeParse(raw);
      const mapped = item.success ? mapCitationItem(item.data) : { problems: ["record cannot be mapped; record skipped"] };
      problems.push(...mapped.problems.map((message) => ({ line: record.line, message: message.replace(/^entry/, "record").replace(/entry skipped$/, "record skipped") })));
      if (mapped.entry) entries.push({ line: record.line, entry: mapped.entry });
    }
  }
  return { entries, problems, found: records.length };
}
