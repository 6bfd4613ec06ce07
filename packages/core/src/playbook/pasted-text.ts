import type { Span } from '../document/length.js';

/**
 * Where a note's text sits in its file, for findings to be reported there: offsets in the
 * text (what the rules saw) to offsets in the file. A file that is one note is its own text.
 */
export interface Placement {
  /** The file offset of the character at `offset` in the text. */
  toFile(offset: number): number;
  /** Where in the file a range of the text that ends at `offset` ends. */
  toFileEnd(offset: number): number;
  /** A range of the text as a range of the file, when the two hold the same characters (no markup left out between). */
  fileRange(start: number, end: number): [number, number] | undefined;
}

export const SAME_PLACE: Placement = {
  toFile: (offset) => offset,
  toFileEnd: (offset) => offset,
  fileRange: (start, end) => [start, end],
};

/**
 * A note's text as it would be pasted into LinkedIn's box, made of stretches of its Markdown
 * file with the markup between them left out (a blockquote's `>`, an indentation, `**`), and
 * the way back from the text to the file.
 */
export class PastedText implements Placement {
  readonly text: string;
  /** The stretches of the file, in order, that make the text. */
  readonly #pieces: readonly Span[];
  /** Where each piece starts in the text. */
  readonly #starts: number[] = [];
  /** Where a note with no text at all is placed (its block's first line). */
  readonly #anchor: number;

  constructor(source: string, pieces: readonly Span[], anchor: number) {
    this.#pieces = pieces;
    this.#anchor = anchor;
    const parts: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      this.#starts.push(length);
      parts.push(source.slice(piece.start, piece.end));
      length += piece.end - piece.start;
    }
    this.text = parts.join('');
  }

  toFile(offset: number): number {
    const index = this.#pieceAt(offset);
    const piece = this.#pieces[index];
    return piece ? piece.start + offset - (this.#starts[index] as number) : this.#anchor;
  }

  // Ending at a piece's end stays there, rather than jumping over the markup to the next piece.
  toFileEnd(offset: number): number {
    return offset > 0 && this.#pieces.length > 0 ? this.toFile(offset - 1) + 1 : this.toFile(offset);
  }

  fileRange(start: number, end: number): [number, number] | undefined {
    const fileStart = this.toFile(start);
    const fileEnd = end > start ? this.toFileEnd(end) : fileStart;
    return fileEnd - fileStart === end - start ? [fileStart, fileEnd] : undefined;
  }

  /** The last piece starting at or before `offset`, by binary search. */
  #pieceAt(offset: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
