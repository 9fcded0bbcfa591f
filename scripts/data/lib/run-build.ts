import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Manifest, ManifestOutput } from '../../../src/data/geodata/index.ts';
import { GEODATA_FILES, parseManifest, sha256Hex } from '../../../src/data/geodata/index.ts';
import { SOURCES } from '../sources.ts';
import { type BuildStep, createContext, type StepOutput } from '../step.ts';
import { jsonPretty } from './json.ts';

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  steps: readonly BuildStep[];
  log?: (message: string) => void;
}

/**
 * Runs the steps in order, writing each output before the next step starts, then writes
 * build-report.json and manifest.json. Returns the manifest.
 *
 * Everything is first written to a temporary staging directory and copied into place only
 * when every step has succeeded, so a failed build leaves the previous outputs untouched.
 */
export async function runBuild({ sourcesDir, outDir, steps, log = console.log }: BuildOptions): Promise<Manifest> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-geodata-'));
  try {
    const manifest = await buildInto(sourcesDir, staging, steps, log);
    for (const file of [...manifest.outputs.map((o) => o.path), GEODATA_FILES.manifest]) {
      await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
      await copyFile(path.join(staging, file), path.join(outDir, file));
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function buildInto(
  sourcesDir: string,
  outDir: string,
  steps: readonly BuildStep[],
  log: (message: string) => void,
): Promise<Manifest> {
  const report: Record<string, unknown> = {};
  const ctx = createContext(
    sourcesDir,
    outDir,
    (section, data) => {
      if (section in report) throw new Error(`build report section "${section}" is written twice`);
      report[section] = data;
    },
    log,
  );

  const entries: ManifestOutput[] = [];
  const write = async (output: StepOutput, stepId: string) => {
    const unknown = output.sources.filter((id) => !SOURCES.some((s) => s.id === id));
    if (unknown.length > 0)
      throw new Error(`step ${stepId}: output ${output.path} names unknown source ids ${unknown.join(', ')}`);
    if (entries.some((e) => e.path === output.path))
      throw new Error(`step ${stepId}: output ${output.path} is written twice`);
    const bytes = typeof output.data === 'string' ? new TextEncoder().encode(output.data) : output.data;
    const target = path.join(outDir, output.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    entries.push({
      path: output.path,
      sha256: await sha256Hex(bytes),
      bytes: bytes.byteLength,
      rows: output.rows,
      sources: [...output.sources].sort(),
    });
  };

  for (const step of steps) {
    const started = performance.now();
    const outputs = await step.run(ctx);
    for (const output of outputs) await write(output, step.id);
    log(
      `step ${step.id}: ${outputs.map((o) => `${o.path} (${o.rows} rows)`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  const reportSources = [...new Set(entries.flatMap((e) => e.sources))];
  await write(
    {
      path: GEODATA_FILES.buildReport,
      data: jsonPretty(report),
      rows: Object.keys(report).length,
      sources: reportSources,
    },
    'build',
  );

  const manifest: Manifest = {
    formatVersion: 1,
    outputs: entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    sources: SOURCES.map((s) => ({ ...s, files: [...s.files] })),
  };
  // The app parses the manifest with this function; fail here rather than in the browser.
  const text = jsonPretty(manifest);
  parseManifest(text);
  await writeFile(path.join(outDir, GEODATA_FILES.manifest), text);
  return manifest;
}
