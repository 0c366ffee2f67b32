/**
 * Test helpers for the XSD layer: where the shared folder (official XSDs, real corpus) is, and how to run the
 * `xmllint` CLI as the reference implementation.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { CORPUS, hasShared, REPO_ROOT, SHARED, STANDARDS } from "../support/shared.ts";

/** The repository root. */
export const repoRoot = REPO_ROOT;
/** The shared folder (located once, in `test/support/shared.ts`). */
export const sharedDir = SHARED;
/** The schema root with the official XSDs (`<root>/xdatenfelder/3.0.0/…`). */
export const standardsDir = STANDARDS;
/** The real-world corpus. */
export const corpusDir = CORPUS;
export { hasShared };

/** One row of a corpus MANIFEST.tsv, keyed by the header names. */
export type ManifestRow = Readonly<Record<string, string>>;

/** Reads a MANIFEST.tsv (first line = header). */
export function readManifest(path: string): ManifestRow[] {
  const [header, ...lines] = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const names = (header as string).split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""]));
  });
}

/** True when the `xmllint` CLI can be run. */
export function hasXmllint(): boolean {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return r.error === undefined && r.status === 0;
}

/** xmllint's verdict on one file. */
export interface XmllintVerdict {
  readonly valid: boolean;
  /** Sorted, distinct line numbers of its error lines ("file:line: … error : …"). */
  readonly lines: readonly number[];
}

/**
 * Runs `xmllint --noout --schema <schema> <files…>` once (asynchronously, so that it can run while the caller
 * validates) and parses its stderr per file: "<file>:<line>: … error …" lines give the error lines;
 * "<file> validates" / "<file> fails to validate" the verdict.
 */
export async function runXmllint(schema: string, files: readonly string[], cwd?: string): Promise<Map<string, XmllintVerdict>> {
  const stderr = await new Promise<string>((resolvePromise, reject) => {
    const child = spawn("xmllint", ["--noout", "--schema", schema, ...files], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    const chunks: Buffer[] = [];
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", () => resolvePromise(Buffer.concat(chunks).toString("utf8")));
  });
  const lines = new Map<string, Set<number>>(files.map((f) => [f, new Set<number>()]));
  const verdicts = new Map<string, boolean>();
  // Longest names first, so that a file name that is a prefix of another never steals its lines.
  const byLength = [...files].sort((a, b) => b.length - a.length);
  for (const line of stderr.split("\n")) {
    const file = byLength.find((f) => line.startsWith(f));
    if (file === undefined) continue;
    const rest = line.slice(file.length);
    if (rest === " validates") verdicts.set(file, true);
    else if (rest === " fails to validate" || rest.startsWith(" validation generated an internal error")) verdicts.set(file, false);
    else {
      const m = /^:(\d+): .*error/.exec(rest);
      if (m !== null) lines.get(file)?.add(Number(m[1]));
    }
  }
  const out = new Map<string, XmllintVerdict>();
  for (const f of files) {
    const valid = verdicts.get(f);
    if (valid === undefined) throw new Error(`xmllint gave no verdict for ${f}:\n${stderr.slice(0, 2000)}`);
    out.set(f, { valid, lines: [...(lines.get(f) as Set<number>)].sort((a, b) => a - b) });
  }
  return out;
}
