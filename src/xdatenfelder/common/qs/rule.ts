/**
 * Defines a FIM-QS rule from its catalogue entry, so that id, class, severity and texts come from one place
 * (for every XDatenfelder version): the catalogue class becomes the rule's `category`, its severity follows
 * {@link QS_TYP_SEVERITY}, and `Deaktiviert` entries are off by default.
 */
import { defineRule, type Rule, type RuleVisitors } from "../../../core/validation/rule.ts";
import { QS_KATALOG, QS_TYP_SEVERITY } from "../qs-katalog.ts";

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
 * A rule for the catalogue code `code` over the node kinds `V`, with visitor options `O`.
 *
 * @throws {TypeError} for a code that is not in the catalogue.
 */
export function qsRule<V, O>(code: string, extras: QsExtras, visit: RuleVisitors<V, O>): Rule<V, O> {
  const entry = QS_KATALOG[code];
  if (entry === undefined) throw new TypeError(`FIM-QS ${code} is not in the catalogue`);
  return defineRule<V, O>({
    id: code,
    category: entry.typ,
    severity: QS_TYP_SEVERITY[entry.typ],
    enabledByDefault: extras.enabledByDefault ?? entry.typ !== "Deaktiviert",
    message: { de: entry.de, en: entry.en },
    description: extras.description,
    ...(extras.requires !== undefined && { requires: extras.requires }),
    visit,
  });
}
