/** Reads an XML tree into a plain model object as a {@link ComplexType} describes it (through the compiled engine). */
import type { XmlElement } from "../xml/node.ts";
import { type ReadBindingOptions, readerOf } from "./compile.ts";
import type { ComplexType } from "./types.ts";

export { collapseWhitespace } from "../xsd-types/builtins.ts";
export {
  type ReadBindingOptions,
  type Reader,
  readerOf,
  readValue,
  resolveQName,
  toRawElement,
  XSI_NAMESPACE,
} from "./compile.ts";

/**
 * Reads an element of a complex type into a plain object with the type's compiled reader (see `compile.ts`
 * for the `lenient` and `strict` modes). In lenient mode children are matched by namespace URI and local name
 * in any order (elements out of the binding's order are reported at `orderSeverity`); children and
 * attributes the binding does not know are reported and kept in `unknownElements`/`unknownAttributes`,
 * so writing the object back loses nothing.
 */
export function readComplex<M>(el: XmlElement, type: ComplexType<M>, opts: ReadBindingOptions): M {
  return readerOf(type, opts.mode ?? "lenient")(el, opts);
}
