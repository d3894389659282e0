import { err, ok, type Result } from '../kernel/result.js';
import type { CountingMethod } from './counting-method.js';
import { approval } from './methods/approval.js';
import { block } from './methods/block.js';
import { majorityApproval } from './methods/majority-approval.js';
import { stvScottish } from './methods/stv-scottish.js';

/** The error code of an unknown counting method name. */
export type CountingMethodErrorCode = 'COUNTING_METHOD_UNKNOWN';

/** Counting methods by name. A built-in method is added here, one entry per method. */
const methods = new Map<string, CountingMethod>();
for (const method of [majorityApproval, block, approval, stvScottish] as CountingMethod[])
  methods.set(method.name, method);

/**
 * Registers a counting method under its `name`. Registering the same object again does
 * nothing; registering a different method under a taken name throws (a programming error).
 */
export function registerCountingMethod(method: CountingMethod): void {
  const existing = methods.get(method.name);
  if (existing === method) return;
  if (existing !== undefined) {
    throw new Error(`counting method "${method.name}" is already registered`);
  }
  methods.set(method.name, method);
}

/** Finds a counting method by name; an unknown name is a `COUNTING_METHOD_UNKNOWN` error, not a throw. */
export function getCountingMethod(name: string): Result<CountingMethod, CountingMethodErrorCode> {
  const method = methods.get(name);
  if (method === undefined) {
    return err('COUNTING_METHOD_UNKNOWN', `no counting method is registered as "${name}"`, {
      details: { name, known: [...methods.keys()] },
    });
  }
  return ok(method);
}

/** The names of every registered counting method, in registration order. */
export function countingMethodNames(): string[] {
  return [...methods.keys()];
}
