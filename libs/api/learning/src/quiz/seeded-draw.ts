import { createHash } from 'node:crypto';

/** A reproducible sequence in [0, 1) from a text seed (SHA-256 in counter mode). */
export function seededRandom(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 4_294_967_296;
}
