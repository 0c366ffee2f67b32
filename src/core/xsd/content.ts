/**
 * Content models as automata: a particle tree (sequence, choice, element, wildcard with minOccurs/maxOccurs) is
 * compiled into an NFA (counts unrolled, bounded), which is determinised lazily: each state of the DFA is the set
 * of NFA positions reachable after the children seen so far, created when first reached and cached with its
 * transitions by child name. Checking the children of an element costs one map lookup per child once the states
 * it passes through exist; a state is computed in time bounded by the size of the NFA. No backtracking.
 */
import { allows, type ElementDecl, type Wildcard } from "./components.ts";

/** A particle of a content model. */
export type Particle =
  | { readonly kind: "element"; readonly decl: ElementDecl; readonly min: number; readonly max: number }
  | { readonly kind: "wildcard"; readonly wildcard: Wildcard; readonly min: number; readonly max: number }
  | { readonly kind: "sequence" | "choice"; readonly particles: readonly Particle[]; readonly min: number; readonly max: number };

/** Upper bound of the NFA of one content model; larger ones make the schema unsupported. */
export const MAX_NFA_STATES = 20_000;
/** At most this many DFA states are cached per content model; beyond, states are computed and not kept. */
const MAX_DFA_STATES = 4_000;
/** At most this many transitions are cached per DFA state (wildcards can see unboundedly many names). */
const MAX_EDGES = 512;

/** What a child element matched: its declaration or a wildcard. */
export type Term = ElementDecl | Wildcard;

interface NfaState {
  /** Symbol states: the term read and the state after it. */
  term: Term | undefined;
  next: number;
  /** Epsilon transitions. */
  eps: number[];
}

/** One step of the DFA. */
export interface DfaState {
  readonly positions: Int32Array;
  readonly accepting: boolean;
  /** Transitions by local name: each candidate with its namespace (a list for the rare clash of local names). */
  readonly edges: Map<string, Edge[]>;
  edgeCount: number;
}

/** A cached transition. */
export interface Edge {
  readonly namespace: string;
  readonly target: DfaState | undefined;
  readonly term: Term | undefined;
}

/** A compiled content model. */
export class ContentModel {
  private readonly states: NfaState[] = [];
  private readonly accept: number;
  private readonly dfa = new Map<string, DfaState>();
  readonly start: DfaState;

  /** Throws `RangeError` when the unrolled automaton would exceed {@link MAX_NFA_STATES}. */
  constructor(particle: Particle) {
    const start = this.add();
    const end = this.build(particle, start);
    this.accept = end;
    this.start = this.stateOf(this.closure([start]));
  }

  private add(): number {
    if (this.states.length >= MAX_NFA_STATES) throw new RangeError("content model too large");
    this.states.push({ term: undefined, next: -1, eps: [] });
    return this.states.length - 1;
  }

  private eps(from: number, to: number): void {
    (this.states[from] as NfaState).eps.push(to);
  }

  /** Builds `p` after state `from`; returns the state after it. */
  private build(p: Particle, from: number): number {
    let cur = from;
    for (let i = 0; i < p.min; i++) cur = this.once(p, cur);
    if (p.max === Number.POSITIVE_INFINITY) {
      // (p)*: a loop state
      const loop = this.add();
      this.eps(cur, loop);
      const after = this.once(p, loop);
      this.eps(after, loop);
      return loop;
    }
    const exits: number[] = [];
    for (let i = p.min; i < p.max; i++) {
      exits.push(cur);
      cur = this.once(p, cur);
    }
    if (exits.length > 0) {
      const end = this.add();
      for (const e of exits) this.eps(e, end);
      this.eps(cur, end);
      return end;
    }
    return cur;
  }

  /** One occurrence of `p` after `from`. */
  private once(p: Particle, from: number): number {
    if (p.kind === "element" || p.kind === "wildcard") {
      const s = this.add();
      this.eps(from, s);
      const after = this.add();
      const st = this.states[s] as NfaState;
      st.term = p.kind === "element" ? p.decl : p.wildcard;
      st.next = after;
      return after;
    }
    if (p.kind === "sequence") {
      let cur = from;
      for (const q of p.particles) cur = this.build(q, cur);
      return cur;
    }
    const end = this.add();
    if (p.particles.length === 0) return from; // an empty choice matches nothing; treated as empty (libxml2 alike)
    for (const q of p.particles) {
      const s = this.add();
      this.eps(from, s);
      this.eps(this.build(q, s), end);
    }
    return end;
  }

  /** Epsilon closure: the symbol states and the accept state reachable, sorted. */
  private closure(from: readonly number[]): number[] {
    const seen = new Set<number>();
    const stack = [...from];
    const out: number[] = [];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (seen.has(s)) continue;
      seen.add(s);
      const st = this.states[s] as NfaState;
      if (st.term !== undefined || s === this.accept) out.push(s);
      for (const e of st.eps) stack.push(e);
    }
    return out.sort((a, b) => a - b);
  }

  private stateOf(positions: readonly number[]): DfaState {
    const key = positions.join(",");
    const known = this.dfa.get(key);
    if (known !== undefined) return known;
    const state: DfaState = {
      positions: Int32Array.from(positions),
      accepting: positions.includes(this.accept),
      edges: new Map(),
      edgeCount: 0,
    };
    if (this.dfa.size < MAX_DFA_STATES) this.dfa.set(key, state);
    return state;
  }

  /** The transition of `state` on a child element; `target` undefined when the child is not expected. */
  step(state: DfaState, namespace: string, local: string): Edge {
    const list = state.edges.get(local);
    if (list !== undefined) {
      for (const e of list) if (e.namespace === namespace) return e;
    }
    const edge = this.compute(state, namespace, local);
    if (state.edgeCount < MAX_EDGES) {
      state.edgeCount++;
      if (list === undefined) state.edges.set(local, [edge]);
      else list.push(edge);
    }
    return edge;
  }

  private compute(state: DfaState, namespace: string, local: string): Edge {
    const byElement: number[] = [];
    const byWildcard: number[] = [];
    let elementTerm: Term | undefined;
    let wildcardTerm: Term | undefined;
    for (const s of state.positions) {
      const st = this.states[s] as NfaState;
      const t = st.term;
      if (t === undefined) continue;
      if (t.kind === "element") {
        if (t.local === local && t.namespace === namespace) {
          byElement.push(st.next);
          elementTerm ??= t;
        }
      } else if (allows(t.constraint, namespace)) {
        byWildcard.push(st.next);
        wildcardTerm ??= t;
      }
    }
    // An element declaration wins over a wildcard that would match the same name.
    const next = byElement.length > 0 ? byElement : byWildcard;
    if (next.length === 0) return { namespace, target: undefined, term: undefined };
    return { namespace, target: this.stateOf(this.closure(next)), term: elementTerm ?? wildcardTerm };
  }

  /** The terms that could come next in `state`, in schema order, without duplicates (for messages). */
  expected(state: DfaState): Term[] {
    const out: Term[] = [];
    for (const s of state.positions) {
      const t = (this.states[s] as NfaState).term;
      if (t !== undefined && !out.includes(t)) out.push(t);
    }
    return out;
  }
}
