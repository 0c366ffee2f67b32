/** The FIM-QS rule factory (`common/qs/rule.ts`) over the node kinds of this version. */
import type { RuleVisitors } from "../../../core/validation/rule.ts";
import { type QsExtras, qsRule } from "../../common/qs/rule.ts";
import type { QsKontext, QsRule, V2Knoten } from "./context.ts";

export type { QsExtras } from "../../common/qs/rule.ts";

/**
 * A rule for the catalogue code `code`.
 *
 * @throws {TypeError} for a code that is not in the catalogue.
 */
export function qs(code: string, extras: QsExtras, visit: RuleVisitors<V2Knoten, QsKontext>): QsRule {
  return qsRule<V2Knoten, QsKontext>(code, extras, visit);
}
