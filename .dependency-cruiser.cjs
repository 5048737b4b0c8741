/**
 * The folder a file lives in tells what it may import.
 * - src-shared: pure TypeScript that runs anywhere (renderer, main, CLI): no electron, no node built-ins.
 * - src-renderer: browser code: no electron, no node built-ins, nothing from src-main.
 * - src-main: Node/Electron side; never imports the renderer. Inside it, layers:
 *     app, cli, harness   entry points: they start a process and wire everything
 *     ipc                 the contract bound to handlers, and the Runtime they need
 *     services            one folder per capability, constructed with what they use
 *     host, terminal, files, distro-scripts   the OS: processes, ptys, files, scripts
 *   Each imports only from its own layer or below, never back up, and no import
 *   chain anywhere comes back to where it started.
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
      name: 'main-entry-points-on-top',
      comment: 'app, cli and harness start processes; nothing below them imports them.',
      severity: 'error',
      from: { path: '^src-main/(ipc|services|host|terminal|files|distro-scripts)/' },
      to: { path: '^src-main/(app|cli|harness)/' },
    },
    {
      name: 'main-product-not-harness',
      comment: 'The harness is a test transport: the app and the doctor CLI never depend on it (it may reuse the app).',
      severity: 'error',
      from: { path: '^src-main/(app|cli)/' },
      to: { path: '^src-main/harness/' },
    },
    {
      name: 'main-services-below-ipc',
      comment: 'Services get what they use through their constructor or parameters, never the IPC layer or its Runtime.',
      severity: 'error',
      from: { path: '^src-main/(services|host|terminal|files|distro-scripts)/' },
      to: { path: '^src-main/ipc/' },
    },
    {
      name: 'main-os-layer-at-bottom',
      comment: 'host, terminal, files and distro-scripts know nothing of the services that use them.',
      severity: 'error',
      from: { path: '^src-main/(host|terminal|files|distro-scripts)/' },
      to: { path: '^src-main/services/' },
    },
    {
      name: 'no-circular',
      comment: 'No import chain comes back to where it started, at any depth (type-only imports count).',
      severity: 'error',
      from: {},
      to: { circular: true },
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
