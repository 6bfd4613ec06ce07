/** Where each line of a text starts and its content ends, line endings as Markdown reads them (LF, CRLF, CR). */
export class Lines {
  /** The offset where each line starts; line n (1-based) at index n - 1. */
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const ending = /\r\n|\r|\n/g;
    for (let match = ending.exec(text); match; match = ending.exec(text)) this.starts.push(match.index + match[0].length);
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Where the line's content ends: before its line ending. */
  contentEnd(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    return this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? next - 2 : next - 1;
  }
}
