/**
 * A compact, stable text form of conditions and effects (`in(G1.F2,["001","002"])`), used by the CLI's text
 * output, by the labelled fixture set and in messages. Fields print as their path as written; values without labels.
 */
import type { Condition, Effect, LandScope, Literal, ValueExpr } from "./model.ts";

const lit = (l: Literal): string => JSON.stringify(l.value);

/** `and(eq(F1,"001"),not(filled(F2)))` */
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

/** `sub(F1,mul(F2,2))`, `years-between(F1,"2024-01-01")` */
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

/** `only:NW,SN` or `except:RP,ST` */
export function formatLands(l: LandScope): string {
  return "only" in l ? `only:${l.only.join(",")}` : `except:${l.except.join(",")}`;
}

/** One line per effect: `require G1.G2 [= "001"] [assert …] [if …] [lands only:NW]`. */
export function formatEffect(e: Effect): string {
  let s = `${e.kind} ${e.targets.map((t) => t.path.join(".")).join(", ")}`;
  if (e.value !== undefined) s += ` = ${lit(e.value)}`;
  if (e.compute !== undefined) s += ` := ${formatExpr(e.compute)}`;
  if (e.assert !== undefined) s += ` assert ${formatCondition(e.assert)}`;
  if (e.condition !== undefined) s += ` if ${formatCondition(e.condition)}`;
  if (e.lands !== undefined) s += ` lands ${formatLands(e.lands)}`;
  return s;
}
