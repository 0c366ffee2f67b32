/** The real XProzess files of the shared corpus (read in place; never copied into the repository). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, hasShared } from "../support/shared.ts";

/** The FIM Bund export of process class 99006028261000 (`alleInhalte.export.0303`, 1.6 MB, three embedded files). */
export const GERPS_FILE = join(CORPUS, "xprozess/gerps-2.0/99006028261000_Anzeige_Beschaeftigung_schwangere_stillende_Frau.xml");
/** The two XProzess 0.1 files of the Nationale Prozessbibliothek. */
export const NPB_FILES = [join(CORPUS, "xprozess/npb-0.1/Anmeldung.xml"), join(CORPUS, "xprozess/npb-0.1/Begruenden.xml")];

/** The real 2.0 file's text, `""` without the shared folder (tests using it are skipped then). */
export const gerpsXml: string = hasShared ? readFileSync(GERPS_FILE, "utf8") : "";
