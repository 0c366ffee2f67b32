import { describeCorpusShard } from "./xdatenfelder-v3.shared.ts";

describeCorpusShard(1, 2);
