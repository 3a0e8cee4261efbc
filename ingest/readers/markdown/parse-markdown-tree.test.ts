import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { parseMarkdownTree } from "./parse-markdown-tree";

const whole = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe("parseMarkdownTree", () => {
  it("gives a long file the same tree, positions included, as one parse", () => {
    const week = (n: number) =>
      `## Week ${n}\n\n| **Paper** | **Links** |\n|---|---|\n| ${n}) **Title ${n}** - what it does <br> more | [Paper](https://arxiv.org/abs/2301.${String(10000 + n)}), [Tweet](https://x.com/a/${n}) |\n\n` +
      `- [A list item](https://example.org/${n})\n  continued\n\n`;
    const tricky =
      "```\n\n# not a heading: inside a fence\n```\n\n<!-- a comment\n\n# not a heading: inside a comment\n-->\n\n<details>\n<summary>S</summary>\n\n# a heading after a blank line\n\n</details>\n\n";
    const text = `# List\n\n${Array.from({ length: 300 }, (_, n) => (n % 50 === 7 ? tricky : "") + week(n)).join("")}`;
    expect(text.length).toBeGreaterThan(64 * 1024);
    expect(parseMarkdownTree(text)).toEqual(whole(text));
  }, 60_000);

  it("parses whole a file with link reference definitions, which reach across sections", () => {
    const text = `# A\n\n[x][ref]\n\n## S\n\n${"word ".repeat(14_000)}\n\n## T\n\n[ref]: https://example.org\n`;
    const tree = parseMarkdownTree(text);
    expect(tree.children[1]).toMatchObject({ type: "paragraph", children: [{ type: "linkReference", identifier: "ref" }] });
    expect(tree).toEqual(whole(text));
  }, 60_000);
});
