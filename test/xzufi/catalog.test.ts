import { expect, test } from "vitest";
import { findSchemaFolderEntry, schemaCatalog } from "../../src/core/validation/catalog.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi23 from "../../src/xzufi/v2_3_1/index.ts";

test.each([
  ["2.2.0", xzufi22.XSD_SCHEMA_SET, true],
  ["2.3.1", xzufi23.XSD_SCHEMA_SET, false],
] as const)("schemas/catalog.json lists XZuFi %s as a folder set matching the module", (_v, set, verified) => {
  const entry = findSchemaFolderEntry(set.id);
  expect(entry).toMatchObject({
    id: set.id,
    standard: set.standard,
    version: set.version,
    namespace: set.namespace,
    xrepositoryUrn: set.xrepositoryUrn,
    directory: set.directory,
  });
  expect(entry?.namespaceVerified ?? true).toBe(verified);
  expect(entry?.note).toMatch(/not publicly available/);
  // Folder sets carry no file list: they are not official sets with checksums.
  expect(schemaCatalog.sets.some((s) => s.id === set.id)).toBe(false);
});
