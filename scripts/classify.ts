/**
 * Labels comments from stdin, one per line, as video / telefon / other, in input order.
 * Streams, so a whole timebook export can be piped through without loading it into memory.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createDetector } from '../utils/detector';

const FLUSH_AT = 1 << 16;

// `classify | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const detect = createDetector();
// crlfDelay: Infinity keeps a \r\n split across chunks from counting as two line breaks.
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let pending = '';
for await (const line of lines) {
  pending += `${line ? detect({ comment: line }).category : 'other'}\n`;
  if (pending.length >= FLUSH_AT) {
    const flushed = process.stdout.write(pending);
    pending = '';
    if (!flushed) await once(process.stdout, 'drain');
  }
}
process.stdout.write(pending);
