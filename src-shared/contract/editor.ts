import { z } from 'zod';
import { DistroName, LinuxUser } from '../names';
import { Empty, Id, invoke } from './define';
import { GoVersionText } from './go';
import { ProxyInput } from './network';

/**
 * The Editor step (between Verify and Finish): the Go tools VS Code's Go
 * extension needs, installed in the distro through the network step's
 * GOPROXY/GOSUMDB and proxy; a first project ~/hello-go; undo of only what
 * the step made; VS Code on Windows: found by the facts script, installed by
 * winget per user, the WSL extension, and hello-go opened in the WSL remote.
 * No channel takes a path or a program from the renderer: main runs what the
 * facts found.
 */
export const EditorTarget = z.object({ distro: DistroName, user: LinuxUser }).strict();
export type EditorTarget = z.infer<typeof EditorTarget>;

const FindingId = z.string().max(64).regex(/^[A-Z][A-Z0-9_]*$/);

export const EditorToolOutcome = z.object({
  name: z.enum(['gopls', 'dlv', 'staticcheck']),
  version: z.string(),
  ok: z.boolean(),
  /** First line of the tool's own version command. */
  proof: z.string().nullable(),
  catalogId: FindingId.nullable(),
  evidence: z.array(z.string()),
});
export type EditorToolOutcome = z.infer<typeof EditorToolOutcome>;

export const EditorToolsResult = z.object({
  gobin: z.string().nullable(),
  tools: z.array(EditorToolOutcome),
});
export type EditorToolsResult = z.infer<typeof EditorToolsResult>;

export const EditorProjectResult = z.object({ path: z.string(), created: z.boolean() });
export type EditorProjectResult = z.infer<typeof EditorProjectResult>;

export const EditorUndoResult = z.object({
  removed: z.array(z.string()),
  kept: z.array(z.object({ path: z.string(), reason: z.string() })),
});
export type EditorUndoResult = z.infer<typeof EditorUndoResult>;

/** A GOPROXY list as `go env` takes it (the network step's winner, usually "URL,direct"); '' keeps the user's. */
const GoproxyList = z.string().max(1024).regex(/^[A-Za-z0-9:/._~%@+=,|-]*$/, 'a GOPROXY list');
const GosumdbValue = z.enum(['', 'sum.golang.org', 'sum.golang.google.cn', 'off']);

const VsCodeInstall = z.object({
  scope: z.enum(['user', 'system']),
  channel: z.enum(['stable', 'insiders']),
  version: z.string().nullable(),
  location: z.string(),
  cli: z.object({ exe: z.string(), cliJs: z.string() }).nullable(),
});

/** src-shared/editor/vscode-facts.ts's VsCodeFacts. */
export const VsCodeFactsSchema = z.object({
  known: z.boolean(),
  installs: z.array(VsCodeInstall),
  wslExtension: z.object({ installed: z.boolean(), version: z.string().nullable() }),
  winget: z.string().nullable(),
});

/** What one winget / code command did: its exit code, and when it failed, the catalog's reading of its output. */
export const VsCodeRun = z.object({
  ok: z.boolean(),
  exitCode: z.number().nullable(),
  catalogId: FindingId.nullable(),
  evidence: z.array(z.string()),
});
export type VsCodeRun = z.infer<typeof VsCodeRun>;

/** The facts as re-read after an action (or on "check again"), with the run that came before, if any. */
export const VsCodeStatus = z.object({ facts: VsCodeFactsSchema, run: VsCodeRun.nullable() });
export type VsCodeStatus = z.infer<typeof VsCodeStatus>;

export const EditorOpenResult = z.object({ path: z.string(), run: VsCodeRun });
export type EditorOpenResult = z.infer<typeof EditorOpenResult>;

export const editorInvoke = {
  /** Re-reads the facts (one PowerShell run, live in the Terminal). */
  'editor.detectVsCode': invoke(Empty, VsCodeStatus),
  /** `winget install --id Microsoft.VisualStudioCode -e --scope user ...`, live; then the facts again. */
  'editor.installVsCode': invoke(z.object({ taskId: Id }).strict(), VsCodeStatus),
  /** `code --install-extension ms-vscode-remote.remote-wsl` on Windows, live; then the facts again. */
  'editor.installWslExtension': invoke(z.object({ taskId: Id }).strict(), VsCodeStatus),
  /** golang.go into the WSL remote, from inside the distro (editor-go-extension.sh), through the network step's proxy. */
  'editor.installGoExtension': invoke(z.object({ taskId: Id, target: EditorTarget, proxy: ProxyInput.optional() }).strict(), VsCodeRun),
  /** ~/hello-go (made when missing), then `code --remote wsl+<distro> <its path>`. */
  'editor.openProject': invoke(z.object({ target: EditorTarget }).strict(), EditorOpenResult),
  'editor.installTools': invoke(
    z
      .object({
        taskId: Id,
        target: EditorTarget,
        /** The installed Go (the pins follow it). */
        goVersion: GoVersionText,
        goproxy: GoproxyList.default(''),
        gosumdb: GosumdbValue.default(''),
        proxy: ProxyInput.optional(),
      })
      .strict(),
    EditorToolsResult,
  ),
  'editor.createProject': invoke(z.object({ target: EditorTarget }).strict(), EditorProjectResult),
  'editor.undo': invoke(z.object({ target: EditorTarget }).strict(), EditorUndoResult),
} as const;
