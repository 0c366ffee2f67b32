/**
 * The batch engine of `fim-xoev validate` (src/cli/batch.ts): results in input order from worker threads and from
 * this thread alike, and the same outcome for every file of a batch whichever path ran it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { threadId } from "node:worker_threads";
import { describe, expect, test } from "vitest";
import { runBatch } from "../../src/cli/batch.ts";
import type { BatchEntry } from "../../src/cli/files.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import { validateFiles } from "../../src/cli/validate.ts";
import { setLocale } from "../../src/core/diagnostics/create.ts";
import { PROBE_TASK } from "../support/batch-task.ts";
import { describeShared, hasShared, manifest, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const PROBE_WORKER = new URL("../support/batch-task.ts", import.meta.url);

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

/** Batch entries for absolute paths, named relative to `cwd` as the CLI names them. */
function entriesOf(files: readonly string[], cwd: string = REPO_ROOT): BatchEntry[] {
  return files.map((path) => ({ path, name: relative(cwd, path) }));
}

/** The outcome of a promise as data, so that a rejection can be compared too. */
async function settle<T>(p: Promise<T>): Promise<{ ok: T } | { error: string }> {
  try {
    return { ok: await p };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

describe("runBatch", () => {
  test("this thread and workers run the items; the results come back in input order", async () => {
    const items = [1, 2, 4, 5, 6, 7, 8, 9];
    const out = await runBatch(items, PROBE_TASK, { context: "ctx", workers: 3, worker: PROBE_WORKER });
    expect(out.map((r) => r.item)).toEqual(items);
    expect(out.every((r) => r.context === "ctx")).toBe(true);
    // Each worker is handed its first items at once, so every thread runs some.
    const threads = new Set(out.map((r) => r.thread));
    expect(threads.has(threadId)).toBe(true);
    expect(threads.size).toBe(3);
  });

  test("one worker, or one item, runs in this thread", async () => {
    for (const [items, workers] of [
      [[1, 2], 1],
      [[1], 4],
    ] as const) {
      const out = await runBatch(items, PROBE_TASK, { context: "c", workers, worker: PROBE_WORKER });
      expect(out.map((r) => r.thread)).toEqual(items.map(() => threadId));
    }
  });

  test("a failing item rejects the batch with its error, in this thread and in workers alike", async () => {
    const items = [1, 3, 2, 3];
    const inThread = await settle(runBatch(items, PROBE_TASK, { context: "c", workers: 1, worker: PROBE_WORKER }));
    const inWorkers = await settle(runBatch(items, PROBE_TASK, { context: "c", workers: 2, worker: PROBE_WORKER }));
    expect(inThread).toEqual({ error: "item 3 fails" });
    expect(inWorkers).toEqual(inThread);
  });
});

describe("validateFiles: worker threads give what this thread gives", () => {
  const fixtures = ["fixtures/xdatenfelder/v3/invalid", "fixtures/xdatenfelder/v3/valid", "fixtures/demo", "fixtures/xdatenfelder/v2"];

  test("CLI text and JSON output and exit code on the fixtures (valid, invalid, not well-formed)", async () => {
    for (const format of ["text", "json"]) {
      const one = io();
      const two = io();
      const args = ["validate", ...fixtures, "--format", format];
      const codeOne = await runCli([...args, "--jobs", "1"], one.io);
      const codeTwo = await runCli([...args, "--jobs", "2"], two.io);
      expect(codeOne).toBe(1);
      expect(codeTwo).toBe(codeOne);
      expect(two.out()).toBe(one.out());
      expect(two.err()).toBe(one.err());
      expect(one.out()).toMatch(/INVALID fixtures\/xdatenfelder\/v3\/invalid\/model-not-well-formed\.xml|"valid": false/);
    }
  }, 120_000);

  test("a file that cannot be read: same outcome for the batch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-batch-"));
    const good = join(dir, "good.xml");
    writeFileSync(good, '<?xml version="1.0"?><x/>');
    const files = [good, join(dir, "gone.xml"), join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml")];
    const ctx = { schemas: undefined, xsd: true, env: {}, cwd: dir };
    const inThread = await settle(validateFiles(entriesOf(files, dir), ctx, { workers: 1 }));
    const inWorkers = await settle(validateFiles(entriesOf(files, dir), ctx, { workers: 2 }));
    expect(inWorkers).toEqual(inThread);
    // the unreadable file is an io-error report of its own, the others are validated
    if ("error" in inThread) throw new Error(inThread.error);
    expect(inThread.ok.map((r) => r.diagnostics.some((d) => d.code === "io-error"))).toEqual([false, true, false]);
  });

  test("workers write the messages in the locale of the thread that starts the batch", async () => {
    const dir = join(REPO_ROOT, "fixtures/xdatenfelder/v3/invalid");
    const files = ["model-unknown-feldart.xml", "model-missing-required-element.xml"].map((f) => join(dir, f));
    const ctx = { schemas: undefined, xsd: true, env: {}, cwd: REPO_ROOT };
    const english = await validateFiles(entriesOf(files), ctx, { workers: 1 });
    setLocale("de");
    try {
      const inThread = await validateFiles(entriesOf(files), ctx, { workers: 1 });
      const inWorkers = await validateFiles(entriesOf(files), ctx, { workers: 2 });
      expect(inWorkers).toEqual(inThread);
      expect(inThread.map((r) => r.diagnostics.map((d) => d.message))).not.toEqual(english.map((r) => r.diagnostics.map((d) => d.message)));
    } finally {
      setLocale("en");
    }
  });

  describeShared("on corpus files, with the official XSDs", () => {
    const rows = hasShared
      ? manifest("xdatenfelder")
          .filter((r) => r.xdf_version === "3.0.0")
          .slice(0, 6)
      : [];
    test("reports are equal, XSD stage included", async () => {
      const files = rows.map((r) => r.path);
      const ctx = { schemas: STANDARDS, xsd: true, env: {}, cwd: REPO_ROOT };
      const inThread = await validateFiles(entriesOf(files), ctx, { workers: 1 });
      const inWorkers = await validateFiles(entriesOf(files), ctx, { workers: 2 });
      expect(inThread.map((r) => r.stages.find((s) => s.stage === "xsd")?.status)).toEqual(files.map(() => "passed"));
      expect(inWorkers).toEqual(inThread);
    }, 120_000);
  });
});
