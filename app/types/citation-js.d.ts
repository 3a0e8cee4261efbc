// citation-js ships no type declarations. Only what this project calls is declared, and every
// value it returns is typed `unknown`: callers parse it (zod) before use.
declare module "@citation-js/core" {
  export type ChainOptions = {
    /** the input's format, e.g. "@biblatex/text"; guessed when absent */
    forceType?: string;
    /** the format to stop at; "@csl/list+object" by default */
    target?: string;
    generateGraph?: boolean;
  };
  export const plugins: {
    input: { chain(input: unknown, options?: ChainOptions): unknown };
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/name" {
  /** "Michiel de Jong" -> { given: "Michiel", "non-dropping-particle": "de", family: "Jong" } */
  export function parse(name: string): Record<string, string | undefined>;
}
