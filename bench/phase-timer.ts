// The timer the bench's preloaded phase files (trail-phases.ts, import-phases.ts) put around functions: wall
// time and calls per name, printed to stderr when the process exits.
import { writeSync } from 'node:fs';

const phases = new Map<string, { calls: number; seconds: number }>();

export function timed<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
  return function (this: unknown, ...args: Parameters<F>) {
    const started = process.hrtime.bigint();
    const add = () => {
      const phase = phases.get(name) ?? { calls: 0, seconds: 0 };
      phase.calls++;
      phase.seconds += Number(process.hrtime.bigint() - started) / 1e9;
      phases.set(name, phase);
    };
    const result = fn.apply(this, args);
    if (result instanceof Promise) return result.finally(add);
    add();
    return result;
  } as F;
}

/**
 * Times every exported function of the modules. The services call them through the modules' exports objects
 * (CommonJS), so replacing a property reaches every caller.
 */
export function timeModules(modules: object[]): void {
  for (const module of modules as Array<Record<string, unknown>>)
    for (const [name, value] of Object.entries(module))
      if (typeof value === 'function' && /^[a-z]/.test(name)) module[name] = timed(name, value as never);
}

/** Times the named methods of a prototype (`timed` keeps `this`); private ones too, reached by name. */
export function timeMethods(prototype: object, names: string[]): void {
  const target = prototype as Record<string, (...args: never[]) => unknown>;
  for (const name of names) target[name] = timed(name, target[name]);
}

/** Prints the totals, longest first, when the process exits. */
export function printPhasesOnExit(title: string): void {
  process.on('exit', () => {
    const rows = [...phases].sort((a, b) => b[1].seconds - a[1].seconds);
    const lines = rows.map(
      ([name, p]) =>
        `  ${name.padEnd(28)} ${String(p.calls).padStart(6)} calls ${p.seconds.toFixed(2).padStart(9)} s ${((p.seconds / p.calls) * 1000).toFixed(1).padStart(9)} ms/call`,
    );
    writeSync(2, `${title} of worker ${process.pid}:\n${lines.join('\n')}\n`);
  });
}
