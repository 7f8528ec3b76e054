import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A typed value once it is worth asking a server about: after typing has paused for `delayMs`,
 * or at once when `settle()` is called (the field lost focus). `settling` is true while the
 * value shown differs from the settled one, so answers about an older value can be hidden.
 */
export function useSettledValue<T>(value: T, delayMs: number) {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  const settle = useCallback(() => setSettled(latest.current), []);
  return { settled, settling: !Object.is(settled, value), settle };
}
