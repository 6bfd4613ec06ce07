import type { Placeholder } from '../document/placeholders.js';
import { fold } from './fold.js';

// The words that name the recipient (or the sender) in a placeholder: [First Name], {{firstName}},
// [Nombre], [Your Name]. Such a slot is the greeting's business, not a fact about the reason.
const PERSON_NAME_WORDS = new Set([
  'name', 'first', 'last', 'full', 'given', 'surname', 'recipient', 'prospect', 'lead', 'your', 'my', 'sender', 'their',
  'nombre', 'apellido', 'apellidos', 'tu', 'su', 'prenom', 'nom', 'votre', 'nome', 'sobrenome', 'seu', 'vorname', 'nachname',
  'dein', 'ihr', 'cognome', 'naam', 'voornaam', 'achternaam', 'del', 'de', 'da', 'contact', 'contacto', 'person',
]);

/** `[First Name]`, `{{firstName}}`, `[Your Name]`: a slot for a person's own name. */
export function isPersonNamePlaceholder(placeholder: Placeholder): boolean {
  const words = fold(placeholder.words).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => PERSON_NAME_WORDS.has(word)) && words.some((word) => /name|nom|naam/.test(word));
}

// Possessives that mark a template slot as the sender's own: [Your Company], [your role], [Mi empresa].
const SENDER_POSSESSIVES = new Set(['your', 'my', 'tu', 'mi', 'votre', 'mon', 'ma', 'seu', 'sua', 'meu', 'minha', 'dein', 'deine', 'mein', 'meine', 'tuo', 'tua', 'mio', 'mia', 'jouw', 'mijn', 'uw']);

/** `[Your Company]`, `[your role]`: a slot for the sender's own details, the same in every note. */
export function isSenderPlaceholder(placeholder: Placeholder): boolean {
  return SENDER_POSSESSIVES.has(fold(placeholder.words).split(' ')[0] ?? '');
}
