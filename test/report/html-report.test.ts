/**
 * `fim-xoev report` / `renderHtmlReport` (issue 15.7): one self-contained page with the tree, the QS findings at
 * their elements with the catalogue text, the rules in readable form and a live form preview. The preview is
 * driven in headless Chromium (type into a field → a rule makes another field required; a Ja/Nein answer hides a
 * group; a repeated group gets a second instance whose own rule applies) and photographed; hostile input is
 * escaped everywhere.
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportRuntimeModule } from "../../scripts/build-report-runtime.ts";
import { escapeHtml, renderHtmlReport, safeRenderHtmlReport } from "../../src/xdatenfelder/report/index.ts";
import { CHROMIUM, launchChromium, NO_BROWSER_REASON } from "../browser/support.ts";
import { cli } from "../cli/support.ts";
import { REPO_ROOT } from "../support/shared.ts";

const RULES = readFileSync(join(REPO_ROOT, "fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml"), "utf8");
const DEMO = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"), "utf8");
const HOSTILE_NAME = `<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>`;
/** The rules fixture with a field name and a rule text an attacker chose. */
const HOSTILE = RULES.replace("<xdf3:name>Vorname</xdf3:name>", `<xdf3:name>${escapeHtml(HOSTILE_NAME)}</xdf3:name>`).replace(
  "Die Angaben werden später von Hand mit dem Register abgeglichen.",
  escapeHtml(`</blockquote><script>window.__pwned=3</script>`),
);

describe("report: the HTML page", () => {
  it("runtime.generated.ts is what scripts/build-report-runtime.ts writes (it cannot go stale)", async () => {
    const file = readFileSync(join(REPO_ROOT, "src/xdatenfelder/report/runtime.generated.ts"), "utf8");
    expect(file).toBe(await reportRuntimeModule());
  });

  it("is self-contained: no external URL is loaded, one inline script allowed by its hash", async () => {
    const html = await renderHtmlReport(RULES, { file: "regeln.xml" });
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/,
    );
  });

  it("shows the tree with cardinalities, datatypes and code list values, QS findings with the catalogue text, rules readably", async () => {
    const html = await renderHtmlReport(DEMO);
    expect(html).toContain("Halterin oder Halter");
    expect(html).toContain("unter 40 cm"); // a value of an inline code list
    const rules = await renderHtmlReport(RULES);
    // QS 1102 at the field Vorname, with the catalogue's German text
    const vorname = rules.slice(rules.indexOf('id="el-F99000000101"'), rules.indexOf('id="el-F99000000102"'));
    expect(vorname).toContain("0..1");
    expect(vorname).toContain("text · input");
    expect(vorname).toContain("QS 1102");
    expect(vorname).toContain("Bei Eingabedatenfeldern mit dem Datentyp");
    // a rule in readable form: its condition and effect with the element's name
    const rule = rules.slice(rules.indexOf('id="rule-R99000000101"'));
    expect(rule).toContain("Vorname Pflicht");
    expect(rule).toContain('wenn <a href="#el-F99000000102">Art</a> = „R“: <a href="#el-F99000000101">Vorname</a>');
    expect(rule).toContain("zur Pflichtangabe machen");
    expect(rules.slice(rules.indexOf('id="rule-R99000000104"'))).toContain("zur Pflichtangabe machen (nur in BY)");
  });

  it("escapes every text from the input (hostile names, rule texts)", async () => {
    const html = await renderHtmlReport(HOSTILE);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    // inside the JSON island nothing can close the script element
    const island = html.slice(html.indexOf('id="fim-report-data">'), html.indexOf("</script>", html.indexOf('id="fim-report-data">')));
    expect(island).toContain("\\u003cimg src=x");
    expect(island).not.toContain("<img");
  });

  it("refuses a message that is not a schema or group", async () => {
    const datenfeld = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0104-datenfeld-minimal.xml"));
    const r = await safeRenderHtmlReport(datenfeld);
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
    expect(r.diagnostics[0]?.message).toContain("xdatenfelder.datenfeld.0104");
  });

  it("CLI: report -o writes the page; a non-schema is exit 1; no file is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-report-"));
    const out = join(dir, "report.html");
    const ok = await cli(["report", "fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml", "-o", out]);
    expect(ok.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<title>Regeltest");
    const again = await cli(["report", "fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml", "-o", out]);
    expect(again.code).toBe(2); // exists, no --force
    expect((await cli(["report"])).code).toBe(2);
    expect((await cli(["report", "fixtures/xdatenfelder/v2/valid/0104-datenfeld-minimal.xml"])).code).toBe(1);
  });
});

if (CHROMIUM === undefined) process.stdout.write(`\n[fim-xoev] ${NO_BROWSER_REASON}\n\n`);

describe.skipIf(CHROMIUM === undefined)("report: the live preview in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Offline: every request the page makes fails the test.
    await page.route("**/*", (route) => {
      errors.push(`request: ${route.request().url()}`);
      void route.abort();
    });
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForSelector("#preview[data-evaluations]");
    return { page, errors };
  }

  const field = (page: Page, id: string) => page.locator(`#preview [data-id="${id}"]`).first();

  it("typing applies the rules; a repeated group gets another instance with its own rule; screenshot", async () => {
    const { page, errors } = await open(await renderHtmlReport(RULES, { file: "regeln-pflicht-ausblenden.xdf3.xml" }));
    try {
      // R99000000101: WENN F99000000102 = R, DANN F99000000101 Pflicht
      await expect.poll(() => field(page, "F99000000101").getAttribute("class")).not.toContain("required");
      await field(page, "F99000000102").locator("input").pressSequentially("R");
      await expect.poll(() => field(page, "F99000000101").getAttribute("class")).toContain("required");
      expect(await field(page, "F99000000101").getAttribute("data-rules")).toContain("R99000000101");
      await field(page, "F99000000102").locator("input").fill("X");
      await expect.poll(() => field(page, "F99000000101").getAttribute("class")).not.toContain("required");

      // R99000000102: WENN F99000000103 = nein, DANN deaktiviere G99000000102
      const anschrift = page.locator('#preview fieldset[data-id="G99000000102"]');
      await expect.poll(() => anschrift.isVisible()).toBe(true);
      await field(page, "F99000000103").locator("select").selectOption("false");
      await expect.poll(() => anschrift.isVisible()).toBe(false);

      // G99000000103 Kind (0:*): add a second instance; its own rule R99000000105 (F99000000106 = ja → F99000000107 Pflicht)
      const kinder = page.locator('#preview [data-repeat="G99000000103"] .instance');
      expect(await kinder.count()).toBe(1);
      await page.click('#preview [data-add="G99000000103"]');
      expect(await kinder.count()).toBe(2);
      const second = kinder.nth(1);
      await second.locator('[data-id="F99000000106"] select').selectOption("true");
      await expect.poll(() => second.locator('[data-id="F99000000107"]').getAttribute("class")).toContain("required");
      expect(await kinder.nth(0).locator('[data-id="F99000000107"]').getAttribute("class")).not.toContain("required");
      await kinder.nth(0).locator(".remove").click();
      expect(await kinder.count()).toBe(1);

      const shot = join(mkdtempSync(join(tmpdir(), "fim-xoev-report-")), "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a hostile name runs nothing and shows as text", async () => {
    const { page, errors } = await open(await renderHtmlReport(HOSTILE));
    try {
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("#tree img, #rules script").count()).toBe(0);
      expect(await page.textContent("#tree")).toContain(HOSTILE_NAME);
      expect(await page.textContent("#rules")).toContain("</blockquote><script>window.__pwned=3</script>");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
