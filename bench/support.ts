/** What several benchmarks share: the median, and the saxes event floor a typed parse is compared with. */
import { SaxesParser } from "saxes";

/** The median of some measurements. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The floor: saxes with the options and handlers a namespace-aware reader needs at least, building nothing. */
export function saxesPass(xml: string): number {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let events = 0;
  parser.on("opentag", () => {
    events++;
  });
  parser.on("text", () => {
    events++;
  });
  parser.on("closetag", () => {
    events++;
  });
  parser.write(xml).close();
  return events;
}
