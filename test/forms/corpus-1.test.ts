import { describeShared } from "../support/shared.ts";
import { defineCorpusCases } from "./corpus-cases.ts";

describeShared("forms on the corpus (shard 1 of 2)", () => defineCorpusCases(0, 2));
