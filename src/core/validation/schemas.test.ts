import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasShared, standardsDir } from "../../../test/xsd/shared.ts";
import { isXoevError } from "../errors.ts";
import { readXml } from "../xml/read.ts";
import { findSchemaCatalogEntry, schemaCatalog } from "./catalog.ts";
import { loadSchemaSet, resolveSchemaRoot, SCHEMAS_ENV_VAR, safeLoadSchemaSet } from "./schemas.ts";
import { createXsdValidator } from "./xsd.ts";

const XSD = "http://www.w3.org/2001/XMLSchema";

describe("resolveSchemaRoot", () => {
  it("takes the explicit option, then the environment, else nothing", () => {
    expect(resolveSchemaRoot({ schemas: "/a", env: { [SCHEMAS_ENV_VAR]: "/b" } })).toBe("/a");
    expect(resolveSchemaRoot({ env: { [SCHEMAS_ENV_VAR]: "/b" } })).toBe("/b");
    expect(resolveSchemaRoot({ schemas: "  ", env: { [SCHEMAS_ENV_VAR]: "/b" } })).toBe("/b");
    expect(resolveSchemaRoot({ env: {} })).toBeUndefined();
    expect(resolveSchemaRoot({ env: { [SCHEMAS_ENV_VAR]: "" } })).toBeUndefined();
  });

  it("resolves a relative root against cwd", () => {
    expect(resolveSchemaRoot({ schemas: "std", cwd: "/work", env: {} })).toBe(join("/work", "std"));
  });
});

describe.skipIf(!hasShared)("schemas/catalog.json", () => {
  it("has unique ids and namespaces", () => {
    const ids = schemaCatalog.sets.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(schemaCatalog.sets.map((s) => s.namespace)).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["xdatenfelder-3.0.0", "xdatenfelder-2.0", "genericode-1.0"]));
  });

  for (const entry of schemaCatalog.sets) {
    describe(entry.id, () => {
      const dir = join(standardsDir, entry.directory);

      it("lists every XSD of its folder with its SHA-256", () => {
        const onDisk = readdirSync(dir)
          .filter((f) => f.endsWith(".xsd"))
          .sort();
        expect(entry.files.map((f) => f.path).sort()).toEqual(onDisk);
        for (const f of entry.files) {
          expect(
            createHash("sha256")
              .update(readFileSync(join(dir, f.path)))
              .digest("hex"),
            f.path,
          ).toBe(f.sha256);
        }
      });

      it("names the target namespace and XRepository identifier the entry schema declares", () => {
        const schema = readXml(readFileSync(join(dir, entry.entry)));
        if (!schema.success) throw new Error("entry schema unreadable");
        const root = schema.data.root;
        expect([root.namespace, root.local]).toEqual([XSD, "schema"]);
        expect(root.attributes.find((a) => a.local === "targetNamespace")?.value).toBe(entry.namespace);
        const text = readFileSync(join(dir, entry.entry), "utf8");
        const kennung = /<kennung>([^<]+)<\/kennung>/.exec(text)?.[1];
        expect(entry.xrepositoryUrn).toBe(kennung);
      });

      it("loads from the schema root and compiles every entry", async () => {
        const result = await safeLoadSchemaSet(entry.id, { schemas: standardsDir, env: {} });
        expect(result.success).toBe(true);
        expect(result.diagnostics).toEqual([]);
        const set = result.data;
        if (set === undefined) throw new Error("no set");
        expect(Object.keys(set.files).sort()).toEqual(entry.files.map((f) => f.path).sort());
        for (const e of [entry.entry, ...(entry.additionalEntries ?? [])]) {
          const v = await createXsdValidator(set, { entry: e });
          v.dispose();
        }
      });
    });
  }
});

describe.skipIf(!hasShared)("safeLoadSchemaSet", () => {
  const tmp = mkdtempSync(join(tmpdir(), "fim-xoev-schemas-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("finds a set by namespace as well as by id", async () => {
    expect(findSchemaCatalogEntry("urn:xoev-de:fim:standard:xdatenfelder_3.0.0")?.id).toBe("xdatenfelder-3.0.0");
    const set = await loadSchemaSet("urn:xoev-de:fim:standard:xdatenfelder_2", { env: { [SCHEMAS_ENV_VAR]: standardsDir } });
    expect(set.id).toBe("xdatenfelder-2.0");
    expect(set.directory).toBe(join(standardsDir, "xdatenfelder", "2.0"));
  });

  it("reports the XSD stage as skipped, with a hint, when no schema root is configured", async () => {
    const result = await safeLoadSchemaSet("xdatenfelder-3.0.0", { env: {} });
    expect(result.success).toBe(true);
    expect(result.data).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "xsd-skipped", severity: "info", stage: "xsd" })]);
    const d = result.diagnostics[0];
    expect(d?.code === "xsd-skipped" && d.params.reason).toMatch(/FIM_XOEV_SCHEMAS.*--schemas/);
    const thrown = await loadSchemaSet("xdatenfelder-3.0.0", { env: {} }).catch((e: unknown) => e);
    expect(isXoevError(thrown) && thrown.diagnostics[0].code).toBe("schema-load-failed");
  });

  it("fails on an unknown set", async () => {
    const result = await safeLoadSchemaSet("xdatenfelder-9.9", { schemas: standardsDir });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]?.code).toBe("schema-load-failed");
  });

  it("warns about a file that differs from the catalogue but still returns a usable set", async () => {
    const root = join(tmp, "changed");
    cpSync(join(standardsDir, "xdatenfelder", "3.0.0"), join(root, "xdatenfelder", "3.0.0"), { recursive: true });
    appendFileSync(join(root, "xdatenfelder", "3.0.0", "xoev-code.xsd"), "\n<!-- changed -->\n");
    const result = await safeLoadSchemaSet("xdatenfelder-3.0.0", { schemas: root });
    expect(result.success).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "schema-checksum-mismatch",
        severity: "warning",
        stage: "xsd",
        file: join(root, "xdatenfelder", "3.0.0", "xoev-code.xsd"),
      }),
    ]);
    const set = result.data;
    if (set === undefined) throw new Error("no set");
    const v = await createXsdValidator(set);
    expect(v.validate('<xdf3:xdatenfelder.datenfeld.0104 xmlns:xdf3="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"/>').valid).toBe(false);
    v.dispose();
  });

  it("fails with schema-load-failed naming a missing file", async () => {
    const root = join(tmp, "incomplete");
    cpSync(join(standardsDir, "xdatenfelder", "3.0.0"), join(root, "xdatenfelder", "3.0.0"), { recursive: true });
    rmSync(join(root, "xdatenfelder", "3.0.0", "latinchars.xsd"));
    const result = await safeLoadSchemaSet("xdatenfelder-3.0.0", { schemas: root });
    expect(result.success).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0];
    expect(d?.code === "schema-load-failed" && d.params.reason).toContain("latinchars.xsd");
  });
});
