import type { PortMapping } from './portMapping';
import { hostPortsClash } from './portMapping';

/** Ranges wider than this are kept in a list checked against every mapping instead of one bucket per port. */
const WIDEST_INDEXED_RANGE = 256;

/**
 * The host ports claimed so far, in the order they were claimed, found by port number instead of
 * by comparing each new mapping with every earlier one: a Compose file of 2,000 services made
 * that pairwise search the slowest part of its lint (56 ms). Answers exactly what a linear
 * search with `hostPortsClash` would: the earliest claim that clashes.
 */
export class HostPortIndex<T> {
  private readonly claims: { mapping: PortMapping; value: T }[] = [];
  /** Claim indexes by `protocol/port`. */
  private readonly byPort = new Map<string, number[]>();
  /** Claim indexes of ranges too wide to bucket port by port. */
  private readonly wide: number[] = [];

  add(mapping: PortMapping, value: T): void {
    const index = this.claims.length;
    this.claims.push({ mapping, value });
    const host = mapping.host;
    if (!host) return; // Docker picks a free port: it clashes with nothing
    if (host.end - host.start >= WIDEST_INDEXED_RANGE) {
      this.wide.push(index);
      return;
    }
    for (let port = host.start; port <= host.end; port++) {
      const key = `${mapping.protocol}/${port}`;
      const list = this.byPort.get(key);
      if (list) list.push(index);
      else this.byPort.set(key, [index]);
    }
  }

  /**
   * The earliest claim whose host port clashes with this mapping's, with its mapping. `accept`
   * skips claims that cannot meet this one (services that never run together, by profiles).
   */
  firstClash(mapping: PortMapping, accept?: (value: T) => boolean): { mapping: PortMapping; value: T } | undefined {
    const host = mapping.host;
    if (!host) return undefined;
    let best = Infinity;
    const clashes = (index: number) => hostPortsClash(this.claims[index].mapping, mapping) && (!accept || accept(this.claims[index].value));
    // Each list holds claim indexes in ascending order: the first clash in it is its earliest,
    // so the walk stops there (11,000 `-p 80:80` compared each new one with every earlier one).
    const earliestIn = (list: readonly number[] | undefined) => {
      if (!list) return;
      for (const index of list) {
        if (index >= best) return;
        if (clashes(index)) {
          best = index;
          return;
        }
      }
    };
    earliestIn(this.wide);
    if (host.end - host.start >= WIDEST_INDEXED_RANGE) {
      // A wide new range: every claim is a candidate, in order, up to the first clash.
      for (let i = 0; i < this.claims.length && i < best; i++) {
        if (clashes(i)) best = i;
      }
    } else {
      for (let port = host.start; port <= host.end; port++) earliestIn(this.byPort.get(`${mapping.protocol}/${port}`));
    }
    return best === Infinity ? undefined : this.claims[best];
  }
}
