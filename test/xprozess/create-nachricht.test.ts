/**
 * XProzess 2.0 `createNachricht` / `safeCreateNachricht` take one input object whose `nachricht` names the kind (as
 * on the model); the two-argument form stays one minor version as a deprecated overload and builds the same.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { XoevError } from "../../src/core/errors.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";

const nachrichtenkopf = {
  nachrichtUUID: "00000000-0000-4000-8000-000000000001",
  nachrichtentyp: { listURI: "urn:de:xprozess:codeliste:nachricht", listVersionID: "1.0", code: "0103" },
  erstellungszeitpunkt: "2026-01-01T00:00:00Z",
};
const content = {
  produkt: "fim-xoev",
  produkthersteller: "fim-xoev",
  nachrichtenkopf,
  prozesskatalog: { name: "FIM-Prozesskatalog", prozessklasse: [] },
};
const issue = (d: Diagnostic | undefined) => (d?.params as { issue?: string } | undefined)?.issue;

describe("XProzess 2.0 createNachricht", () => {
  it("one input object; the message round-trips; the old two-argument form builds the same", () => {
    const msg = xprozess.createNachricht({ nachricht: "prozesskatalog.export.0103", ...content });
    expect(msg.nachricht).toBe("prozesskatalog.export.0103");
    expect(msg.xprozessVersion).toBe("2.0");
    expect(xprozess.parse(xprozess.serialize(msg), { strict: true })).toEqual(msg);
    expect(xprozess.createNachricht("prozesskatalog.export.0103", content)).toEqual(msg);
  });

  it("an unknown or missing kind is one invalid-input diagnostic, or one XoevError", () => {
    const r = xprozess.safeCreateNachricht({ nachricht: "prozesskatalog.export.9999", ...content } as never);
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([["invalid-input", "nachricht"]]);
    expect(issue(r.diagnostics[0])).toContain("prozesskatalog.export.0103");
    expect(xprozess.safeCreateNachricht(content as never).success).toBe(false);
    expect(() => xprozess.createNachricht(content as never)).toThrow(XoevError);
    // content errors are reported as before, with their property path
    const bad = xprozess.safeCreateNachricht({ nachricht: "prozesskatalog.export.0103", ...content, produkt: 1 } as never);
    expect(bad.diagnostics.some((d) => d.code === "invalid-input" && String(d.path).includes("produkt"))).toBe(true);
  });
});
