/**
 * The grammar of the controlled German of rule texts: a recursive-descent parser over the tokens of `lexer.ts`.
 *
 *   text        := sentence*                                  (sentences end at `.`, a paragraph, or a line
 *                                                              starting with WENN/Für/Das/Die/…)
 *   sentence    := landHeader? statement?
 *   landHeader  := landScope "gilt" (":" | ".")               "Für die Länder NW, SN gilt:"
 *   statement   := conditional | oneOf | dateOrder | forbidden | consequence ("," "wenn" condition)?
 *   conditional := ("WENN"|"bei") condition ","? "ist"? "DANN"? consequence
 *                  ( ","? ("SONST"|"ansonsten") consequence | "," conditional )*
 *   condition   := comparison (("UND"|"ODER") comparison)*
 *   comparison  := subject? predicate                        (no subject: the field of the previous comparison)
 *   subject     := filler* ("(")? fieldRef (("ODER"|"UND") filler* fieldRef)*
 *                | "eines der (folgenden) Felder" fieldList | "alle drei Felder" fieldList
 *   predicate   := op values (("ODER"|"UND") op? values)* | "mit" "dem Code"? literal "belegt ist"
 *                | "nicht"? "leer" | "kein"|"ein" "Eintrag vorgenommen wurde" | "befüllt" ("ist"|"sind")
 *   values      := literal | "(" literal (("ODER"|"UND") literal)* ")"
 *   literal     := ("Auswahl")? (number | quoted | JA | NEIN | wahr | falsch | code) label?
 *   consequence := clause (("UND"|"und"|",") clause)*       (a clause without an action word takes the next one's)
 *   clause      := (fieldRef label? | landScope | "mit" literal | lexicon word)*  → classified by its action words
 *
 * Labels after an id or a literal (quoted, or unquoted words up to the next word of the lexicon) are skipped:
 * they carry no meaning the schema does not already hold. Any other word that is not in the lexicon makes the
 * sentence unread (with the word as reason), so a reading is never a guess.
 */
import type { Token } from "./lexer.ts";
import type { Comparison, Condition, Effect, EffectKind, ElementRef, LandScope, Literal, Unread } from "./model.ts";

/**
 * The sixteen Länder by their two-letter codes (`BW` … `TH`), the values `land` accepts.
 * @example
 * ```ts
 * import { LAENDER } from "fim-xoev/xdatenfelder/regeln";
 * declare const input: string; // from a select in the form system
 * if (!LAENDER.includes(input)) throw new Error(`unknown Land ${input}; one of ${LAENDER.join(", ")}`);
 * ```
 */
export const LAENDER: readonly string[] = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"];
const LAND_NAMES: Readonly<Record<string, string>> = {
  "baden-württemberg": "BW",
  bayern: "BY",
  berlin: "BE",
  brandenburg: "BB",
  bremen: "HB",
  hamburg: "HH",
  hessen: "HE",
  "mecklenburg-vorpommern": "MV",
  niedersachsen: "NI",
  "nordrhein-westfalen": "NW",
  "rheinland-pfalz": "RP",
  saarland: "SL",
  sachsen: "SN",
  "sachsen-anhalt": "ST",
  "schleswig-holstein": "SH",
  thüringen: "TH",
};

const SHOW = new Set(["aktiviere", "zeige", "angezeigt", "anzuzeigen", "anzeigen", "erscheint", "erscheinen", "an"]);
const HIDE = new Set(["deaktiviere", "ausgeblendet", "auszublenden", "ausblenden", "blende", "aus"]);
const REQUIRE = new Set([
  "pflichtfeld",
  "pflichtfeldgruppe",
  "pflichtangabe",
  "pflicht",
  "befüllt",
  "ausgefüllt",
  "befüllen",
  "ausfüllen",
  "leer",
]);
const FILL = new Set(["befüllt", "ausgefüllt", "befüllen", "ausfüllen"]);
/** Action words that open an imperative clause (verb before its targets). */
const IMPERATIVE = new Set(["aktiviere", "deaktiviere", "zeige", "blende", "erscheint"]);
const OPTIONAL = new Set(["optionales", "optional", "optionale"]);
const PREFILL = new Set(["vorzubefüllen", "vorbefüllt", "vorbefüllung", "vorbefuellt", "vorbelegt"]);
const FILLER = new Set([
  "muss",
  "müssen",
  "darf",
  "dürfen",
  "soll",
  "sollen",
  "ist",
  "sind",
  "wird",
  "werden",
  "sein",
  "zu",
  "als",
  "eine",
  "einer",
  "ein",
  "einem",
  "es",
  "sie",
  "diese",
  "dieses",
  "der",
  "die",
  "das",
  "dem",
  "den",
  "des",
  "in",
  "im",
  "mit",
  "mache",
  "machen",
  "dann",
  "feld",
  "datenfeld",
  "datenfeldgruppe",
  "feldgruppe",
  "gruppe",
  "datengruppe",
  "gruppen",
  "felder",
  "antragsstrecke",
  "auswahl",
  "darin",
  "enthaltene",
  "beiden",
  "zur",
  "zum",
  "nur",
  "anderen",
  "gewählt",
  "nicht",
  "kein",
]);
const LAND_WORDS = new Set(["für", "länder", "ländern", "land", "bundesländer", "alle", "außer", "nur", "anderen", "gilt"]);
const BOOLEAN_WORDS = new Set(["ja", "nein", "wahr", "falsch", "true", "false"]);
/** Words that end an unquoted label after a target (articles and prepositions may be part of a label there). */
const TARGET_LABEL_STOP = new Set([
  ...SHOW,
  ...HIDE,
  ...REQUIRE,
  ...OPTIONAL,
  ...PREFILL,
  "ist",
  "sind",
  "muss",
  "müssen",
  "darf",
  "dürfen",
  "soll",
  "wird",
  "werden",
  "mit",
  "nicht",
  "als",
  "und",
  "oder",
  "wenn",
  "sonst",
  "ansonsten",
  "für",
  "zu",
  "wobei",
  "dann",
]);
/** Words that end an unquoted label elsewhere: those after a target, plus articles, prepositions and a few verbs. */
const LABEL_STOP = new Set([
  ...TARGET_LABEL_STOP,
  "auswahl",
  "antwort",
  "eine",
  "ein",
  "kein",
  "das",
  "die",
  "der",
  "in",
  "im",
  "vorzubefüllen",
  "belegt",
]);

const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase());
const isWord = (t: Token | undefined, ...words: string[]): boolean =>
  t !== undefined && t.kind === "word" && words.includes(t.text.toLowerCase());

const ABBREVIATIONS = new Set(["nr", "abs", "art", "ggf", "bzw", "vgl", "usw", "ca", "inkl", "zzgl", "gem", "evtl"]);

/** A failure to read one sentence, with the reason. */
class NotRead extends Error {}

/** What reading one rule text yields: effects, the unread sentences and the element ids used. */
export interface Reading {
  readonly effects: Effect[];
  readonly unread: Unread[];
  readonly used: Set<string>;
}

/** Splits a token list into sentences (see the grammar above). */
export function sentences(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.some((t) => t.kind !== "newline" && t.kind !== "punct")) out.push(current);
    current = [];
  };
  const starters = new Set(["wenn", "für", "das", "die", "es", "mindestens", "im", "entweder"]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && t.text === ".") {
      // "D.h.", "z.B.", "Nr.", "Abs.": the period of an abbreviation does not end the sentence.
      const prev = current[current.length - 1];
      if (prev?.kind === "word" && prev.end === t.start && (prev.text.length === 1 || ABBREVIATIONS.has(prev.text.toLowerCase()))) {
        current.push(t);
        continue;
      }
      flush();
      continue;
    }
    if (t.kind === "newline") {
      const next = tokens[i + 1];
      if (t.paragraph === true || (next?.kind === "word" && starters.has(lower(next)) && /^\p{Lu}/u.test(next.text))) flush();
      continue;
    }
    current.push(t);
    if (t.kind === "punct" && t.text === ":" && isWord(current[current.length - 2], "gilt")) flush();
  }
  flush();
  return out;
}

/** The parser of one rule text; holds the state sentences share (Land scope, anaphora, last condition). */
export class RuleParser {
  private toks: Token[] = [];
  private pos = 0;
  private blockLands: LandScope | undefined;
  private readonly landsSeen = new Set<string>();
  private lastTargets: ElementRef[] = [];
  private lastField: ElementRef | undefined;
  private lastCondition: Condition | undefined;
  private inConsequence = false;
  private hasBereich = false;
  private readonly comparedValues = new Map<string, Literal[]>();
  readonly reading: Reading = { effects: [], unread: [], used: new Set() };

  constructor(private readonly text: string) {}

  /** Reads every sentence; a sentence that does not parse is recorded as unread and leaves no effect. */
  readSentences(list: readonly Token[][]): Reading {
    for (const s of list) {
      const saved = { effects: this.reading.effects.length, used: new Set(this.reading.used) };
      const state = { lastTargets: this.lastTargets, lastField: this.lastField, lastCondition: this.lastCondition };
      try {
        this.toks = s;
        this.pos = 0;
        this.hasBereich = s.some((x) => isWord(x, "bereich"));
        this.sentence();
      } catch (e) {
        if (!(e instanceof NotRead)) throw e;
        this.reading.effects.length = saved.effects;
        this.reading.used.clear();
        for (const u of saved.used) this.reading.used.add(u);
        Object.assign(this, state);
        const first = s[0] as Token;
        const last = s[s.length - 1] as Token;
        this.reading.unread.push({ text: this.text.slice(first.start, last.end).replace(/\s+/gu, " "), reason: e.message });
      }
    }
    return this.reading;
  }

  // ── token helpers ──────────────────────────────────────────────────────────────────────────────────
  private peek(k = 0): Token | undefined {
    return this.toks[this.pos + k];
  }
  private next(): Token {
    const t = this.toks[this.pos++];
    if (t === undefined) throw new NotRead("the sentence ends too early");
    return t;
  }
  private atEnd(): boolean {
    return this.pos >= this.toks.length;
  }
  private acceptWord(...words: string[]): boolean {
    if (isWord(this.peek(), ...words)) {
      this.pos++;
      return true;
    }
    return false;
  }
  private acceptPunct(p: string): boolean {
    const t = this.peek();
    if (t?.kind === "punct" && t.text === p) {
      this.pos++;
      return true;
    }
    return false;
  }
  private fail(what: string): never {
    const t = this.peek();
    throw new NotRead(t === undefined ? `${what} expected at the end` : `${what} expected at "${t.text}"`);
  }

  // ── sentences ──────────────────────────────────────────────────────────────────────────────────────
  private sentence(): void {
    if (isWord(this.peek(), "für")) {
      const save = this.pos;
      const scope = this.landScope();
      if (scope !== undefined && this.acceptWord("gilt")) {
        this.blockLands = scope;
        this.acceptPunct(":");
        if (this.atEnd()) return;
      } else {
        this.pos = save;
      }
    }
    if (isWord(this.peek(), "wenn", "bei")) {
      this.conditional();
    } else if (this.toks.some((t) => isWord(t, "mindestens")) && this.toks.some((t) => isWord(t, "eines"))) {
      this.atLeastOne();
    } else if (this.toks.some((t) => isWord(t, "entweder"))) {
      this.exactlyOne();
    } else if (isWord(this.peek(), "das") && isWord(this.peek(1), "datum")) {
      this.dateOrder();
    } else if (this.toks.some((t) => isWord(t, "ausgewählt")) && this.toks.some((t) => isWord(t, "darf"))) {
      this.forbiddenChoice();
    } else {
      const onlyIf = this.toks.some((t, k) => isWord(t, "nur") && isWord(this.toks[k + 1], "dann"));
      const inherited = !onlyIf && this.toks.some((t) => isWord(t, "dann")) ? this.lastCondition : undefined;
      const start = this.reading.effects.length;
      this.consequence(inherited, () => this.isCommaThen("wenn"));
      if (this.isCommaThen("wenn")) {
        this.pos += 2;
        const cond = this.condition();
        this.endOfSentence();
        if (onlyIf) {
          // "F… ist nur dann zu befüllen, wenn c": shown (and to be filled) if c, hidden otherwise.
          const read = this.reading.effects.splice(start);
          const targets = read.flatMap((e) => e.targets).filter((t, k, all) => all.findIndex((u) => u.id === t.id) === k);
          if (read.some((e) => e.kind !== "require")) this.fail('"nur dann zu befüllen"');
          this.push({ kind: "show", targets, condition: cond });
          this.push({ kind: "hide", targets, condition: { op: "not", term: cond } });
          return;
        }
        for (let i = start; i < this.reading.effects.length; i++) {
          const e = this.reading.effects[i] as Effect;
          this.reading.effects[i] = { ...e, condition: e.condition === undefined ? cond : { op: "and", terms: [e.condition, cond] } };
        }
      } else {
        this.endOfSentence();
      }
    }
  }

  private endOfSentence(): void {
    this.acceptPunct(",");
    if (!this.atEnd()) this.fail("the end of the sentence");
  }

  private isCommaThen(...words: string[]): boolean {
    const t = this.peek();
    return t?.kind === "punct" && t.text === "," && isWord(this.peek(1), ...words);
  }

  private conditional(): void {
    this.next(); // WENN / bei
    const cond = this.condition();
    this.lastCondition = cond;
    this.acceptPunct(",");
    this.acceptWord("ist");
    this.acceptPunct(",");
    this.acceptWord("dann");
    const stop = () => this.isCommaThen("wenn", "bei", "sonst", "ansonsten") || isWord(this.peek(), "sonst", "ansonsten");
    const thenStart = this.reading.effects.length;
    this.consequence(cond, stop);
    const thenEffects = this.reading.effects.slice(thenStart);
    this.acceptPunct(",");
    if (isWord(this.peek(), "sonst", "ansonsten")) {
      this.next();
      const negated: Condition = { op: "not", term: cond };
      if (this.atEnd() || (isWord(this.peek(), "nicht") && this.toks.length - this.pos <= 2)) {
        // "ansonsten nicht": the opposite of the then-branch, on the same targets.
        this.pos = this.toks.length;
        for (const e of thenEffects) {
          const opposite = OPPOSITE[e.kind];
          if (opposite === undefined) this.fail("an else-branch");
          this.push({ ...e, kind: opposite, condition: negated });
        }
      } else {
        this.consequence(negated, () => false);
      }
      this.endOfSentence();
      return;
    }
    if (isWord(this.peek(), "wenn", "bei")) {
      this.conditional();
      return;
    }
    this.endOfSentence();
  }

  // ── conditions ─────────────────────────────────────────────────────────────────────────────────────
  private condition(): Condition {
    const terms: Condition[] = [this.comparison()];
    let op: "and" | "or" | undefined;
    while (isWord(this.peek(), "und", "oder") && this.startsSubject(1)) {
      const o = lower(this.next()) === "und" ? "and" : "or";
      if (op !== undefined && op !== o) this.fail("one kind of connective");
      op = o;
      terms.push(this.comparison());
    }
    return terms.length === 1 ? (terms[0] as Condition) : { op: op ?? "and", terms };
  }

  private startsSubject(k: number): boolean {
    let i = k;
    while (isWord(this.peek(i), "das", "dem", "in", "im", "feld", "datenfeld", "der", "die")) i++;
    return this.peek(i)?.kind === "id";
  }

  private skipSubjectFillers(): void {
    while (this.acceptWord("das", "dem", "in", "im", "bei", "feld", "datenfeld", "feldgruppe", "datenfeldgruppe", "der", "die")) {
      /* fillers */
    }
  }

  private comparison(): Condition {
    this.skipSubjectFillers();
    this.acceptPunct("(");
    let fields: ElementRef[] = [];
    let connective: "and" | "or" = "or";
    if (isWord(this.peek(), "eines") || isWord(this.peek(), "alle")) {
      connective = lower(this.next()) === "alle" ? "and" : "or";
      while (this.acceptWord("der", "folgenden", "drei", "felder")) {
        /* "eines der folgenden Felder", "alle drei Felder" */
      }
      fields = this.fieldList();
    } else if (this.peek()?.kind === "id") {
      fields.push(this.fieldRef());
      // 2.0: 'bei F05001047 "02 Das Fahrzeug …" angegeben wird' — the quoted text is the value, not a label.
      if (this.peek()?.kind === "quoted" && isWord(this.peek(1), "angegeben", "ausgewählt", "gewählt")) {
        const lit = this.literal();
        this.pos++;
        this.acceptWord("wird", "wurde", "ist");
        const f = fields[0] as ElementRef;
        this.lastField = f;
        return { op: "eq", field: f, value: lit };
      }
      this.skipConditionLabel();
      while (isWord(this.peek(), "oder", "und") && this.startsSubject(1)) {
        connective = lower(this.next()) === "und" ? "and" : "or";
        this.skipSubjectFillers();
        fields.push(this.fieldRef());
        this.skipConditionLabel();
      }
    } else if (this.lastField !== undefined) {
      fields.push(this.lastField);
    } else {
      this.fail("a field");
    }
    this.acceptWord("auswahl", "antwort");
    const last = fields[fields.length - 1];
    if (last !== undefined) this.lastField = last;
    const predicate = this.predicate();
    const conds = fields.map((f) => {
      const c = predicate(f);
      this.rememberValues(c);
      return c;
    });
    return conds.length === 1 ? (conds[0] as Condition) : { op: connective, terms: conds };
  }

  /** Records the codes a field is compared with, for a later "alle anderen Ausprägungen". */
  private rememberValues(c: Condition): void {
    if (c.op === "eq") this.comparedValues.set(c.field.id, [...(this.comparedValues.get(c.field.id) ?? []), c.value]);
    else if (c.op === "in") this.comparedValues.set(c.field.id, [...(this.comparedValues.get(c.field.id) ?? []), ...c.values]);
  }

  private fieldList(): ElementRef[] {
    const out: ElementRef[] = [];
    for (;;) {
      if (this.peek()?.kind !== "id") this.fail("a field");
      out.push(this.fieldRef());
      this.skipLabel();
      if (this.acceptPunct(",") || this.acceptWord("oder", "und")) continue;
      return out;
    }
  }

  /** Reads a predicate; returns it as a function of the field it applies to. */
  private predicate(): (f: ElementRef) => Condition {
    const t = this.peek();
    // "= alle anderen möglichen Ausprägungen (der Codeliste)": any code but those compared with before.
    if (t?.kind === "op" && t.text === "=" && isWord(this.peek(1), "alle") && isWord(this.peek(2), "anderen")) {
      this.pos += 3;
      while (this.acceptWord("möglichen", "ausprägungen", "werte", "der", "codeliste")) {
        /* the rest of the phrase */
      }
      return (f) => {
        const before = this.comparedValues.get(f.id);
        if (before === undefined || before.length === 0) throw new NotRead('"alle anderen" without values compared before');
        if (before.length === 1) return { op: "neq", field: f, value: before[0] as Literal };
        return { op: "not", term: { op: "in", field: f, values: before } };
      };
    }
    // "eine Rechtsform ausgewählt wird, deren Code im Bereich >= 200000 bis <300000 liegt".
    if (this.hasBereich && this.toks.slice(this.pos, this.pos + 8).some((x) => isWord(x, "deren"))) {
      return this.codeRange();
    }
    if (t?.kind === "op") {
      const ops: { op: string; values: Literal[] }[] = [];
      let joiner: "and" | "or" | undefined;
      let currentOp = this.next().text;
      for (;;) {
        ops.push({ op: currentOp, values: this.values() });
        if (isWord(this.peek(), "oder", "und") && !this.startsSubject(1)) {
          const j = lower(this.peek()) === "und" ? "and" : "or";
          const after = this.peek(1);
          if (after === undefined || (after.kind !== "op" && !this.startsLiteral(1))) break;
          if (joiner !== undefined && joiner !== j) this.fail("one kind of connective");
          joiner = j;
          this.next();
          if (this.peek()?.kind === "op") currentOp = this.next().text;
          continue;
        }
        break;
      }
      return (f) => buildComparison(f, ops, joiner ?? "or");
    }
    if (isWord(t, "mit")) {
      this.next();
      this.acceptWord("dem");
      this.acceptWord("code");
      const lit = this.literal();
      if (!this.acceptWord("belegt")) this.fail('"belegt"');
      this.acceptWord("ist", "sind");
      return (f) => ({ op: "eq", field: f, value: lit });
    }
    if (isWord(t, "nicht") && isWord(this.peek(1), "leer")) {
      this.pos += 2;
      return (f) => ({ op: "filled", field: f });
    }
    if (isWord(t, "leer")) {
      this.pos++;
      return (f) => ({ op: "empty", field: f });
    }
    if (isWord(t, "kein", "ein") && isWord(this.peek(1), "eintrag")) {
      const empty = lower(this.next()) === "kein";
      this.next();
      if (!this.acceptWord("vorgenommen")) this.fail('"vorgenommen"');
      this.acceptWord("wurde", "wird");
      return (f) => (empty ? { op: "empty", field: f } : { op: "filled", field: f });
    }
    if (isWord(t, "befüllt", "ausgefüllt")) {
      this.next();
      this.acceptWord("ist", "sind");
      return (f) => ({ op: "filled", field: f });
    }
    if (isWord(t, "bejaht", "verneint")) {
      const yes = lower(this.next()) === "bejaht";
      this.acceptWord("wurde", "wird", "ist");
      return (f) => ({ op: "eq", field: f, value: { value: yes ? "ja" : "nein" } });
    }
    return this.fail("a comparison");
  }

  private codeRange(): (f: ElementRef) => Condition {
    this.acceptWord("eine", "ein");
    if (this.peek()?.kind === "word" && !isWord(this.peek(), "ausgewählt")) this.pos++;
    if (!this.acceptWord("ausgewählt", "gewählt")) this.fail('"ausgewählt"');
    this.acceptWord("wird", "wurde");
    this.acceptPunct(",");
    if (!this.acceptWord("deren") || !this.acceptWord("code") || !this.acceptWord("im") || !this.acceptWord("bereich"))
      this.fail('"deren Code im Bereich"');
    const lo = this.next();
    const loValue = this.next();
    if (!this.acceptWord("bis")) this.fail('"bis"');
    const hi = this.next();
    const hiValue = this.next();
    if (lo.kind !== "op" || hi.kind !== "op" || loValue.kind !== "number" || hiValue.kind !== "number") this.fail("a code range");
    if (!this.acceptWord("liegt")) this.fail('"liegt"');
    const low = OP_KIND[lo.text];
    const high = OP_KIND[hi.text];
    if ((low !== "ge" && low !== "gt") || (high !== "le" && high !== "lt")) this.fail("a code range");
    return (f) => ({
      op: "and",
      terms: [
        { op: low, field: f, value: { value: loValue.text } },
        { op: high, field: f, value: { value: hiValue.text } },
      ],
    });
  }

  private startsLiteral(k: number): boolean {
    const t = this.peek(k);
    if (t === undefined) return false;
    if (t.kind === "number" || t.kind === "quoted") return true;
    if (t.kind === "punct" && t.text === "(") return true;
    return t.kind === "word" && (BOOLEAN_WORDS.has(t.text.toLowerCase()) || isWord(t, "auswahl") || this.isCodeWord(k));
  }

  private isCodeWord(k: number): boolean {
    const t = this.peek(k);
    if (t?.kind !== "word" || !/^[A-Z][A-Za-z]{0,3}$/u.test(t.text) || ["UND", "ODER", "DANN", "WENN"].includes(t.text)) return false;
    const n = this.peek(k + 1);
    // A code like X, SR, GesR: with its quoted label, or bare before the comma/DANN that ends the condition.
    return n === undefined || n.kind === "quoted" || (n.kind === "punct" && n.text === ",") || isWord(n, "dann");
  }

  private values(): Literal[] {
    if (this.acceptPunct("(")) {
      const out: Literal[] = [this.literal()];
      while (this.acceptWord("oder", "und")) out.push(this.literal());
      if (!this.acceptPunct(")")) this.fail('")"');
      return out;
    }
    return [this.literal()];
  }

  private literal(): Literal {
    this.acceptWord("auswahl");
    const t = this.next();
    let value: string;
    let label: string | undefined;
    if (t.kind === "number") value = t.text;
    else if (t.kind === "quoted") {
      const m = /^(\d+)\s+(.+)$/u.exec(t.text);
      if (m !== null) {
        value = m[1] as string;
        label = m[2] as string;
      } else value = t.text;
    } else if (t.kind === "word" && (BOOLEAN_WORDS.has(t.text.toLowerCase()) || this.isCodeWord(-1))) value = t.text;
    else throw new NotRead(`a value expected at "${t.text}"`);
    // Label: quoted, or "=" / "-" and words up to the next comma, connective or DANN.
    const n = this.peek();
    if (n?.kind === "quoted" && t.kind !== "quoted") {
      label = n.text;
      this.pos++;
    } else if (t.kind === "number" && n?.kind === "word" && !LABEL_STOP.has(n.text.toLowerCase())) {
      // An unquoted label after a code, up to the comma before DANN: '= Auswahl 01 "ja, dann …' (stray quote).
      let k = 0;
      while (this.peek(k)?.kind === "word" && !LABEL_STOP.has(lower(this.peek(k))) && k < 4) k++;
      const after = this.peek(k);
      if (after?.kind === "punct" && after.text === "," && isWord(this.peek(k + 1), "dann")) {
        label = this.toks
          .slice(this.pos, this.pos + k)
          .map((x) => x.text)
          .join(" ");
        this.pos += k;
      }
    } else if ((n?.kind === "op" && n.text === "=") || (n?.kind === "punct" && n.text === "-")) {
      this.pos++;
      const from = this.pos;
      let depth = 0;
      while (!this.atEnd()) {
        const w = this.peek() as Token;
        if (w.kind === "punct" && w.text === "(") depth++;
        if (w.kind === "punct" && (w.text === "," || (w.text === ")" && depth === 0))) break;
        if (w.kind === "punct" && w.text === ")") depth--;
        if (isWord(w, "dann", "oder", "und") && (w.text === w.text.toUpperCase() || isWord(w, "dann"))) break;
        if (isWord(w, "vorzubefüllen", "vorbefüllt", "als")) break;
        if (isWord(w, "nicht") && isWord(this.peek(1), "ausgewählt")) break;
        if (isWord(w, "oder") && (this.peek(1)?.kind === "number" || this.peek(1)?.kind === "op")) break;
        this.pos++;
      }
      const a = this.toks[from];
      const b = this.toks[this.pos - 1];
      label = a === undefined || b === undefined || this.pos === from ? "" : this.text.slice(a.start, b.end).replace(/\s+/gu, " ");
    }
    return label === undefined || label === "" ? { value } : { value, label };
  }

  // ── element references and labels ──────────────────────────────────────────────────────────────────
  private fieldRef(): ElementRef {
    const t = this.next();
    if (t.kind !== "id" || t.path === undefined) throw new NotRead(`an element id expected at "${t.text}"`);
    const ref: ElementRef = { id: t.path[t.path.length - 1] as string, path: t.path };
    this.reading.used.add(ref.id);
    return ref;
  }

  /**
   * Skips the label after the field of a comparison: quoted, or, when unquoted, every word up to the operator
   * (unquoted labels hold any word: "F05000016271 Auswahl: Personenhandelsgesellschaft === "Ja"").
   */
  private skipConditionLabel(): void {
    if (this.peek()?.kind === "quoted") {
      this.pos++;
      return;
    }
    for (let k = 0; this.pos + k < this.toks.length; k++) {
      const t = this.peek(k) as Token;
      if (t.kind === "op") {
        if (k > 0 && isWord(this.peek(k - 1), "auswahl", "antwort")) this.pos += k - 1;
        else this.pos += k;
        return;
      }
      if (
        t.kind === "id" ||
        t.kind === "quoted" ||
        (t.kind === "punct" && t.text === ",") ||
        isWord(t, "dann", "mit", "oder", "und", "befüllt", "nicht", "kein", "leer")
      )
        break;
    }
    this.skipLabel();
  }

  /** Skips a label after an id: quoted text, or unquoted words (with `(`, `)`, `:`) up to a word of the lexicon. */
  private skipLabel(): void {
    if (this.peek()?.kind === "quoted") {
      this.pos++;
      return;
    }
    for (;;) {
      const t = this.peek();
      if (t === undefined) return;
      if (t.kind === "punct" && (t.text === "(" || t.text === ")" || t.text === ":" || t.text === "-")) {
        if (t.text === "(" && this.peek(1)?.kind === "number") return;
        this.pos++;
        continue;
      }
      if (t.kind === "number" && this.peek(1)?.kind === "word" && !LABEL_STOP.has(lower(this.peek(1)))) {
        this.pos++;
        continue;
      }
      if (this.inConsequence && isWord(t, "an", "aus")) {
        // The particle of "zeige … an" / "blende … aus" ends the clause; inside a label it is a word of it.
        const n = this.peek(1);
        if (n === undefined || n.kind === "punct" || isWord(n, "und", "sonst", "ansonsten", "wenn", "oder")) return;
        this.pos++;
        continue;
      }
      if (
        t.kind === "word" &&
        !(this.inConsequence ? TARGET_LABEL_STOP : LABEL_STOP).has(t.text.toLowerCase()) &&
        !LAND_WORDS.has(t.text.toLowerCase())
      ) {
        this.pos++;
        continue;
      }
      return;
    }
  }

  // ── Land scopes ────────────────────────────────────────────────────────────────────────────────────
  /** `für (die|das|alle)? anderen? (Länder|Land|Bundesländer)? außer? LANDS` or `in <Landname>`. */
  private landScope(): LandScope | undefined {
    const save = this.pos;
    if (this.acceptWord("in")) {
      const code = LAND_NAMES[lower(this.peek())];
      if (code !== undefined) {
        this.pos++;
        this.landsSeen.add(code);
        return { only: [code] };
      }
      this.pos = save;
      return undefined;
    }
    this.acceptWord("nur");
    if (!this.acceptWord("für")) {
      this.pos = save;
      return undefined;
    }
    const all = this.acceptWord("alle");
    this.acceptWord("die", "das");
    const others = this.acceptWord("anderen");
    this.acceptWord("länder", "ländern", "land", "bundesländer");
    const except = this.acceptWord("außer");
    if (others) return { except: [...this.landsSeen] };
    const codes = this.landList();
    if (codes.length === 0) {
      this.pos = save;
      return undefined;
    }
    for (const c of codes) this.landsSeen.add(c);
    return all || except ? { except: codes } : { only: codes };
  }

  private landList(): string[] {
    const out: string[] = [];
    for (;;) {
      const t = this.peek();
      const code = t?.kind === "word" ? (LAENDER.includes(t.text) ? t.text : LAND_NAMES[t.text.toLowerCase()]) : undefined;
      if (code === undefined) return out;
      out.push(code);
      this.pos++;
      const save = this.pos;
      if (this.acceptPunct(",") || this.acceptWord("und")) {
        const n = this.peek();
        if (n?.kind === "word" && (LAENDER.includes(n.text) || LAND_NAMES[n.text.toLowerCase()] !== undefined)) continue;
        this.pos = save;
      }
      return out;
    }
  }

  // ── consequences ───────────────────────────────────────────────────────────────────────────────────
  /** Reads clauses up to `stop()` or the end and turns each into effects under `condition`. */
  private consequence(condition: Condition | undefined, stop: () => boolean): void {
    this.inConsequence = true;
    try {
      this.clauses(condition, stop);
    } finally {
      this.inConsequence = false;
    }
  }

  private clauses(condition: Condition | undefined, stop: () => boolean): void {
    type Clause = { targets: ElementRef[]; words: string[]; value?: Literal; lands?: LandScope; verbFirst?: boolean };
    const clauses: Clause[] = [];
    let cur: Clause = { targets: [], words: [] };
    const pushClause = () => {
      clauses.push(cur);
      cur = { targets: [], words: [] };
    };
    let restriction: Literal[] | undefined;
    while (!this.atEnd() && !stop()) {
      const t = this.peek() as Token;
      if (isWord(t, "wobei")) {
        restriction = this.allowedCodes();
        break;
      }
      if (t.kind === "id") {
        cur.targets.push(this.fieldRef());
        this.skipLabel();
        continue;
      }
      if (t.kind === "punct" && t.text === ",") {
        // A comma between targets continues the list; before an action word it starts a clause.
        const n = this.peek(1);
        this.pos++;
        if (n?.kind !== "id" && !isWord(n, "die", "das", "der", "feld", "datenfeld", "gruppe", "feldgruppe", "datenfeldgruppe")) {
          if (cur.words.length > 0 || cur.targets.length > 0) pushClause();
        }
        continue;
      }
      if (isWord(t, "und") && !this.inLandList()) {
        this.pos++;
        pushClause();
        continue;
      }
      if (
        isWord(t, "für") ||
        (isWord(t, "nur") && isWord(this.peek(1), "für")) ||
        (isWord(t, "in") && LAND_NAMES[lower(this.peek(1))] !== undefined)
      ) {
        const scope = this.landScope();
        if (scope === undefined) this.fail("a Land");
        cur.lands = scope;
        continue;
      }
      if (isWord(t, "mit") && (this.peek(1)?.kind === "number" || this.peek(1)?.kind === "quoted")) {
        this.pos++;
        cur.value = this.literal();
        continue;
      }
      if (isWord(t, "auswahl") && this.peek(1)?.kind === "number") {
        this.pos++;
        cur.value = this.literal();
        continue;
      }
      if (t.kind === "word") {
        const w = t.text.toLowerCase();
        if (SHOW.has(w) || HIDE.has(w) || REQUIRE.has(w) || OPTIONAL.has(w) || PREFILL.has(w) || FILLER.has(w)) {
          if (cur.targets.length === 0 && (IMPERATIVE.has(w) || w === "mache")) cur.verbFirst = true;
          cur.words.push(w);
          this.pos++;
          continue;
        }
        this.fail("a known word");
      }
      if (t.kind === "punct" && (t.text === "(" || t.text === ")" || t.text === ":")) {
        this.pos++;
        continue;
      }
      this.fail("an action");
    }
    pushClause();
    // A clause without action words takes those of the next clause ("F… und G… befüllt werden").
    const resolved: Clause[] = [];
    let pendingTargets: ElementRef[] = [];
    for (const c of clauses) {
      const kinds = classify(c.words);
      if (kinds.length === 0) {
        if (c.words.some((w) => !FILLER.has(w))) this.fail("an action word");
        pendingTargets.push(...c.targets);
        continue;
      }
      // Only a verb-final clause ("… und G… befüllt werden") lends its verb to the targets before it; an
      // imperative ("UND deaktiviere G…") does not: "DANN F… UND deaktiviere G…" lacks the first verb.
      if (pendingTargets.length > 0 && c.verbFirst === true) {
        // Those targets stay unread (the clause after them has its own verb and targets); the rest is read.
        this.reading.unread.push({
          text: pendingTargets.map((t) => t.path.join(".")).join(", "),
          reason: "no action word for these targets",
        });
        pendingTargets = [];
      }
      resolved.push({ ...c, targets: [...pendingTargets, ...c.targets] });
      pendingTargets = [];
    }
    if (pendingTargets.length > 0 || resolved.length === 0) this.fail("an action word");
    for (const c of resolved) {
      const targets = c.targets.length > 0 ? c.targets : this.lastTargets;
      if (targets.length === 0) this.fail("a target");
      for (const t of targets) this.reading.used.add(t.id);
      this.lastTargets = targets;
      const lands = c.lands ?? this.blockLands;
      for (const kind of classify(c.words)) {
        if (kind === "prefill" && c.value === undefined) this.fail("a prefill value");
        this.push({
          kind,
          targets,
          ...(kind === "prefill" && c.value !== undefined ? { value: c.value } : {}),
          ...(condition !== undefined ? { condition } : {}),
          ...(lands !== undefined ? { lands } : {}),
        });
      }
    }
    if (restriction !== undefined) {
      const values = restriction;
      const targets = this.lastTargets;
      this.push({
        kind: "validate",
        targets,
        assert:
          targets.length === 1
            ? emptyOr(targets[0] as ElementRef, inValues(targets[0] as ElementRef, values))
            : { op: "and", terms: targets.map((t) => emptyOr(t, inValues(t, values))) },
        ...(condition !== undefined ? { condition } : {}),
      });
    }
  }

  /** ", wobei nur der Code G "…" (ODER X "…")* ausgewählt werden darf/dürfen": the codes a field may take. */
  private allowedCodes(): Literal[] {
    this.next();
    if (!this.acceptWord("nur")) this.fail('"nur"');
    this.acceptWord("der", "die");
    if (!this.acceptWord("code", "codes")) this.fail('"Code"');
    const values: Literal[] = [this.codeLiteral()];
    while (this.acceptWord("oder")) values.push(this.codeLiteral());
    if (!this.acceptWord("ausgewählt")) this.fail('"ausgewählt"');
    this.acceptWord("werden");
    if (!this.acceptWord("darf", "dürfen")) this.fail('"darf"');
    return values;
  }

  private codeLiteral(): Literal {
    const t = this.next();
    if (t.kind !== "word" && t.kind !== "number") throw new NotRead(`a code expected at "${t.text}"`);
    const n = this.peek();
    if (n?.kind === "quoted") {
      this.pos++;
      return { value: t.text, label: n.text };
    }
    return { value: t.text };
  }

  private inLandList(): boolean {
    const prev = this.toks[this.pos - 1];
    const next = this.peek(1);
    const isLand = (t: Token | undefined) =>
      t?.kind === "word" && (LAENDER.includes(t.text) || LAND_NAMES[t.text.toLowerCase()] !== undefined);
    return isLand(prev) && isLand(next);
  }

  private push(e: Effect): void {
    const withLands = e.lands === undefined && this.blockLands !== undefined ? { ...e, lands: this.blockLands } : e;
    this.reading.effects.push(withLands);
  }

  // ── validations ────────────────────────────────────────────────────────────────────────────────────
  /** "Es muss mindestens eines der Felder A, B oder C befüllt sein" / "… muss den Wert "wahr" haben". */
  private atLeastOne(): void {
    this.acceptWord("es");
    this.acceptWord("muss");
    if (!this.acceptWord("mindestens") || !this.acceptWord("eines")) this.fail('"mindestens eines"');
    this.acceptWord("der");
    this.acceptWord("felder");
    const fields = this.fieldList();
    this.acceptWord("muss");
    let assertFor: (f: ElementRef) => Condition = (f) => ({ op: "filled", field: f });
    if (this.acceptWord("den")) {
      if (!this.acceptWord("wert")) this.fail('"Wert"');
      const lit = this.literal();
      if (!this.acceptWord("haben")) this.fail('"haben"');
      assertFor = (f) => ({ op: "eq", field: f, value: lit });
    } else if (this.acceptWord("befüllt", "ausgefüllt")) {
      this.acceptWord("sein", "werden");
    } else this.fail('"befüllt" or "den Wert"');
    this.endOfSentence();
    this.validate(fields, { op: "or", terms: fields.map(assertFor) });
  }

  /** "Es muss entweder (die Gruppe) A oder (die Gruppe) B befüllt werden": exactly one of them. */
  private exactlyOne(): void {
    const fields: ElementRef[] = [];
    while (!this.atEnd()) {
      const t = this.peek() as Token;
      if (t.kind === "id") {
        fields.push(this.fieldRef());
        this.skipLabel();
        continue;
      }
      if (isWord(t, "befüllt", "ausgefüllt")) {
        this.pos++;
        this.acceptWord("sein", "werden");
        break;
      }
      if (
        t.kind === "word" &&
        ["es", "muss", "entweder", "oder", "die", "feldgruppe", "gruppe", "datenfeldgruppe", "feld"].includes(lower(t))
      ) {
        this.pos++;
        continue;
      }
      this.fail("a field or group");
    }
    this.endOfSentence();
    if (fields.length < 2) this.fail("two alternatives");
    const filled = fields.map((f): Condition => ({ op: "filled", field: f }));
    this.validate(fields, {
      op: "and",
      terms: [
        { op: "or", terms: filled },
        { op: "not", term: { op: "and", terms: filled } },
      ],
    });
  }

  /** "Das Datum im Feld A muss zeitlich vor dem Datum in Feld B liegen". */
  private dateOrder(): void {
    this.pos += 2;
    this.acceptWord("im", "in");
    this.acceptWord("feld", "datenfeld");
    const a = this.fieldRef();
    this.skipLabel();
    if (!this.acceptWord("muss")) this.fail('"muss"');
    this.acceptWord("zeitlich");
    const before = this.acceptWord("vor");
    if (!before && !this.acceptWord("nach")) this.fail('"vor" or "nach"');
    this.acceptWord("dem");
    if (!this.acceptWord("datum")) this.fail('"Datum"');
    this.acceptWord("im", "in");
    this.acceptWord("feld", "datenfeld");
    const b = this.fieldRef();
    this.skipLabel();
    if (!this.acceptWord("liegen")) this.fail('"liegen"');
    this.endOfSentence();
    // Two dates are only compared when both are given.
    this.validate([a, b], {
      op: "or",
      terms: [
        { op: "empty", field: a },
        { op: "empty", field: b },
        { op: before ? "lt-field" : "gt-field", field: a, other: b },
      ],
    });
  }

  /** "Im Datenfeld F… darf Auswahl 01=… nicht ausgewählt werden". */
  private forbiddenChoice(): void {
    this.acceptWord("im", "in");
    this.acceptWord("datenfeld", "feld");
    const f = this.fieldRef();
    this.skipLabel();
    if (!this.acceptWord("darf")) this.fail('"darf"');
    const lit = this.literal();
    if (!this.acceptWord("nicht") || !this.acceptWord("ausgewählt")) this.fail('"nicht ausgewählt"');
    this.acceptWord("werden");
    this.endOfSentence();
    this.validate([f], { op: "neq", field: f, value: lit });
  }

  private validate(targets: ElementRef[], assertion: Condition): void {
    for (const t of targets) this.reading.used.add(t.id);
    this.lastTargets = targets;
    this.push({ kind: "validate", targets, assert: assertion });
  }
}

/** "Only these codes may be chosen" holds for an empty field: the assertion says so explicitly. */
function emptyOr(field: ElementRef, c: Condition): Condition {
  return { op: "or", terms: [{ op: "empty", field }, c] };
}

function inValues(field: ElementRef, values: readonly Literal[]): Condition {
  return values.length === 1 ? { op: "eq", field, value: values[0] as Literal } : { op: "in", field, values };
}

const OPPOSITE: Partial<Record<EffectKind, EffectKind>> = { show: "hide", hide: "show", require: "optional", optional: "require" };

/**
 * The effect kinds a clause's action words stand for (see docs/regeln.md, "Clauses").
 * @example
 * ```ts
 * import { classify } from "fim-xoev/xdatenfelder/regeln";
 * console.log(classify(["deaktiviere"]), classify(["muss", "befüllt", "sein"])); // [ "hide" ] [ "require" ]
 * ```
 */
export function classify(words: readonly string[]): EffectKind[] {
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const neg = words.includes("nicht") || words.includes("kein");
  const kinds: EffectKind[] = [];
  if (has(PREFILL)) {
    kinds.push("prefill");
    if (has(HIDE) || (neg && has(SHOW))) kinds.push("hide");
    return kinds;
  }
  if (has(OPTIONAL)) return ["optional"];
  if (words.includes("deaktiviere")) {
    if (words.includes("aktiviere")) return [];
    return ["hide"];
  }
  if (has(HIDE) && !has(SHOW)) return ["hide"];
  if (has(HIDE) && words.includes("blende")) return ["hide"];
  if (neg) {
    // "darf nicht leer sein" requires a value; "darf nicht angezeigt/befüllt werden", "zeige … nicht an" hide.
    if (words.includes("leer")) return ["require"];
    if (has(SHOW) || has(FILL)) return ["hide"];
    return [];
  }
  const show = words.some((w) => SHOW.has(w) && w !== "an");
  const require = has(REQUIRE) && !words.includes("leer");
  if (show) kinds.push("show");
  if (require) kinds.push("require");
  return kinds;
}

/** Builds the comparison of one field against the operator/value list of a predicate. */
function buildComparison(field: ElementRef, ops: readonly { op: string; values: Literal[] }[], joiner: "and" | "or"): Condition {
  const terms: Condition[] = [];
  for (const { op, values } of ops) {
    const kind = OP_KIND[op];
    if (kind === undefined) throw new NotRead(`the operator "${op}" is not supported`);
    if (values.length === 1) {
      terms.push({ op: kind, field, value: values[0] as Literal });
    } else if (kind === "eq") {
      terms.push({ op: "in", field, values });
    } else if (kind === "neq") {
      terms.push({ op: "not", term: { op: "in", field, values } });
    } else throw new NotRead(`"${op}" with a list of values`);
  }
  if (terms.length === 1) return terms[0] as Condition;
  // "= A ODER = B" → in; "<> A UND <> B" → not in.
  if (joiner === "or" && terms.every((t) => t.op === "eq" || t.op === "in")) {
    return { op: "in", field, values: terms.flatMap((t) => (t.op === "eq" ? [t.value] : t.op === "in" ? t.values : [])) };
  }
  if (joiner === "and" && terms.every((t) => t.op === "neq")) {
    return { op: "not", term: { op: "in", field, values: terms.flatMap((t) => (t.op === "neq" ? [t.value] : [])) } };
  }
  return { op: joiner, terms };
}

const OP_KIND: Readonly<Record<string, Extract<Comparison, { value: Literal }>["op"]>> = {
  "=": "eq",
  "==": "eq",
  "===": "eq",
  "<>": "neq",
  "!=": "neq",
  "<": "lt",
  ">": "gt",
  "<=": "le",
  ">=": "ge",
};
