/**
 * The one error type of the geodata loaders. `file` names the geodata file (for example
 * "locations.json") and `reason` says in plain words what is wrong, so the app can show both
 * to the user instead of a blank screen.
 */
export class GeodataError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'GeodataError';
    this.file = file;
    this.reason = reason;
  }
}

/** A file that reads fine but is not the one the manifest lists: damaged, or from another version. */
export class GeodataChecksumError extends GeodataError {
  constructor(file: string, reason: string) {
    super(file, reason);
    this.name = 'GeodataChecksumError';
  }
}
