/**
 * Regeln — `import { readRules, evaluateForm } from "fim-xoev/xdatenfelder/regeln"`. Turns the prose rules of an
 * XDatenfelder schema (2.0 `definition`, 3.0.0 `freitextRegel`) into typed effects, says which rules it could
 * not read, and applies the effects to form data. Version-independent; no Node APIs (runs in the browser).
 */

export {
  type ElementState,
  type EvaluateOptions,
  elementState,
  evaluateForm,
  type FieldValue,
  type FormData,
  type FormState,
  safeEvaluateForm,
} from "./evaluate.ts";
export { formatCondition, formatEffect, formatExpr, formatLands } from "./format.ts";
export { classify, LAENDER } from "./grammar.ts";
export { type Token, type TokenKind, tokenize } from "./lexer.ts";
export type { RegelnDiagnosticParams } from "./messages.ts";
export type * from "./model.ts";
export { EFFECT_KINDS } from "./model.ts";
export {
  type CheckedRule,
  checkRule,
  fieldsOf,
  fieldsOfExpr,
  idsOfEffect,
  type ReadRulesOptions,
  readRules,
  readRuleText,
} from "./read.ts";
export { elementIds, type FormNode, formTreeV2, formTreeV3, type RuleSource, walkForm } from "./schema.ts";
