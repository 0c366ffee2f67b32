/** Locates `../shared` (overridable with FIM_XOEV_SHARED) and reads corpus manifests in place. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED = resolve(process.env.FIM_XOEV_SHARED ?? join(REPO_ROOT, "../shared"));
export const STANDARDS = join(SHARED, "standards");
export const hasShared = existsSync(join(SHARED, "corpus"));

export interface ManifestRow {
  readonly file: string;
  readonly path: string;
  readonly [column: string]: string;
}

/** Rows of `corpus/<folder>/MANIFEST.tsv`, each with `path` = the absolute file path. */
export function manifest(folder: string): ManifestRow[] {
  const dir = join(SHARED, "corpus", folder);
  const [head, ...lines] = readFileSync(join(dir, "MANIFEST.tsv"), "utf8").trimEnd().split("\n");
  const cols = (head ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    cols.forEach((c, i) => {
      row[c] = cells[i] ?? "";
    });
    row.path = join(dir, row.file ?? "");
    return row as ManifestRow;
  });
}

/** The 68 XDatenfelder 3.0.0 files of the corpus. */
export function xdf3CorpusFiles(): ManifestRow[] {
  return manifest("xdatenfelder").filter((r) => r.xdf_version === "3.0.0");
}
