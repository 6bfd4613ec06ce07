import { describe, expect, it } from 'vitest';
import { frameChecker, type FrameProblem } from './frames.js';

/** Feed `chunks` to a checker: the problems it found, in order. */
function check(chunks: readonly string[]): FrameProblem[] {
  const problems: FrameProblem[] = [];
  const feed = frameChecker((problem) => problems.push(problem));
  for (const chunk of chunks) feed(Buffer.from(chunk));
  return problems;
}

const frame = (body: string, extra = '') => `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('frameChecker', () => {
  it('passes good frames however the chunks cut them: headers, bodies, several in one chunk', () => {
    const stream = frame('{"id":1}') + frame('{"text":"añadir"}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n') + frame('');
    expect(check([stream])).toEqual([]);
    expect(check([...stream])).toEqual([]);
    expect(check([stream.slice(0, 17), stream.slice(17, 19), stream.slice(19)])).toEqual([]);
    expect(check(['content-length: 2\r\n\r\n{}'])).toEqual([]);
  });

  it('finds a frame the reader could not read', () => {
    expect(check([frame('{}'), 'Content-Length: 1e3\r\n\r\n'])).toEqual([{ id: 'notANumber', value: '1e3' }]);
    expect(check(['Content-Type: x\r\n\r\n'])).toEqual([{ id: 'noLength' }]);
    expect(check(['garbage\r\n\r\n'])).toEqual([{ id: 'noColon', line: 'garbage' }]);
    expect(check(['Content-Length: 67108865\r\n\r\n'])).toEqual([{ id: 'tooLong', value: '67108865' }]);
    expect(check(['Content-Length: 67108864\r\n\r\n'])).toEqual([]);
    expect(check(['x'.repeat(5000), 'x'.repeat(5000)])).toEqual([{ id: 'headerTooLong' }]);
  });
});
