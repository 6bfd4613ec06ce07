import { Transform } from 'node:stream';

/** How many of a line's last bytes are kept to find the id of a request too long to read. */
const TAIL_BYTES = 256;
// The id a request ends with as the SDK's clients write it (`…,"jsonrpc":"2.0","id":7}`).
const TRAILING_ID = /"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.){0,100}")\s*\}\s*$/;

/**
 * Standard input for the SDK's transport, a line (one JSON-RPC message) at a time, with every
 * line longer than `max` bytes left out as it streams past: the SDK's reader would otherwise
 * buffer it and, at 10 MB, close the connection. `refuse` is told the id of each request left
 * out, when its last bytes show one, so that the client can be answered instead of waiting.
 */
export function capLines(max: number, refuse: (id: number | string | undefined) => void): Transform {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let dropping = false;
  let tail = Buffer.alloc(0);
  const take = (piece: Buffer) => {
    tail = Buffer.concat([tail, piece.subarray(-TAIL_BYTES)]).subarray(-TAIL_BYTES);
    if (dropping) return;
    if (pendingBytes + piece.length > max) {
      dropping = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        take(chunk.subarray(start, newline + 1));
        if (dropping) refuse(idIn(tail));
        else this.push(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
        dropping = false;
        tail = Buffer.alloc(0);
        start = newline + 1;
      }
      if (start < chunk.length) take(chunk.subarray(start));
      done();
    },
  });
}

function idIn(tail: Buffer): number | string | undefined {
  const found = TRAILING_ID.exec(tail.toString('utf8').trimEnd())?.[1];
  return found === undefined ? undefined : (JSON.parse(found) as number | string);
}
