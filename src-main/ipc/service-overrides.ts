import type { GoServiceDeps } from '../services/go/deps';
import type { NetworkServiceOptions } from '../services/network';

/**
 * Where the services reach the network, when not the real hosts. Test-only:
 * the e2e harness points the Go release list, the mirrors and the GOPROXY
 * candidates at loopback servers it started. The product never sets this.
 */
export interface ServiceOverrides {
  readonly go?: Pick<GoServiceDeps, 'mirrors' | 'releaseLists' | 'allowLoopbackHttp' | 'timeouts'>;
  readonly network?: Omit<NetworkServiceOptions, 'explain' | 'onOutput'>;
}
