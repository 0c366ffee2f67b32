import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** Expands files and directories (recursively, `*.xml`) into a sorted list of absolute file paths. */
export function collectFiles(
  args: readonly string[],
  cwd: string,
  extensions: readonly string[] = [".xml"],
): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (extensions.some((e) => entry.name.toLowerCase().endsWith(e))) files.push(p);
    }
  };
  for (const a of args) {
    const p = resolve(cwd, a);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(p);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** A progress line on stderr, shown only when stderr is a terminal and there is more than one file. */
export function progress(io: { stderr: (s: string) => void; stderrIsTTY: boolean }, total: number) {
  const show = io.stderrIsTTY && total > 1;
  let lastWidth = 0;
  return {
    update(done: number, file: string) {
      if (!show) return;
      const line = `[${done}/${total}] ${file}`.slice(0, 100);
      io.stderr(`\r${line.padEnd(lastWidth)}`);
      lastWidth = line.length;
    },
    clear() {
      if (show && lastWidth > 0) io.stderr(`\r${" ".repeat(lastWidth)}\r`);
    },
  };
}
