/** Writes `fixtures/xprozess/v2/valid/<message>-minimal.xml` and `-maximal.xml` from `test/xprozess/messages.ts`. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createNachricht, MESSAGE_NAMES, serialize } from "../src/xprozess/v2/index.ts";
import { REPO_ROOT } from "../test/support/shared.ts";
import { messageInput } from "../test/xprozess/messages.ts";

const dir = join(REPO_ROOT, "fixtures", "xprozess", "v2", "valid");
mkdirSync(dir, { recursive: true });
for (const name of MESSAGE_NAMES) {
  for (const full of [false, true]) {
    const msg = createNachricht({ nachricht: name, ...(messageInput(name, full) as object) } as never);
    writeFileSync(join(dir, `${name}-${full ? "maximal" : "minimal"}.xml`), serialize(msg));
  }
}
