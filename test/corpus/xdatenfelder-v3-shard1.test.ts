import { describeCorpusShard } from "./xdatenfelder-v3.shared.ts";

describeCorpusShard(0, 2);
