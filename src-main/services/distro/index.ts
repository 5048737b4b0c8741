/** The Distro step's service and its building blocks (see service.ts for the API the IPC handlers call). */
export { DistroService, type DistroServiceDeps, type DistroList } from './service';
export { distroCommands, distroScripts } from './commands';
export { distroWslConf } from './distro-file';
export { computeEdit, type MachineFacts } from './config';
