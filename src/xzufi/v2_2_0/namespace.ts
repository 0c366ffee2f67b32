/**
 * Namespace and root of XZuFi 2.2.0 messages.
 *
 * The namespace is confirmed (`codedust/xzufi`, `BUND-T/Prototype`, `phpro/soap-client` #571). The name of the
 * transfer message's root element is **not** known from public sources: {@link DEFAULT_ROOT_ELEMENT} is our
 * placeholder for writing; the parser accepts any root element in this namespace and keeps its name.
 */

/** Target namespace of XZuFi 2.2.0 (confirmed). */
export const NAMESPACE = "http://xoev.de/schemata/xzufi/2_2_0";

/** Version of the standard this module implements. */
export const VERSION = "2.2.0";

/** Canonical prefix of the namespace in written documents and in diagnostic paths. */
export const PREFIX = "xzufi";

/** Values of the root attribute `xzufiVersion` seen in 2.2.0 documents (`codedust/xzufi`). */
export const XZUFI_VERSION_VALUES: readonly string[] = ["2.2", "2.2.0"];

/** The value our writer puts into `xzufiVersion`. */
export const XZUFI_VERSION = "2.2.0";

/** XML Schema instance namespace (`xsi:type` of Leistungsstruktur and Onlinedienst). */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * Root element our writer uses for a transfer message when the model does not name one.
 *
 * @reconstructed The root element name of XZuFi 2.2.0 transfer messages is not public (fact sheet §2.1, §9);
 * this is our own descriptive name. Pass `rootElement` to {@link serialize} to write the official one.
 */
export const DEFAULT_ROOT_ELEMENT = "xzufiTransfernachricht";

/** Canonical prefixes for writing and for paths in diagnostics. */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: PREFIX, [XSI_NAMESPACE]: "xsi" };
