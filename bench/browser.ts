/**
 * The library in the browser, two figures (issue 15):
 *
 * 1. Browser bundle size per public entry: each entry bundled alone with esbuild for the browser (minified, ESM,
 *    the package's `browser` conditions), raw and gzip (level 9) bytes.
 * 2. Parse + QS check (`checkXDatenfelder`: XML reader, model, every QS rule) of the largest file of
 *    `corpus/xdatenfelder` in headless Chromium and in Node, in the same run: one warm-up, then the median of
 *    `--rounds` (default 5) runs each. The browser runs the test harness bundle (`test/browser/harness.ts`).
 *
 *   npx tsx bench/browser.ts [--rounds N]
 *
 * Needs Chromium (`FIM_XOEV_CHROMIUM`, else /usr/bin/chromium) and the shared folder (env FIM_XOEV_SHARED, else
 * ../shared) for the second figure.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseAndCheck } from "../test/browser/harness.ts";
import { bundleForBrowser, CHROMIUM, launchChromium, PUBLIC_ENTRIES, serve } from "../test/browser/support.ts";
import { CORPUS, hasShared } from "../test/support/shared.ts";

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function sizes(): Promise<void> {
  console.log("| entry | minified | gzip |\n|---|---:|---:|");
  for (const [name, source] of Object.entries(PUBLIC_ENTRIES)) {
    const { code } = await bundleForBrowser(source, { minify: true });
    const bytes = Buffer.from(code, "utf8");
    console.log(`| fim-xoev${name === "index" ? "" : `/${name}`} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`);
  }
}

function largestCorpusFile(): string {
  const dir = join(CORPUS, "xdatenfelder");
  let best = { path: "", size: -1 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".xml")) {
        const size = statSync(p).size;
        if (size > best.size) best = { path: p, size };
      }
    }
  };
  walk(dir);
  return best.path;
}

async function timing(): Promise<void> {
  const file = largestCorpusFile();
  const xml = readFileSync(file, "utf8");
  console.log(
    `\nParse + QS check of ${file.slice(CORPUS.length + 1)} (${(statSync(file).size / 1e6).toFixed(2)} MB), median of ${ROUNDS} after one warm-up:`,
  );

  const node: number[] = [];
  let findings = -1;
  for (let i = 0; i <= ROUNDS; i++) {
    const t = performance.now();
    findings = await parseAndCheck(xml);
    if (i > 0) node.push(performance.now() - t);
  }

  const { code } = await bundleForBrowser("test/browser/browser-main.ts", { minify: true });
  const server = await serve(
    new Map<string, string>([
      ["/index.html", '<!doctype html><meta charset="utf-8"><script type="module" src="/harness.js"></script>'],
      ["/harness.js", code],
      ["/doc.xml", xml],
    ]),
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => "fimXoevHarness" in globalThis);
    const r = await page.evaluate(async (rounds) => {
      const h = (globalThis as unknown as { fimXoevHarness: { parseAndCheck(xml: string): Promise<number> } }).fimXoevHarness;
      const text = await (await fetch("/doc.xml")).text();
      const times: number[] = [];
      let n = -1;
      for (let i = 0; i <= rounds; i++) {
        const t = performance.now();
        n = await h.parseAndCheck(text);
        if (i > 0) times.push(performance.now() - t);
      }
      return { times, n };
    }, ROUNDS);
    if (r.n !== findings) throw new Error(`Chromium found ${r.n} findings, Node ${findings}`);
    console.log(`| runtime | median ms | runs (ms) |\n|---|---:|---|`);
    console.log(`| Node ${process.versions.node} | ${median(node).toFixed(0)} | ${node.map((t) => t.toFixed(0)).join(", ")} |`);
    console.log(`| Chromium ${browser.version()} | ${median(r.times).toFixed(0)} | ${r.times.map((t) => t.toFixed(0)).join(", ")} |`);
    console.log(`(${findings} QS findings in both)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await sizes();
if (CHROMIUM === undefined) console.log("\nno Chromium: timing skipped");
else if (!hasShared) console.log("\nno shared folder: timing skipped");
else await timing();
