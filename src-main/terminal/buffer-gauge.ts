/**
 * Total UTF-8 bytes of terminal output held on behalf of the renderer, over all
 * sessions, and its highest value: the figure the throughput bench checks
 * against its memory goal.
 */
export class BufferGauge {
  private current = 0;
  private highest = 0;

  add(delta: number): void {
    this.current += delta;
    if (this.current > this.highest) this.highest = this.current;
  }

  get value(): number {
    return this.current;
  }
  get peak(): number {
    return this.highest;
  }
}
