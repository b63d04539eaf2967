// Preloaded into a bench worker (`node -r`, bench:import with BENCH_TRAIL_PHASES=1): a timer around each
// step of the claim trail's indexing (each query of the trail's *.queries.ts, the grouping, the whole of
// indexDocuments), printed when the worker exits. Times are wall time: syndication and statements run at
// once, so their steps overlap, and a query's time includes waiting for the event loop.
import { writeSync } from 'node:fs';
import * as groups from '../src/trail/statement-groups';
import * as syndication from '../src/trail/syndication';
import * as syndicationQueries from '../src/trail/syndication.queries';
import * as queries from '../src/trail/trail.queries';
import { TrailService } from '../src/trail/trail.service';

const phases = new Map<string, { calls: number; seconds: number }>();

function timed<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
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

// The services call these through the modules' exports objects (CommonJS), so replacing a property
// reaches every caller.
const wrap = (module: Record<string, unknown>) => {
  for (const [name, value] of Object.entries(module))
    if (typeof value === 'function' && /^[a-z]/.test(name)) module[name] = timed(name, value as never);
};
for (const module of [queries, syndicationQueries, syndication, groups])
  wrap(module as unknown as Record<string, unknown>);
// The whole indexing, and its statements half (syndication's is indexSyndication); `timed` keeps `this`.
const service = TrailService.prototype as unknown as Record<string, (...args: never[]) => unknown>;
for (const method of ['indexDocuments', 'indexClaims']) service[method] = timed(method, service[method]);

process.on('exit', () => {
  const rows = [...phases].sort((a, b) => b[1].seconds - a[1].seconds);
  const lines = rows.map(
    ([name, p]) =>
      `  ${name.padEnd(28)} ${String(p.calls).padStart(6)} calls ${p.seconds.toFixed(2).padStart(9)} s ${((p.seconds / p.calls) * 1000).toFixed(1).padStart(9)} ms/call`,
  );
  writeSync(2, `trail phases of worker ${process.pid}:\n${lines.join('\n')}\n`);
});
