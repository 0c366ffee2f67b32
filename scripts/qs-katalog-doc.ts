/** Writes docs/qs-katalog.md from the FIM-QS catalogue (`npx tsx scripts/qs-katalog-doc.ts`). */
import { writeFileSync } from "node:fs";
import { renderQsKatalogMarkdown } from "../src/xdatenfelder/common/qs-help.ts";

writeFileSync(new URL("../docs/qs-katalog.md", import.meta.url), renderQsKatalogMarkdown());
