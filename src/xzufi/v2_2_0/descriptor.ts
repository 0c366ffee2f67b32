/**
 * XZuFi 2.2.0 as the registry lists it (`src/registry.ts`), and the verbs built from it: `validate` (the whole
 * pipeline xml → detect → xsd → model → rules) and `check` (the structural rules and `XZUFI-nnn` on a model).
 */

import { type TransferMessage, type XzufiValidate, xzufiDescriptor, xzufiValidate } from "../common/descriptor.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { checkStructure } from "./rules.ts";

/** XZuFi 2.2.0 in the standard registry. */
export const descriptor = xzufiDescriptor<Nachricht, Leistung>(CONFIG);

export type { TransferMessage, XzufiValidate };

/** XZuFi 2.2.0: the whole pipeline on XML, or (deprecated) the structural check of a model. */
export const validate: XzufiValidate = xzufiValidate(descriptor, checkStructure);
