/** Helpers for the cross-field rules JSON Schema cannot say (rules/<list>.ts); shared by the zod schema and the checker. */

/** A date alone covers its whole day, so compare calendar days when either side is a date. */
export function endNotBeforeStart(start: string, end: string): boolean {
  if (start.length === 10 || end.length === 10) return end.slice(0, 10) >= start.slice(0, 10);
  return Date.parse(end) >= Date.parse(start);
}

export const increasing = (options: readonly { value: number }[]): boolean =>
  options.every((o, i) => i === 0 || o.value > options[i - 1]!.value);
