/** The three guides exist, link to their runnable example, and every relative link of the docs resolves. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";

const GUIDES = ["form-systems", "portal-vendors", "test-suites"];

describe("docs/guides", () => {
  for (const g of GUIDES) {
    test(`${g}.md links to an example under examples/ that a test under test/examples/ runs`, () => {
      const text = readFileSync(join(REPO_ROOT, "docs/guides", `${g}.md`), "utf8");
      const example = /\]\(\.\.\/\.\.\/(examples\/[^)]+)\)/.exec(text)?.[1];
      expect(example, "no link to examples/").toBeDefined();
      expect(existsSync(join(REPO_ROOT, example ?? ""))).toBe(true);
      const runners = readdirSync(join(REPO_ROOT, "test/examples")).map((f) => readFileSync(join(REPO_ROOT, "test/examples", f), "utf8"));
      const base = (example ?? "").replace(/\.ts$/, "");
      expect(
        runners.some((r) => r.includes(base.replace(/^examples\//, "examples/"))),
        `no test imports ${example}`,
      ).toBe(true);
    });
  }

  test("relative links in README.md and docs/ point at files that exist", () => {
    const files = ["README.md", ...readdirSync(join(REPO_ROOT, "docs"), { recursive: true }).map((f) => join("docs", String(f)))].filter(
      (f) => f.endsWith(".md"),
    );
    const broken: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(REPO_ROOT, f), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (m[1] ?? "").split("#")[0] ?? "";
        if (target === "" || /^[a-z]+:/i.test(target)) continue;
        if (!existsSync(join(REPO_ROOT, dirname(f), target))) broken.push(`${f}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
