/** Entry of the browser bundle of the test: puts the scenario on `window` for Playwright. */
import { parseAndCheck, runScenario } from "./harness.ts";

(globalThis as unknown as { fimXoevHarness: unknown }).fimXoevHarness = { runScenario, parseAndCheck };
