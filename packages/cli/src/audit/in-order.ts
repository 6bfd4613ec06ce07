/**
 * Results that arrive in any order, handled in the order they were added: at most `limit`
 * wait at once, so whoever adds them is held back rather than holding ever more of them.
 */
export class InOrder {
  private readonly waiting: Promise<void>[] = [];

  constructor(private readonly limit: number) {}

  async add<T>(result: Promise<T>, handle: (value: T) => void): Promise<void> {
    const previous = this.waiting.at(-1);
    const handled = (async () => {
      const value = await result;
      await previous;
      handle(value);
    })();
    // A failure is thrown where this one is awaited (here or in `drain`), not reported as unhandled before.
    handled.catch(() => undefined);
    this.waiting.push(handled);
    if (this.waiting.length > this.limit) await this.waiting.shift();
  }

  /** Once every result added has been handled. */
  async drain(): Promise<void> {
    while (this.waiting.length > 0) await this.waiting.shift();
  }
}
