import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../test/support/shared.ts";
import { declaredGigabyte, evilFixtures, lyingBomb, messageWith, traversal, zipOf } from "../../../test/xprozess/evil.ts";
import { safeExtractionPlan, safeReadFile, safeUnzip, unsafeEntryName, unzip } from "./archive.ts";
import { decodeBase64, listFiles, safeDecodeBase64, sniffContent } from "./files.ts";
import { parse } from "./parse.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("strict base64", () => {
  it("decodes, white space allowed", () => {
    expect(safeDecodeBase64("aGFs\n bG8=").data).toEqual(enc("hallo"));
  });
  it.each([
    ["aGFsbG8", "length 7"],
    ["aGF!bG8=", "character"],
    ["aG=sbG8=", "padding"],
    ["aGFsbG8==x==", "padding"],
  ])("refuses %s", (text, reason) => {
    const r = safeDecodeBase64(text, "/x");
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({
      code: "invalid-base64",
      severity: "error",
      params: { reason: expect.stringContaining(reason) },
    });
  });
});

describe("content sniffing", () => {
  it.each([
    [zipOf({ a: enc("a") }), "zip"],
    [enc('\uFEFF  <?xml version="1.0"?><a/>'), "xml"],
    [enc("%PDF-1.7"), "pdf"],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "png"],
    [enc("hello"), "other"],
  ])("%#: %s", (bytes, kind) => {
    expect(sniffContent(bytes)).toBe(kind);
  });
});

describe("ZIP archives in memory, within limits", () => {
  it("unpacks stored and deflated entries", () => {
    const r = safeUnzip(zipOf({ "a.xml": enc("<a/>"), "dir/b.txt": enc("b".repeat(10_000)) }));
    expect(r.data?.map((e) => [e.name, e.bytes.length])).toEqual([
      ["a.xml", 4],
      ["dir/b.txt", 10_000],
    ]);
  });

  it("stops a bomb that lies in its headers while inflating, quickly", () => {
    const bomb = lyingBomb();
    const t = performance.now();
    const r = safeUnzip(bomb);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.diagnostics).toMatchObject([
      { code: "archive-rejected", params: { reason: expect.stringContaining("stopped while inflating") } },
    ]);
  });

  it("refuses a bomb by its declared ratio before inflating", () => {
    const honest = zipOf({ "zeros.bin": new Uint8Array(4 * 1024 * 1024) });
    expect(safeUnzip(honest).diagnostics[0]?.params).toMatchObject({ reason: expect.stringContaining("declares a compression ratio") });
    expect(safeUnzip(honest, { maxRatio: 10_000 }).success).toBe(true);
  });

  it("refuses a declared 1 GiB entry from the central directory", () => {
    const r = safeUnzip(declaredGigabyte());
    expect(r.diagnostics[0]?.params).toMatchObject({ reason: expect.stringContaining("declares 1073741824 bytes") });
  });

  it("refuses too many entries, and damaged archives", () => {
    const three = zipOf({ a: enc("a"), b: enc("b"), c: enc("c") });
    expect(safeUnzip(three, { maxEntries: 2 }).diagnostics[0]?.params).toMatchObject({ reason: "3 entries, more than the limit of 2" });
    expect(safeUnzip(three.slice(0, 40)).diagnostics[0]?.code).toBe("archive-rejected");
    expect(safeUnzip(enc("PK\u0005\u0006")).diagnostics[0]?.code).toBe("archive-rejected");
  });
});

describe("extraction plan", () => {
  it.each([
    ["../a", "`..`"],
    ["a/../../b", "`..`"],
    ["/etc/passwd", "absolute"],
    ["\\\\server\\share", "absolute"],
    ["C:/x", "drive"],
    ["a\0b", "NUL"],
  ])("refuses the entry name %j", (name, why) => {
    expect(unsafeEntryName(name)).toContain(why);
  });

  it("plans a ZIP's entries below the file's name", () => {
    const m = parse(messageWith(zipOf({ "BPMN DI-Export.xml": enc("<definitions/>") })));
    expect(safeExtractionPlan(m).data?.map((f) => f.path)).toEqual(["BPMN DI-Export/BPMN DI-Export.xml"]);
  });

  it("refuses an archive with names that leave the folder, and a file name that does", () => {
    const r = safeExtractionPlan(parse(messageWith(traversal())));
    expect(r.success).toBe(false);
    expect(r.data).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ code: "archive-rejected", params: { reason: expect.stringContaining("..") } });
    const named = safeExtractionPlan(parse(messageWith(zipOf({ a: enc("a") }), "../../out")));
    expect(named.diagnostics[0]?.params).toMatchObject({ reason: expect.stringContaining("`..`") });
  });

  it("the committed fixtures/evil/xprozess-*.xml are the crafted archives, and each is refused", () => {
    for (const [name, xml] of Object.entries(evilFixtures())) {
      expect(readFileSync(join(REPO_ROOT, "fixtures", "evil", name), "utf8"), name).toBe(xml);
      const [file] = listFiles(parse(xml));
      if (file === undefined) throw new Error(name);
      const r = name.includes("traversal") ? safeExtractionPlan(parse(xml)) : safeReadFile(file);
      expect(r.success, name).toBe(false);
      expect(r.diagnostics[0]?.code, name).toBe("archive-rejected");
    }
  });
});

describe("throwing forms", () => {
  it("throw one XoevError with the finding", () => {
    expect(() => decodeBase64("a")).toThrow(/base64/);
    expect(() => unzip(declaredGigabyte())).toThrow(/1073741824/);
    expect(unzip(zipOf({ a: enc("a") }))[0]?.name).toBe("a");
  });
});
