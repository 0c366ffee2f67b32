/** What a CLI command may touch besides the file system: its output streams and whether they are terminals. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTTY: boolean;
  /** Environment variables (FIM_XOEV_SCHEMAS, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory for relative paths. */
  readonly cwd: string;
}

/** A CLI command: takes the arguments after its name, returns the process exit code. */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;
