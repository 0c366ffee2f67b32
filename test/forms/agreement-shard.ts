import { afterAll, expect } from "vitest";
import { InMemoryCodeListProvider } from "../../src/core/codelists/provider.ts";
import { describeShared, hasShared } from "../support/shared.ts";
import { agreementIt, totals } from "./agreement-cases.ts";
import { corpusCodeLists, formOf, schemaRows } from "./corpus-support.ts";

/** The corpus schemas with index ≡ shard (mod shards), each checked by {@link agreementIt}. */
export function defineAgreementShard(shard: number, shards: number): void {
  describeShared(`zod, ajv and the XSD agree (corpus, shard ${shard + 1} of ${shards})`, () => {
    const rows = hasShared ? schemaRows() : [];
    const codeLists = hasShared ? corpusCodeLists() : new InMemoryCodeListProvider();
    rows.forEach((row, i) => {
      if (i % shards === shard) agreementIt(row.file, () => formOf(row, codeLists), 1000 + i);
    });
    afterAll(() => {
      // Most one-defect instances must really be invalid, or the agreement would be cheap.
      expect(totals.defective).toBeGreaterThan(0);
      expect(totals.defectiveRejected).toBeGreaterThan(totals.defective * 0.9);
    });
  });
}
