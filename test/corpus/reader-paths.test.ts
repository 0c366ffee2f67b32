/**
 * The reader's two paths on real files: every XML file of the shared corpus and every fixture is read by the
 * fast path and by saxes; where the fast path takes a file, both trees are deep-equal (positions included).
 * The corpus's XML must all be taken by the fast path, or the speed it exists for would be lost unnoticed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeDecodeXml } from "../../src/core/xml/decode.ts";
import { pathsAgree } from "../support/reader-paths.ts";
import { hasShared, REPO_ROOT, SHARED } from "../support/shared.ts";

function* xmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) yield* xmlFiles(p);
    else if (/\.(xml|xsd|gc)$/i.test(entry)) yield p;
  }
}

/**
 * Reads one file both ways; returns whether the fast path took it. A file that does not decode (the
 * `fixtures/encoding/` cases made for that) reaches neither path: false. A UTF-8 file is read by the fast path
 * twice: from its bytes in place (as `readXml` reads bytes) and from its decoded text; both must agree with saxes.
 */
function compare(path: string): boolean {
  const raw = readFileSync(path);
  const decoded = safeDecodeXml(raw);
  if (!decoded.success) return false;
  let src = decoded.data.text;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const taken = pathsAgree(src, path);
  if (decoded.data.encoding !== "UTF-8") return taken;
  const body = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
  expect(pathsAgree(src, `${path} (bytes)`, body), `${path}: the bytes and the text are taken alike`).toBe(taken);
  return taken;
}

describe.skipIf(!hasShared)("reader paths on the shared corpus", () => {
  const folders = !hasShared ? [] : readdirSync(join(SHARED, "corpus")).filter((f) => statSync(join(SHARED, "corpus", f)).isDirectory());
  it.each(folders)("%s: every XML file is taken by the fast path and read as saxes reads it", (folder) => {
    const files = [...xmlFiles(join(SHARED, "corpus", folder))];
    const left = files.filter((f) => !compare(f));
    expect(left).toEqual([]);
  });
});

describe("reader paths on the fixtures", () => {
  it("every fixture the fast path takes is read as saxes reads it; the rest are left to saxes", () => {
    const files = [...xmlFiles(join(REPO_ROOT, "fixtures"))];
    const taken = files.filter(compare);
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });
});
