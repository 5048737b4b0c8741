import { pinnedTools } from '../../src-shared/editor/tools';
import type { FixtureModule } from './net/servers';

/**
 * gopls, dlv and staticcheck as small modules at their real module paths, for
 * the loopback module proxy (net/servers.ts). Each main package prints a
 * banner and then its own module path and version from the build info, so
 * the version command after `go install` proves which module and version
 * were really built.
 */
function mainSource(banner: string): string {
  return `package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(${JSON.stringify(banner)})
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Println(bi.Main.Path, bi.Main.Version)
	}
}
`;
}

function tool(path: string, version: string, mainDir: string, banner: string): FixtureModule {
  return {
    path,
    versions: { [version]: { 'go.mod': `module ${path}\n\ngo 1.18\n`, [mainDir ? `${mainDir}/main.go` : 'main.go']: mainSource(banner) } },
  };
}

export function editorToolModules(v: { gopls: string; dlv: string; staticcheck: string }): FixtureModule[] {
  return [
    tool('golang.org/x/tools/gopls', v.gopls, '', 'golang.org/x/tools/gopls (test build)'),
    tool('github.com/go-delve/delve', v.dlv, 'cmd/dlv', 'Delve Debugger (test build)'),
    tool('honnef.co/go/tools', v.staticcheck, 'cmd/staticcheck', 'staticcheck (test build)'),
  ];
}

/** The three tools at the pins the wizard uses for `goVersion` (what a journey's module proxy must serve). */
export function editorModulesFor(tarball: { version: string }): FixtureModule[] {
  const pins = pinnedTools(tarball.version);
  if (!pins) throw new Error(`no Editor tool pins for ${tarball.version}`);
  const v = Object.fromEntries(pins.map((p) => [p.name, p.version])) as { gopls: string; dlv: string; staticcheck: string };
  return editorToolModules(v);
}
