import { useEffect, useState } from 'react';

/** `text` once it has stopped changing for `ms`: the preview is asked once a person pauses typing. */
export function useDebouncedText(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}
