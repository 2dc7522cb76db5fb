/**
 * The stage writer: small pieces gathered into host-sized pieces in order, one append at a
 * time, the rest sent at the end with the total length, each push done once its last byte is
 * appended; after a refused append, further pieces are refused at once, waiting pushes and
 * `end` reject with the host's failure.
 */
import { describe, expect, it } from 'vitest';
import { stageWriter } from '../../../../../../renderer/features/books/book-export/stage-writer';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('stageWriter', () => {
  it('appends full pieces in order while pieces arrive, and the rest at the end', async () => {
    const sent: [number, number[]][] = [];
    let running = 0;
    const writer = stageWriter(async (seq, piece) => {
      running++;
      expect(running).toBe(1);
      await new Promise((r) => setTimeout(r, 1));
      sent.push([seq, [...piece]]);
      running--;
    }, 4);
    const done: number[] = [];
    const pushes = [bytes(1, 2, 3), bytes(4, 5), bytes(6, 7, 8, 9, 10, 11), bytes(12, 13)].map((chunk, i) =>
      writer.push(chunk).then(() => done.push(sent.length, i)),
    );
    expect(await writer.end()).toBe(13);
    await Promise.all(pushes);
    // [pieces appended when the push was done, which push]: 5 is in piece 1, 11 in piece 2, 13 in the last.
    expect(done).toEqual([1, 0, 2, 1, 3, 2, 4, 3]);
    expect(sent).toEqual([
      [0, [1, 2, 3, 4]],
      [1, [5, 6, 7, 8]],
      [2, [9, 10, 11, 12]],
      [3, [13]],
    ]);
  });

  it('stops at the first refused append', async () => {
    const refusal = new Error('host.write_failed');
    const sent: number[] = [];
    const writer = stageWriter(async (seq) => {
      if (seq === 0) throw refusal;
      sent.push(seq);
    }, 2);
    const first = writer.push(bytes(1, 2, 3, 4));
    await expect(first).rejects.toBe(refusal);
    expect(() => writer.push(bytes(5))).toThrow(refusal);
    await expect(writer.end()).rejects.toBe(refusal);
    expect(sent).toEqual([]);
  });
});
