// The two Vite features the renderer uses, declared here rather than through
// `vite/client` (a types-only entry the layering lint cannot resolve).

/** Stylesheets are imported for their side effect; Vite bundles them into a file. */
declare module '*.css';

interface ImportMeta {
  /** Vite's build-time file discovery (see i18n/resources.ts); only the eager default-import form is used. */
  glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
