import { mkdtemp, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoadmapInputError } from "./input-error";
import { firstInvalidUtf8, readRoadmapFile } from "./read-roadmap-file";

const fixture = (name: string) => resolve(import.meta.dirname, "fixtures", name);
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-roadmap-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string, strict = false): Promise<RoadmapInputError> {
  try {
    await readRoadmapFile(path, { strict });
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapInputError);
    return error as RoadmapInputError;
  }
  throw new Error(`expected ${path} to be rejected`);
}

describe("readRoadmapFile: files that are not roadmaps", () => {
  it("missing file", async () => {
    const error = await failure(join(dir, "nope.md"));
    expect(error.message).toBe(`${join(dir, "nope.md")}: file not found`);
  });

  it("a directory", async () => {
    const path = join(dir, "folder.md");
    await mkdir(path);
    expect((await failure(path)).message).toContain("is a directory");
  });

  it("empty and whitespace-only files", async () => {
    expect((await failure(await write("empty.md", ""))).problems).toEqual([{ message: "file is empty" }]);
    expect((await failure(await write("blank.md", "  \n\t\n"))).problems[0]?.message).toBe("file is empty (only whitespace)");
  });

  it("binary data, with the line of the first NUL byte", async () => {
    const error = await failure(await write("binary.md", new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x0a, 0x42, 0x00, 0x01])));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/:3: binary data/);
  });

  it("invalid UTF-8, with the line of the first bad byte", async () => {
    const bytes = new Uint8Array([...Buffer.from("# T\n## S\n- ok "), 0xc3, 0x28, ...Buffer.from("\n")]);
    const error = await failure(await write("latin.md", bytes));
    expect(error.line).toBe(3);
    expect(error.message).toContain("invalid UTF-8 at byte 14");
  });

  it("files over 20 MB", async () => {
    const path = await write("huge.md", "");
    await truncate(path, 21 * 1024 * 1024); // sparse: no 21 MB written to disk
    expect((await failure(path)).message).toContain("file is too large: 21.0 MB (the limit is 20 MB)");
  });

  it("unknown extensions and Markdown without entries", async () => {
    expect((await failure(await write("roadmap.docx", "text"))).message).toContain('unsupported file type ".docx"');
    expect((await failure(await write("prose.md", "# Title\n\nJust prose.\n"))).message).toContain("no entries found");
  });
});

describe("readRoadmapFile: Markdown and plain text", () => {
  it("parses Markdown, with the id from the file name", async () => {
    const roadmap = await readRoadmapFile(fixture("genai-roadmap-excerpt.md"));
    expect(roadmap.roadmap).toMatchObject({ id: "genai-roadmap-excerpt", title: "Generative AI Roadmap" });
    expect(roadmap.papers.length).toBeGreaterThan(30);
  });

  it("passes --roadmap and --title through", async () => {
    const roadmap = await readRoadmapFile(fixture("awesome-forms.md"), { roadmapId: "mine", title: "My title" });
    expect(roadmap.roadmap).toMatchObject({ id: "mine", title: "My title" });
  });

  it("with --strict, refuses a malformed table at its first flaw, naming file and line", async () => {
    const error = await failure(fixture("malformed-table.md"), true);
    expect(error.problems.map((p) => p.line)).toEqual([8]);
    expect(error.file).toBe(fixture("malformed-table.md"));
  });

  it("reads .txt as the seed form, or as Markdown when it has Markdown", async () => {
    const seed = await readRoadmapFile(fixture("seed-excerpt.txt"));
    expect(seed.sections[0]?.name).toBe("Фоновые знания");
    const markdown = await readRoadmapFile(await write("list.txt", "# List\n## Papers\n- [A](https://arxiv.org/abs/2001.00001)\n"));
    expect(markdown.papers[0]?.arxivId).toBe("2001.00001");
  });
});

describe("readRoadmapFile: the structured form", () => {
  it("reads valid YAML", async () => {
    const roadmap = await readRoadmapFile(fixture("valid-roadmap.yaml"));
    expect(roadmap.roadmap.id).toBe("tiny");
    expect(roadmap.buildsOn).toHaveLength(1);
    expect(roadmap.papers[0]).toMatchObject({ isSurvey: false, inRoadmap: true });
    const renamed = await readRoadmapFile(fixture("valid-roadmap.yaml"), { roadmapId: "other" });
    expect(renamed.roadmap.id).toBe("other");
  });

  it("maps schema problems to YAML lines", async () => {
    const error = await failure(fixture("invalid-schema.yaml"));
    expect(error.problems.map((p) => [p.line, p.message.split(":")[0]])).toEqual([
      [5, "sections.0.name"],
      [11, "papers.0.year"],
      [15, "resources.0.kind"],
      [13, "resources.0"],
    ]);
    expect(error.message).toContain('invalid-schema.yaml:13: resources.0: Unrecognized key: "colour"');
  });

  it("reports YAML syntax errors at the line where they start", async () => {
    const error = await failure(fixture("invalid-syntax.yaml"));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/invalid-syntax\.yaml:3: invalid YAML: Missing closing "quote/);
  });

  it("maps semantic problems to YAML lines", async () => {
    const error = await failure(fixture("semantic-errors.yaml"));
    expect(error.problems.map((p) => p.line)).toEqual([9, 12, 18]);
  });

  it("reads JSON, and reports JSON syntax errors with a line", async () => {
    const valid = { roadmap: { id: "j", title: "J" }, sections: [{ id: "s", name: "S" }] };
    expect((await readRoadmapFile(await write("ok.json", JSON.stringify(valid, null, 2)))).roadmap.id).toBe("j");
    const error = await failure(await write("bad.json", '{\n  "roadmap": {\n    "id": "j",,\n  }\n}\n'));
    expect(error.line).toBe(3);
    expect(error.message).toContain("invalid JSON");
    const schema = await failure(await write("schema.json", '{\n  "roadmap": {"id": "j", "title": "J"},\n  "sections": [\n    {"id": "Bad Id", "name": "S"}\n  ]\n}\n'));
    expect(schema.problems[0]).toMatchObject({ line: 4 });
  });
});

describe("firstInvalidUtf8", () => {
  it("finds overlongs, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("héllo ✓ 𝄞"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
  });
});
