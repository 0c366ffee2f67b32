/**
 * Namespace and root of XZuFi 2.3.1 messages.
 *
 * **The namespace is unverified**: no public 2.3.1 document or XSD shows it. {@link NAMESPACE} is the value
 * expected by analogy to 2.2.0 (`http://xoev.de/schemata/xzufi/2_2_0`). It is the one constant to correct, and
 * every reader and writer takes a `namespace` option to override it without a new release.
 */

/**
 * Target namespace of XZuFi 2.3.1.
 *
 * @reconstructed Expected by analogy to 2.2.0; not seen in any public source (fact sheet §1, §9). Override
 * with the `namespace` option of {@link parse}, {@link serialize} and {@link safeValidateXsd}.
 *
 * @example
 * ```ts
 * import { NAMESPACE, safeParse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * if (xml.includes(NAMESPACE)) console.log(safeParse(xml).success);
 * ```
 */
export const NAMESPACE = "http://xoev.de/schemata/xzufi/2_3_1";

/**
 * Version of the standard this module implements.
 *
 * @example
 * ```ts
 * import { VERSION } from "fim-xoev/xzufi/v2_3_1";
 * console.log(`XZuFi ${VERSION}`);
 * ```
 */
export const VERSION = "2.3.1";

/**
 * Canonical prefix of the namespace in written documents and in diagnostic paths.
 *
 * @example
 * ```ts
 * import { PREFIX } from "fim-xoev/xzufi/v2_3_1";
 * console.log(`/${PREFIX}:xzufiTransfernachricht/${PREFIX}:schreibe`); // the form of every diagnostic path
 * ```
 */
export const PREFIX = "xzufi";

/**
 * Values of the root attribute `xzufiVersion` accepted for 2.3.1 (by analogy to 2.2.0's `2.2`/`2.2.0`).
 *
 * @example
 * ```ts
 * import { parse, XZUFI_VERSION_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const n = parse(xml);
 * console.log(XZUFI_VERSION_VALUES.includes(n.xzufiVersion ?? ""));
 * ```
 */
export const XZUFI_VERSION_VALUES: readonly string[] = ["2.3", "2.3.1"];

/**
 * The value our writer puts into `xzufiVersion`.
 *
 * @example
 * ```ts
 * import { createNachricht, XZUFI_VERSION } from "fim-xoev/xzufi/v2_3_1";
 * const n = createNachricht({ nachrichtenkopf: {} });
 * console.log(n.xzufiVersion === XZUFI_VERSION); // true
 * ```
 */
export const XZUFI_VERSION = "2.3.1";

/**
 * XML Schema instance namespace (`xsi:type` of Leistungsstruktur and Onlinedienst).
 *
 * @example
 * ```ts
 * import { XSI_NAMESPACE } from "fim-xoev/xzufi/v2_3_1";
 * console.log(`xmlns:xsi="${XSI_NAMESPACE}"`);
 * ```
 */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * Root element our writer uses for a transfer message when the model does not name one.
 *
 * @reconstructed The root element name of XZuFi transfer messages is not public (fact sheet §2.1, §9); this is
 * our own descriptive name. Pass `rootElement` to {@link serialize} to write the official one.
 *
 * @example
 * ```ts
 * import { createNachricht, DEFAULT_ROOT_ELEMENT, serialize } from "fim-xoev/xzufi/v2_3_1";
 * const xml = serialize(createNachricht({ nachrichtenkopf: {} }));
 * console.log(xml.includes(`:${DEFAULT_ROOT_ELEMENT}`)); // true unless rootElement is given
 * ```
 */
export const DEFAULT_ROOT_ELEMENT = "xzufiTransfernachricht";

/**
 * Canonical prefixes for writing and for paths in diagnostics.
 *
 * @example
 * ```ts
 * import { PREFIXES } from "fim-xoev/xzufi/v2_3_1";
 * for (const [uri, prefix] of Object.entries(PREFIXES)) console.log(prefix, uri);
 * ```
 */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: PREFIX, [XSI_NAMESPACE]: "xsi" };
