/**
 * The library in a real browser (issue 15.1): every public entry is bundled for the browser with esbuild and
 * loaded in headless Chromium; parse, QS check, XSD validation (schema files in memory) and serialize run there
 * and give what they give in Node; the example page `examples/browser/` is driven and photographed.
 * Skipped, with one printed line, only where no Chromium exists (`.ci/run` installs Debian's `chromium`).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExample } from "../../examples/browser/build.ts";
import { hasShared, itShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";
import { runScenario, type ScenarioResult } from "./harness.ts";
import { bundleForBrowser, CHROMIUM, launchChromium, NO_BROWSER_REASON, PUBLIC_ENTRIES, serve } from "./support.ts";

if (CHROMIUM === undefined) process.stdout.write(`\n[fim-xoev] ${NO_BROWSER_REASON}\n\n`);

const FIXTURE = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"), "utf8");
const XSD_DIR = join(STANDARDS, "xdatenfelder/3.0.0");
/** The official 3.0.0 schema files (read in place, never copied), by file name; empty without ../shared. */
const schemaFiles: Record<string, Uint8Array> = hasShared
  ? Object.fromEntries(
      readdirSync(XSD_DIR)
        .filter((n) => n.endsWith(".xsd"))
        .map((n) => [n, new Uint8Array(readFileSync(join(XSD_DIR, n)))]),
    )
  : {};

describe.skipIf(CHROMIUM === undefined)("browser: headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the public entries are the package's exports, each with a browser condition", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    // Test-runner entries (they register matchers on vitest's or jest's `expect`) run in Node only.
    const nodeOnly = new Set(["./package.json", "./testing/vitest", "./testing/jest"]);
    const names = Object.keys(pkg.exports)
      .filter((k) => !nodeOnly.has(k))
      .map((k) => (k === "." ? "index" : k.slice(2)));
    expect(names.sort()).toEqual(Object.keys(PUBLIC_ENTRIES).sort());
    for (const [k, v] of Object.entries(pkg.exports)) {
      if (nodeOnly.has(k)) continue;
      expect((v as { browser?: { default?: string } }).browser?.default, k).toMatch(/^\.\/dist\/browser\/.+\.js$/);
    }
  });

  it("every public entry bundles for the browser without Node code and loads in Chromium", async () => {
    const files = new Map<string, string>([["/index.html", "<!doctype html><title>entries</title>"]]);
    // A node: import anywhere would fail the build.
    const bundles = await Promise.all(
      Object.entries(PUBLIC_ENTRIES).map(async ([name, source]) => [name, await bundleForBrowser(source)] as const),
    );
    for (const [name, bundle] of bundles) {
      const inputs = Object.keys(bundle.metafile.inputs);
      expect(
        inputs.filter((i) => /platform\/(host|xsd-engine|utf8)-node\.ts$/.test(i)),
        name,
      ).toEqual([]);
      for (const input of inputs.filter((i) => i.startsWith("src/"))) {
        // The code, without comments: no reference to Node's `process` (it does not exist in a browser).
        const code = readFileSync(join(REPO_ROOT, input), "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/^\s*\/\/.*$/gm, "");
        expect(code, `${name}: ${input} uses process`).not.toMatch(/\bprocess\.\w/);
      }
      files.set(`/entries/${name}.js`, bundle.code);
    }
    const server = await serve(files);
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      // A string, not a function: vitest would rewrite a dynamic import() inside a function it transforms.
      const loaded = (await page.evaluate(`(async () => {
        const out = {};
        for (const n of ${JSON.stringify(Object.keys(PUBLIC_ENTRIES))}) {
          try {
            const m = await import("/entries/" + n + ".js");
            out[n] = Object.keys(m).length + " exports";
          } catch (error) {
            out[n] = "failed: " + String(error);
          }
        }
        return out;
      })()`)) as Record<string, string>;
      for (const [n, r] of Object.entries(loaded)) expect(r, n).toMatch(/^[1-9]\d* exports$/);
    } finally {
      await page.close();
      await server.close();
    }
  }, 300_000);

  describe("the scenario in Chromium equals the scenario in Node", () => {
    let server: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      const bundle = await bundleForBrowser("test/browser/browser-main.ts");
      const files = new Map<string, string | Uint8Array>([
        ["/index.html", '<!doctype html><meta charset="utf-8"><title>harness</title><script type="module" src="/harness.js"></script>'],
        ["/harness.js", bundle.code],
        ["/doc.xml", FIXTURE],
      ]);
      for (const [n, b] of Object.entries(schemaFiles)) files.set(`/schemas/${n}`, b);
      server = await serve(files);
    });
    afterAll(async () => {
      await server?.close();
    });

    async function inChromium(withSchemas: boolean): Promise<ScenarioResult> {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      try {
        await page.goto(server.url);
        await page.waitForFunction(() => "fimXoevHarness" in globalThis, undefined, { timeout: 30_000 });
        const result = await page.evaluate(
          async ({ names }) => {
            const xml = await (await fetch("/doc.xml")).text();
            const files: Record<string, Uint8Array> = {};
            for (const n of names) files[`xdatenfelder_3.0.0/${n}`] = new Uint8Array(await (await fetch(`/schemas/${n}`)).arrayBuffer());
            const h = (globalThis as unknown as { fimXoevHarness: { runScenario: typeof runScenario } }).fimXoevHarness;
            return h.runScenario(xml, names.length > 0 ? files : undefined);
          },
          { names: withSchemas ? Object.keys(schemaFiles) : [] },
        );
        expect(errors).toEqual([]);
        return result;
      } finally {
        await page.close();
      }
    }

    it("parse, QS check and serialize", async () => {
      const browserResult = await inChromium(false);
      expect(browserResult.name).toBe("Anmeldung eines Hundes zur Hundesteuer");
      expect(browserResult.qsCompleted).toBe(true);
      expect(browserResult.serializeStable).toBe(true);
      expect(browserResult).toEqual(await runScenario(FIXTURE));
    });

    itShared("XSD validation with the schema files in memory (single-file bundle, libxml2-wasm)", async () => {
      const browserResult = await inChromium(true);
      expect(browserResult.xsd).toEqual({ validity: "valid", status: "passed", codes: [] });
      expect(browserResult.xsdBroken?.status).toBe("failed");
      expect(browserResult.xsdBroken?.codes).toContain("xsd-invalid");
      const prefixed = Object.fromEntries(Object.entries(schemaFiles).map(([n, b]) => [`xdatenfelder_3.0.0/${n}`, b]));
      expect(browserResult).toEqual(await runScenario(FIXTURE, prefixed));
    });
  });

  it("examples/browser: a dropped schema shows its outline and QS findings, and the XSD result with the schema zip", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-browser-"));
    const example = await buildExample();
    const files = new Map<string, string | Uint8Array>(Object.entries(example).map(([n, c]) => [`/${n}`, c]));
    const server = await serve(files);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    try {
      await page.goto(server.url);
      await page.waitForSelector("#drop[data-ready]", { timeout: 30_000 });
      const picks: { name: string; mimeType: string; buffer: Buffer }[] = [
        { name: "hundesteuer-anmeldung.xdf3.xml", mimeType: "application/xml", buffer: Buffer.from(FIXTURE) },
      ];
      if (hasShared) {
        const zip = zipSync(Object.fromEntries(Object.entries(schemaFiles).map(([n, b]) => [`xdatenfelder_3.0.0/${n}`, b])));
        picks.push({ name: "xdatenfelder_3.0.0.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
      }
      await page.setInputFiles("#file", picks);
      await page.waitForSelector("#status[data-done]", { timeout: 60_000 });
      const outline = await page.textContent("#outline");
      expect(outline).toContain("Anmeldung eines Hundes zur Hundesteuer");
      expect(outline).toContain("Halterin oder Halter");
      expect(await page.locator("#qs li").count()).toBeGreaterThan(0);
      const xsd = await page.textContent("#xsd");
      if (hasShared) expect(xsd).toContain("XSD-gültig");
      else expect(xsd).toContain("kein Schema");
      const shot = join(dir, "example-browser.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
      expect(errors).toEqual([]);
      writeFileSync(
        join(dir, "README.txt"),
        `screenshot of examples/browser after dropping the demo schema${hasShared ? " and the schema zip" : ""}\n`,
      );
    } finally {
      await page.close();
      await server.close();
    }
  }, 180_000);
});
