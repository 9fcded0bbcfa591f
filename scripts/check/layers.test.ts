import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, importsOf, layerOf } from './layer-rules.ts';
import { readSources } from './layers.ts';

/** A tiny app that keeps the rules: engine ← state ← map ← app, a worker and a test fixture. */
const CLEAN: Record<string, string> = {
  'src/engine/sum.ts': 'export const sum = (a: number, b: number) => a + b;',
  'src/state/total.ts': "import { sum } from '../engine/sum.ts';\nexport const total = sum(1, 2);",
  'src/map/layer.ts': "import type { X } from '../state/total.ts';\nimport { sum } from '../engine/sum.ts';",
  'src/app/App.tsx':
    "import { total } from '../state/total.ts';\nconst w = new URL('../../workers/w.worker.ts', import.meta.url);",
  'src/main.tsx': "import './app/App.tsx';",
  'workers/w.worker.ts': "import { sum } from '../src/engine/sum.ts';",
  'src/engine/sum.test.ts': "import { cases } from '../../test/fixtures/cases.ts';",
  'scripts/cli/run.ts': "import { total } from '../../src/state/total.ts';",
};

const tree = (extra: Record<string, string>) => new Map(Object.entries({ ...CLEAN, ...extra }));

describe('checkLayers', () => {
  it('accepts imports that point down', () => {
    const report = checkLayers(tree({}));
    expect(report.violations).toEqual([]);
    expect(report.cycles).toEqual([]);
  });

  it('fails on a new cycle between folders, naming the file, the import and the cycle', () => {
    const report = checkLayers(tree({ 'src/state/view.ts': "import { layer } from '../map/layer.ts';" }));
    expect(report.violations).toEqual([
      { file: 'src/state/view.ts', specifier: '../map/layer.ts', reason: 'state imports map, which sits above it' },
    ]);
    expect(report.cycles).toEqual([['state', 'map']]);
  });

  it('keeps the engine free of src/ and of UI libraries', () => {
    const report = checkLayers(
      tree({ 'src/engine/bad.ts': "import { total } from '../state/total.ts';\nimport { create } from 'zustand';" }),
    );
    expect(report.violations.map((v) => v.specifier)).toEqual(['../state/total.ts', 'zustand']);
  });

  it('lets only test files use test/, and flags folders outside the order', () => {
    const report = checkLayers(
      tree({ 'src/engine/uses-fixture.ts': "import '../../test/fixtures/cases.ts';", 'src/extra/thing.ts': '' }),
    );
    expect(report.violations.map((v) => v.reason)).toEqual([
      'engine imports test/, which is outside the app',
      'folder extra is not in the layer order',
    ]);
  });

  it('excuses a listed exception and reports one that no longer matches', () => {
    const bad = { 'src/data/up.ts': "import '../map/layer.ts';" };
    const listed = { file: 'src/data/up.ts', specifier: '../map/layer.ts', reason: 'until issue 1' };
    const stale = { file: 'src/data/gone.ts', specifier: '../map/layer.ts', reason: 'until issue 2' };
    const report = checkLayers(tree(bad), [listed, stale]);
    expect(report.violations).toEqual([]);
    expect(report.excused).toHaveLength(1);
    expect(report.unusedExceptions).toEqual([stale]);
  });
});

describe('importsOf', () => {
  it('finds static, multi-line, re-export, side-effect, dynamic and worker imports, not commented ones', () => {
    const source = [
      "import {\n  a,\n  b,\n} from './a.ts';",
      "export { c } from './c.ts';",
      "import './side.css';",
      "const m = await import('./lazy.ts');",
      "new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' });",
      "// import { d } from './commented.ts';",
      "/* import('./block.ts') */ const url = 'http://example.invalid';",
      "const list = Array.from('abc');",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['./a.ts', './c.ts', './lazy.ts', './side.css', './x.worker.ts']);
  });
});

describe('layerOf', () => {
  it('places src folders, workers, the entry file and the rest', () => {
    expect(layerOf('src/panels/x/Y.tsx')).toBe('panels');
    expect(layerOf('workers/a.worker.ts')).toBe('workers');
    expect(layerOf('src/main.tsx')).toBe('entry');
    expect(layerOf('scripts/cli/a.ts')).toBe('outside');
    expect(layerOf('src/nope/a.ts')).toBeNull();
  });
});

describe('readSources', () => {
  let root = '';
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('reads a fixture tree from disk, so the check sees a cycle written to files', async () => {
    root = await mkdtemp(join(tmpdir(), 'layers-'));
    const files = { ...CLEAN, 'src/engine/loop.ts': "import { total } from '../state/total.ts';" };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const sources = await readSources(root, ['src', 'workers']);
    expect([...sources.keys()].sort()).toContain('src/engine/loop.ts');
    expect(sources.has('scripts/cli/run.ts')).toBe(false);
    expect(checkLayers(sources).cycles).toEqual([['engine', 'state']]);
  });
});
