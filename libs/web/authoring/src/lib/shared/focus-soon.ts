import type { RefObject } from 'react';

/** Focuses an element once a closing dialog has handed focus back, which it does on unmount. */
export function focusSoon(ref: RefObject<HTMLElement | null>): void {
  setTimeout(() => ref.current?.focus(), 0);
}
