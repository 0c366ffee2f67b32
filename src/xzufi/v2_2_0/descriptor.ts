/**
 * XZuFi 2.2.0 as the registry lists it (`src/registry.ts`), and the verbs built from it: `validate` (the whole
 * pipeline xml → detect → xsd → model → rules) and `check` (the structural rules and `XZUFI-nnn` on a model).
 */

import { type TransferMessage, type XzufiValidate, xzufiDescriptor, xzufiValidate } from "../common/descriptor.ts";
import type { Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIXES, VERSION } from "./namespace.ts";
import { safeParse, safeParseElement } from "./parse.ts";
import { check as checkRules, checkStructure } from "./rules.ts";
import { serialize } from "./serialize.ts";

/** XZuFi 2.2.0 in the standard registry. */
export const descriptor = xzufiDescriptor<Nachricht>({
  version: VERSION,
  namespace: NAMESPACE,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  prefixes: PREFIXES,
  fixtures: ["fixtures/xzufi/v2_2_0/valid", "fixtures/xzufi/v2_2_0/round-trip"],
  safeParseElement,
  safeParse,
  serialize: (model) => serialize(model),
  check: (model, o) =>
    checkRules(model, { ...(o.file !== undefined && { file: o.file }), ...(o.policy !== undefined && { policy: o.policy }) }),
});

export type { TransferMessage, XzufiValidate };

/** XZuFi 2.2.0: the whole pipeline on XML, or (deprecated) the structural check of a model. */
export const validate: XzufiValidate = xzufiValidate(descriptor, checkStructure);
