import { z } from 'zod';
import { DistroName, LinuxUser } from '../names';
import { Id, invoke } from './define';
import { GoVersionText } from './go';
import { ProxyInput } from './network';

/**
 * The Editor step (between Verify and Finish): the Go tools VS Code's Go
 * extension needs, installed in the distro through the network step's
 * GOPROXY/GOSUMDB and proxy; a first project ~/hello-go; undo of only what
 * the step made. Windows-side VS Code detection/installation is not here yet.
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

export const editorInvoke = {
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
