/**
 * The one place that locates `../shared` (overridable with FIM_XOEV_SHARED) and reads corpus manifests in place.
 *
 * A clone without `../shared` still passes `npm test`: every test that needs the real corpus or the official XSDs
 * is declared with `describeShared`/`itShared` (or `skipIf(!hasShared)`) and skipped; `test/support/global-setup.ts`
 * prints one line saying why. With `FIM_XOEV_REQUIRE_SHARED=1` (set by `.ci/run`) a missing folder fails the run.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED = resolve(process.env.FIM_XOEV_SHARED ?? join(REPO_ROOT, "../shared"));
export const STANDARDS = join(SHARED, "standards");
export const CORPUS = join(SHARED, "corpus");
export const REFERENCE_OUTPUTS = join(SHARED, "reference-outputs");
/** True when the shared folder (corpus and official XSDs) is there. */
export const hasShared = existsSync(CORPUS) && existsSync(STANDARDS);
/** True when a missing shared folder must fail the run instead of skipping (CI). */
export const requireSharedFolder = process.env.FIM_XOEV_REQUIRE_SHARED === "1";

/** The sentence printed once per run when the shared folder is missing. */
export function missingSharedMessage(): string {
  return (
    `shared folder not found at ${SHARED}: the tests that need the real corpus and the official XSDs are skipped. ` +
    "Put the project's shared/ folder beside the repository or set FIM_XOEV_SHARED=<dir> to run them " +
    "(FIM_XOEV_REQUIRE_SHARED=1 turns this into a failure, as in CI)."
  );
}

if (!hasShared && requireSharedFolder) throw new Error(`FIM_XOEV_REQUIRE_SHARED=1: ${missingSharedMessage()}`);

/** `describe` for tests that read `../shared`: skipped when it is missing. */
export const describeShared: ReturnType<typeof describe.skipIf> = describe.skipIf(!hasShared);
/** `it` for tests that read `../shared`: skipped when it is missing. */
export const itShared: ReturnType<typeof it.skipIf> = it.skipIf(!hasShared);

export interface ManifestRow {
  readonly file: string;
  readonly path: string;
  readonly [column: string]: string;
}

/** Rows of `corpus/<folder>/MANIFEST.tsv`, each with `path` = the absolute file path; `[]` without the shared folder. */
export function manifest(folder: string): ManifestRow[] {
  if (!hasShared) return [];
  const dir = join(CORPUS, folder);
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
