import { describeShared } from "../support/shared.ts";
import { defineCorpusCases } from "./corpus-cases.ts";

describeShared("forms on the corpus (shard 2 of 2)", () => defineCorpusCases(1, 2));
