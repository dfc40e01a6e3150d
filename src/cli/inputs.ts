// Reading inputs for a command: documents in order, each problem reported once on stderr.
import { ingest, isProblem } from '../ingest/index.js';
import type { InputProblem, SourceDocument } from '../types.js';
import type { Io, RunState } from './context.js';
import { warn } from './context.js';

export type InputItem = { document: SourceDocument } | { problem: InputProblem };

/**
 * Every input in order; problems are also reported on stderr and mark the run as failed. `onDocument` is
 * told the number of documents read so far after each one (analyze starts its worker threads from it).
 */
export async function collectInputs(inputs: string[], io: Io, state: RunState, onDocument?: (count: number) => void): Promise<InputItem[]> {
  const items: InputItem[] = [];
  let documents = 0;
  for await (const item of ingest(inputs, { ...state.ingest, readStdin: io.readStdin })) {
    if (isProblem(item)) {
      warn(io, item.message);
      state.failed = true;
      items.push({ problem: item });
    } else {
      items.push({ document: item });
      onDocument?.(++documents);
    }
  }
  return items;
}

export function documentsOf(items: InputItem[]): SourceDocument[] {
  return items.flatMap((i) => ('document' in i ? [i.document] : []));
}

export function problemsOf(items: InputItem[]): InputProblem[] {
  return items.flatMap((i) => ('problem' in i ? [i.problem] : []));
}
