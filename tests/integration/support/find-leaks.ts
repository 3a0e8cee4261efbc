/**
 * What an API answer must never carry: stack frames, paths of this machine, Java internals.
 * Used on every error body the reliability suites provoke.
 */

// The project folder: the test runners run from it. (Not import.meta: Playwright loads this file as CommonJS.)
const ROOT = process.cwd();

const LEAKS: { what: string; pattern: RegExp }[] = [
  { what: "a JavaScript stack frame", pattern: /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^)\s]*:\d+:\d+\)?/ },
  { what: "a stack trace line", pattern: /\n\s+at\s/ },
  { what: "a source file and line", pattern: /\.(?:[cm]?js|tsx?):\d+/ },
  { what: "node_modules", pattern: /node_modules/ },
  { what: "the Next.js build folder", pattern: /\/\.next\// },
  { what: "a Java stack frame or class", pattern: /\bat (?:org|java|sun|jdk)\.[\w.$]+\(|\b(?:java|javax|jdk|sun)\.[a-z]+\.[A-Z]\w+|org\.neo4j\.[a-z.]+[A-Z]\w+(?:Exception|Error)/ },
  { what: "an internal error class", pattern: /\b(?:TypeError|RangeError|ReferenceError|SyntaxError): / },
];

/** Everything in `text` that looks like an internal detail (empty when it is clean). */
export function findLeaks(text: string): string[] {
  const found = LEAKS.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
  if (text.includes(ROOT)) found.push(`the project folder (${ROOT})`);
  if (/\/(?:home|root|Users)\/[\w.-]+\//.test(text)) found.push("a home folder path");
  return found;
}
