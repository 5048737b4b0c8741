/**
 * The folder a file lives in tells what it may import.
 * - src-shared: pure TypeScript that runs anywhere (renderer, main, CLI): no electron, no node built-ins.
 * - src-renderer: browser code: no electron, no node built-ins, nothing from src-main.
 * - src-main: Node/Electron side; never imports the renderer.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-electron',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { path: '(^|/)node_modules/(electron|node-pty|ws)/' },
    },
    {
      name: 'shared-stays-shared',
      severity: 'error',
      from: { path: '^src-shared/' },
      to: { path: '^src-(main|renderer)/' },
    },
    {
      name: 'renderer-is-browser-code',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron-or-main',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { path: '(^src-main/|(^|/)node_modules/(electron|node-pty|ws)/)' },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      from: { path: '^src-main/' },
      to: { path: '^src-renderer/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      // vite/client is an ambient type reference (env.d.ts), not an import.
      to: { couldNotResolve: true, pathNot: '^vite/client$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|test|e2e|bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: process.env.GWS_DEPCRUISE_TSCONFIG ?? 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
