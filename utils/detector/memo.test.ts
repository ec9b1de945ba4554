import { describe, expect, it, vi } from 'vitest';
import type { Decision } from './types';
import { GENERATION_SIZE, memoized } from './memo';

const other: Decision = { category: 'other', source: null, match: null };

describe('memoized detector', () => {
  it('classifies each distinct comment and type once', () => {
    const detector = vi.fn(() => other);
    const cached = memoized(detector);
    cached({ comment: 'video', type: 'A' });
    cached({ comment: 'video', type: 'A' });
    cached({ comment: 'video', type: 'B' });
    cached({ comment: 'video' });
    expect(detector).toHaveBeenCalledTimes(3);
  });

  it('does not confuse a comment with a type that runs into it', () => {
    const detector = vi.fn(({ comment }: { comment: string }) => ({ ...other, category: comment }));
    const cached = memoized(detector);
    expect(cached({ type: 'a', comment: 'b' }).category).toBe('b');
    expect(cached({ type: '', comment: 'ab' }).category).toBe('ab');
  });

  it('keeps what is in use and forgets the rest, so new comments all day cost no memory', () => {
    const detector = vi.fn(() => other);
    const cached = memoized(detector);
    for (let i = 0; i < 3 * GENERATION_SIZE; i++) {
      cached({ comment: `ny booking ${i}` });
      // One comment on the page the whole time.
      cached({ comment: 'ønsker video' });
    }
    expect(detector).toHaveBeenCalledTimes(3 * GENERATION_SIZE + 1);
    detector.mockClear();
    cached({ comment: 'ny booking 0' });
    cached({ comment: `ny booking ${3 * GENERATION_SIZE - 1}` });
    expect(detector).toHaveBeenCalledTimes(1);
  });
});
