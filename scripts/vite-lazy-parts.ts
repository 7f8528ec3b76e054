import type { Plugin } from 'vite';

/**
 * A part of a library component that a first load never shows, loaded when it first renders
 * instead: its static import in `file` (a path inside node_modules) becomes a lazy component
 * behind its own Suspense boundary (nothing shown while it loads, as nothing was before).
 */
interface LazyPart {
  file: string;
  /** The import statement as it stands in the pinned version. */
  statement: string;
  /** The local name it binds. */
  name: string;
  /** The module it imports from, and the export (`default` or a name). */
  from: string;
  exportName: string;
}

const parts: LazyPart[] = [
  {
    // The browse dialog (a table of buckets and objects, its filter and pagination): about
    // 50 KiB of gzip JS that the create form carries for a button most visits never press.
    file: '@cloudscape-design/components/s3-resource-selector/index.js',
    statement: "import { S3Modal } from './s3-modal';",
    name: 'S3Modal',
    from: './s3-modal',
    exportName: 'S3Modal',
  },
  {
    // What a Cloudscape error boundary shows once a component has crashed: it formats its
    // message with intl-messageformat and its ICU parser, about 11 KiB of gzip JS on every
    // page (the sign-in page included) for a screen that shows only after a crash.
    file: '@cloudscape-design/components/error-boundary/internal.js',
    statement: "import { ErrorBoundaryFallback } from './fallback';",
    name: 'ErrorBoundaryFallback',
    from: './fallback',
    exportName: 'ErrorBoundaryFallback',
  },
  // AppLayout ships three layouts and picks one as it renders: this build of Cloudscape is
  // always visual refresh, so the classic layout never shows, and the toolbar layout only
  // when a console sets a global flag (this one does not). Together with the toolbar's
  // "new features" drawer and the drag-and-drop library (dnd-kit) it brings, about 20 KiB.
  {
    file: '@cloudscape-design/components/app-layout/internal.js',
    statement: "import ClassicAppLayout from './classic';",
    name: 'ClassicAppLayout',
    from: './classic',
    exportName: 'default',
  },
  {
    file: '@cloudscape-design/components/app-layout/internal.js',
    statement: "import ToolbarAppLayout from './visual-refresh-toolbar';",
    name: 'ToolbarAppLayout',
    from: './visual-refresh-toolbar',
    exportName: 'default',
  },
];

export function lazyLibraryParts(): Plugin {
  return {
    name: 'lazy-library-parts',
    apply: 'build',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      const here = parts.filter((p) => path.endsWith(`/node_modules/${p.file}`));
      if (here.length === 0) return null;
      if (!/^import React\b/m.test(code))
        this.error(`lazy-library-parts: ${here[0]!.file} no longer imports React as its default`);
      let result = code;
      for (const part of here) {
        // A library upgrade that moved the import fails the build rather than losing the split.
        if (!result.includes(part.statement))
          this.error(`lazy-library-parts: "${part.statement}" is no longer in ${part.file}`);
        const lazy = `Lazy${part.name}`;
        const loaded =
          part.exportName === 'default' ? '' : `.then((m) => ({ default: m.${part.exportName} }))`;
        // forwardRef: the layouts take a ref (React 19 passes it as a prop to the lazy one).
        const replacement = [
          `const ${lazy} = React.lazy(() => import('${part.from}')${loaded});`,
          `const ${part.name} = React.forwardRef((props, ref) => React.createElement(React.Suspense, { fallback: null }, React.createElement(${lazy}, { ...props, ref })));`,
        ].join('\n');
        result = result.replace(part.statement, replacement);
      }
      return { code: result, map: null };
    },
  };
}
