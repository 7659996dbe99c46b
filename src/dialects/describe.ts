/** Whether a YAML value is a mapping (an object that is not a list). */
export function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Words for the kind of a YAML value in messages: `a list`, `a mapping`, `true or false`, `empty`. */
export function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  return typeof v === 'boolean' ? 'true or false' : typeof v;
}
