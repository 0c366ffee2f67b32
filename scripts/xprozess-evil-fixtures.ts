/** Writes the crafted XProzess archive fixtures `fixtures/evil/xprozess-*.xml` (see `test/xprozess/evil.ts`). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../test/support/shared.ts";
import { evilFixtures } from "../test/xprozess/evil.ts";

for (const [name, xml] of Object.entries(evilFixtures())) writeFileSync(join(REPO_ROOT, "fixtures", "evil", name), xml);
