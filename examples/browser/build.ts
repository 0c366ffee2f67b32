/**
 * Builds the example page: `npx tsx examples/browser/build.ts` writes `examples/browser/dist/` (index.html +
 * app.js, one self-contained ES module); open it through any static web server (`npx vite examples/browser/dist`,
 * `python3 -m http.server`). The browser test (`test/browser/browser.test.ts`) builds it the same way.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The page's files, by name. */
export async function buildExample(): Promise<Record<string, string>> {
  const result = await build({
    entryPoints: [join(HERE, "app.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    charset: "utf8",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const app = result.outputFiles[0]?.text;
  if (app === undefined) throw new Error("esbuild wrote nothing");
  return { "index.html": readFileSync(join(HERE, "index.html"), "utf8"), "app.js": app };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(HERE, "dist");
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(await buildExample())) writeFileSync(join(out, name), text);
  process.stdout.write(`examples/browser/dist written: open index.html through a web server\n`);
}
