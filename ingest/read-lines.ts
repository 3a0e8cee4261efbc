/**
 * Reads a text file line by line in bounded memory, with the byte-level checks of
 * read-roadmap-file.ts applied per line: no NUL bytes, valid UTF-8, and a length limit per
 * line. Also hashes the bytes, so that a second reading can prove the file did not change.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { firstInvalidUtf8 } from "./read-roadmap-file";

export class LineError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type Line = { number: number; text: string };
export type LineReading = { lines: AsyncGenerator<Line>; digest: () => string };

const decoder = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Buffer, number: number): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new LineError(number, `binary data (a NUL byte at column ${nul + 1}): a roadmap must be UTF-8 text`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new LineError(number, `invalid UTF-8 at column ${firstInvalidUtf8(bytes) + 1}: save the file as UTF-8`);
  }
}

/**
 * Lines of `file` (without their "\n" or "\r\n"), numbered from 1. `skip(number)` lets a later
 * reading pass over lines it does not need without decoding them. The digest (sha256 of every
 * byte) is complete once the generator has finished.
 */
export function readLines(file: string, options: { maxLineBytes: number; skip?: (number: number) => boolean }): LineReading {
  const hash = createHash("sha256");
  let digest = "";
  async function* lines(): AsyncGenerator<Line> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let number = 0;
    const take = (bytes: Buffer): Line | undefined => {
      number++;
      if (options.skip?.(number)) return undefined;
      const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
      return { number, text: decode(bytes.subarray(0, end), number) };
    };
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      let start = 0;
      for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, newline);
        const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        if (bytes.length > options.maxLineBytes) throw new LineError(number + 1, `line is too long (${bytes.length} bytes, the limit is ${options.maxLineBytes})`);
        const line = take(bytes);
        if (line) yield line;
        start = newline + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > options.maxLineBytes) throw new LineError(number + 1, `line is too long (more than ${options.maxLineBytes} bytes)`);
      }
    }
    if (pendingBytes > 0) {
      const line = take(Buffer.concat(pending));
      if (line) yield line;
    }
    digest = hash.digest("hex");
  }
  return { lines: lines(), digest: () => digest };
}
