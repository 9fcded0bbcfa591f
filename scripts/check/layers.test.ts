import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, importsOf, layerOf } from './layer-rules.ts';
import { checkTree, readSources } from './layers.ts';

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

describe('readSources and checkTree', () => {
  let root = '';
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function writeTree(files: Record<string, string>): Promise<string> {
    root = await mkdtemp(join(tmpdir(), 'layers-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    return root;
  }

  it('reads a fixture tree from disk, so the check sees a cycle written to files', async () => {
    await writeTree({ ...CLEAN, 'src/engine/loop.ts': "import { total } from '../state/total.ts';" });
    const sources = await readSources(root, ['src', 'workers']);
    expect([...sources.keys()].sort()).toContain('src/engine/loop.ts');
    expect(sources.has('scripts/cli/run.ts')).toBe(false);
    expect(checkLayers(sources).cycles).toEqual([['engine', 'state']]);
  });

  it('passes a clean tree and prints nothing', async () => {
    const lines: string[] = [];
    expect(await checkTree(await writeTree(CLEAN), (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([]);
  });

  it('fails on any import against the order, even a type-only one; nothing can excuse it', async () => {
    // The shape of the two imports that used to be listed as known exceptions.
    const lines: string[] = [];
    const tree = {
      ...CLEAN,
      'src/panels/Panel.tsx': "import type { OfferState } from '../app/useOffer.ts';",
      'src/app/useOffer.ts': 'export type OfferState = string;',
      'workers/w.test.ts': "import { session } from '../src/state/session.fixture.ts';",
      'src/state/session.fixture.ts': 'export const session = 1;',
    };
    expect(await checkTree(await writeTree(tree), (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      "src/panels/Panel.tsx: import '../app/useOffer.ts' (panels imports app, which sits above it)",
      "workers/w.test.ts: import '../src/state/session.fixture.ts' (workers imports state, which sits above it)",
    ]);
  });
});
