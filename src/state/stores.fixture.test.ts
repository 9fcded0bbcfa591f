import { describe, expect, it } from 'vitest';
import { STATE_STORES } from './stores.fixture.ts';

// Every module of src/state but the tests and fixtures, loaded as the app loads them.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.fixture.ts'], {
  eager: true,
});

const isStore = (value: unknown): boolean =>
  typeof value === 'function' && 'getInitialState' in value && 'setState' in value && 'subscribe' in value;

describe('resetStateStores', () => {
  it('resets every store that a module of src/state exports', () => {
    const stores = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => isStore(value))
        .map(([name, value]) => ({ where: `${file}: ${name}`, store: value })),
    );
    expect(stores.length).toBeGreaterThan(20);
    const reset = new Set<unknown>(STATE_STORES);
    expect(stores.filter((s) => !reset.has(s.store)).map((s) => s.where)).toEqual([]);
  });
});
