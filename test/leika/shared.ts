/** Locates the shared corpus (`FIM_XOEV_SHARED`, default `<repo>/../shared`); files are read in place. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED = resolve(process.env.FIM_XOEV_SHARED ?? join(REPO_ROOT, "../shared"));

/** The EAH routing list: 109 rows `Leistungsname;zuständige Behörde;LeiKa-Schlüssel (dotted)`, no header. */
export const LEIKA_CORPUS_CSV = join(SHARED, "corpus/leika/cssaascomde__eah/src__test__resources__basicdata__Leistungen.csv");

/** The Berlin 2.1-style `leistungsverzeichnis` without namespace. */
export const XZUFI_LEGACY_XML = join(
  SHARED,
  "corpus/xzufi/klsuser__unterhaltsvorschuss/unterhaltsvorschuss-Dateien__WEB-INF__data__xzufi_dienstleistung.xml",
);

export const hasCorpus = existsSync(LEIKA_CORPUS_CSV) && existsSync(XZUFI_LEGACY_XML);
