/** A page that is not fetched, or not read: the address as given and the reason, in words. */
export class FetchRefused extends Error {
  readonly address: string;
  readonly reason: string;
  constructor(address: string, reason: string) {
    super(`${address}: ${reason}`);
    this.name = 'FetchRefused';
    this.address = address;
    this.reason = reason;
  }
}
