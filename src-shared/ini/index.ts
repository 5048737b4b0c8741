/** Lossless INI reading and marked-block editing for /etc/wsl.conf and .wslconfig. Pure: no node:* imports. */
export * from './lines';
export * from './parse';
export * from './blocks';
export * from './ensure';
export * from './diff';
export * from './text';
