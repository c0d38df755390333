/**
 * A small checker for the subset of JSON Schema that `npm run schema` generates from the zod contract
 * (schema.ts). The zod schema stays the one source of truth; the browser carries its JSON Schema
 * (~1.5 KB gzipped) and this checker instead of zod itself (~12 KB gzipped for this contract).
 * Returns the value with unknown properties stripped, or the first problem.
 */
import { safeUrl, type ExtraScheme } from './url.js';
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
  /** A link field: the URL rule applies; the value lists the allowed schemes ("https mailto"). */
  'x-link'?: string;
  /** A cross-field rule JSON Schema cannot say (rules.ts), run by the feed parser on a valid item. */
  rule?: (item: never) => string | undefined;
}

export interface CheckProblem {
  ok: false;
  path: string;
  message: string;
  /** a refused link, not a malformed value */
  link?: boolean;
  /** a `const` mismatch: in a union, the alternative was not the one meant */
  other?: boolean;
}
export type CheckResult = { ok: true; value: unknown } | CheckProblem;

const patterns = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let r = patterns.get(source);
  if (!r) patterns.set(source, (r = new RegExp(source)));
  return r;
};

// zod's ISO patterns are long (leap years spelled out); the browser contract drops them for this check.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;
function isoDate(value: string, withTime: boolean): boolean {
  const m = ISO.exec(value);
  if (!m || !m[4] !== !withTime) return false;
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(+m[1]!, month, 0)).getUTCDate();
}

const fail = (path: string, message: string, link?: boolean, other?: boolean): CheckProblem => ({
  ok: false,
  path,
  message,
  link,
  other,
});
/** Which failing alternative of a union explains the problem best: a refused link, then one that matched its discriminator. */
const rank = (r: CheckProblem) => (r.link ? 2 : r.other ? 0 : 1);
export const UNSAFE_LINK = 'link refused (only absolute https: links are allowed)';
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** "a" + "b.c" = "a.b.c": paths are built on the way out of a failure, never on success (big feeds). */
const join = (key: string | number, rest: string) => (rest ? `${key}.${rest}` : String(key));
const under = (key: string | number, r: CheckProblem): CheckProblem => ({ ...r, path: join(key, r.path) });

/**
 * Check `value`; refused links in optional fields are dropped and pushed to `dropped` (so one bad link
 * never hides an event). Problem paths are relative to `value`.
 */
export function check(schema: JsonSchema, value: unknown, dropped: CheckProblem[] = []): CheckResult {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    let best: CheckProblem | undefined;
    for (const alt of alternatives) {
      const own: CheckProblem[] = [];
      const r = check(alt, value, own);
      if (r.ok) {
        dropped.push(...own);
        return r;
      }
      // Report the alternative that was meant: a refused link, a matched discriminator, a deeper problem.
      if (!best || rank(r) > rank(best) || (rank(r) === rank(best) && r.path && !best.path)) best = r;
    }
    return best ?? fail('', 'no alternative matches');
  }
  if ('const' in schema && value !== schema.const)
    return fail('', `expected ${JSON.stringify(schema.const)}`, false, true);
  if (schema.enum && !schema.enum.includes(value))
    return fail('', `expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return fail('', `expected text, got ${describe(value)}`);
      if (schema.minLength !== undefined && value.length < schema.minLength)
        return fail('', schema.minLength === 1 ? 'must not be empty' : `too short (minimum ${schema.minLength})`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength)
        return fail('', `too long (maximum ${schema.maxLength})`);
      const format = schema.format === 'date-time' || schema.format === 'date';
      if (
        format ? !isoDate(value, schema.format === 'date-time') : schema.pattern && !regex(schema.pattern).test(value)
      ) {
        const what =
          schema.format === 'date-time'
            ? 'a date-time with offset (2026-09-24T16:00:00+02:00)'
            : schema.format === 'date'
              ? 'a date (2026-09-24)'
              : `text matching ${schema.pattern}`;
        return fail('', `expected ${what}, got ${JSON.stringify(value.slice(0, 40))}`);
      }
      if (schema['x-link']) {
        const safe = safeUrl(value, schema['x-link'].split(' ') as ExtraScheme[]);
        return safe ? { ok: true, value: safe } : fail('', UNSAFE_LINK, true);
      }
      return { ok: true, value };
    }
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fail('', `expected a number, got ${describe(value)}`);
      if (schema.type === 'integer' && !Number.isInteger(value)) return fail('', 'expected a whole number');
      if (schema.minimum !== undefined && value < schema.minimum) return fail('', `must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail('', `must be at most ${schema.maximum}`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
        return fail('', `must be more than ${schema.exclusiveMinimum}`);
      return { ok: true, value };
    case 'boolean':
      return typeof value === 'boolean'
        ? { ok: true, value }
        : fail('', `expected true or false, got ${describe(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return fail('', `expected a list, got ${describe(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return fail('', `needs at least ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        return fail('', `allows at most ${schema.maxItems} items`);
      if (!schema.items) return { ok: true, value };
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const mark = dropped.length;
        const r = check(schema.items, value[i], dropped);
        for (let j = mark; j < dropped.length; j++) dropped[j] = under(i, dropped[j]!);
        if (!r.ok) return under(i, r);
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail('', `expected an object, got ${describe(value)}`);
      const obj = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (obj[key] === undefined) return fail(key, 'is required');
      const out: Record<string, unknown> = {};
      const props = schema.properties;
      // Forward compatible: unknown properties are dropped, never an error.
      const keys = props ? Object.keys(props) : Object.keys(obj);
      for (const key of keys) {
        const v = obj[key];
        if (v === undefined) continue;
        const sub = props ? props[key]! : schema.additionalProperties;
        if (typeof sub !== 'object') continue;
        if (!props && schema.propertyNames && !check(schema.propertyNames, key).ok)
          return fail(key, 'is not a language tag');
        const mark = dropped.length;
        const r = check(sub, v, dropped);
        for (let j = mark; j < dropped.length; j++) dropped[j] = under(key, dropped[j]!);
        if (r.ok) out[key] = r.value;
        else if (r.link && !schema.required?.includes(key)) dropped.push(under(key, r));
        else return under(key, r);
      }
      return { ok: true, value: out };
    }
    default:
      return { ok: true, value };
  }
}
