/**
 * A compact, stable text form of conditions and effects (`in(G1.F2,["001","002"])`), used by the CLI's text
 * output, by the labelled fixture set and in messages. Fields print as their path as written; values without labels.
 */
import type { Condition, Effect, LandScope, Literal, ValueExpr } from "./model.ts";

const lit = (l: Literal): string => JSON.stringify(l.value);

/**
 * A condition tree in the compact text form, e.g. `and(eq(F1,"001"),not(filled(F2)))`.
 * @example
 * ```ts
 * import { formatCondition, readRuleText } from "fim-xoev/xdatenfelder/regeln";
 * const rule = readRuleText({
 *   id: "R60000000023", version: "2.0.0", name: "Monat bei Tag", source: "freitextRegel",
 *   text: 'Wenn F60000000231 "Tag (ohne Monat und Jahr)" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 * });
 * const condition = rule.effects[0]?.condition;
 * if (condition !== undefined) console.log(formatCondition(condition)); // filled(F60000000231)
 * ```
 */
export function formatCondition(c: Condition): string {
  switch (c.op) {
    case "and":
    case "or":
      return `${c.op}(${c.terms.map(formatCondition).join(",")})`;
    case "not":
      return `not(${formatCondition(c.term)})`;
    case "filled":
    case "empty":
      return `${c.op}(${c.field.path.join(".")})`;
    case "in":
      return `in(${c.field.path.join(".")},[${c.values.map(lit).join(",")}])`;
    case "lt-field":
    case "gt-field":
      return `${c.op}(${c.field.path.join(".")},${c.other.path.join(".")})`;
    default:
      return `${c.op}(${c.field.path.join(".")},${lit(c.value)})`;
  }
}

/**
 * A value expression (of a `compute` effect) in the compact text form, e.g. `sub(F1,mul(F2,2))`,
 * `years-between(F1,"2024-01-01")`.
 * @example
 * ```ts
 * import { formatExpr, type ValueExpr } from "fim-xoev/xdatenfelder/regeln";
 * const alter: ValueExpr = {
 *   op: "years-between",
 *   from: { op: "field", field: { id: "F60000000230", path: ["F60000000230"] } }, // Geburtsdatum
 *   to: { op: "date", value: "2024-01-01" },
 * };
 * console.log(formatExpr(alter)); // years-between(F60000000230,"2024-01-01")
 * ```
 */
export function formatExpr(x: ValueExpr): string {
  switch (x.op) {
    case "field":
      return x.field.path.join(".");
    case "number":
      return String(x.value);
    case "date":
      return JSON.stringify(x.value);
    case "years-between":
    case "days-between":
      return `${x.op}(${formatExpr(x.from)},${formatExpr(x.to)})`;
    default:
      return `${x.op}(${formatExpr(x.left)},${formatExpr(x.right)})`;
  }
}

/**
 * The Länder an effect is limited to, in the compact text form: `only:NW,SN` or `except:RP,ST`.
 * @example
 * ```ts
 * import { formatLands, type ReadRule } from "fim-xoev/xdatenfelder/regeln";
 * declare const rule: ReadRule;
 * for (const e of rule.effects) if (e.lands !== undefined) console.log(e.kind, formatLands(e.lands)); // show only:NW,SN
 * ```
 */
export function formatLands(l: LandScope): string {
  return "only" in l ? `only:${l.only.join(",")}` : `except:${l.except.join(",")}`;
}

/**
 * One effect on one line: `require G1.G2 [= "001"] [assert …] [if …] [lands only:NW]`, as the CLI prints it.
 * @example
 * ```ts
 * import { formatEffect, readRuleText } from "fim-xoev/xdatenfelder/regeln";
 * const rule = readRuleText({
 *   id: "R60000000050", version: "2.0.0", name: "Kontakt", source: "freitextRegel",
 *   text: 'Es muss mindestens eines der Felder F60000000240 "Telefon", F60000000241 "Telefax" oder F60000000242 "E-Mail" befüllt sein.',
 * });
 * for (const e of rule.effects) console.log(formatEffect(e));
 * // validate F60000000240, F60000000241, F60000000242 assert or(filled(F60000000240),filled(F60000000241),filled(F60000000242))
 * ```
 */
export function formatEffect(e: Effect): string {
  let s = `${e.kind} ${e.targets.map((t) => t.path.join(".")).join(", ")}`;
  if (e.value !== undefined) s += ` = ${lit(e.value)}`;
  if (e.compute !== undefined) s += ` := ${formatExpr(e.compute)}`;
  if (e.assert !== undefined) s += ` assert ${formatCondition(e.assert)}`;
  if (e.condition !== undefined) s += ` if ${formatCondition(e.condition)}`;
  if (e.lands !== undefined) s += ` lands ${formatLands(e.lands)}`;
  return s;
}
