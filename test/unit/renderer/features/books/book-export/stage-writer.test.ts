/**
 * The stage writer: small pieces gathered into host-sized pieces in order, one append at a
 * time, the rest sent at the end with the total length; after a refused append, further pieces
 * are refused at once and `end` rejects with the host's failure.
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
    writer.push(bytes(1, 2, 3));
    writer.push(bytes(4, 5));
    writer.push(bytes(6, 7, 8, 9, 10, 11));
    writer.push(bytes(12, 13));
    expect(await writer.end()).toBe(13);
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
    writer.push(bytes(1, 2, 3, 4));
    await new Promise((r) => setTimeout(r, 1));
    expect(() => writer.push(bytes(5))).toThrow(refusal);
    await expect(writer.end()).rejects.toBe(refusal);
    expect(sent).toEqual([]);
  });
});
