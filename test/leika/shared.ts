/**
 * The LeiKa and legacy XZuFi files of the shared corpus. Where `../shared` is and whether it is there is said by
 * the one helper `test/support/shared.ts` (guard with its `describeShared`/`itShared`/`hasShared`).
 */
import { join } from "node:path";
import { SHARED } from "../support/shared.ts";

export { REPO_ROOT, SHARED } from "../support/shared.ts";

/** The EAH routing list: 109 rows `Leistungsname;zuständige Behörde;LeiKa-Schlüssel (dotted)`, no header. */
export const LEIKA_CORPUS_CSV = join(SHARED, "corpus/leika/cssaascomde__eah/src__test__resources__basicdata__Leistungen.csv");

/** The Berlin 2.1-style `leistungsverzeichnis` without namespace. */
export const XZUFI_LEGACY_XML = join(
  SHARED,
  "corpus/xzufi/klsuser__unterhaltsvorschuss/unterhaltsvorschuss-Dateien__WEB-INF__data__xzufi_dienstleistung.xml",
);
