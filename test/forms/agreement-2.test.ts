import { defineAgreementShard } from "./agreement-shard.ts";

defineAgreementShard(1, 2);
