import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../../../test/support/shared.ts";
import { parse } from "./index.ts";
import type { DatenfeldNachricht } from "./model.ts";
import { serialize } from "./serialize.ts";

const minimal = parse(readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0104-datenfeld-minimal.xml"))) as DatenfeldNachricht;
// text of XML 1.0 characters, with CR, LF, tabs, markup characters and white-space-only strings well represented
const xmlText = fc.string({
  unit: fc.oneof(fc.constantFrom("\r", "\n", "\t", " ", "<", "&", ">", "]]>", "€", "ä"), fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 40,
});

describe("XDatenfelder 2.0 writer", () => {
  test("any text survives serialize → parse exactly, CRs and white space included (property-based)", () => {
    fc.assert(
      fc.property(xmlText, xmlText, fc.boolean(), (beschreibung, inhalt, pretty) => {
        const m: DatenfeldNachricht = { ...minimal, datenfeld: { ...minimal.datenfeld, beschreibung, inhalt } };
        const back = parse(serialize(m, { pretty })) as DatenfeldNachricht;
        expect(back.datenfeld.beschreibung).toBe(beschreibung);
        expect(back.datenfeld.inhalt).toBe(inhalt);
      }),
    );
  });

  test("deterministic: the same model gives the same bytes", () => {
    expect(serialize(minimal)).toBe(serialize(parse(serialize(minimal))));
  });
});
