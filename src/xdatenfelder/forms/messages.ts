/**
 * The diagnostic codes of the form-data module (`fim-xoev/xdatenfelder/forms`): constraints the derived form
 * schemas leave out or adapt, name conflicts, and findings about Fachdaten, with their messages in both locales.
 */
import { defineMessages } from "../../core/diagnostics/create.ts";

/** The rules a Fachdaten instance can violate (`form-data-invalid`). */
export type FormDataRule =
  | "required"
  | "type"
  | "min-items"
  | "max-items"
  | "min-length"
  | "max-length"
  | "pattern"
  | "minimum"
  | "maximum"
  | "code"
  | "unknown-property"
  | "choice";

/** Parameters of the diagnostic codes of the form-data module (merged into `DiagnosticParams`). */
export interface FormsDiagnosticParams {
  // form data (xdatenfelder/forms): a constraint of a schema that the derived form schemas leave out or adapt …
  "form-constraint": {
    readonly element: string;
    readonly constraint: string;
    readonly value: string;
    readonly reason: "unparseable" | "not-applicable" | "not-expressible" | "anchors-removed" | "unsupported-pattern";
  };
  /** … two elements that would get the same name in the form data (e.g. two versions with unversioned ids) … */
  "form-name-conflict": { readonly name: string };
  /** … and a finding about Fachdaten: the element, its label, the violated rule and its limit. */
  "form-data-invalid": {
    readonly element: string;
    readonly label: string;
    readonly rule: FormDataRule;
    readonly limit: string;
  };
}

declare module "../../core/diagnostics/diagnostic.ts" {
  interface DiagnosticParams extends FormsDiagnosticParams {}
}

/** The messages of {@link FormsDiagnosticParams} in both locales. */
export const FORMS_MESSAGES = defineMessages<keyof FormsDiagnosticParams>({
  en: {
    "form-constraint": ({ element, constraint, value, reason }) =>
      reason === "anchors-removed"
        ? `${element}: the pattern "${value}" starts with ^ or ends with $; XSD has no anchors, so they are read as anchors and removed.`
        : `${element}: ${constraint} "${value}" is left out of the form schemas (${
            {
              unparseable: "not a valid value",
              "not-applicable": "does not apply to this datatype",
              "not-expressible": "cannot be expressed equally in JSON Schema, XSD and zod",
              "unsupported-pattern": "a pattern syntax without an exact JavaScript equivalent",
            }[reason]
          }).`,
    "form-name-conflict": ({ name }) => `Two different elements would both be named ${name} in the form data.`,
    "form-data-invalid": ({ element, label, rule, limit }) => `${label} (${element}): ${formRuleEn(rule, limit)}`,
  },
  de: {
    "form-constraint": ({ element, constraint, value, reason }) =>
      reason === "anchors-removed"
        ? `${element}: Das Muster "${value}" beginnt mit ^ oder endet mit $; XSD kennt keine Anker, sie werden als Anker gelesen und entfernt.`
        : `${element}: ${constraint} "${value}" wird in den Formularschemata weggelassen (${
            {
              unparseable: "kein gültiger Wert",
              "not-applicable": "gilt nicht für diesen Datentyp",
              "not-expressible": "in JSON Schema, XSD und zod nicht gleich ausdrückbar",
              "unsupported-pattern": "Mustersyntax ohne genaue JavaScript-Entsprechung",
            }[reason]
          }).`,
    "form-name-conflict": ({ name }) => `Zwei verschiedene Elemente hätten in den Fachdaten beide den Namen ${name}.`,
    "form-data-invalid": ({ element, label, rule, limit }) => `${label} (${element}): ${formRuleDe(rule, limit)}`,
  },
});

function formRuleEn(rule: string, limit: string): string {
  switch (rule) {
    case "required":
      return "a value is required.";
    case "type":
      return `expected ${limit}.`;
    case "min-items":
      return `at least ${limit} entries are required.`;
    case "max-items":
      return `at most ${limit} entries are allowed.`;
    case "min-length":
      return `at least ${limit} characters are required.`;
    case "max-length":
      return `at most ${limit} characters are allowed.`;
    case "pattern":
      return `the value does not match the pattern ${limit}.`;
    case "minimum":
      return `the value must be at least ${limit}.`;
    case "maximum":
      return `the value must be at most ${limit}.`;
    case "code":
      return `the value is not one of the codes ${limit}.`;
    case "unknown-property":
      return `${limit} is not part of this schema.`;
    default:
      return `exactly one of ${limit} must be given.`;
  }
}

function formRuleDe(rule: string, limit: string): string {
  switch (rule) {
    case "required":
      return "Angabe erforderlich.";
    case "type":
      return `erwartet: ${limit}.`;
    case "min-items":
      return `mindestens ${limit} Einträge erforderlich.`;
    case "max-items":
      return `höchstens ${limit} Einträge erlaubt.`;
    case "min-length":
      return `mindestens ${limit} Zeichen erforderlich.`;
    case "max-length":
      return `höchstens ${limit} Zeichen erlaubt.`;
    case "pattern":
      return `der Wert entspricht nicht dem Muster ${limit}.`;
    case "minimum":
      return `der Wert muss mindestens ${limit} sein.`;
    case "maximum":
      return `der Wert darf höchstens ${limit} sein.`;
    case "code":
      return `der Wert ist keiner der Codes ${limit}.`;
    case "unknown-property":
      return `${limit} gehört nicht zu diesem Schema.`;
    default:
      return `genau eine Angabe aus ${limit} ist erforderlich.`;
  }
}
