/**
 * Browser test support: find a Chromium, bundle for the browser with esbuild, serve files on 127.0.0.1 (a
 * secure context, so Web Crypto works) and drive the browser with playwright-core.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { libraryEntries } from "../../tsdown.config.ts";
import { REPO_ROOT } from "../support/shared.ts";

/** Where a Chromium may be: `FIM_XOEV_CHROMIUM`, else Debian's and the usual names. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The Chromium executable, or `undefined` when there is none on this machine. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.FIM_XOEV_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== "") return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const CHROMIUM = findChromium();
/** The sentence printed when the browser tests are skipped. */
export const NO_BROWSER_REASON =
  "no Chromium found (looked for FIM_XOEV_CHROMIUM and /usr/bin/chromium …): the browser tests are skipped; install one with `apt-get install -y chromium`";

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM === undefined) throw new Error(NO_BROWSER_REASON);
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}

export interface BrowserBundle {
  readonly code: string;
  readonly metafile: Metafile;
}

/**
 * One self-contained ES module for the browser (no code splitting): `platform: "browser"` picks the package's
 * `browser` import conditions (`#host`, `#xsd-engine`); a `node:` import anywhere fails the build.
 */
export async function bundleForBrowser(entry: string, options: { minify?: boolean } = {}): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    // libxml2-wasm embeds its WebAssembly as a Latin-1 string: escaping it would grow the bundle by a third.
    charset: "utf8",
    minify: options.minify ?? false,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return { code: out.text, metafile: result.metafile };
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  xml: "application/xml",
  xsd: "application/xml",
  zip: "application/zip",
  json: "application/json",
};

/** Serves `files` (URL path → content) on 127.0.0.1 at a free port. */
export async function serve(files: ReadonlyMap<string, string | Uint8Array>): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const asked = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const path = asked === "/" ? "/index.html" : asked;
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.split(".").pop() ?? "";
    res.writeHead(200, { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The library's public entries (package.json `exports` without the CLI), entry name → source: the browser build's. */
export const PUBLIC_ENTRIES: Readonly<Record<string, string>> = libraryEntries;
