/**
 * Progress of a long write: a bar (cli-progress) when stderr is a terminal, otherwise plain
 * lines at most every half second, so that logs and CI output stay readable. Small roadmaps
 * (under `quietBelow` rows in a step) print nothing when not on a terminal.
 */
import { SingleBar } from "cli-progress";

export type Progress = { update: (step: string, done: number, total: number) => void; stop: () => void };

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quietBelow = 5_000): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: "writing {step} [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: false, etaBuffer: 50 });
    let step: string | undefined;
    return {
      update(name, done, total) {
        if (name !== step) {
          if (step !== undefined) bar.stop();
          step = name;
          bar.start(Math.max(total, done, 1), done, { step: name });
        } else bar.update(done, { step: name });
      },
      stop: () => {
        if (step !== undefined) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(name, done, total) {
      const now = Date.now();
      if (total > 0 && total < quietBelow) return;
      if (now - last < 500 && done < total) return;
      last = now;
      stream.write(`writing ${name}: ${done}/${total || "?"}\n`);
    },
    stop: () => undefined,
  };
}
