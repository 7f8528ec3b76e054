import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyLibraryParts } from './vite-lazy-parts';

const file = resolve(
  import.meta.dirname,
  '../node_modules/@cloudscape-design/components/s3-resource-selector/index.js',
);

type Transform = (
  this: { error: (message: string) => never },
  code: string,
  id: string,
) => { code: string } | null;

const transform = lazyLibraryParts().transform as unknown as Transform;
const context = {
  error: (message: string): never => {
    throw new Error(message);
  },
};

describe('lazyLibraryParts', () => {
  it('turns the static import of a listed part into a lazy component', () => {
    const code = readFileSync(file, 'utf8');
    const result = transform.call(context, code, file);
    expect(result?.code).not.toContain("import { S3Modal } from './s3-modal';");
    expect(result?.code).toContain(
      "React.lazy(() => import('./s3-modal').then((m) => ({ default: m.S3Modal })))",
    );
  });

  it('leaves every other module alone', () => {
    expect(transform.call(context, "import { S3Modal } from './s3-modal';", '/src/x.ts')).toBe(
      null,
    );
  });

  it('fails the build when the pinned import is gone (a library upgrade moved it)', () => {
    const code = "import React from 'react';\nimport { S3Modal } from './modal';\n";
    expect(() => transform.call(context, code, file)).toThrow(/no longer in/);
  });
});
