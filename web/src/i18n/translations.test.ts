import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { messages } from './resources';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

it('has every message in both Chinese and English', () => {
  expect(keysOf(messages.en).sort()).toEqual(keysOf(messages['zh-CN']).sort());
});

it('has a Chinese message for every key the code names', async () => {
  const known = new Set(keysOf(messages['zh-CN']));
  const used = new Set<string>();
  for (const file of await sourceFiles(resolve(__dirname, '..'))) {
    for (const [, key] of (await readFile(file, 'utf8')).matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(key);
  }

  expect(used.size).toBeGreaterThan(100);
  expect([...used].filter((key) => !known.has(key) && !known.has(`${key}_one`))).toEqual([]);
});
