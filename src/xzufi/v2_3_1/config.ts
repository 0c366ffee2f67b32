/** XZuFi 2.3.1 as configuration of the shared readers, writers, XSD stage and rules (`../common/`). */
import type { XzufiVersion } from "../common/version.ts";
import * as B from "./binding.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIX, VERSION, XZUFI_VERSION_VALUES } from "./namespace.ts";

/** Everything in which reading, writing and the XSD stage of 2.3.1 differ from other versions. */
export const CONFIG: XzufiVersion = {
  version: VERSION,
  namespace: NAMESPACE,
  prefix: PREFIX,
  xzufiVersionValues: XZUFI_VERSION_VALUES,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  objectElements: ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst", "formular"],
  nachricht: B.Nachricht,
  leistung: B.Leistung,
};
