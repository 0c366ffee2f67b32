/** Defines a FIM-QS rule from its catalogue entry, so that id, class, severity and texts come from one place. */
import { defineRule, type RuleVisitors } from "../../../core/validation/rule.ts";
import { QS_KATALOG } from "../../common/qs-katalog.ts";
import type { QsKontext, QsRule, V3Knoten } from "./context.ts";

/** Extra metadata of a rule. */
export interface QsExtras {
  /** What the rule looks at (docs, `--list`). */
  readonly description: string;
  /** Capabilities the rule needs (e.g. `"codelist-provider"`). */
  readonly requires?: readonly string[];
  /** Off unless a policy switches it on (e.g. 1117, which the reference runs only with an option). */
  readonly enabledByDefault?: boolean;
}

/**
 * A rule for the catalogue code `code`.
 *
 * @throws {TypeError} for a code that is not in the catalogue.
 */
export function qs(code: string, extras: QsExtras, visit: RuleVisitors<V3Knoten, QsKontext>): QsRule {
  const entry = QS_KATALOG[code];
  if (entry === undefined) throw new TypeError(`FIM-QS ${code} is not in the catalogue`);
  return defineRule<V3Knoten, QsKontext>({
    id: code,
    qsTyp: entry.typ,
    message: { de: entry.de, en: entry.en },
    description: extras.description,
    ...(extras.requires !== undefined && { requires: extras.requires }),
    ...(extras.enabledByDefault !== undefined && { enabledByDefault: extras.enabledByDefault }),
    visit,
  });
}
