import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences.js';

const sentences = (text: string) => sentenceSpans(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('sentenceSpans', () => {
  it('ends sentences at closing punctuation, without the space after it', () => {
    expect(sentences('We met at Web Summit. I would love to connect! ¿Hablamos?  ')).toEqual(['We met at Web Summit.', 'I would love to connect!', '¿Hablamos?']);
  });

  it('starts a sentence at an opening ¿ or ¡ after a word or an emoji, not after a comma', () => {
    expect(sentences('Me gustaría añadirte a mi red 😊 ¿qué tal estás? Hola ¡qué alegría!')).toEqual(['Me gustaría añadirte a mi red 😊', '¿qué tal estás?', 'Hola', '¡qué alegría!']);
    expect(sentences('Si tienes un rato, ¿hablamos? Te lo cuento: ¡salió bien!')).toEqual(['Si tienes un rato, ¿hablamos?', 'Te lo cuento: ¡salió bien!']);
  });

  it('ends a sentence at an emoji before a word in capitals, not before one in lower case', () => {
    expect(sentences('We met at a conference, not sure which 😅 Anyway, glad to connect.')).toEqual(['We met at a conference, not sure which 😅', 'Anyway, glad to connect.']);
    expect(sentences('Great talk 🙌 and thanks for the slides. Loved it ❤️ Would love to connect.')).toEqual(['Great talk 🙌 and thanks for the slides.', 'Loved it ❤️', 'Would love to connect.']);
  });

  it('does not end a sentence at a full stop with a word right after it, but does after a space', () => {
    expect(sentences('Ambos somos desarrolladores .NET en Quito. Hablamos?')).toEqual(['Ambos somos desarrolladores .NET en Quito.', 'Hablamos?']);
    expect(sentences('We met at the fair. Iván told me the rest.')).toEqual(['We met at the fair.', 'Iván told me the rest.']);
  });

  it('joins a line that does not close a sentence to the next, but not across a blank line', () => {
    expect(sentences('Hi Ana,\nwe met at the fair and\nI kept your card.\n\nBest,\nKim')).toEqual([
      'Hi Ana,\nwe met at the fair and\nI kept your card.',
      'Best,\nKim',
    ]);
    expect(sentences('Hi Ana,\n\nwe met at the fair')).toEqual(['Hi Ana,', 'we met at the fair']);
  });

  it('starts a sentence at each item of a list, whatever ends the line before it', () => {
    expect(sentences('Why I write:\n• we met at the fair\n- you run the Leeds depot\n2) a question\nThanks')).toEqual([
      'Why I write:',
      '• we met at the fair',
      '- you run the Leeds depot',
      '2) a question\nThanks',
    ]);
    expect(sentences('Hi Ana,\nwe met at the fair - twice')).toEqual(['Hi Ana,\nwe met at the fair - twice']);
  });

  it('goes on after an aside in brackets that ends with its own punctuation', () => {
    expect(sentences('Dana (she says hi!) suggested I write. We met at the fair (it rained.) Then I left.')).toEqual([
      'Dana (she says hi!) suggested I write.',
      'We met at the fair (it rained.)',
      'Then I left.',
    ]);
  });

  it('goes on after a question or exclamation quoted inside the sentence, not before a capital', () => {
    expect(sentences('You asked "who owns the metric?" at the end of the talk. I still ask it.')).toEqual(['You asked "who owns the metric?" at the end of the talk.', 'I still ask it.']);
    expect(sentences('¡Fuiste la de «¿y quién audita al auditor?» en el turno de preguntas! Toda la sala aplaudió.')).toEqual(['¡Fuiste la de «¿y quién audita al auditor?» en el turno de preguntas!', 'Toda la sala aplaudió.']);
    expect(sentences('Your talk was called "Why do tests fail?" Loved it.')).toEqual(['Your talk was called "Why do tests fail?"', 'Loved it.']);
  });

  it('ends a sentence after a lone capital when the next word is never a name', () => {
    expect(sentences('Congrats on the Series A. We help new teams. Plan B. The rest waits for J. Smith.')).toEqual([
      'Congrats on the Series A.',
      'We help new teams.',
      'Plan B.',
      'The rest waits for J. Smith.',
    ]);
  });

  it('does not end a sentence after a title or an initial', () => {
    expect(sentences('Mr. Smith and J. R. Tolkien met Dr. Pérez. La Sra. García también.')).toEqual([
      'Mr. Smith and J. R. Tolkien met Dr. Pérez.',
      'La Sra. García también.',
    ]);
  });

  it("does not end a sentence after any language's abbreviations", () => {
    expect(sentences('Sehr geehrter Hr. Braun, wir nutzen z.B. Kafka. Geachte Dhr. Jansen, bijv. Ede. Gentile Dott.ssa Rossi.')).toEqual([
      'Sehr geehrter Hr. Braun, wir nutzen z.B. Kafka.',
      'Geachte Dhr. Jansen, bijv. Ede.',
      'Gentile Dott.ssa Rossi.',
    ]);
  });

  it('ends a sentence at a full stop before a word in lower case, unless an abbreviation stands before it', () => {
    expect(sentences('always keen to meet ops folks. would love to hear how u did the switch, e.g. the tooling vs. the team. gracias por la Sra. y nada más')).toEqual([
      'always keen to meet ops folks.',
      'would love to hear how u did the switch, e.g. the tooling vs. the team.',
      'gracias por la Sra. y nada más',
    ]);
  });

  it('reads only the span it is given, with offsets into the whole text', () => {
    const text = '---\ndegree: 2\n---\nFirst one. Second one.';
    const start = text.indexOf('First');
    expect(sentenceSpans(text, { start, end: text.length })).toEqual([
      { start, end: start + 'First one.'.length },
      { start: start + 'First one. '.length, end: text.length },
    ]);
  });
});
