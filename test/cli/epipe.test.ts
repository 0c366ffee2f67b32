/** `fim-xoev check … | head -1`: a reader that closes early ends the CLI quietly, with its own exit code. */
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";

const BIN = ["--import", "tsx", "src/cli/bin.ts"];

/** Runs the CLI as a child process whose stdout reader is closed before it writes anything. */
function runWithClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...BIN, ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("broken pipes end quietly", () => {
  test("check with a closed stdout: no stack trace, the computed exit code", async () => {
    const findings = await runWithClosedStdout(["check", "fixtures/qs/v3", "--format", "json"]);
    expect(findings.stderr).toBe("");
    expect(findings.code).toBe(1);
    const clean = await runWithClosedStdout(["check", "fixtures/qs/v3/clean.xml"]);
    expect(clean).toEqual({ code: 0, stderr: "" });
  });

  test("through a shell pipe into head -1", () => {
    const cmd = `"${process.execPath}" ${BIN.join(" ")} validate fixtures/xdatenfelder --no-xsd | head -1; echo "exit:\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync("bash", ["-c", cmd], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.stderr).not.toContain("    at ");
    expect(r.stderr).toMatch(/exit:[01]\n/);
  });
});
