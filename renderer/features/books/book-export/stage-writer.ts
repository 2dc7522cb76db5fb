/**
 * Gathers the ZIP's small pieces, as the worker makes them, into host-sized pieces and appends
 * them one after another while the worker goes on, so the archive is never held whole. Once an
 * append failed, further pieces are refused at once (the caller stops the worker) and `end`
 * rejects with that failure.
 */
export interface StageWriter {
  push(chunk: Uint8Array): void;
  /** Appends what is left, waits for every append; the file's length. */
  end(): Promise<number>;
}

export function stageWriter(append: (seq: number, bytes: Uint8Array) => Promise<void>, pieceBytes: number): StageWriter {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let total = 0;
  let seq = 0;
  let failure: { error: unknown } | null = null;
  let chain = Promise.resolve();

  const send = (bytes: number) => {
    const piece = new Uint8Array(bytes);
    let at = 0;
    while (at < bytes) {
      const next = held[0] as Uint8Array;
      const take = Math.min(next.length, bytes - at);
      piece.set(next.subarray(0, take), at);
      at += take;
      if (take === next.length) held.shift();
      else held[0] = next.subarray(take);
    }
    heldBytes -= bytes;
    const n = seq++;
    chain = chain.then(() => (failure ? undefined : append(n, piece))).catch((error: unknown) => {
      failure ??= { error };
    });
  };

  return {
    push(chunk) {
      if (failure) throw failure.error;
      held.push(chunk);
      heldBytes += chunk.length;
      total += chunk.length;
      while (heldBytes >= pieceBytes) send(pieceBytes);
    },
    async end() {
      if (heldBytes > 0) send(heldBytes);
      held = [];
      await chain;
      if (failure) throw failure.error;
      return total;
    },
  };
}
