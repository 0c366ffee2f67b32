/**
 * Runs one task over many items, in this thread or spread over worker threads (`node:worker_threads`), and
 * returns the results in input order either way. The CLI uses it to validate a batch of files on every core.
 *
 * A task is a module-level object (`prepare` once per thread, `run` per item), and a worker module is a file
 * beside this one that calls {@link serveBatchTask} with the same task. Workers load the code the way this
 * module was loaded: from the TypeScript sources (vitest, tsx: `<name>.ts`, with tsx as loader) or from the
 * build (`dist/<name>.mjs`, an entry of its own in tsdown.config.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/** What a batch runs: `prepare` once per thread (e.g. caches), then `run` for each item. */
export interface BatchTask<I, C, P, O> {
  /** Per-thread state from the batch's context (the context is structured-cloned into every worker). */
  readonly prepare: (context: C) => P;
  /** Processes one item. Items, contexts and results must survive a structured clone. */
  readonly run: (item: I, state: P) => Promise<O>;
}

/** Options of {@link runBatch}. */
export interface BatchOptions<C> {
  /** Given to `prepare` in every thread; must survive a structured clone. */
  readonly context: C;
  /**
   * Worker threads to use (default: {@link defaultWorkers}), never more than there are items. With 1 (or a single
   * item) everything runs in this thread, in input order, without starting a worker.
   */
  readonly workers?: number | undefined;
  /**
   * The worker module: a base name beside this file (`validate-worker` → `validate-worker.ts` from the sources,
   * `validate-worker.mjs` in the build), or the URL of a module (a `.ts` one is loaded with tsx).
   */
  readonly worker: string | URL;
  /** Called each time an item is done (in completion order), with the number of items done so far. */
  readonly onDone?: ((index: number, done: number) => void) | undefined;
}

/** An item to run, or `null`: no more items, end the thread. */
type ToWorker<I> = { readonly index: number; readonly item: I } | null;
type FromWorker<O> =
  | { readonly index: number; readonly ok: true; readonly value: O }
  | { readonly index: number; readonly ok: false; readonly message: string };

/**
 * The number of threads {@link runBatch} uses by default for `items` items: none besides this one on a machine with
 * two cores or fewer, else one per core but one (`os.availableParallelism() − 1`), at most one per item.
 * A worker costs its own start-up and JIT warm-up, and this thread, the workers and the garbage collectors' helper
 * threads share the cores: on two cores, `validate` of the 68 XDatenfelder 3.0.0 corpus files took 2.0 s with a
 * worker against 1.7 s without (and 40 % more CPU time; bench/README.md). Deliberately not judged by the machine's
 * load: the same command takes the same path every time.
 */
export function defaultWorkers(items: number): number {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : Math.max(1, Math.min(cores - 1, items));
}

/**
 * Runs `task` over `items` and returns the results in input order, with `workers` > 1 in this thread and
 * `workers − 1` worker threads. When `run` throws for some items, the batch rejects with the error of the first
 * such item in input order (after the other items are done), as a loop over the items would have; for an item
 * of a worker it is an `Error` with the same message.
 */
export async function runBatch<I, C, P, O>(items: readonly I[], task: BatchTask<I, C, P, O>, options: BatchOptions<C>): Promise<O[]> {
  const workers = Math.min(options.workers ?? defaultWorkers(items.length), items.length);
  if (workers <= 1) {
    const state = task.prepare(options.context);
    const out: O[] = [];
    for (const [i, item] of items.entries()) {
      out.push(await task.run(item, state));
      options.onDone?.(i, i + 1);
    }
    return out;
  }
  return runInWorkers(items, workers, task, options);
}

/**
 * How to start a worker: the module's URL, or for a TypeScript module (running from the sources under vitest or
 * tsx) a bootstrap that registers tsx (a devDependency) in the worker first: `--import tsx` in a worker's
 * `execArgv` does not apply to the worker's own entry on Node 20.
 */
function workerStart(worker: string | URL): { readonly script: string | URL; readonly eval: boolean } {
  const here = import.meta.url;
  let url: URL;
  if (typeof worker !== "string") url = worker;
  else if (here.endsWith(".ts")) url = new URL(`./${worker}.ts`, here);
  else url = new URL(`./${worker}${here.endsWith(".cjs") ? ".cjs" : ".mjs"}`, here);
  if (!url.pathname.endsWith(".ts")) return { script: url, eval: false };
  const require = createRequire(here);
  const tsxPackage = require.resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(tsxPackage, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = new URL((exports["./esm/api"] as { import: { default: string } }).import.default, pathToFileURL(tsxPackage)).href;
  return {
    script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
    eval: true,
  };
}

/** Items a worker holds at a time: it has the next one while this thread is busy with its own item. */
const IN_FLIGHT = 2;

/**
 * This thread and `count − 1` workers share the items: this thread saves one start-up (modules, libxml2-wasm,
 * schema compile) and one JIT warm-up against `count` workers, and yields to the event loop after each item so
 * that the workers' results are taken and the next items handed out.
 */
function runInWorkers<I, C, P, O>(items: readonly I[], count: number, task: BatchTask<I, C, P, O>, options: BatchOptions<C>): Promise<O[]> {
  const start = workerStart(options.worker);
  const results: O[] = new Array(items.length);
  const failures = new Map<number, unknown>();
  let next = 0;
  let done = 0;
  return new Promise<O[]>((resolvePromise, reject) => {
    const pool: Worker[] = [];
    let settled = false;
    const finish = (error: Error | undefined) => {
      if (settled) return;
      settled = true;
      // Done: each worker ends on its own (its profile, with --cpu-prof, gets written); after a failure, now.
      for (const w of pool) {
        if (error === undefined) w.postMessage(null satisfies ToWorker<I>);
        else void w.terminate();
      }
      if (error !== undefined) reject(error);
      else if (failures.size > 0) reject(failures.get(Math.min(...failures.keys())));
      else resolvePromise(results);
    };
    const complete = (index: number) => {
      done++;
      options.onDone?.(index, done);
      if (done === items.length) finish(undefined);
    };
    // Items are handed out in input order to whichever thread is free. (Largest first was tried: it made the
    // reader's clone of repeated relations several times slower, see bench/README.md.)
    const inFlight = new Map<Worker, number>();
    const feed = (w: Worker) => {
      while (next < items.length && (inFlight.get(w) ?? 0) < IN_FLIGHT) {
        const index = next++;
        inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        w.postMessage({ index, item: items[index] as I } satisfies ToWorker<I>);
      }
    };
    for (let k = 1; k < count; k++) {
      const w = new Worker(start.script, { eval: start.eval, workerData: options.context });
      pool.push(w);
      w.on("message", (m: FromWorker<O>) => {
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        if (m.ok) results[m.index] = m.value;
        else failures.set(m.index, new Error(m.message));
        complete(m.index);
        if (!settled) feed(w);
      });
      w.on("error", (e) => finish(e instanceof Error ? e : new Error(String(e))));
      w.on("exit", (code) => {
        if (!settled) finish(new Error(`a worker of the batch stopped (exit code ${code}) before the batch was done`));
      });
      feed(w);
    }
    const local = async () => {
      const state = task.prepare(options.context);
      while (!settled && next < items.length) {
        const index = next++;
        try {
          results[index] = await task.run(items[index] as I, state);
        } catch (e) {
          failures.set(index, e);
        }
        complete(index);
        await new Promise((r) => setImmediate(r));
      }
    };
    local().catch((e: unknown) => finish(e instanceof Error ? e : new Error(String(e))));
  });
}

/** The body of a worker module: runs `task` for every item the batch sends. Does nothing outside a worker. */
export function serveBatchTask<I, C, P, O>(task: BatchTask<I, C, P, O>): void {
  if (isMainThread || parentPort === null) return;
  const port = parentPort;
  const state = task.prepare(workerData as C);
  port.on("message", (m: ToWorker<I>) => {
    if (m === null) {
      port.close();
      return;
    }
    task.run(m.item, state).then(
      (value) => port.postMessage({ index: m.index, ok: true, value } satisfies FromWorker<O>),
      (e: unknown) =>
        port.postMessage({ index: m.index, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies FromWorker<O>),
    );
  });
}
