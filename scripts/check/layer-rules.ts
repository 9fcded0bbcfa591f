import { posix } from 'node:path';

/**
 * The import rules of the app's folders (see README "Architecture"): imports point down only,
 *   engine ← data ← workers ← state ← i18n ← ui ← map ← panels ← app ← src/main.tsx
 * so no two folders can reach each other. The engine also stays free of UI and browser
 * libraries. Test files (and their *.fixture.ts helpers) may in addition use test/.
 */
export const LAYERS = ['engine', 'data', 'workers', 'state', 'i18n', 'ui', 'map', 'panels', 'app', 'entry'] as const;
export type Layer = (typeof LAYERS)[number];

/** Packages the engine must not import: it is pure TypeScript on typed arrays. */
const ENGINE_FORBIDDEN = [/^react(-dom)?(\/|$)/, /^zustand/, /^@tanstack\//, /^maplibre-gl/, /^@deck\.gl\//];

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

export interface LayerReport {
  violations: Violation[];
  /** Cycles between layers, each as the list of layers on it. */
  cycles: Layer[][];
}

/** The layer of a repository path, 'outside' for scripts/ and test/, or null for an unknown src/ folder. */
export function layerOf(path: string): Layer | 'outside' | null {
  const parts = path.split('/');
  if (parts[0] === 'workers') return 'workers';
  if (parts[0] !== 'src') return 'outside';
  if (parts.length === 2) return 'entry';
  return (LAYERS as readonly string[]).includes(parts[1]) ? (parts[1] as Layer) : null;
}

const IMPORT_PATTERNS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** The module specifiers a TypeScript source imports (static, dynamic, and worker URLs). */
export function importsOf(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const pattern of IMPORT_PATTERNS) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

// Comments may quote imports ("see import('x')"); strings never contain /* here in practice,
// and a line comment must follow whitespace or start the line so "http://" in strings survives.
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

const isTestFile = (path: string) => /\.(test|fixture)\.tsx?$/.test(path);

/** Checks every file of `files` (repository-relative path → source) against the layer rules. */
export function checkLayers(files: ReadonlyMap<string, string>): LayerReport {
  const found: Violation[] = [];
  const edges = new Map<Layer, Set<Layer>>();
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (from === 'outside') continue;
    if (from === null) {
      found.push({ file, specifier: '', reason: `folder ${file.split('/')[1]} is not in the layer order` });
      continue;
    }
    for (const specifier of importsOf(source)) {
      const reason = ruleBroken(file, from, specifier);
      if (reason) found.push({ file, specifier, reason });
      const to = specifier.startsWith('.') ? layerOf(resolve(file, specifier)) : null;
      if (to && to !== 'outside' && to !== from) {
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
  }
  return { violations: found, cycles: cyclesOf(edges) };
}

function ruleBroken(file: string, from: Layer, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    if (from === 'engine' && ENGINE_FORBIDDEN.some((p) => p.test(specifier)))
      return 'the engine imports no UI or browser library';
    return null;
  }
  const target = resolve(file, specifier);
  const to = layerOf(target);
  if (to === 'outside') {
    if (target.startsWith('test/') && isTestFile(file)) return null;
    return `${from} imports ${target.split('/')[0]}/, which is outside the app`;
  }
  if (to === null) return `folder ${target.split('/')[1]} is not in the layer order`;
  if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) return `${from} imports ${to}, which sits above it`;
  return null;
}

function resolve(file: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(file), specifier.replace(/\?.*$/, '')));
}

/** Strongly connected groups of more than one layer (Tarjan), i.e. the cycles between layers. */
function cyclesOf(edges: ReadonlyMap<Layer, ReadonlySet<Layer>>): Layer[][] {
  const index = new Map<Layer, number>();
  const low = new Map<Layer, number>();
  const stack: Layer[] = [];
  const cycles: Layer[][] = [];
  const visit = (node: Layer) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: Layer[] = [];
      let member: Layer;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) cycles.push(group.sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b)));
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
