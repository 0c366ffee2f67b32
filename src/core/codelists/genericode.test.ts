import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { canonicalXml } from "../../../test/support/canonical.ts";
import { hasShared, SHARED } from "../../../test/support/shared.ts";
import {
  codeListRows,
  codeListValues,
  parseGenericode,
  resolveCodeListKeys,
  safeParseGenericode,
  serializeGenericode,
} from "./genericode.ts";
import { DirectoryCodeListProvider, InMemoryCodeListProvider, resolveCodeList } from "./provider.ts";

const OASIS = `<?xml version="1.0" encoding="UTF-8"?>
<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y">
  <Annotation><Description xml:lang="de">Beschreibung</Description><AppInfo><m:meta xmlns:m="urn:example:meta" a="1">x</m:meta></AppInfo></Annotation>
  <Identification>
    <ShortName Lang="de">geschlecht</ShortName>
    <LongName Identifier="a">Geschlecht</LongName>
    <Version>2</Version>
    <CanonicalUri>urn:example:geschlecht</CanonicalUri>
    <CanonicalVersionUri>urn:example:geschlecht_2</CanonicalVersionUri>
    <LocationUri>https://example.org/g.xml</LocationUri>
    <Agency><LongName>Agentur</LongName><Identifier>X</Identifier></Agency>
  </Identification>
  <ColumnSet>
    <Column Id="schluessel" Use="required"><ShortName>Schlüssel</ShortName><Data Type="string"/></Column>
    <Column Id="wert" Use="required"><ShortName>Wert</ShortName><Data Type="string" Lang="de"><Parameter ShortName="maxLength">20</Parameter></Data></Column>
    <Column Id="hilfe" Use="optional"><ShortName>Hilfe</ShortName><Data Type="string"/></Column>
    <Key Id="k"><ShortName>K</ShortName><ColumnRef Ref="schluessel"/></Key>
  </ColumnSet>
  <SimpleCodeList>
    <Row><Value ColumnRef="schluessel"><SimpleValue>m</SimpleValue></Value><Value><SimpleValue>männlich</SimpleValue></Value></Row>
    <Row><Value><SimpleValue>w</SimpleValue></Value><Value><SimpleValue>weiblich</SimpleValue></Value><Value ColumnRef="hilfe"><SimpleValue>Hilfe w</SimpleValue></Value></Row>
    <Row><Annotation><Description>leer</Description></Annotation><Value><SimpleValue>x</SimpleValue></Value><Value/></Row>
  </SimpleCodeList>
</gc:CodeList>`;

describe("genericode 1.0", () => {
  test("reads the OASIS form without findings and keeps every part", () => {
    const r = safeParseGenericode(OASIS);
    expect(r.diagnostics).toEqual([]);
    const doc = r.data;
    expect(doc?.form).toBe("oasis");
    expect(doc?.identification.shortName).toEqual({ text: "geschlecht", attributes: [{ namespace: "", local: "Lang", value: "de" }] });
    expect(doc?.identification.agency?.identifier[0]?.text).toBe("X");
    expect(doc?.attributes.map((a) => a.local)).toEqual(["schemaLocation"]);
    expect(doc?.annotation?.children).toHaveLength(2);
  });

  test("values follow ColumnRef, or the next column when it is left out (R47)", () => {
    const doc = parseGenericode(OASIS);
    expect(codeListRows(doc)).toEqual([
      { schluessel: "m", wert: "männlich" },
      { schluessel: "w", wert: "weiblich", hilfe: "Hilfe w" },
      { schluessel: "x" },
    ]);
    expect(resolveCodeListKeys(doc)).toEqual({ codeKey: "schluessel", nameKey: "wert" });
    expect(codeListValues(doc, { nameKey: "wert", helpKey: "hilfe" })[1]).toEqual({ code: "w", name: "weiblich", hilfe: "Hilfe w" });
  });

  test("writes the OASIS form back canonically identical; asking for the FIM form is not possible, normalising keeps it", () => {
    const doc = parseGenericode(OASIS);
    for (const pretty of [true, false]) {
      expect(canonicalXml(serializeGenericode(doc, { pretty }))).toEqual(canonicalXml(OASIS));
      expect(canonicalXml(serializeGenericode(doc, { pretty, normalize: true }))).toEqual(canonicalXml(OASIS));
    }
  });

  test("the FIM form (qualified children) is read with a warning and written back qualified", () => {
    const fim = `<CodeList xmlns="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification><ShortName/><Version>1</Version><CanonicalUri>urn:a</CanonicalUri><CanonicalVersionUri>urn:a_1</CanonicalVersionUri></Identification><ColumnSet><Column Id="c"><ShortName>c</ShortName><Data Type="string"/></Column></ColumnSet><SimpleCodeList><Row><Value ColumnRef="c"><SimpleValue>1</SimpleValue></Value></Row></SimpleCodeList></CodeList>`;
    const r = safeParseGenericode(fim);
    expect(r.success).toBe(true);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.location?.line])).toEqual([["warning", "genericode-qualified", 1]]);
    const doc = r.data;
    if (doc === undefined) return;
    expect(canonicalXml(serializeGenericode(doc))).toEqual(canonicalXml(fim));
    const normalized = serializeGenericode(doc, { normalize: true, pretty: false });
    expect(normalized).toContain('<Column Id="c" Use="optional">');
    expect(safeParseGenericode(normalized).diagnostics).toEqual([]);
  });

  test("a root that is not gc:CodeList is refused at the detect stage", () => {
    const r = safeParseGenericode(`<x:CodeList xmlns:x="urn:other"/>`);
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: "unknown-namespace", severity: "fatal", stage: "detect" });
  });

  test("missing mandatory parts are reported with their path", () => {
    const r = safeParseGenericode(
      `<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification><ShortName>a</ShortName></Identification></gc:CodeList>`,
    );
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      "missing-element /gc:CodeList/Identification/Version",
      "missing-element /gc:CodeList/Identification/CanonicalUri",
      "missing-element /gc:CodeList/Identification/CanonicalVersionUri",
      "missing-element /gc:CodeList/ColumnSet",
    ]);
  });
});

describe("code-list providers", () => {
  test("in memory: by URI + version, newest without version, by version URI", async () => {
    const a = parseGenericode(OASIS);
    const b = { ...a, identification: { ...a.identification, version: "3", canonicalVersionUri: "urn:example:geschlecht_3" } };
    const p = new InMemoryCodeListProvider([a, b]);
    expect((await p.resolve({ canonicalUri: "urn:example:geschlecht", version: "2" })).data).toBe(a);
    expect((await p.resolve({ canonicalUri: "urn:example:geschlecht" })).data).toBe(b);
    expect((await p.resolve({ canonicalUri: "", canonicalVersionUri: "urn:example:geschlecht_2" })).data).toBe(a);
    const missing = await p.resolve({ canonicalUri: "urn:none", version: "1" });
    expect(missing.success).toBe(false);
    expect(missing.diagnostics[0]?.code).toBe("code-list-unavailable");
    const resolved = await resolveCodeList(
      p,
      { canonicalUri: "urn:example:geschlecht", version: "2" },
      { codeKey: "schluessel", nameKey: "wert", helpKey: "hilfe" },
    );
    expect(resolved.data?.columns.map((c) => c.id)).toEqual(["schluessel", "wert", "hilfe"]);
    expect(resolved.data?.values.map((v) => v.code)).toEqual(["m", "w", "x"]);
  });

  test.runIf(hasShared)("directory: resolves the FIM code lists beside a 2.0 schema", async () => {
    const p = new DirectoryCodeListProvider(join(SHARED, "corpus/xdatenfelder/escalon__glykon"));
    const r = await resolveCodeList(p, { canonicalUri: "urn:de:fim:codeliste:zustimmung", version: "2021-01-11" });
    expect(r.success).toBe(true);
    expect(r.data?.keys).toEqual({ codeKey: "code", nameKey: "name" });
    expect(r.data?.values).toEqual([{ code: "01", name: "Ich stimme zu." }]);
    const loaded = await p.load();
    expect(loaded.documents).toHaveLength(5);
    // the 2.0 schemas in the folder are no code lists: reported, not fatal for the provider
    expect(loaded.diagnostics.filter((d) => d.code === "unknown-namespace")).toHaveLength(2);
  });
});
