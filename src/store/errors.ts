/** A problem with a store file or a store operation, in words that name the file and what to do. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Another process wrote the grouping or the saved index since a regroup read them: it starts again. */
export class StaleGroupingError extends StoreError {}
