/**
 * Compiles an XSD schema set (the in-memory files of a `SchemaSet`) into the components the JS validator walks a
 * document with. The schema documents are read with the library's own secure reader; `xs:include` and
 * `xs:import` resolve to files of the set only. Every construct the validator does not implement (identity
 * constraints, substitution groups, `xs:all`, `xs:redefine`/`xs:override`, XSD 1.1, `block`, unknown facets,
 * patterns the regex translator does not cover, …) makes the whole set unsupported with the construct and its
 * place (`unsupported: xs:key at file.xsd:12`): there is never a partial validator; the caller uses libxml2.
 */
import type { XmlElement } from "../xml/node.ts";
import { readXml } from "../xml/read.ts";
import { XSD_NS } from "./builtins.ts";
import type { AttributeUse, CompiledSchemaSet, ComplexType, ElementDecl, NamespaceConstraint, Wildcard } from "./components.ts";
import { ContentModel, type Particle } from "./content.ts";
import { builtinType, compilePattern, type Facets, listType, normalize, restrictType, type SimpleType, unionType } from "./simple.ts";

/** The outcome of {@link compileSchemaSet}. */
export type CompileResult =
  | { readonly ok: true; readonly schema: CompiledSchemaSet }
  | { readonly ok: false /** `unsupported: <construct> at <file>:<line>`, or why the set cannot be read. */; readonly reason: string };

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const SAFE_PATH = /^[A-Za-z0-9_.\-/]+$/;

class Unsupported extends Error {}

interface SchemaDoc {
  readonly path: string;
  readonly root: XmlElement;
  readonly targetNamespace: string;
  readonly qualifiedElements: boolean;
  readonly qualifiedAttributes: boolean;
}

interface Definition {
  readonly el: XmlElement;
  readonly doc: SchemaDoc;
}

type Kind = "element" | "attribute" | "complexType" | "simpleType" | "group" | "attributeGroup";

/** An attribute group (or a complex type's attribute part): uses and the wildcard. */
interface AttributePart {
  readonly uses: AttributeUse[];
  wildcard: Wildcard | undefined;
}

function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attributes) if (a.local === name && a.namespace === "") return a.value;
  return undefined;
}

function xsChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (c.namespace !== XSD_NS) continue; // foreign elements appear only inside annotations
    if (c.local === "annotation") continue;
    out.push(c);
  }
  return out;
}

function key(namespace: string, local: string): string {
  return `{${namespace}}${local}`;
}

/** `{ns}local` or `local`, as libxml2 writes names. */
export function displayName(namespace: string, local: string): string {
  return namespace === "" ? local : `{${namespace}}${local}`;
}

function resolvePath(from: string, location: string): string | undefined {
  if (location.startsWith("/") || !SAFE_PATH.test(location)) return undefined;
  const slash = from.lastIndexOf("/");
  const joined = slash < 0 ? location : `${from.slice(0, slash + 1)}${location}`;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? undefined : out.join("/");
}

class Compiler {
  private readonly docs = new Map<string, SchemaDoc>();
  private readonly defs: Record<Kind, Map<string, Definition>> = {
    element: new Map(),
    attribute: new Map(),
    complexType: new Map(),
    simpleType: new Map(),
    group: new Map(),
    attributeGroup: new Map(),
  };
  private readonly elements = new Map<string, ElementDecl>();
  private readonly globalAttributes = new Map<string, AttributeUse>();
  private readonly complexTypes = new Map<string, ComplexType>();
  private readonly simpleTypes = new Map<string, SimpleType>();
  private readonly simpleInProgress = new Set<string>();
  private readonly groups = new Map<string, Particle>();
  private readonly groupsInProgress = new Set<string>();
  private readonly attributeGroups = new Map<string, AttributePart>();
  private readonly attributeGroupsInProgress = new Set<string>();
  private readonly filling = new Set<ComplexType>();
  private readonly pending: { ct: ComplexType; def: Definition }[] = [];
  readonly anyType: ComplexType;

  constructor(
    private readonly files: Readonly<Record<string, Uint8Array>>,
    private readonly read?: ReadonlyMap<string, XmlElement>,
  ) {
    const wildcard: Wildcard = { kind: "wildcard", constraint: { kind: "any" }, process: "lax" };
    this.anyType = {
      kind: "complex",
      name: "xs:anyType",
      qname: { namespace: XSD_NS, local: "anyType" },
      abstract: false,
      base: undefined,
      derivation: "restriction",
      content: "mixed",
      simpleType: undefined,
      model: new ContentModel({ kind: "wildcard", wildcard, min: 0, max: Number.POSITIVE_INFINITY }),
      attributes: new Map(),
      attributeWildcard: wildcard,
      ready: true,
    };
  }

  fail(construct: string, def: { el: XmlElement; doc: SchemaDoc } | undefined): never {
    throw new Unsupported(def === undefined ? `unsupported: ${construct}` : `unsupported: ${construct} at ${def.doc.path}:${def.el.line}`);
  }

  load(path: string): void {
    if (this.docs.has(path)) return;
    const bytes = this.files[path];
    if (bytes === undefined) throw new Unsupported(`schema file "${path}" is not in the schema set`);
    let root = this.read?.get(path);
    if (root === undefined) {
      const read = readXml(bytes, { file: path });
      if (!read.success) throw new Unsupported(`${path} cannot be read: ${read.diagnostics[0]?.message ?? "not well-formed"}`);
      root = read.data.root;
    }
    if (root.namespace !== XSD_NS || root.local !== "schema") throw new Unsupported(`${path} is not an XML Schema document`);
    const doc: SchemaDoc = {
      path,
      root,
      targetNamespace: attr(root, "targetNamespace") ?? "",
      qualifiedElements: attr(root, "elementFormDefault") === "qualified",
      qualifiedAttributes: attr(root, "attributeFormDefault") === "qualified",
    };
    const here = { el: root, doc };
    for (const a of ["blockDefault", "defaultAttributes", "xpathDefaultNamespace"]) {
      const v = attr(root, a);
      if (v !== undefined && v.trim() !== "") this.fail(`xs:schema/@${a}`, here);
    }
    this.docs.set(path, doc);
    for (const child of xsChildren(root)) {
      const def = { el: child, doc };
      switch (child.local) {
        case "include":
        case "import": {
          const location = attr(child, "schemaLocation")?.trim();
          if (location === undefined) break; // an import without a location loads nothing
          const target = resolvePath(path, location);
          if (target === undefined || this.files[target] === undefined)
            this.fail(`xs:${child.local} of "${location}" outside the set`, def);
          this.load(target);
          const loaded = this.docs.get(target) as SchemaDoc;
          if (child.local === "include" && loaded.targetNamespace !== doc.targetNamespace)
            this.fail("xs:include of another (or no) target namespace", def);
          if (child.local === "import" && loaded.targetNamespace !== (attr(child, "namespace") ?? ""))
            this.fail("xs:import of a document with another namespace", def);
          break;
        }
        case "element":
        case "attribute":
        case "complexType":
        case "simpleType":
        case "group":
        case "attributeGroup": {
          const name = attr(child, "name");
          if (name === undefined) this.fail(`a global xs:${child.local} without a name`, def);
          const k = key(doc.targetNamespace, name);
          const map = this.defs[child.local];
          const known = map.get(k);
          if (known !== undefined && known.el !== child) this.fail(`a second global xs:${child.local} "${name}"`, def);
          if (child.local === "complexType" && (this.defs.simpleType.has(k) || false)) this.fail(`type "${name}" declared twice`, def);
          if (child.local === "simpleType" && this.defs.complexType.has(k)) this.fail(`type "${name}" declared twice`, def);
          map.set(k, def);
          break;
        }
        default:
          this.fail(`xs:${child.local}`, def);
      }
    }
  }

  /** Resolves a QName written in a schema document against the namespaces in scope at `el`. */
  qname(value: string, at: Definition): { namespace: string; local: string } {
    const v = value.trim();
    const colon = v.indexOf(":");
    const prefix = colon < 0 ? "" : v.slice(0, colon);
    const local = colon < 0 ? v : v.slice(colon + 1);
    if (prefix === "xml") return { namespace: XML_NS, local };
    for (let e: XmlElement | undefined = at.el; e !== undefined; e = e.parent) {
      const ns = e.namespaceDeclarations?.[prefix];
      if (ns !== undefined) return { namespace: ns, local };
    }
    if (prefix === "") return { namespace: "", local };
    return this.fail(`the undeclared prefix "${prefix}"`, at);
  }

  compileAll(): CompiledSchemaSet {
    // Placeholders of every named complex type first, so that types may refer to each other in any order.
    for (const [k, def] of this.defs.complexType) {
      const name = attr(def.el, "name") as string;
      const ct = this.newComplex(displayName(def.doc.targetNamespace, name), { namespace: def.doc.targetNamespace, local: name }, def);
      this.complexTypes.set(k, ct);
      this.pending.push({ ct, def });
    }
    for (const [k, def] of this.defs.simpleType) this.simpleTypeByKey(k, def);
    for (const [k, def] of this.defs.attribute) this.globalAttribute(k, def);
    for (const [k, def] of this.defs.element) this.globalElement(k, def);
    for (const [k, def] of this.defs.group) this.group(k, def);
    for (const [k, def] of this.defs.attributeGroup) this.attributeGroup(k, def);
    while (this.pending.length > 0) {
      const p = this.pending.shift() as { ct: ComplexType; def: Definition };
      this.fill(p.ct, p.def);
    }
    const elements = new Map<string, Map<string, ElementDecl>>();
    for (const e of this.elements.values()) {
      let m = elements.get(e.namespace);
      if (m === undefined) elements.set(e.namespace, (m = new Map()));
      m.set(e.local, e);
    }
    const attributes = new Map<string, Map<string, AttributeUse>>();
    for (const a of this.globalAttributes.values()) {
      let m = attributes.get(a.namespace);
      if (m === undefined) attributes.set(a.namespace, (m = new Map()));
      m.set(a.local, a);
    }
    const types = new Map<string, Map<string, ComplexType | SimpleType>>();
    const addType = (t: ComplexType | SimpleType) => {
      if (t.qname === undefined) return;
      let m = types.get(t.qname.namespace);
      if (m === undefined) types.set(t.qname.namespace, (m = new Map()));
      m.set(t.qname.local, t);
    };
    for (const t of this.complexTypes.values()) addType(t);
    for (const t of this.simpleTypes.values()) addType(t);
    return { elements, attributes, types, anyType: this.anyType };
  }

  private newComplex(name: string | undefined, qname: ComplexType["qname"], def: Definition): ComplexType {
    const abstract = attr(def.el, "abstract");
    return {
      kind: "complex",
      name,
      ...(qname !== undefined && { qname }),
      abstract: abstract === "true" || abstract === "1",
      base: this.anyType,
      derivation: "restriction",
      content: "empty",
      simpleType: undefined,
      model: undefined,
      attributes: new Map(),
      attributeWildcard: undefined,
      ready: false,
    };
  }

  // --- types -----------------------------------------------------------------------------------------------

  private typeByQName(value: string, at: Definition): SimpleType | ComplexType {
    const q = this.qname(value, at);
    if (q.namespace === XSD_NS) {
      if (q.local === "anyType") return this.anyType;
      const b = builtinType(q.local);
      if (b === undefined) this.fail(`the built-in type xs:${q.local}`, at);
      return b;
    }
    const k = key(q.namespace, q.local);
    const ct = this.complexTypes.get(k);
    if (ct !== undefined) return ct;
    const st = this.defs.simpleType.get(k);
    if (st !== undefined) return this.simpleTypeByKey(k, st);
    return this.fail(`the unresolved type reference "${value}"`, at);
  }

  private simpleByQName(value: string, at: Definition): SimpleType {
    const t = this.typeByQName(value, at);
    if (t.kind !== "simple") this.fail(`the complex type "${value}" where a simple type is needed`, at);
    return t;
  }

  private simpleTypeByKey(k: string, def: Definition): SimpleType {
    const known = this.simpleTypes.get(k);
    if (known !== undefined) return known;
    if (this.simpleInProgress.has(k)) this.fail("a circular simple type definition", def);
    this.simpleInProgress.add(k);
    const name = attr(def.el, "name") as string;
    const t = this.simpleType(def, displayName(def.doc.targetNamespace, name), { namespace: def.doc.targetNamespace, local: name });
    this.simpleInProgress.delete(k);
    this.simpleTypes.set(k, t);
    return t;
  }

  /** An `xs:simpleType` element (named or anonymous). */
  private simpleType(def: Definition, name: string | undefined, qname?: SimpleType["qname"]): SimpleType {
    const kids = xsChildren(def.el);
    const body = kids[0];
    if (body === undefined || kids.length !== 1) this.fail("an xs:simpleType without exactly one derivation", def);
    const at = { el: body, doc: def.doc };
    if (body.local === "restriction") {
      let base: SimpleType | undefined;
      const baseName = attr(body, "base");
      const rest = xsChildren(body);
      if (baseName !== undefined) base = this.simpleByQName(baseName, at);
      else if (rest[0]?.local === "simpleType") base = this.simpleType({ el: rest.shift() as XmlElement, doc: def.doc }, undefined);
      if (base === undefined) return this.fail("an xs:restriction without a base", at);
      return this.restrict(base, rest, at, name, qname);
    }
    if (body.local === "list") {
      const itemName = attr(body, "itemType");
      const inner = xsChildren(body);
      let item: SimpleType | undefined;
      if (itemName !== undefined) item = this.simpleByQName(itemName, at);
      else if (inner[0]?.local === "simpleType") item = this.simpleType({ el: inner[0], doc: def.doc }, undefined);
      if (item === undefined) return this.fail("an xs:list without an item type", at);
      if (item.variety !== "atomic") this.fail("a list of lists or unions", at);
      return listType(item, name, qname);
    }
    if (body.local === "union") {
      const members: SimpleType[] = [];
      for (const m of (attr(body, "memberTypes") ?? "").split(/\s+/).filter((s) => s !== "")) members.push(this.simpleByQName(m, at));
      for (const inner of xsChildren(body)) {
        if (inner.local !== "simpleType") this.fail(`xs:${inner.local} in xs:union`, { el: inner, doc: def.doc });
        members.push(this.simpleType({ el: inner, doc: def.doc }, undefined));
      }
      if (members.length === 0) this.fail("an empty xs:union", at);
      return unionType(members, name, qname);
    }
    return this.fail(`xs:${body.local} in xs:simpleType`, at);
  }

  /** A restriction of `base` by the facet elements `facetEls`. */
  private restrict(
    base: SimpleType,
    facetEls: readonly XmlElement[],
    at: Definition,
    name: string | undefined,
    qname?: SimpleType["qname"],
  ): SimpleType {
    const f: Facets = {};
    const enumeration: string[] = [];
    const patterns: { source: string; re: RegExp }[] = [];
    const family = base.variety === "atomic" ? base.builtin.family : "other";
    for (const el of facetEls) {
      const here = { el, doc: at.doc };
      const value = attr(el, "value");
      if (value === undefined) this.fail(`xs:${el.local} without a value`, here);
      const int = (): number => {
        const n = Number(value.trim());
        if (!Number.isInteger(n) || n < 0) this.fail(`xs:${el.local} value "${value}"`, here);
        return n;
      };
      switch (el.local) {
        case "length":
          f.length = int();
          break;
        case "minLength":
          f.minLength = int();
          break;
        case "maxLength":
          f.maxLength = int();
          break;
        case "pattern": {
          const re = compilePattern(value);
          if (re === undefined) this.fail(`the pattern "${value}"`, here);
          patterns.push({ source: value, re });
          break;
        }
        case "enumeration":
          if (base.variety === "atomic" && (base.builtin.local === "QName" || base.builtin.local === "NOTATION"))
            this.fail("an enumeration of QNames", here);
          enumeration.push(value);
          break;
        case "whiteSpace": {
          const v = value.trim();
          if (v !== "preserve" && v !== "replace" && v !== "collapse") this.fail(`whiteSpace "${value}"`, here);
          f.whiteSpace = v;
          break;
        }
        case "minInclusive":
        case "maxInclusive":
        case "minExclusive":
        case "maxExclusive":
          if (family !== "decimal") this.fail(`xs:${el.local} on a type that is not decimal`, here);
          f[el.local] = value.trim();
          break;
        case "totalDigits":
          if (family !== "decimal") this.fail("xs:totalDigits on a type that is not decimal", here);
          f.totalDigits = int();
          break;
        case "fractionDigits":
          if (family !== "decimal") this.fail("xs:fractionDigits on a type that is not decimal", here);
          f.fractionDigits = int();
          break;
        default:
          this.fail(`the facet xs:${el.local}`, here);
      }
    }
    if (patterns.length > 0) f.patterns = patterns;
    const ws = f.whiteSpace ?? base.whiteSpace;
    if (enumeration.length > 0) f.enumeration = enumeration.map((e) => normalize(e, ws));
    return restrictType(base, f, name, qname);
  }

  // --- complex types ---------------------------------------------------------------------------------------

  private anonymousComplex(el: XmlElement, doc: SchemaDoc): ComplexType {
    const def = { el, doc };
    const ct = this.newComplex(undefined, undefined, def);
    this.fill(ct, def);
    return ct;
  }

  private ensureReady(ct: ComplexType, at: Definition): void {
    if (ct.ready) return;
    const p = this.pending.findIndex((x) => x.ct === ct);
    if (p < 0) {
      if (this.filling.has(ct)) this.fail("a circular type derivation", at);
      return;
    }
    const [entry] = this.pending.splice(p, 1);
    this.fill(ct, (entry as { def: Definition }).def);
  }

  private fill(ct: ComplexType, def: Definition): void {
    if (ct.ready) return;
    if (this.filling.has(ct)) this.fail("a circular type derivation", def);
    this.filling.add(ct);
    const block = attr(def.el, "block");
    if (block !== undefined && block.trim() !== "") this.fail("xs:complexType/@block", def);
    let mixed = attr(def.el, "mixed") === "true" || attr(def.el, "mixed") === "1";
    const kids = xsChildren(def.el);
    const first = kids[0];
    let particle: Particle | undefined;
    if (first?.local === "simpleContent" || first?.local === "complexContent") {
      if (kids.length !== 1) this.fail(`content after xs:${first.local}`, def);
      const inner = xsChildren(first);
      const derivation = inner[0];
      const at = { el: derivation ?? first, doc: def.doc };
      if (derivation === undefined || inner.length !== 1 || (derivation.local !== "extension" && derivation.local !== "restriction"))
        this.fail(`xs:${first.local} without one xs:extension or xs:restriction`, at);
      const baseName = attr(derivation, "base");
      if (baseName === undefined) this.fail(`xs:${derivation.local} without a base`, at);
      const base = this.typeByQName(baseName, at);
      if (base.kind === "complex") this.ensureReady(base, at);
      ct.base = base;
      ct.derivation = derivation.local;
      const body = xsChildren(derivation);
      if (first.local === "simpleContent") {
        let valueType: SimpleType;
        if (base.kind === "simple") {
          if (derivation.local === "restriction") this.fail("xs:simpleContent/xs:restriction of a simple type", at);
          valueType = base;
        } else if (base.content === "simple" && base.simpleType !== undefined) valueType = base.simpleType;
        else valueType = this.fail("xs:simpleContent on a base without simple content", at);
        if (base.kind === "complex") this.inheritAttributes(ct, base);
        let rest = body;
        if (derivation.local === "restriction") {
          if (rest[0]?.local === "simpleType") valueType = this.simpleType({ el: rest[0], doc: def.doc }, undefined);
          rest = rest.filter((e) => e.local !== "simpleType");
          const facets = rest.filter((e) => !isAttributePart(e.local));
          if (facets.length > 0) valueType = this.restrict(valueType, facets, at, undefined);
          rest = rest.filter((e) => isAttributePart(e.local));
        }
        this.attributes(ct, rest, { el: derivation, doc: def.doc }, derivation.local === "restriction");
        ct.content = "simple";
        ct.simpleType = valueType;
      } else {
        if (base.kind !== "complex") this.fail("xs:complexContent of a simple type", at);
        const m = attr(first, "mixed");
        if (m !== undefined) mixed = m === "true" || m === "1";
        const own = body[0] !== undefined && !isAttributePart(body[0].local) ? this.particle(body[0], def.doc) : undefined;
        const attrs = own === undefined ? body : body.slice(1);
        if (derivation.local === "extension") {
          if (base.content === "simple") this.fail("xs:complexContent/xs:extension of a type with simple content", at);
          const baseParticle = base === this.anyType ? undefined : particleOf(base);
          particle =
            baseParticle === undefined
              ? own
              : own === undefined || isEmptyParticle(own)
                ? baseParticle
                : { kind: "sequence", particles: [baseParticle, own], min: 1, max: 1 };
          this.inheritAttributes(ct, base);
          this.attributes(ct, attrs, { el: derivation, doc: def.doc }, false);
        } else {
          particle = own;
          this.inheritAttributes(ct, base);
          this.attributes(ct, attrs, { el: derivation, doc: def.doc }, true);
        }
        this.setContent(ct, particle, mixed, def);
      }
    } else {
      const own = first !== undefined && !isAttributePart(first.local) ? this.particle(first, def.doc) : undefined;
      this.attributes(ct, own === undefined ? kids : kids.slice(1), def, false);
      this.setContent(ct, own, mixed, def);
    }
    this.filling.delete(ct);
    ct.ready = true;
  }

  private setContent(ct: ComplexType, particle: Particle | undefined, mixed: boolean, def: Definition): void {
    particles.set(ct, particle);
    if (particle === undefined || isEmptyParticle(particle)) {
      ct.content = mixed ? "mixed" : "empty";
      ct.model = mixed ? new ContentModel({ kind: "sequence", particles: [], min: 1, max: 1 }) : undefined;
      return;
    }
    ct.content = mixed ? "mixed" : "element-only";
    try {
      ct.model = new ContentModel(particle);
    } catch (error) {
      if (error instanceof RangeError) this.fail("a content model too large to unroll (minOccurs/maxOccurs)", def);
      throw error;
    }
  }

  private inheritAttributes(ct: ComplexType, base: ComplexType): void {
    if (base === this.anyType) return;
    for (const [k, u] of base.attributes) ct.attributes.set(k, u);
    ct.attributeWildcard = base.attributeWildcard;
  }

  /** Attribute declarations, attribute group references and the attribute wildcard of a type. */
  private attributes(ct: ComplexType, els: readonly XmlElement[], at: Definition, restriction: boolean): void {
    const part = this.attributePart(els, at.doc, at);
    for (const u of part.uses) {
      const k = attributeKey(u.namespace, u.local);
      if (u.prohibited) {
        ct.attributes.delete(k);
        continue;
      }
      ct.attributes.set(k, u.use);
    }
    if (restriction) ct.attributeWildcard = part.wildcard;
    else if (part.wildcard !== undefined) {
      if (ct.attributeWildcard === undefined) ct.attributeWildcard = part.wildcard;
      else ct.attributeWildcard = unionWildcard(ct.attributeWildcard, part.wildcard, () => this.fail("a union of attribute wildcards", at));
    }
  }

  private attributePart(
    els: readonly XmlElement[],
    doc: SchemaDoc,
    at: Definition,
  ): { uses: { namespace: string; local: string; use: AttributeUse; prohibited: boolean }[]; wildcard: Wildcard | undefined } {
    const uses: { namespace: string; local: string; use: AttributeUse; prohibited: boolean }[] = [];
    let wildcard: Wildcard | undefined;
    for (const el of els) {
      const here = { el, doc };
      if (el.local === "attribute") {
        const u = this.localAttribute(el, doc);
        uses.push({ namespace: u.namespace, local: u.local, use: u, prohibited: attr(el, "use")?.trim() === "prohibited" });
      } else if (el.local === "attributeGroup") {
        const ref = attr(el, "ref");
        if (ref === undefined) this.fail("a local xs:attributeGroup without ref", here);
        const q = this.qname(ref, here);
        const k = key(q.namespace, q.local);
        const d = this.defs.attributeGroup.get(k);
        if (d === undefined) this.fail(`the unresolved attribute group "${ref}"`, here);
        const g = this.attributeGroup(k, d);
        for (const u of g.uses) uses.push({ namespace: u.namespace, local: u.local, use: u, prohibited: false });
        if (g.wildcard !== undefined)
          wildcard =
            wildcard === undefined
              ? g.wildcard
              : intersectWildcard(wildcard, g.wildcard, () => this.fail("an intersection of attribute wildcards", here));
      } else if (el.local === "anyAttribute") {
        const w = this.wildcard(el, doc);
        wildcard =
          wildcard === undefined ? w : intersectWildcard(wildcard, w, () => this.fail("an intersection of attribute wildcards", here));
      } else this.fail(`xs:${el.local} among attributes`, here);
    }
    void at;
    return { uses, wildcard };
  }

  private attributeGroup(k: string, def: Definition): AttributePart {
    const known = this.attributeGroups.get(k);
    if (known !== undefined) return known;
    if (this.attributeGroupsInProgress.has(k)) this.fail("a circular attribute group", def);
    this.attributeGroupsInProgress.add(k);
    const part = this.attributePart(xsChildren(def.el), def.doc, def);
    const result: AttributePart = { uses: part.uses.filter((u) => !u.prohibited).map((u) => u.use), wildcard: part.wildcard };
    this.attributeGroupsInProgress.delete(k);
    this.attributeGroups.set(k, result);
    return result;
  }

  private attributeTypeOf(el: XmlElement, doc: SchemaDoc): SimpleType {
    const here = { el, doc };
    const typeName = attr(el, "type");
    const inline = xsChildren(el);
    if (typeName !== undefined) return this.simpleByQName(typeName, here);
    if (inline[0]?.local === "simpleType") return this.simpleType({ el: inline[0], doc }, undefined);
    if (inline.length > 0) this.fail(`xs:${inline[0]?.local} in xs:attribute`, here);
    return builtinType("anySimpleType") as SimpleType;
  }

  private globalAttribute(k: string, def: Definition): AttributeUse {
    const known = this.globalAttributes.get(k);
    if (known !== undefined) return known;
    const u: AttributeUse = {
      namespace: def.doc.targetNamespace,
      local: attr(def.el, "name") as string,
      type: this.attributeTypeOf(def.el, def.doc),
      required: false,
      fixed: attr(def.el, "fixed"),
    };
    this.globalAttributes.set(k, u);
    return u;
  }

  private localAttribute(el: XmlElement, doc: SchemaDoc): AttributeUse {
    const here = { el, doc };
    const use = attr(el, "use")?.trim() ?? "optional";
    if (use !== "optional" && use !== "required" && use !== "prohibited") this.fail(`use="${use}"`, here);
    const ref = attr(el, "ref");
    if (ref !== undefined) {
      const q = this.qname(ref, here);
      const k = key(q.namespace, q.local);
      const d = this.defs.attribute.get(k);
      if (d === undefined) return this.fail(`the unresolved attribute "${ref}"`, here);
      const g = this.globalAttribute(k, d);
      return { ...g, required: use === "required", fixed: attr(el, "fixed") ?? g.fixed };
    }
    const name = attr(el, "name");
    if (name === undefined) return this.fail("an xs:attribute without name or ref", here);
    const form = attr(el, "form")?.trim();
    const qualified = form === undefined ? doc.qualifiedAttributes : form === "qualified";
    if (attr(el, "targetNamespace") !== undefined) this.fail("xs:attribute/@targetNamespace", here);
    return {
      namespace: qualified ? doc.targetNamespace : "",
      local: name.trim(),
      type: this.attributeTypeOf(el, doc),
      required: use === "required",
      fixed: attr(el, "fixed"),
    };
  }

  private wildcard(el: XmlElement, doc: SchemaDoc): Wildcard {
    const here = { el, doc };
    if (attr(el, "notNamespace") !== undefined || attr(el, "notQName") !== undefined) this.fail("an XSD 1.1 wildcard", here);
    const ns = (attr(el, "namespace") ?? "##any").trim();
    let constraint: NamespaceConstraint;
    if (ns === "##any") constraint = { kind: "any" };
    else if (ns === "##other") constraint = { kind: "not", namespace: doc.targetNamespace };
    else {
      const set = new Set<string>();
      for (const t of ns.split(/\s+/)) {
        if (t === "##targetNamespace") set.add(doc.targetNamespace);
        else if (t === "##local") set.add("");
        else if (t.startsWith("##")) this.fail(`namespace="${t}"`, here);
        else set.add(t);
      }
      constraint = { kind: "set", namespaces: set };
    }
    const pc = (attr(el, "processContents") ?? "strict").trim();
    if (pc !== "strict" && pc !== "lax" && pc !== "skip") this.fail(`processContents="${pc}"`, here);
    return { kind: "wildcard", constraint, process: pc };
  }

  // --- particles and elements ------------------------------------------------------------------------------

  private occurs(el: XmlElement, doc: SchemaDoc): { min: number; max: number } {
    const here = { el, doc };
    const minText = attr(el, "minOccurs")?.trim() ?? "1";
    const maxText = attr(el, "maxOccurs")?.trim() ?? "1";
    const min = Number(minText);
    const max = maxText === "unbounded" ? Number.POSITIVE_INFINITY : Number(maxText);
    if (!/^\d+$/.test(minText) || (maxText !== "unbounded" && !/^\d+$/.test(maxText)) || min > max)
      this.fail(`minOccurs="${minText}" maxOccurs="${maxText}"`, here);
    return { min, max };
  }

  private particle(el: XmlElement, doc: SchemaDoc): Particle {
    const here = { el, doc };
    const { min, max } = this.occurs(el, doc);
    switch (el.local) {
      case "sequence":
      case "choice": {
        const particles = xsChildren(el).map((c) => this.particle(c, doc));
        return { kind: el.local, particles, min, max };
      }
      case "group": {
        const ref = attr(el, "ref");
        if (ref === undefined) return this.fail("a local xs:group without ref", here);
        const q = this.qname(ref, here);
        const k = key(q.namespace, q.local);
        const d = this.defs.group.get(k);
        if (d === undefined) return this.fail(`the unresolved group "${ref}"`, here);
        const inner = this.group(k, d);
        return { kind: "sequence", particles: [inner], min, max };
      }
      case "element": {
        if (attr(el, "ref") !== undefined) {
          const ref = attr(el, "ref") as string;
          const q = this.qname(ref, here);
          const k = key(q.namespace, q.local);
          const d = this.defs.element.get(k);
          if (d === undefined) return this.fail(`the unresolved element "${ref}"`, here);
          return { kind: "element", decl: this.globalElement(k, d), min, max };
        }
        const name = attr(el, "name");
        if (name === undefined) return this.fail("an xs:element without name or ref", here);
        const form = attr(el, "form")?.trim();
        const qualified = form === undefined ? doc.qualifiedElements : form === "qualified";
        if (attr(el, "targetNamespace") !== undefined) this.fail("xs:element/@targetNamespace", here);
        return { kind: "element", decl: this.elementDecl(el, doc, qualified ? doc.targetNamespace : "", name.trim()), min, max };
      }
      case "any":
        return { kind: "wildcard", wildcard: this.wildcard(el, doc), min, max };
      case "all":
        return this.fail("xs:all", here);
      default:
        return this.fail(`xs:${el.local} in a content model`, here);
    }
  }

  private group(k: string, def: Definition): Particle {
    const known = this.groups.get(k);
    if (known !== undefined) return known;
    if (this.groupsInProgress.has(k)) this.fail("a circular model group", def);
    this.groupsInProgress.add(k);
    const kids = xsChildren(def.el);
    if (kids.length !== 1 || kids[0] === undefined) this.fail("an xs:group without exactly one model group", def);
    const inner = kids[0];
    if (attr(inner, "minOccurs") !== undefined || attr(inner, "maxOccurs") !== undefined)
      this.fail("occurrences on the model group of xs:group", { el: inner, doc: def.doc });
    const p = this.particle(inner, def.doc);
    this.groupsInProgress.delete(k);
    this.groups.set(k, p);
    return p;
  }

  private globalElement(k: string, def: Definition): ElementDecl {
    const known = this.elements.get(k);
    if (known !== undefined) return known;
    const decl = this.elementDecl(def.el, def.doc, def.doc.targetNamespace, attr(def.el, "name") as string, k);
    return decl;
  }

  private elementDecl(el: XmlElement, doc: SchemaDoc, namespace: string, local: string, globalKey?: string): ElementDecl {
    const here = { el, doc };
    for (const a of ["substitutionGroup", "block"]) {
      const v = attr(el, a);
      if (v !== undefined && v.trim() !== "") this.fail(`xs:element/@${a}`, here);
    }
    const bool = (name: string) => {
      const v = attr(el, name)?.trim();
      return v === "true" || v === "1";
    };
    const decl: ElementDecl = {
      kind: "element",
      namespace,
      local,
      type: this.anyType,
      nillable: bool("nillable"),
      abstract: bool("abstract"),
      fixed: attr(el, "fixed"),
      defaultValue: attr(el, "default"),
    };
    if (decl.abstract) this.fail("an abstract element (substitution groups)", here);
    if (globalKey !== undefined) this.elements.set(globalKey, decl);
    const typeName = attr(el, "type");
    const kids = xsChildren(el);
    for (const c of kids) {
      if (c.local === "unique" || c.local === "key" || c.local === "keyref")
        this.fail(`the identity constraint xs:${c.local}`, { el: c, doc });
      if (c.local === "alternative") this.fail("xs:alternative", { el: c, doc });
    }
    if (typeName !== undefined) {
      if (kids.length > 0) this.fail("xs:element with both a type and an inline type", here);
      decl.type = this.typeByQName(typeName, here);
    } else if (kids[0]?.local === "complexType") decl.type = this.anonymousComplex(kids[0], doc);
    else if (kids[0]?.local === "simpleType") decl.type = this.simpleType({ el: kids[0], doc }, undefined);
    else if (kids.length > 0) this.fail(`xs:${kids[0]?.local} in xs:element`, here);
    return decl;
  }
}

/** The key of an attribute use in {@link ComplexType.attributes}: the local name alone when unqualified. */
export function attributeKey(namespace: string, local: string): string {
  return namespace === "" ? local : `{${namespace}}${local}`;
}

function isAttributePart(local: string): boolean {
  return local === "attribute" || local === "attributeGroup" || local === "anyAttribute";
}

/** The particle each complex type was built from (for extensions). */
const particles = new WeakMap<ComplexType, Particle | undefined>();

function particleOf(ct: ComplexType): Particle | undefined {
  return particles.get(ct);
}

function isEmptyParticle(p: Particle): boolean {
  if (p.max === 0) return true;
  if (p.kind === "sequence" || p.kind === "choice") return p.particles.every(isEmptyParticle);
  return false;
}

function unionWildcard(a: Wildcard, b: Wildcard, fail: () => never): Wildcard {
  if (a.constraint.kind === "any" || b.constraint.kind === "any") return { ...b, constraint: { kind: "any" } };
  if (a.constraint.kind === "set" && b.constraint.kind === "set")
    return { ...b, constraint: { kind: "set", namespaces: new Set([...a.constraint.namespaces, ...b.constraint.namespaces]) } };
  if (a.constraint.kind === "not" && b.constraint.kind === "not" && a.constraint.namespace === b.constraint.namespace) return b;
  return fail();
}

function intersectWildcard(a: Wildcard, b: Wildcard, fail: () => never): Wildcard {
  if (a.constraint.kind === "any") return { ...a, constraint: b.constraint };
  if (b.constraint.kind === "any") return a;
  if (a.constraint.kind === "set" && b.constraint.kind === "set") {
    const other = b.constraint.namespaces;
    return { ...a, constraint: { kind: "set", namespaces: new Set([...a.constraint.namespaces].filter((n) => other.has(n))) } };
  }
  return fail();
}

/**
 * Compiles the schema set's `entry` and everything it includes and imports (files of `files` only). Returns the
 * components, or the first unsupported construct with its place. `read`: documents of `files` already read (by
 * path), so that a caller that checked the set does not pay the reader twice.
 */
export function compileSchemaSet(
  files: Readonly<Record<string, Uint8Array>>,
  entry: string,
  read?: ReadonlyMap<string, XmlElement>,
): CompileResult {
  const c = new Compiler(files, read);
  try {
    c.load(entry);
    return { ok: true, schema: c.compileAll() };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, reason: error.message };
    throw error;
  }
}
