/// <reference lib="dom" />
/**
 * The live form preview of the HTML report (runs in the page, not in Node). It reads the schema's form tree and
 * field details from `#fim-report-data`, renders an input per field (by datatype; code lists as selects;
 * repeated groups with add/remove), and on every change evaluates the rules with `evaluateForm` of the regeln
 * module, showing which elements are hidden, required, prefilled or computed. Bundled into one script by
 * `scripts/build-report-runtime.ts` (→ `runtime.generated.ts`); never imported by the library itself.
 */
import { evaluateForm, type FieldValue, type FormData, type FormState } from "../regeln/evaluate.ts";
import type { FormNode } from "../regeln/schema.ts";
import type { PreviewData, ReportField } from "./model.ts";

interface Inst {
  readonly node: FormNode;
  readonly el: HTMLElement;
  /** Per child id: its instances (one for an element that does not repeat). */
  readonly children: Map<string, Inst[]>;
  readonly input?: HTMLInputElement | HTMLSelectElement;
  readonly note?: HTMLElement;
}

const isRepeated = (n: FormNode) => n.kind === "gruppe" && (n.max === undefined || n.max > 1);
let counter = 0;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function fieldInput(f: ReportField | undefined, id: string): HTMLInputElement | HTMLSelectElement | undefined {
  const datentyp = f?.datentyp ?? "text";
  const feldart = f?.feldart ?? "input";
  if (feldart === "label") return undefined;
  if (f?.codes !== undefined || (feldart === "select" && f?.codeList === undefined)) {
    const s = h("select", { id });
    s.append(h("option", { value: "" }, "– bitte wählen –"));
    for (const c of f?.codes ?? []) s.append(h("option", { value: c.code }, `${c.name} (${c.code})`));
    return s;
  }
  if (datentyp === "bool") {
    const s = h("select", { id, "data-bool": "" });
    s.append(h("option", { value: "" }, "–"), h("option", { value: "true" }, "ja"), h("option", { value: "false" }, "nein"));
    return s;
  }
  const type: Record<string, string> = {
    date: "date",
    time: "time",
    datetime: "datetime-local",
    num: "number",
    num_int: "number",
    num_currency: "number",
    file: "file",
    obj: "file",
  };
  const i = h("input", { id, type: feldart === "hidden" ? "hidden" : (type[datentyp] ?? "text") });
  if (datentyp === "num_int") i.step = "1";
  else if (datentyp === "num_currency") i.step = "0.01";
  else if (datentyp === "num") i.step = "any";
  if (f?.maxLength !== undefined && i.type === "text") i.maxLength = f.maxLength;
  if (f?.minValue !== undefined && i.type === "number") i.min = f.minValue;
  if (f?.maxValue !== undefined && i.type === "number") i.max = f.maxValue;
  if (feldart === "select" && f?.codeList !== undefined) i.placeholder = `Code aus ${f.codeList}`;
  if (feldart === "locked") {
    i.readOnly = true;
    if (f?.inhalt !== undefined) i.value = f.inhalt;
  }
  return i;
}

class Preview {
  private root!: Inst;
  constructor(
    private readonly data: PreviewData,
    private readonly form: HTMLElement,
    private readonly findings: HTMLElement,
  ) {}

  start(): void {
    this.root = this.render(this.data.tree);
    this.form.replaceChildren(this.root.el);
    this.form.addEventListener("input", () => this.update());
    this.form.addEventListener("change", () => this.update());
    this.form.addEventListener("submit", (e) => e.preventDefault());
    this.update();
  }

  private render(node: FormNode): Inst {
    if (node.kind === "feld") {
      const f = this.data.fields[node.id];
      const box = h("div", { class: "field", "data-id": node.id });
      const id = `f${++counter}`;
      const input = fieldInput(f, id);
      box.append(h("label", { for: id }, f?.label ?? node.name));
      if (f?.help !== undefined) box.title = f.help;
      if (input !== undefined) box.append(input);
      else if (f?.inhalt !== undefined) box.append(h("p", {}, f.inhalt));
      const note = box.appendChild(h("div", { class: "computed" }));
      return { node, el: box, children: new Map(), ...(input !== undefined && { input }), note };
    }
    const g = this.data.groups[node.id];
    const box = h(node.kind === "schema" ? "div" : "fieldset", { class: "group", "data-id": node.id });
    if (node.kind !== "schema") box.append(h("legend", {}, g?.label ?? node.name));
    const children = new Map<string, Inst[]>();
    for (const c of node.children) {
      if (isRepeated(c)) {
        const list: Inst[] = [];
        children.set(c.id, list);
        box.append(this.repeat(c, list));
      } else {
        const inst = this.render(c);
        children.set(c.id, [inst]);
        box.append(inst.el);
      }
    }
    return { node, el: box, children };
  }

  /** A repeated group: its instances, each with a remove button, and an add button (within `min..max`). */
  private repeat(node: FormNode, list: Inst[]): HTMLElement {
    const wrap = h("div", { class: "repeat", "data-repeat": node.id });
    const items = wrap.appendChild(h("div", { class: "instances" }));
    const add = wrap.appendChild(h("button", { type: "button", class: "add", "data-add": node.id }, `+ ${node.name} hinzufügen`));
    const sync = () => {
      add.disabled = node.max !== undefined && list.length >= node.max;
      for (const i of list) {
        const remove = i.el.querySelector(":scope > .remove") as HTMLButtonElement | null;
        if (remove !== null) remove.disabled = list.length <= node.min;
      }
    };
    const push = () => {
      const inst = this.render(node);
      inst.el.classList.add("instance");
      const remove = h("button", { type: "button", class: "remove" }, "entfernen");
      remove.addEventListener("click", () => {
        list.splice(list.indexOf(inst), 1);
        inst.el.remove();
        sync();
        this.update();
      });
      inst.el.append(remove);
      list.push(inst);
      items.append(inst.el);
      sync();
    };
    add.addEventListener("click", () => {
      push();
      this.update();
    });
    for (let i = 0; i < Math.max(node.min, 1); i++) push();
    return wrap;
  }

  private value(i: Inst): FieldValue | undefined {
    const input = i.input;
    if (input === undefined || input.value === "" || (input instanceof HTMLInputElement && input.type === "file")) return undefined;
    if (input instanceof HTMLSelectElement && input.hasAttribute("data-bool")) return input.value === "true";
    if (input instanceof HTMLInputElement && input.type === "number") {
      const n = Number(input.value);
      return Number.isFinite(n) ? n : input.value;
    }
    return input.value;
  }

  private collect(i: Inst): FormData {
    const out: Record<string, FieldValue | FormData | FormData[]> = {};
    for (const c of i.node.children) {
      const list = i.children.get(c.id) ?? [];
      if (isRepeated(c)) out[c.id] = list.map((x) => this.collect(x));
      else if (c.kind === "gruppe") {
        const first = list[0];
        if (first !== undefined) out[c.id] = this.collect(first);
      } else {
        const first = list[0];
        const v = first === undefined ? undefined : this.value(first);
        if (v !== undefined) out[c.id] = v;
      }
    }
    return out;
  }

  private apply(i: Inst, path: string, state: ReadonlyMap<string, FormState["elements"][number]>): void {
    const s = state.get(path);
    if (s !== undefined) {
      i.el.classList.toggle("hidden", !s.visible);
      i.el.classList.toggle("required", s.required);
      i.el.dataset.rules = s.rules.join(" ");
      if (i.input !== undefined) {
        i.input.required = s.required && s.visible;
        if (i.input instanceof HTMLInputElement) i.input.placeholder = s.computed ?? s.prefill ?? "";
      }
      if (i.note !== undefined)
        i.note.textContent =
          s.computed !== undefined ? `berechnet: ${s.computed}` : s.prefill !== undefined ? `vorbelegt: ${s.prefill}` : "";
    }
    for (const c of i.node.children) {
      const list = i.children.get(c.id) ?? [];
      const base = path === "" ? c.id : `${path}.${c.id}`;
      list.forEach((x, k) => {
        this.apply(x, isRepeated(c) ? `${base}[${k}]` : base, state);
      });
    }
  }

  update(): void {
    const state = evaluateForm(this.data.tree, this.collect(this.root));
    this.apply(this.root, "", new Map(state.elements.map((e) => [e.path, e])));
    this.findings.replaceChildren(...state.findings.map((d) => h("li", { class: "finding error" }, d.message)));
    this.form.dataset.evaluations = String(Number(this.form.dataset.evaluations ?? "0") + 1);
  }
}

const source = document.getElementById("fim-report-data");
const form = document.getElementById("preview");
const findings = document.getElementById("preview-findings");
if (source !== null && form !== null && findings !== null) {
  new Preview(JSON.parse(source.textContent ?? "{}") as PreviewData, form, findings).start();
}
