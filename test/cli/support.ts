import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import { REPO_ROOT } from "../support/shared.ts";

/** Runs `fim-xoev <argv>` in-process with captured streams. */
export async function cli(
  argv: readonly string[],
  options: { tty?: boolean; cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
