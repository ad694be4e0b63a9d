/**
 * IndexedDB key helpers for the memory store, so that it orders and indexes records exactly
 * as IndexedDB does (number < date < string < binary < array; strings by UTF-16 code units).
 */
import { valueAt } from './idb-layout.js';

function rank(k: unknown): number {
  if (typeof k === 'number') return 1;
  if (k instanceof Date) return 2;
  if (typeof k === 'string') return 3;
  if (k instanceof ArrayBuffer || ArrayBuffer.isView(k)) return 4;
  if (Array.isArray(k)) return 5;
  return 0;
}

export function compareKeys(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 5) {
    const x = a as unknown[];
    const y = b as unknown[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compareKeys(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  if (ra === 2) return (a as Date).getTime() - (b as Date).getTime();
  if (ra === 1) return (a as number) - (b as number);
  if (ra === 3) return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
  return 0;
}

function isValidKey(k: unknown): boolean {
  if (typeof k === 'number') return !Number.isNaN(k);
  if (typeof k === 'string') return true;
  if (k instanceof Date) return !Number.isNaN(k.getTime());
  if (Array.isArray(k)) return k.every(isValidKey);
  return false;
}

/** The index key of a record, or undefined when IndexedDB would leave it out of the index. */
export function indexKey(record: unknown, keyPath: string | string[]): IDBValidKey | undefined {
  const key = Array.isArray(keyPath) ? keyPath.map((p) => valueAt(record, p)) : valueAt(record, keyPath);
  return isValidKey(key) ? (key as IDBValidKey) : undefined;
}

/** True when `key` starts with every component of `prefix`. */
export function hasPrefix(key: IDBValidKey, prefix: IDBValidKey[]): boolean {
  if (!Array.isArray(key)) return false;
  return prefix.every((p, i) => compareKeys(key[i], p) === 0);
}
