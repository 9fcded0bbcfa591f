/**
 * Benchmark case "browser-edit": the main thread's work from a click on "stop" to the updated
 * figures (and the map's next two frames), in chromium on the built app (`dist/`, so run
 * `npx vite build` first). The page marks the click and the figures shown (plus the map's next
 * two frames) and measures the wall time with `performance.measure`; a Chrome trace of the run
 * gives the main thread's work inside each such window: the CPU time (thread clock) of its
 * top-level tasks on CrRendererMain, so neither the workers' time nor the time the thread waits
 * for a core counts, and the JavaScript in it. On a shared machine the wall-clock length of those
 * tasks (`ui_edit_busy_ms`) grows with the load; their CPU time does not. Each round is
 * a stop followed by an undo (also an edit), on the Scalda location in Terneuzen. BENCH_DIST
 * measures another build folder instead of `dist/`.
 *
 * Baselines measured in the same run: `ui_idle_main_ms` is the main thread's work over an idle
 * stretch as long as the median edit (the page's own background work: the map, animations), and
 * `ui_edit_main_net_ms` is an edit's work less that background for its window's length. When
 * BENCH_BASELINE_DIST names another build (e.g. of the commit before a change) the same edits are
 * measured on it, as `ui_base_*`, with `ui_edit_main_ratio` = base / this build. BENCH_TRACE
 * names a file to keep the Chrome trace in (open it in chrome://tracing or Perfetto to see where
 * the time goes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parseOfferFile } from '../../src/data/aanbod/offer-file.ts';
import { launchChromium } from '../../test/e2e/chromium.ts';
import { plainStaticServer } from '../../test/e2e/static-server.ts';
import { type BenchCase, median } from './case.ts';

/** Measured rounds (each a stop and an undo), after one unmeasured warm-up round. */
const ROUNDS = 5;
const VESTIGING = '25PV01';
const NIVEAU = 2;
const PREFIX = '/app/';

interface WindowWork {
  /** CPU ms of the main thread's top-level tasks in the window */
  mainMs: number;
  /** wall-clock ms the main thread was inside a top-level task (grows with the machine's load) */
  busyMs: number;
  /** CPU ms of JavaScript in the window */
  scriptMs: number;
  /** the window's length in ms */
  spanMs: number;
}

interface EditSample extends WindowWork {
  wallMs: number;
}

function benchCrebo(dist: string): string {
  const offer = parseOfferFile(readFileSync(resolve(dist, 'geodata/aanbod-model.json'), 'utf8'));
  const crebos = [
    ...new Set(offer.rows.filter((r) => r.vestiging === VESTIGING && r.niveau === NIVEAU).map((r) => r.crebo)),
  ];
  if (crebos.length === 0) throw new Error(`the built offer has no niveau ${NIVEAU} programme at ${VESTIGING}`);
  return crebos.sort()[0];
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread-clock (CPU) duration */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Total length of the union of intervals [start, end), clipped to [from, to). */
function busyWithin(intervals: readonly [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

interface Span {
  start: number;
  end: number;
  cpu: number;
}

/** The outermost of (possibly nested) complete events, as spans with their CPU time. */
function outermost(events: readonly TraceEvent[]): Span[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const spans: Span[] = [];
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    const last = spans.at(-1);
    if (last && end <= last.end) continue;
    spans.push({ start: e.ts, end, cpu: e.tdur ?? 0 });
  }
  return spans;
}

/** CPU time of the spans inside [from, to), a span cut by an edge counted pro rata. */
function cpuWithin(spans: readonly Span[], from: number, to: number): number {
  let total = 0;
  for (const { start, end, cpu } of spans) {
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap > 0) total += end > start ? (cpu * overlap) / (end - start) : 0;
  }
  return total;
}

/**
 * Per window between an "edit-start" and the next "edit-end" mark (or between "idle-start" and
 * "idle-end"): the main thread's busy ms and its JavaScript ms, from a Chrome trace.
 */
function windowsFromTrace(trace: Buffer, start: string, end: string): WindowWork[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no CrRendererMain thread');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = outermost(onMain.filter((e) => e.cat.split(',').includes('toplevel')));
  const scripts = outermost(
    onMain.filter((e) =>
      ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run'].includes(e.name),
    ),
  );
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && (e.name === start || e.name === end));
  marks.sort((a, b) => a.ts - b.ts);
  const windows: WindowWork[] = [];
  let opened: number | null = null;
  for (const mark of marks) {
    if (mark.name === start) opened = mark.ts;
    else if (opened !== null) {
      windows.push({
        mainMs: cpuWithin(tasks, opened, mark.ts) / 1000,
        busyMs:
          busyWithin(
            tasks.map((t) => [t.start, t.end]),
            opened,
            mark.ts,
          ) / 1000,
        scriptMs: cpuWithin(scripts, opened, mark.ts) / 1000,
        spanMs: (mark.ts - opened) / 1000,
      });
      opened = null;
    }
  }
  return windows;
}

/**
 * Clicks `trigger` in the page and resolves once the edit list has `edits` entries and the
 * figures are current again (after having been recomputed), plus two animation frames so the
 * map's update counts too. Returns the wall time, measured in the page with performance.measure.
 */
function editInPage(page: Page, trigger: string, edits: number): Promise<number> {
  // A string, not a function: tsx (esbuild keepNames) would wrap the function's inner names in
  // a helper that does not exist in the page.
  return page.evaluate(`(${EDIT_IN_PAGE})(${JSON.stringify(trigger)}, ${edits})`) as Promise<number>;
}

const EDIT_IN_PAGE = `(trigger, edits) =>
  new Promise((done, fail) => {
    const figures = () => document.querySelector('[data-testid="scenario-figures"]');
    const editCount = () => document.querySelectorAll('[data-testid="scenario-edits"] > li').length;
    const before = figures()?.textContent ?? '';
    let sawBusy = false;
    const timeout = setTimeout(() => fail(new Error('no figures within 120 s after ' + trigger)), 120000);
    const finish = () =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark('edit-end');
          clearTimeout(timeout);
          done(performance.measure('edit', 'edit-start', 'edit-end').duration);
        }),
      );
    const observer = new MutationObserver(() => {
      const table = figures();
      if (table?.getAttribute('aria-busy') === 'true') sawBusy = true;
      const current = table?.getAttribute('aria-busy') === 'false' && (sawBusy || table.textContent !== before);
      if (current && editCount() === edits) {
        observer.disconnect();
        finish();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const button = document.querySelector(trigger);
    if (!button) return fail(new Error('no ' + trigger + ' on the page'));
    performance.mark('edit-start');
    button.click();
  })`;

async function measureBuild(dist: string): Promise<{ edits: EditSample[]; idle: WindowWork[] }> {
  const crebo = benchCrebo(dist);
  const server = plainStaticServer(resolve(dist), PREFIX);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}#n=${NIVEAU}&sel=${VESTIGING}`);
    await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 180_000 });
    // This build's stop control: the location panel's own (programme-stop) or the older picker.
    const own = `[data-testid="programme-stop"][data-crebo="${crebo}"]`;
    const hasOwn = (await page.locator(own).count()) > 0;
    const stop = hasOwn ? own : '[data-testid="scenario-stop"]';
    const pick = async () => {
      if (!hasOwn) await page.locator('#scenario-offered').selectOption(crebo);
    };
    await pick();
    // The warm-up round, untraced: the first edit starts the metrics worker.
    await editInPage(page, stop, 1);
    await page.waitForTimeout(300);
    await editInPage(page, '[data-testid="scenario-undo"]', 0);
    await pick();
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8'] });
    const walls: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [trigger, edits] of [
        [stop, 1],
        ['[data-testid="scenario-undo"]', 0],
      ] as const) {
        await page.waitForTimeout(300);
        walls.push(await editInPage(page, trigger, edits));
      }
      await pick();
    }
    const idleFor = Math.round(median(walls));
    for (let i = 0; i < ROUNDS; i++) {
      await page.evaluate(`performance.mark('idle-start')`);
      await page.waitForTimeout(idleFor);
      await page.evaluate(`performance.mark('idle-end')`);
    }
    const trace = await browser.stopTracing();
    if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, trace);
    const windows = windowsFromTrace(trace, 'edit-start', 'edit-end');
    if (windows.length !== walls.length)
      throw new Error(`the trace has ${windows.length} edit windows, expected ${walls.length}`);
    const idle = windowsFromTrace(trace, 'idle-start', 'idle-end');
    return {
      edits: windows.map((w, i) => ({ ...w, wallMs: walls[i] })),
      idle,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

interface BuildFigures {
  main: number;
  mainMax: number;
  mainNet: number;
  busy: number;
  script: number;
  wall: number;
  idleMain: number;
}

function figuresOf({ edits, idle }: { edits: EditSample[]; idle: WindowWork[] }): BuildFigures {
  // The page's background work per ms when nothing is edited, to take out of each edit's window.
  const idleRate = median(idle.map((w) => w.mainMs / w.spanMs));
  return {
    main: median(edits.map((s) => s.mainMs)),
    mainMax: Math.max(...edits.map((s) => s.mainMs)),
    mainNet: median(edits.map((s) => Math.max(0, s.mainMs - idleRate * s.spanMs))),
    busy: median(edits.map((s) => s.busyMs)),
    script: median(edits.map((s) => s.scriptMs)),
    wall: median(edits.map((s) => s.wallMs)),
    idleMain: median(idle.map((w) => w.mainMs)),
  };
}

export const browserEditCase: BenchCase = {
  name: 'browser-edit',
  async run() {
    const dist = resolve(process.cwd(), process.env.BENCH_DIST ?? 'dist');
    const now = await measureBuild(dist);
    const f = figuresOf(now);
    const result: Record<string, number> = {
      ui_edit_main_ms: round1(f.main),
      ui_edit_main_max_ms: round1(f.mainMax),
      ui_edit_main_net_ms: round1(f.mainNet),
      ui_edit_busy_ms: round1(f.busy),
      ui_edit_script_ms: round1(f.script),
      ui_edit_wall_ms: round1(f.wall),
      ui_edit_runs: now.edits.length,
      ui_idle_main_ms: round1(f.idleMain),
    };
    const baseline = process.env.BENCH_BASELINE_DIST;
    if (baseline) {
      const base = figuresOf(await measureBuild(resolve(baseline)));
      result.ui_base_edit_main_ms = round1(base.main);
      result.ui_base_edit_main_net_ms = round1(base.mainNet);
      result.ui_base_edit_script_ms = round1(base.script);
      result.ui_base_edit_wall_ms = round1(base.wall);
      result.ui_base_idle_main_ms = round1(base.idleMain);
      result.ui_edit_main_ratio = round1(base.main / f.main);
    }
    return result;
  },
};
