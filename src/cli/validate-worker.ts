/** Worker thread of `fim-xoev validate` (see `batch.ts`): validates the files the batch hands it. */
import { serveBatchTask } from "./batch.ts";
import { VALIDATE_TASK } from "./validate.ts";

serveBatchTask(VALIDATE_TASK);
