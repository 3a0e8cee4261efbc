/**
 * Bad roadmap files for the ingest, generated at test time into a temp folder (the big and the
 * binary ones are never committed). Each case names the problem the CLI must report and the
 * line it must point at (null where no line makes sense: an empty or oversized file).
 */
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** `args`: extra CLI arguments; the Markdown flaws are refused only with --strict (by default they are warnings). */
export type BadInput = { name: string; file: string; problem: RegExp; line: number | null; args?: string[] };

const ROOT = resolve(import.meta.dirname, "..", "..");
const BUNDLED = join(ROOT, "ingest", "data", "generative-ai-roadmap.yaml");

/** 1-based line of the `nth` occurrence of `marker` in `text`. */
function lineOf(text: string, marker: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(marker, at + 1);
    if (at < 0) throw new Error(`marker not found: ${marker}`);
  }
  return text.slice(0, at).split("\n").length;
}

const paper = (id: string, year: number, extra = "") => `  - id: "${id}"\n    title: Paper ${id}\n    year: ${year}\n${extra}`;
const edge = (from: string, to: string) => `  - from: "${from}"\n    to: "${to}"\n    reason: a reason long enough to pass\n`;

/** A small structured roadmap; each case changes one thing. */
function yamlRoadmap(parts: { sections?: string; papers?: string; buildsOn?: string } = {}): string {
  return [
    "roadmap:\n  id: bad-input\n  title: Bad input\n",
    `sections:\n${parts.sections ?? '  - id: basics\n    name: Basics\n    items:\n      - ref: "2001.00001"\n'}`,
    `papers:\n${parts.papers ?? `${paper("2001.00001", 2020)}${paper("2001.00002", 2020)}`}`,
    parts.buildsOn ? `buildsOn:\n${parts.buildsOn}` : "",
  ].join("");
}

/** Deterministic bytes, so a failure can be reproduced. */
function garbage(size: number, seed: number, pick: (byte: number) => number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = pick(state >> 16);
  }
  return bytes;
}

export function writeBadInputs(dir: string): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const cases: BadInput[] = [];
  const add = (name: string, fileName: string, content: string | Buffer, problem: RegExp, line: number | null, args?: string[]) => {
    const file = join(dir, fileName);
    writeFileSync(file, content);
    cases.push({ name, file, problem, line, ...(args ? { args } : {}) });
  };
  const strict = ["--strict"];

  // Bytes that are not a roadmap
  add("an empty file", "empty.md", "", /file is empty/, null);
  add("only whitespace", "blank.yaml", " \n\t\n  \n", /file is empty \(only whitespace\)/, null);
  const binary = Buffer.concat([Buffer.from("# Title\n\n## Section\n"), garbage(64 * 1024, 7, (b) => b & 0xff)]);
  const nul = binary.indexOf(0);
  add("binary garbage", "garbage.md", binary, new RegExp(`binary data \\(a NUL byte at byte ${nul}\\)`), binary.subarray(0, nul).filter((b) => b === 0x0a).length + 1);
  const high = Buffer.concat([Buffer.from("# Title\n\n## Section\n"), garbage(4096, 11, (b) => 0x80 | (b & 0x7f))]);
  add("binary garbage without NUL bytes", "garbage-high.txt", high, /invalid UTF-8 at byte 20/, 4);
  add("invalid UTF-8 in one line", "latin1.md", Buffer.concat([Buffer.from("# List\n\n## Papers\n- [A](https://arxiv.org/abs/2001.00001)\n\n- [Caf"), Buffer.from([0xe9]), Buffer.from("](https://example.org/cafe)\n")]), /invalid UTF-8 at byte \d+/, 6);
  add("a UTF-16 file", "utf16.md", Buffer.from("\ufeff# Title\n- [A](https://arxiv.org/abs/2001.00001)\n", "utf16le"), /binary data \(a NUL byte/, 1);
  add("an unsupported file type", "paper.pdf", "%PDF-1.7\n", /unsupported file type "\.pdf"/, null);
  add("Markdown with no entries", "no-entries.md", "# Notes\n\nJust prose, no links.\n", /no entries found/, null);

  // Files too large: refused from their size, before they are read
  const huge = join(dir, "huge.md");
  writeFileSync(huge, "# Huge\n");
  truncateSync(huge, 50 * 1024 * 1024);
  cases.push({ name: "a 50 MB Markdown file", file: huge, problem: /file is too large: 50\.0 MB \(the limit is 20 MB\)/, line: null });
  // The streamed form has no size limit, but a line does: 50 MB without a newline is refused.
  const hugeNdjson = join(dir, "huge.ndjson");
  writeFileSync(hugeNdjson, "");
  truncateSync(hugeNdjson, 50 * 1024 * 1024);
  cases.push({ name: "a 50 MB NDJSON file of one endless line", file: hugeNdjson, problem: /line is too long/, line: 1 });

  // Truncated files
  const bundled = readFileSync(BUNDLED, "utf8");
  const quoted = bundled.indexOf('title: "', Math.floor(bundled.length / 2));
  const cutYaml = bundled.slice(0, quoted + 'title: "'.length + 5);
  add("a truncated YAML file (inside a quoted title)", "truncated.yaml", cutYaml, /invalid YAML: Missing closing "quote/, lineOf(cutYaml, 'title: "', cutYaml.split('title: "').length - 1));
  const json = JSON.stringify({ roadmap: { id: "cut", title: "Cut" }, sections: [{ id: "a", name: "A" }] }, null, 2);
  add("a truncated JSON file", "truncated.json", json.slice(0, json.length - 12), /invalid JSON/, json.slice(0, json.length - 12).split("\n").length);
  // A roadmap-sized Markdown list of our own, cut inside a link halfway through.
  const markdown = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\n- [Paper ${i}](https://arxiv.org/abs/2301.${String(10000 + i)}) - a note\n`).join("\n");
  const link = markdown.indexOf("](https://arxiv.org/abs/", Math.floor(markdown.length / 2));
  const cutMd = `# A list\n\n${markdown.slice(0, link + "](https://arxiv.org/abs/23".length)}`;
  add("a truncated Markdown file (inside a link)", "truncated.md", cutMd, /broken link: .* is never closed/, cutMd.split("\n").length, strict);

  // Broken tables and links
  const table = "# T\n\n## S\n| Paper | Link |\n|---|---|\n| A | [A](https://arxiv.org/abs/2001.00001) |\n| B | [B](https://arxiv.org/abs/2001.00002) | extra |\n";
  add("a table row with too many cells", "table-row.md", table, /table row has 3 cells but the header \(line 4\) has 2/, 7, strict);
  add("a table separator that does not fit", "table-separator.md", "# T\n\n## S\n| Paper | Link |\n|---|---|---|\n| A | [A](https://arxiv.org/abs/2001.00001) |\n", /table separator has 3 cells/, 5, strict);
  const links = "# L\n\n## S\n- [Fine](https://arxiv.org/abs/2001.00001)\n";
  add("an unclosed link", "link-unclosed.md", `${links}- [Cut](https://arxiv.org/abs/2001.0\n`, /broken link: .* is never closed/, 5, strict);
  add("a link without its ]", "link-bracket.md", `${links}- [Cut(https://example.org/x)\n`, /broken link: .* has no closing "\]"/, 5, strict);
  add("a link with no target", "link-empty.md", `${links}- [Nothing]()\n`, /broken link: .* has no target/, 5, strict);
  add("a link to no valid URL", "link-scheme.md", `${links}- [Odd](ht!tp://example.org)\n`, /does not point at a valid URL/, 5, strict);
  add("an arXiv link without an id", "link-arxiv.md", `${links}- [Cut](https://arxiv.org/abs/1810.0)\n`, /arXiv link without an arXiv id/, 5, strict);
  const badUrl = yamlRoadmap({ papers: paper("2001.00001", 2020, "    url: not a url\n") });
  add("a URL that is not one (structured form)", "bad-url.yaml", badUrl, /papers\.0\.url: Invalid URL/, lineOf(badUrl, "url: not a url"));

  // Broken facts
  const dup = yamlRoadmap({ papers: `${paper("2001.00001", 2020)}${paper("2001.00001", 2021)}` });
  add("duplicate paper ids", "duplicate-ids.yaml", dup, /duplicate id "2001\.00001"/, lineOf(dup, '- id: "2001.00001"', 2));
  const dupSections = yamlRoadmap({ sections: "  - id: basics\n    name: Basics\n  - id: basics\n    name: Again\n" });
  add("duplicate section ids", "duplicate-sections.yaml", dupSections, /duplicate section id "basics"/, lineOf(dupSections, "- id: basics", 2));
  const dangling = yamlRoadmap({ sections: '  - id: basics\n    name: Basics\n    items:\n      - ref: "2001.00001"\n      - ref: no-such-paper\n' });
  add("a section listing an unknown paper", "dangling-item.yaml", dangling, /"no-such-paper" is not a paper or resource/, lineOf(dangling, "ref: no-such-paper"));
  const danglingEdge = yamlRoadmap({ buildsOn: edge("2001.00002", "1999.99999") });
  add("an edge to an unknown paper", "dangling-edge.yaml", danglingEdge, /"1999\.99999" is not a paper/, lineOf(danglingEdge, 'to: "1999.99999"'));
  const orphan = yamlRoadmap({ sections: "  - id: basics\n    name: Basics\n    parent: nowhere\n" });
  add("a section under an unknown parent", "dangling-parent.yaml", orphan, /unknown parent section "nowhere"/, lineOf(orphan, "parent: nowhere"));
  const cycle = yamlRoadmap({ papers: `${paper("2001.00001", 2020)}${paper("2001.00002", 2020)}${paper("2001.00003", 2020)}`, buildsOn: `${edge("2001.00001", "2001.00002")}${edge("2001.00002", "2001.00003")}${edge("2001.00003", "2001.00001")}` });
  add("a BUILDS_ON cycle", "cycle.yaml", cycle, /BUILDS_ON cycle: 2001\.00001 -> 2001\.00002 -> 2001\.00003 -> 2001\.00001/, lineOf(cycle, '- from: "2001.00001"'));
  const parents = yamlRoadmap({ sections: "  - id: a\n    name: A\n    parent: b\n  - id: b\n    name: B\n    parent: a\n" });
  add("a section parent cycle", "section-cycle.yaml", parents, /section parent cycle/, lineOf(parents, "parent: b"));
  const future = yamlRoadmap({ papers: `${paper("2001.00001", 2017)}${paper("2001.00002", 2023)}`, buildsOn: edge("2001.00001", "2001.00002") });
  add("an edge into the future", "future.yaml", future, /edge into the future: 2001\.00001 \(2017\) builds on 2001\.00002 \(2023\)/, lineOf(future, "- from:"));
  const self = yamlRoadmap({ buildsOn: edge("2001.00001", "2001.00001") });
  add("a paper building on itself", "self-edge.yaml", self, /self edge/, lineOf(self, "- from:"));
  const types = yamlRoadmap({ papers: paper("2001.00001", 2020).replace("year: 2020", "year: soon") });
  add("a value of the wrong type", "wrong-type.yaml", types, /papers\.0\.year: .*number/i, lineOf(types, "year: soon"));
  const keys = yamlRoadmap().replace("  title: Bad input\n", "  title: Bad input\n  title: Twice\n");
  add("a key given twice", "duplicate-key.yaml", keys, /invalid YAML: .*unique/i, lineOf(keys, "title: Twice"));
  const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9).fill(`*${String.fromCharCode(97 + k)}`).join(",")}]`).join("\n")}\n`;
  add("a YAML alias bomb", "alias-bomb.yaml", bomb, /invalid YAML: .*(alias|resource exhaustion)/i, null);
  return cases;
}
