/**
 * A batch task for the tests of `src/cli/batch.ts`, and its worker module: `run` answers with the item, the
 * context and the id of the thread that ran it; item 3 fails.
 */
import { threadId } from "node:worker_threads";
import { type BatchTask, serveBatchTask } from "../../src/cli/batch.ts";

export const PROBE_TASK: BatchTask<number, string, { readonly context: string }, { item: number; context: string; thread: number }> = {
  prepare: (context) => ({ context }),
  run: async (item, state) => {
    if (item === 3) throw new Error(`item ${item} fails`);
    // Long enough that one worker cannot take every item before the other has started.
    await new Promise((r) => setTimeout(r, 20));
    return { item, context: state.context, thread: threadId };
  },
};

serveBatchTask(PROBE_TASK);
