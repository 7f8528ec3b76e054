import { useSettledValue } from './use-settled-value';

/** The value once it has stayed the same for `delayMs`: what to ask a server about while typing. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  return useSettledValue(value, delayMs).settled;
}
