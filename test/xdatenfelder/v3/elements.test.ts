import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../src/core/validation/pipeline.ts";
import { sourceElement } from "../../../src/core/xml/cursor.ts";
import type { XmlElement } from "../../../src/core/xml/node.ts";
import { readXml, readXmlFor } from "../../../src/core/xml/read.ts";
import { checkDocument, validateDocument } from "../../../src/registry.ts";
import * as xdf3 from "../../../src/xdatenfelder/v3/index.ts";
import { hasShared, xdf3CorpusFiles } from "../../support/shared.ts";

const demo = readFileSync(new URL("../../../fixtures/demo/hundesteuer-anmeldung.xdf3.xml", import.meta.url));

describe("element index", () => {
  test("finds inlined fields, groups and rules by id and version", () => {
    const n = xdf3.parse(demo);
    const index = xdf3.indexElements(n);
    expect(index.datenfeld("F99000000103", "1.0.0")?.name).toBe("Größe des Hundes");
    expect(index.datenfeld("F99000000103")?.name).toBe("Größe des Hundes");
    expect(index.datenfeld("F99000000103", "9.9.9")).toBeUndefined();
    expect(index.datenfeldgruppe("G99000000101", "1.0.0")?.struktur).toHaveLength(2);
    expect(index.regel("R99000000101", "1.0.0")?.typ.code).toBe("V");
    expect(index.datenfelder.map((f) => f.identifikation.id)).toEqual([
      "F99000000101",
      "F99000000102",
      "F99000000103",
      "F99000000104",
      "F99000000105",
    ]);
    expect(xdf3.elementIdVersion({ id: "F1", version: "1.0.0" })).toBe("F1V1.0.0");
  });

  test("model objects know their source line", () => {
    const n = xdf3.parse(demo);
    const f = xdf3.indexElements(n).datenfeld("F99000000103");
    expect(f).toBeDefined();
    const el = sourceElement(f as object);
    expect([el?.line, el?.column]).toEqual([110, 9]);
  });
});

describe.runIf(hasShared)("repeated relations in real exports", () => {
  test("are kept, reported once as info, and deduplicated on request", () => {
    const file = xdf3CorpusFiles().find((f) => f.file.includes("S05000001291"));
    expect(file).toBeDefined();
    const r = xdf3.safeParse(readFileSync(file?.path ?? ""));
    expect(r.success).toBe(true);
    const info = r.diagnostics.filter((d) => d.code === "duplicate-relations");
    expect(info).toHaveLength(1);
    expect(info[0]?.severity).toBe("info");
    const index = xdf3.indexElements(r.data as xdf3.Nachricht);
    const all = [...index.datenfelder, ...index.datenfeldgruppen];
    const withDuplicates = all.find((e) => xdf3.uniqueRelations(e).length < e.relation.length);
    expect(withDuplicates).toBeDefined();
    const el = withDuplicates as xdf3.Datenfeld;
    const unique = xdf3.uniqueRelations(el);
    expect(new Set(el.relation).size).toBe(unique.length);
    const params = info[0]?.params as { count: number; distinct: number };
    expect(params.count).toBeGreaterThan(params.distinct);
  });
});

describe("repeated relations read shallow", () => {
  const base = readFileSync(new URL("../../../fixtures/xdatenfelder/v3/valid/0104-datenfeld-maximal.xml", import.meta.url), "utf8");
  const rel = (extra: string) =>
    `<xdf3:relation><xdf3:praedikat listURI="urn:xoev-de:fim-datenfelder:codeliste:relation" listVersionID="1.2"><code>ABL</code></xdf3:praedikat><xdf3:objekt><xdf3:id>F1</xdf3:id></xdf3:objekt>${extra}</xdf3:relation>`;
  /** The fixture with `relations` put before its first relation, one per line. */
  const withRelations = (relations: string[]) => base.replace("<xdf3:relation>", `${relations.join("\n    ")}\n    <xdf3:relation>`);
  const exactly = (xml: string) => {
    const read = readXml(xml, { prefixes: xdf3.PREFIXES });
    if (!read.success) throw new Error("unreadable");
    return xdf3.safeParseElement(read.data.root);
  };

  test("clean repeats: the same model and the same info finding as reading everything in full", () => {
    const xml = withRelations([rel(""), rel(""), rel(""), `${rel("")}${rel("")}`]);
    const shallow = xdf3.safeParse(xml);
    expect(shallow).toEqual(exactly(xml));
    const info = shallow.diagnostics.find((d) => d.code === "duplicate-relations");
    expect(info?.location?.line).toBe(36); // the first repeat, on the line after the first relation
    expect(info?.params).toMatchObject({ count: 4 });
  });

  test("repeats with a finding inside: each repeat reported at its own line (the document is read again in full)", () => {
    const xml = withRelations([rel("<xdf3:extra/>"), rel("<xdf3:extra/>"), rel("<xdf3:extra/>")]);
    const shallow = xdf3.safeParse(xml);
    const full = exactly(xml);
    expect(shallow).toEqual(full);
    expect(shallow.diagnostics.filter((d) => d.code === "unexpected-element").map((d) => d.location?.line)).toEqual([35, 36, 37]);
  });

  test("the reader shares the children of a repeat and gives it its own position", () => {
    const xml = `<r xmlns="urn:x"><a><b>1</b></a><a><b>1</b></a>\n<a><b>1</b></a><c><d/></c><c><d/></c></r>`;
    const read = readXml(xml, { shallowRepeats: [{ namespace: "urn:x", local: "a" }] });
    expect(read.success).toBe(true);
    const kids = (read.data as { root: XmlElement }).root.children.filter((c): c is XmlElement => c.kind === "element");
    const [a1, a2, a3, c1, c2] = kids as [XmlElement, XmlElement, XmlElement, XmlElement, XmlElement];
    expect(a2.children).toBe(a1.children);
    expect(a3.children).toBe(a1.children);
    expect([a2.line, a2.column, a3.line, a3.column]).toEqual([1, 33, 2, 1]);
    expect(a2.parent).toBe(a1.parent);
    expect(c2.children).not.toBe(c1.children); // not listed: cloned in full
    expect([(c2.children[0] as XmlElement).line, (c2.children[0] as XmlElement).column]).toEqual([2, 30]);
  });
});

describe("the pipeline and check read a document as its standard's parser does (repeats shallow)", () => {
  const base = readFileSync(new URL("../../../fixtures/xdatenfelder/v3/valid/0104-datenfeld-maximal.xml", import.meta.url), "utf8");
  const rel = (extra: string) =>
    `<xdf3:relation><xdf3:praedikat listURI="urn:xoev-de:fim-datenfelder:codeliste:relation" listVersionID="1.2"><code>ABL</code></xdf3:praedikat><xdf3:objekt><xdf3:id>F1</xdf3:id></xdf3:objekt>${extra}</xdf3:relation>`;
  const withRelations = (relations: string[]) => base.replace("<xdf3:relation>", `${relations.join("\n    ")}\n    <xdf3:relation>`);

  test("readXmlFor: the repeats of the root namespace's elements are shallow, those of another root are not", () => {
    const xml = (root: string) => `<${root} xmlns="urn:x" xmlns:o="urn:o"><o:a><b/></o:a><o:a><b/></o:a><a><b/></a><a><b/></a></${root}>`;
    const byRoot = new Map([["urn:x", [{ namespace: "urn:x", local: "a" }]]]);
    const kids = (src: string) => {
      const read = readXmlFor(src, {}, byRoot);
      if (!read.success) throw new Error("unreadable");
      return read.data.root.children as XmlElement[];
    };
    const [oa1, oa2, a1, a2] = kids(xml("r"));
    expect(a2?.children).toBe(a1?.children);
    expect(oa2?.children).not.toBe(oa1?.children);
    const other = kids(xml("r").replace('xmlns="urn:x"', 'xmlns="urn:other"'));
    expect(other[3]?.children).not.toBe(other[2]?.children);
  });

  test("the pipeline hands the model a tree whose listed repeats share their children, and a reread in full", async () => {
    let seen: { shared: boolean; full: boolean } | undefined;
    const xml = withRelations([rel(""), rel(""), rel("")]);
    const standards = {
      [xdf3.NAMESPACE]: {
        standard: "test",
        prefixes: xdf3.PREFIXES,
        shallowRepeats: [{ namespace: xdf3.NAMESPACE, local: "relation" }],
        model: (root: XmlElement, _file: string | undefined, o?: { reread?: (() => XmlElement | undefined) | undefined }) => {
          const relations = (r: XmlElement) => {
            const datenfeld = r.children.find((c): c is XmlElement => c.kind === "element" && c.local === "datenfeld") as XmlElement;
            return datenfeld.children.filter((c): c is XmlElement => c.kind === "element" && c.local === "relation");
          };
          const [a, b] = relations(root);
          const [x, y] = relations(o?.reread?.() as XmlElement);
          seen = { shared: a?.children === b?.children, full: x?.children !== y?.children };
          return { success: true as const, data: undefined, diagnostics: [] };
        },
      },
    };
    await runPipeline(xml, standards, { xsd: false });
    expect(seen).toEqual({ shared: true, full: true });
  });

  test("validate and check report each repeat with a finding at its own line, as a full read does", async () => {
    const xml = withRelations([rel("<xdf3:extra/>"), rel("<xdf3:extra/>"), rel("<xdf3:extra/>")]);
    const lines = (ds: readonly { code: string; location?: { line: number } | undefined }[]) =>
      ds.filter((d) => d.code === "unexpected-element").map((d) => d.location?.line);
    expect(lines((await validateDocument(xml, { xsd: false })).diagnostics)).toEqual([35, 36, 37]);
    expect(lines(checkDocument(xml).diagnostics)).toEqual([35, 36, 37]);
    const clean = withRelations([rel(""), rel(""), rel("")]);
    expect((await validateDocument(clean, { xsd: false })).diagnostics.find((d) => d.code === "duplicate-relations")?.location?.line).toBe(
      36,
    );
  });
});
