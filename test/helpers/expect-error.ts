import { expect } from '@open-wc/testing';

/** Awaits `promise`, expects it to reject with an instance of `type`, and returns the error. */
export async function rejectsWith<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ${type.name}`).to.be.instanceOf(type);
  return error as E;
}

/** Resolves with the next value `subscribe` delivers that satisfies `match`, or rejects after `ms`. */
export function nextEvent<T>(subscribe: (listener: (e: T) => void) => () => void, match: (e: T) => boolean = () => true, ms = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching event within ${ms} ms`));
    }, ms);
    const off = subscribe((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}
