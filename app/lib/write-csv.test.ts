import { describe, expect, it } from "vitest";
import { csvField, csvValue, quoteCsvField, toCsv } from "./write-csv";

describe("quoteCsvField", () => {
  it("leaves plain fields alone", () => {
    expect(quoteCsvField("GQA")).toBe("GQA");
    expect(quoteCsvField("")).toBe("");
    expect(quoteCsvField("2023")).toBe("2023");
  });

  it("quotes fields with commas, quotes, CR or LF and doubles inner quotes", () => {
    expect(quoteCsvField("a,b")).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField("line1\nline2")).toBe('"line1\nline2"');
    expect(quoteCsvField("line1\r\nline2")).toBe('"line1\r\nline2"');
    expect(quoteCsvField('"')).toBe('""""');
  });

  it("quotes fields with leading or trailing spaces so readers keep them", () => {
    expect(quoteCsvField(" padded ")).toBe('" padded "');
  });
});

describe("csvValue", () => {
  it("writes null as an empty field and scalars as literals", () => {
    expect(csvValue(null)).toBe("");
    expect(csvValue(undefined)).toBe("");
    expect(csvValue(42)).toBe("42");
    expect(csvValue(true)).toBe("true");
    expect(csvValue("text")).toBe("text");
  });

  it("writes nodes, lists and maps as JSON", () => {
    expect(csvValue([1, "a"])).toBe('[1,"a"]');
    expect(csvValue({ labels: ["Paper"], properties: { tag: "GQA" } })).toBe('{"labels":["Paper"],"properties":{"tag":"GQA"}}');
  });
});

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated record per row", () => {
    expect(toCsv(["tag", "year"], [["GQA", 2023], ["MQA", 2019]])).toBe("tag,year\r\nGQA,2023\r\nMQA,2019\r\n");
  });

  it("quotes as RFC 4180 requires, in headers too", () => {
    const csv = toCsv(["title, full", "n"], [['GQA: "Grouped" attention', null], ["two\nlines", 1]]);
    expect(csv).toBe('"title, full",n\r\n"GQA: ""Grouped"" attention",\r\n"two\nlines",1\r\n');
  });

  it("JSON-encodes structured values and quotes them because JSON has commas and quotes", () => {
    expect(toCsv(["l"], [[["a", "b"]]])).toBe('l\r\n"[""a"",""b""]"\r\n');
  });

  it("pads short rows and ignores extra cells so every record has one field per column", () => {
    expect(toCsv(["a", "b"], [["x"], ["1", "2", "3"]])).toBe("a,b\r\nx,\r\n1,2\r\n");
  });

  it("writes only the header for an empty result", () => {
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
});

describe("csvField (the canvas' node table)", () => {
  it("quotes CSV fields only when needed and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe("");
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
    expect(toCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe("formula injection", () => {
  it("defuses text cells that a spreadsheet would run, in console results as in the canvas table", () => {
    const rows = [["=HYPERLINK(\"http://x\",\"y\")"], ["+1+1"], ["-2+3"], ["@SUM(A1:A2)"], ["\t=1"], ["a=b"]];
    expect(toCsv(["title"], rows)).toBe('title\r\n"\'=HYPERLINK(""http://x"",""y"")"\r\n\'+1+1\r\n\'-2+3\r\n\'@SUM(A1:A2)\r\n\'\t=1\r\na=b\r\n');
  });

  it("defuses column names too, and leaves numbers (such as -1) and JSON values alone", () => {
    expect(toCsv(["=cmd", "n", "m"], [[-1, { a: "=x" }]])).toBe('\'=cmd,n,m\r\n-1,"{""a"":""=x""}",\r\n');
  });
});
