/**
 * Gathers the ZIP's small pieces, as the worker makes them, into host-sized pieces and appends
 * them one after another while the worker goes on, so the archive is never held whole. Each
 * push resolves once its bytes are in the file, which is what the worker's backpressure waits
 * on. Once an append failed, further pieces are refused at once (the caller stops the worker),
 * every waiting push rejects and `end` rejects with that failure.
 */
export interface StageWriter {
  /** Resolves when the chunk's last byte has been appended. */
  push(chunk: Uint8Array): Promise<void>;
  /** Appends what is left, waits for every append; the file's length. */
  end(): Promise<number>;
}

interface Held {
  bytes: Uint8Array;
  appended: { resolve: () => void; reject: (error: unknown) => void };
}

export function stageWriter(append: (seq: number, bytes: Uint8Array) => Promise<void>, pieceBytes: number): StageWriter {
  let held: Held[] = [];
  let heldBytes = 0;
  let total = 0;
  let seq = 0;
  let failure: { error: unknown } | null = null;
  let chain = Promise.resolve();

  const send = (bytes: number) => {
    const piece = new Uint8Array(bytes);
    // The pushes whose last byte is in this piece: done when it is appended.
    const completed: Held['appended'][] = [];
    let at = 0;
    while (at < bytes) {
      const next = held[0] as Held;
      const take = Math.min(next.bytes.length, bytes - at);
      piece.set(next.bytes.subarray(0, take), at);
      at += take;
      if (take === next.bytes.length) completed.push((held.shift() as Held).appended);
      else next.bytes = next.bytes.subarray(take);
    }
    heldBytes -= bytes;
    const n = seq++;
    chain = chain.then(async () => {
      try {
        if (failure) throw failure.error;
        await append(n, piece);
        for (const c of completed) c.resolve();
      } catch (error) {
        failure ??= { error };
        for (const c of completed) c.reject(failure.error);
      }
    });
  };

  return {
    push(chunk) {
      if (failure) throw failure.error;
      const appended = new Promise<void>((resolve, reject) => {
        held.push({ bytes: chunk, appended: { resolve, reject } });
      });
      heldBytes += chunk.length;
      total += chunk.length;
      while (heldBytes >= pieceBytes) send(pieceBytes);
      return appended;
    },
    async end() {
      if (heldBytes > 0) send(heldBytes);
      // Only empty chunks can be left: nothing of them to append.
      for (const h of held) h.appended.resolve();
      held = [];
      await chain;
      if (failure) throw failure.error;
      return total;
    },
  };
}
