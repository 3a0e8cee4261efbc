/**
 * Progress of a long enrichment: a cli-progress bar with ETA on a terminal, plain lines
 * (about every tenth of a phase) when the output goes to a file or a CI log.
 */
import { SingleBar, Presets } from "cli-progress";

export type Progress = { start(label: string, total: number): void; tick(): void; stop(): void };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    let bar: SingleBar | undefined;
    return {
      start(label, total) {
        bar?.stop();
        bar = new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total} | ETA {eta_formatted}`, stream, clearOnComplete: false, hideCursor: true }, Presets.shades_classic);
        bar.start(total, 0);
      },
      tick: () => bar?.increment(),
      stop() {
        bar?.stop();
        bar = undefined;
      },
    };
  }
  let label = "";
  let total = 0;
  let done = 0;
  let started = 0;
  let lastTenth = -1;
  return {
    start(next, size) {
      label = next;
      total = size;
      done = 0;
      lastTenth = -1;
      started = Date.now();
      if (size > 0) stream.write(`${label}: 0/${size}\n`);
    },
    tick() {
      done++;
      const tenth = Math.floor((done * 10) / Math.max(total, 1));
      if (tenth === lastTenth || done > total) return;
      lastTenth = tenth;
      const perStep = (Date.now() - started) / done;
      const eta = Math.round((perStep * (total - done)) / 1000);
      stream.write(`${label}: ${done}/${total}${done < total ? ` (ETA ${eta} s)` : ""}\n`);
    },
    stop: () => undefined,
  };
}
