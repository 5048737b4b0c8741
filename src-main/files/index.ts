/** Crash-safe editing of users' files: atomic replace, backups with an undo journal, recovery. */
export * from './atomic-write';
export * from './target-io';
export * from './backup-store';
export * from './edit';
