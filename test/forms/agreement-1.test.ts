import { readFileSync } from "node:fs";
import { describe } from "vitest";
import { parseGenericode } from "../../src/core/codelists/genericode.ts";
import { InMemoryCodeListProvider } from "../../src/core/codelists/provider.ts";
import { buildForm } from "../../src/xdatenfelder/forms/index.ts";
import { parse } from "../../src/xdatenfelder/v3/index.ts";
import type { Stammdatenschema } from "../../src/xdatenfelder/v3/model.ts";
import { agreementIt } from "./agreement-cases.ts";
import { defineAgreementShard } from "./agreement-shard.ts";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

describe("zod, ajv and the XSD agree (fixture with every datatype)", () => {
  const codeLists = new InMemoryCodeListProvider([parseGenericode(fixture("codelists/qs/land_2024-01-01.xml"))]);
  const schema = (parse(fixture("forms/alle-datentypen.xdf3.xml")) as { stammdatenschema: Stammdatenschema }).stammdatenschema;
  // More runs here: this schema has every datatype, every defect kind and an Auswahlgruppe.
  agreementIt("alle-datentypen", async () => buildForm(schema, { codeLists }), 11, 200);
});

defineAgreementShard(0, 2);
