import { describe, expect, it } from 'vitest';
import { NoteDocument } from './note-document.js';

const proseOf = (source: string) => new NoteDocument(source, 'txt').prose;

describe('NoteDocument.prose', () => {
  it("reads Markdown's emphasis marks around words as spaces, offsets kept", () => {
    const source = 'Hi **Rui**, we met at __Data Saturday Porto__ and _Inês_ said hello.';
    expect(proseOf(source)).toBe('Hi   Rui  , we met at   Data Saturday Porto   and  Inês  said hello.');
    expect(proseOf(source)).toHaveLength(source.length);
  });

  it('reads the quotation marks around a whole note as spaces, not those of a quotation inside', () => {
    expect(proseOf('“Hola Ana, nos vimos en la feria.”\n')).toBe(' Hola Ana, nos vimos en la feria. \n');
    expect(proseOf('"Loved your talk" is what I said, "really"')).toBe('"Loved your talk" is what I said, "really"');
  });

  it('keeps marks that emphasise nothing: inside a word, a bullet, arithmetic', () => {
    const source = 'my_handle on GitHub\n* first point\n* second point\n5 * 3 = 15';
    expect(proseOf(source)).toBe(source);
  });
});

describe('NoteDocument with a spin block', () => {
  const source = 'Hi {% spin %}{{mutual}} told me about you|I heard of you from {{mutual}}{% endspin %}!';

  it('reads the first alternative where it stands, its slots as slots, and nothing of the rest', () => {
    const note = new NoteDocument(source, 'txt');
    expect(note.prose).toBe(`Hi           xxxxxxxxxx told me about you${' '.repeat(44)}!`);
    expect(note.placeholders.map(({ syntax, control, unchosen }) => [syntax, control ?? false, unchosen ?? false])).toEqual([
      ['spin', true, false],
      ['mustache', false, false],
      ['spin', true, true],
    ]);
  });

  it('in a Handlebars template, makes values of the tags in the first alternative only', () => {
    const note = new NoteDocument(source, 'hbs');
    expect(note.prose).toBe(`Hi           xxxxxxxxxx told me about you${' '.repeat(44)}!`);
    expect(note.placeholders.filter((placeholder) => !placeholder.control).map(({ raw, start }) => `${raw}@${start}`)).toEqual(['{{mutual}}@13']);
  });
});
