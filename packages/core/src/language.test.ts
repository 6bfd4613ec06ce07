import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language.js';
import { languageData } from './languages/index.js';
import { LANGUAGES } from './settings.js';

describe('guessLanguage', () => {
  it('names the language a note is plainly written in', () => {
    expect(guessLanguage('Hi Sam, I saw your talk at the meetup and would love to hear how you run on-call.')).toBe('en');
    expect(guessLanguage('Hola Marta, vi tu charla en el meetup y me encantaría saber cómo organizáis las guardias.')).toBe('es');
    expect(guessLanguage("Bonjour Marc, j'ai vu votre intervention au meetup et je serais ravi d'échanger avec vous.")).toBe('fr');
    expect(guessLanguage('Olá Rita, vi a sua palestra no meetup e gostaria muito de saber como você organiza os plantões.')).toBe('pt');
    expect(guessLanguage('Hallo Jan, ich habe deinen Vortrag beim Meetup gesehen und würde gerne mit dir über Bereitschaft sprechen.')).toBe('de');
    expect(guessLanguage('Ciao Luca, ho visto il tuo intervento al meetup e mi piacerebbe sapere come gestite la reperibilità.')).toBe('it');
    expect(guessLanguage('Hoi Daan, ik heb je praatje op de meetup gezien en wil graag weten hoe jullie het piket regelen.')).toBe('nl');
  });

  it('keeps words shared by several languages out of every list', () => {
    const owners = new Map<string, string[]>();
    for (const language of LANGUAGES) for (const word of languageData[language].frame.functionWords) owners.set(word, [...(owners.get(word) ?? []), language]);
    expect([...owners].filter(([, languages]) => languages.length > 1)).toEqual([]);
  });

  it('says nothing on too few words or a mix', () => {
    expect(guessLanguage('Hi {{firstName}}!')).toBeUndefined();
    expect(guessLanguage('Hola Sam, the deck para el meetup is ready.')).toBeUndefined();
  });
});
