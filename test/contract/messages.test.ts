/**
 * The diagnostic-code registry at run time: core holds its own codes; each module registers its codes' messages
 * when a module that reports them is loaded. With every public entry loaded, both locales know the same codes,
 * every module's codes among them; a module that is not loaded adds none; a code two modules claim is refused.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineMessages, diagnostic, hasMessage, localize, registeredCodes, useMessages } from "../../src/core/diagnostics/create.ts";
import { de } from "../../src/core/diagnostics/messages/de.ts";
import { en } from "../../src/core/diagnostics/messages/en.ts";
import { libraryEntries } from "../../tsdown.config.ts";
import { REPO_ROOT } from "../support/shared.ts";

describe("diagnostic messages", () => {
  it("core's catalogues hold no module's codes", () => {
    for (const code of ["duplicate-relations", "missing-header", "form-data-invalid", "rule-partly-read", "submission-schema-uri-unknown"])
      expect(Object.hasOwn(en, code) || Object.hasOwn(de, code), code).toBe(false);
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it("a module's codes are registered with the module that reports them, in both locales", async () => {
    const { XDATENFELDER_MESSAGES } = await import("../../src/xdatenfelder/common/messages.ts");
    const { LEIKA_MESSAGES } = await import("../../src/leika/messages.ts");
    const { FORMS_MESSAGES } = await import("../../src/xdatenfelder/forms/messages.ts");
    const { REGELN_MESSAGES } = await import("../../src/xdatenfelder/regeln/messages.ts");
    const { FITCONNECT_MESSAGES } = await import("../../src/fitconnect/messages.ts");
    for (const entry of Object.values(libraryEntries)) await import(join(REPO_ROOT, entry));
    const enCodes = registeredCodes("en").sort();
    expect(registeredCodes("de").sort()).toEqual(enCodes);
    const modules = [XDATENFELDER_MESSAGES, LEIKA_MESSAGES, FORMS_MESSAGES, REGELN_MESSAGES, FITCONNECT_MESSAGES];
    const expected = [...Object.keys(en), ...modules.flatMap((m) => Object.keys(m.en))].sort();
    expect(enCodes).toEqual(expected);
    for (const m of modules) expect(Object.keys(m.de).sort()).toEqual(Object.keys(m.en).sort());
  }, 60_000);

  it("renders a module's code in both locales, with the texts the module declares", async () => {
    await import("../../src/leika/csv.ts");
    const d = diagnostic({ code: "missing-header", params: { keyColumn: 3 }, severity: "error", stage: "input", path: "/" });
    expect(d.message).toContain("(column 3 holds a Leistungsschlüssel)");
    expect(localize(d, "de").message).toContain("(Spalte 3 enthält einen Leistungsschlüssel)");
    expect(hasMessage("missing-header", "de")).toBe(true);
  });

  it("refuses a code that another module already declared", () => {
    const again = { en: { "not-well-formed": () => "x" }, de: { "not-well-formed": () => "y" } } as const;
    expect(() => defineMessages(again)).toThrow(/not-well-formed/);
    // registering the same object twice is fine
    const once = useMessages({ en, de });
    expect(useMessages(once)).toBe(once);
  });
});
