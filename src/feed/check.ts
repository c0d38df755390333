/**
 * A small checker for the subset of JSON Schema that `npm run schema` generates from the zod contract
 * (schema.ts). The zod schema stays the one source of truth; the browser carries its JSON Schema
 * (~1.5 KB gzipped) and this checker instead of zod itself (~12 KB gzipped for this contract).
 * Returns the value with unknown properties stripped, or the first problem.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type CheckResult = { ok: true; value: unknown } | { ok: false; path: string; message: string };

const patterns = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let r = patterns.get(source);
  if (!r) patterns.set(source, (r = new RegExp(source)));
  return r;
};

const fail = (path: string, message: string): CheckResult => ({ ok: false, path, message });
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function check(schema: JsonSchema, value: unknown, path = ''): CheckResult {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    let first: CheckResult | undefined;
    for (const alt of alternatives) {
      const r = check(alt, value, path);
      if (r.ok) return r;
      // Prefer the alternative whose discriminating `const` matched: its message is the useful one.
      if (!first || (r.path !== path && (first as { path: string }).path === path)) first = r;
    }
    return first ?? fail(path, 'no alternative matches');
  }
  if ('const' in schema && value !== schema.const) return fail(path, `expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) return fail(path, `expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return fail(path, `expected text, got ${describe(value)}`);
      if (schema.minLength !== undefined && value.length < schema.minLength) return fail(path, schema.minLength === 1 ? 'must not be empty' : `too short (minimum ${schema.minLength})`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail(path, `too long (maximum ${schema.maxLength})`);
      if (schema.pattern && !regex(schema.pattern).test(value)) {
        const what = schema.format === 'date-time' ? 'a date-time with offset (2026-09-24T16:00:00+02:00)' : schema.format === 'date' ? 'a date (2026-09-24)' : `text matching ${schema.pattern}`;
        return fail(path, `expected ${what}, got ${JSON.stringify(value.slice(0, 40))}`);
      }
      return { ok: true, value };
    }
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(path, `expected a number, got ${describe(value)}`);
      if (schema.type === 'integer' && !Number.isInteger(value)) return fail(path, 'expected a whole number');
      if (schema.minimum !== undefined && value < schema.minimum) return fail(path, `must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail(path, `must be at most ${schema.maximum}`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return fail(path, `must be more than ${schema.exclusiveMinimum}`);
      return { ok: true, value };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : fail(path, `expected true or false, got ${describe(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return fail(path, `expected a list, got ${describe(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems) return fail(path, `needs at least ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail(path, `allows at most ${schema.maxItems} items`);
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const r = schema.items ? check(schema.items, value[i], `${path}${path ? '.' : ''}${i}`) : { ok: true as const, value: value[i] };
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, `expected an object, got ${describe(value)}`);
      const obj = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (obj[key] === undefined) return fail(path ? `${path}.${key}` : key, 'is required');
      const out: Record<string, unknown> = {};
      if (schema.properties) {
        // Forward compatible: unknown properties are dropped, never an error.
        for (const [key, sub] of Object.entries(schema.properties)) {
          if (obj[key] === undefined) continue;
          const r = check(sub, obj[key], path ? `${path}.${key}` : key);
          if (!r.ok) return r;
          out[key] = r.value;
        }
      } else if (typeof schema.additionalProperties === 'object') {
        for (const [key, v] of Object.entries(obj)) {
          if (schema.propertyNames && !check(schema.propertyNames, key).ok) return fail(`${path}.${key}`, 'is not a language tag');
          const r = check(schema.additionalProperties, v, `${path}.${key}`);
          if (!r.ok) return r;
          out[key] = r.value;
        }
      }
      return { ok: true, value: out };
    }
    default:
      return { ok: true, value };
  }
}
