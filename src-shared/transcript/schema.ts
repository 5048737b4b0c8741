import { z } from 'zod';
import { Id } from '../contract/define';
import { LocalizedText } from '../contract/app';

/**
 * A recorded machine: what each probe printed (raw bytes) and how it exited.
 * The replay host answers from it; the support report carries one, so a
 * support person can replay exactly what the user's machine said.
 *
 * Output is stored either as text plus the encoding the tool wrote it in
 * (so a UTF-16LE wsl.exe answer is replayed as UTF-16LE bytes, and a Chinese
 * DISM answer as GBK bytes), or as base64 of the exact bytes. The OEM code
 * pages are there because Windows PowerShell 5.1 and the console tools write
 * [Console]::OutputEncoding, not UTF-8 (docs/transcripts.md).
 */
export const TRANSCRIPT_FORMAT = 'go-wsl-setup.transcript/1';

/** How recorded text becomes bytes again: Unicode forms, and the OEM code pages by either name. */
export const RecordedEncoding = z.enum([
  'utf8',
  'utf16le',
  'utf16le-bom',
  'utf8-bom',
  'gbk',
  'cp936',
  'shift_jis',
  'cp932',
  'cp437',
  'cp850',
  'windows-1252',
  'cp1252',
]);
export type RecordedEncoding = z.infer<typeof RecordedEncoding>;

export const RecordedOutput = z.union([
  z.object({ text: z.string(), encoding: RecordedEncoding.default('utf8') }).strict(),
  z.object({ base64: z.string().regex(/^[A-Za-z0-9+/=\s]*$/) }).strict(),
]);
export type RecordedOutput = z.infer<typeof RecordedOutput>;

export const PhaseMatch = z.union([z.string().max(64), z.array(z.string().max(64)).max(32)]);

export const TranscriptEntry = z
  .object({
    /** The CommandSpec id this answers ('wsl.status', 'win.facts', ...). */
    probe: z.string().min(1).max(128),
    /** Only for a spec with this key (e.g. a distro name); absent = any key. */
    key: z.string().max(256).optional(),
    /** Only while the machine is in this phase (or one of these); absent = any phase. */
    phase: PhaseMatch.optional(),
    exitCode: z.number().int().nullable(),
    stdout: RecordedOutput.optional(),
    stderr: RecordedOutput.optional(),
    /** How long the real command took; the replay streams output over (a capped part of) it. */
    durationMs: z.number().int().min(0).max(3_600_000).optional(),
    /** Answering this entry moves the machine to another phase (an install that needs a reboot, the reboot itself). */
    then: z.object({ phase: z.string().max(64) }).strict().optional(),
    /** Where this output comes from (a fixture file with its source line), for honesty. */
    source: z.string().max(1024).optional(),
  })
  .strict();
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;

export const Transcript = z
  .object({
    format: z.literal(TRANSCRIPT_FORMAT),
    machine: z
      .object({
        id: Id,
        title: LocalizedText,
        description: LocalizedText,
        /** The OS display language of the recorded machine (drives the first UI language). */
        locale: z.string().max(64).optional(),
        /**
         * [Console]::OutputEncoding.CodePage of the machine (936 on a Chinese Windows, 437 or
         * 850 in the West, 65001 with the "Beta: UTF-8" option): what its console tools write.
         */
        consoleCodePage: z.number().int().min(1).max(65535).optional(),
      })
      .strict(),
    initialPhase: z.string().max(64).default('start'),
    entries: z.array(TranscriptEntry).max(10_000),
  })
  .strict();
export type Transcript = z.infer<typeof Transcript>;
