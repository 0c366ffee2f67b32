/** Runs once per `vitest run`: one line when `../shared` is missing (its tests are skipped), or a failure under CI. */
import { hasShared, missingSharedMessage, requireSharedFolder } from "./shared.ts";

export default function setup(): void {
  if (hasShared) return;
  if (requireSharedFolder) throw new Error(`FIM_XOEV_REQUIRE_SHARED=1: ${missingSharedMessage()}`);
  process.stdout.write(`\n[fim-xoev] ${missingSharedMessage()}\n\n`);
}
