import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InMemoryCodeListProvider,
  parseGenericode,
  resolveCodeList,
  safeCodeListReference,
  XRepositoryCodeListProvider,
} from "../../src/codelists.ts";
import type * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const DOWNLOAD = join(REPO_ROOT, "fixtures/fim-download");
const GENERICODE = readFileSync(join(DOWNLOAD, "C99000000001_genericode.xml"));

/** The Datenfeld of the fixture schema that references the code list. */
function referencingField(): xdf3.Datenfeld {
  const n = xdf3.parse(readFileSync(join(DOWNLOAD, "S99000000001V1.0.0_xdf3.xml")));
  if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("fixture");
  const fields: xdf3.Datenfeld[] = [];
  const walk = (s: readonly xdf3.Struktur[]) => {
    for (const x of s) {
      if ("datenfeld" in x.enthaelt) fields.push(x.enthaelt.datenfeld);
      else walk(x.enthaelt.datenfeldgruppe.struktur);
    }
  };
  walk(n.stammdatenschema.struktur);
  const f = fields.find((d) => d.codelisteReferenz !== undefined);
  if (f === undefined) throw new Error("fixture has no codelisteReferenz");
  return f;
}

describe("code list references straight from the models", () => {
  it("a 3.0.0 codelisteReferenz goes into resolveCodeList as it is (it used to need renaming: TS2379)", async () => {
    const field = referencingField();
    const provider = new InMemoryCodeListProvider([parseGenericode(GENERICODE)]);
    // This line is the type test: the model's reference type is accepted without a cast.
    const r = await resolveCodeList(provider, field.codelisteReferenz as NonNullable<xdf3.Datenfeld["codelisteReferenz"]>);
    expect(r.success).toBe(true);
    expect(r.data?.document.identification.canonicalUri).toBe("urn:xoev-de:test:codeliste:land");
  });

  it("a 2.0 CodelisteReferenz (genericodeIdentification inside) is accepted too", () => {
    const ref: xdf2.CodelisteReferenz = {
      identifikation: { id: "C99000000001" },
      genericodeIdentification: { canonicalIdentification: "urn:xoev-de:test:codeliste:land", version: "2024-01-01" },
    } as xdf2.CodelisteReferenz;
    expect(safeCodeListReference(ref).data).toEqual({ canonicalUri: "urn:xoev-de:test:codeliste:land", version: "2024-01-01" });
  });

  it("a reference that names no list is an error, not a request for 'undefined'", () => {
    const r = safeCodeListReference({ version: "2023-02-24" });
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]?.code).toBe("code-list-unavailable");
  });
});

describe("XRepositoryCodeListProvider against a local server", () => {
  let server: Server;
  let base: string;
  const requested: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? "");
      if (req.url === "/api/version_codeliste/urn:xoev-de:test:codeliste:land_2024-01-01/genericode") {
        res.writeHead(200, { "content-type": "application/xml" });
        res.end(GENERICODE);
      } else if (req.url?.startsWith("/api/version_codeliste/urn:huge")) {
        res.writeHead(200, { "content-length": String(200 * 1024 * 1024) });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("requests /version_codeliste/<urn>_<version>/genericode with the URN's colons as they are", async () => {
    const provider = new XRepositoryCodeListProvider({ baseUrl: base });
    const r = await resolveCodeList(provider, referencingField().codelisteReferenz as NonNullable<xdf3.Datenfeld["codelisteReferenz"]>);
    expect(r.success).toBe(true);
    expect(requested.at(-1)).toBe("/api/version_codeliste/urn:xoev-de:test:codeliste:land_2024-01-01/genericode");
    expect(r.data?.values.length).toBeGreaterThan(0);
  });

  it("uses the version URI when there is no version; refuses a reference with neither", async () => {
    const provider = new XRepositoryCodeListProvider({ baseUrl: base });
    const byVersionUri = await resolveCodeList(provider, { canonicalVersionUri: "urn:xoev-de:test:codeliste:land_2024-01-01" });
    expect(byVersionUri.success).toBe(true);
    const none = await resolveCodeList(provider, { canonicalIdentification: "urn:xoev-de:test:codeliste:land" });
    expect(none.success).toBe(false);
    expect(none.diagnostics[0]?.message).toMatch(/needs a version/);
  });

  it("HTTP errors and oversized answers are diagnostics", async () => {
    const provider = new XRepositoryCodeListProvider({ baseUrl: base });
    const missing = await resolveCodeList(provider, { canonicalUri: "urn:nothing", version: "1" });
    expect(missing.diagnostics[0]?.message).toMatch(/HTTP 404/);
    const huge = await resolveCodeList(provider, { canonicalUri: "urn:huge", version: "1" });
    expect(huge.diagnostics[0]?.message).toMatch(/limit/);
  });
});
