// Conventions of the whole workspace that a reviewer would otherwise check by eye:
// the core imports nothing outside itself, and every exported declaration has a doc comment.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('layering', () => {
  it('@gonghui/core imports only its own files (no packages, no node: modules)', () => {
    const outside: string[] = [];
    for (const file of sources(join(PACKAGES, 'core', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g)) {
        const target = match[1] ?? match[2] ?? '';
        if (!target.startsWith('./') && !target.startsWith('../')) {
          outside.push(`${relative(PACKAGES, file)} imports ${target}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('@gonghui/core declares no runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, 'core', 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

/**
 * An overloaded function's implementation signature follows its (documented) overload signatures:
 * the line before it ends one of them with `;`, and an overload of the same name comes earlier.
 */
function isOverloadImplementation(lines: string[], index: number, previous: number): boolean {
  const name = /^export (?:async )?function (\w+)/.exec(lines[index] ?? '')?.[1];
  if (!name || !(lines[previous] ?? '').trim().endsWith(';')) return false;
  const overload = new RegExp(`^export (?:async )?function ${name}\\b`);
  return lines.slice(0, index).some((line) => overload.test(line));
}

describe('documentation', () => {
  it('every exported declaration in every package has a doc comment', () => {
    const undocumented: string[] = [];
    for (const pkg of ['core', 'graphql', 'client']) {
      for (const file of sources(join(PACKAGES, pkg, 'src'))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, index) => {
          if (
            !/^export (async )?(function|const|let|class|abstract class|interface|enum|type \w+)\b/.test(line)
          )
            return;
          let previous = index - 1;
          while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
          if (isOverloadImplementation(lines, index, previous)) return;
          if (!(lines[previous] ?? '').trim().endsWith('*/')) {
            undocumented.push(`${relative(PACKAGES, file)}:${index + 1} ${line.slice(0, 70)}`);
          }
        });
      }
    }
    expect(undocumented).toEqual([]);
  });
});
