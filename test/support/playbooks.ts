/**
 * Playbooks written for these tests, the way teams keep them: a heading per situation and
 * under it the note, in a fenced block, a blockquote or a paragraph under a note comment.
 * Each note carries what the playbook should make of it, and the lines it lands on.
 */
export interface Section {
  heading: string;
  shape: 'fence' | 'hbs-fence' | 'quote' | 'comment';
  /** The note as it would be pasted. */
  text: string;
  /** For `comment`: the settings written in it. */
  comment?: string;
  /** What the heading or comment should give it; undefined for a message that is not an invitation (skipped). */
  degree?: 1 | 2 | 3;
}

export interface BuiltNote extends Section {
  /** 1-based lines of the note's text in the file. */
  firstLine: number;
  lastLine: number;
  /** Columns of markup before the text on each line (a quote's `> `). */
  indent: number;
}

export interface Playbook {
  source: string;
  notes: BuiltNote[];
}

export function buildPlaybook(head: string, sections: readonly Section[]): Playbook {
  const lines = head.split('\n');
  const notes: BuiltNote[] = [];
  for (const section of sections) {
    lines.push('', section.heading, '');
    const text = section.text.split('\n');
    if (section.shape === 'comment') lines.push(`<!-- invite-lint ${section.comment ?? ''} -->`);
    if (section.shape === 'fence' || section.shape === 'hbs-fence') lines.push(section.shape === 'fence' ? '```' : '```hbs');
    const firstLine = lines.length + 1;
    lines.push(...(section.shape === 'quote' ? text.map((line) => (line ? `> ${line}` : '>')) : text));
    notes.push({ ...section, firstLine, lastLine: lines.length, indent: section.shape === 'quote' ? 2 : 0 });
    if (section.shape === 'fence' || section.shape === 'hbs-fence') lines.push('```');
  }
  return { source: `${lines.join('\n')}\n`, notes };
}

export const english = buildPlaybook('# Connection requests\n\nWhat we write in LinkedIn invitations. Fill the slots before sending.', [
  {
    heading: '## Alumni',
    shape: 'fence',
    text: "Hi [Name], I saw you also did the data engineering master at [University]. I'm now building pipelines for cold-chain logistics and would like to compare notes on dbt testing.",
    degree: 3,
  },
  { heading: '## Met at a conference', shape: 'quote', text: 'Hi Priya, great meeting you at the conference last week!\nWould love to stay in touch.', degree: 3 },
  {
    heading: '## Mutual connection',
    shape: 'quote',
    text: 'Hi Tom, Lena Fischer suggested I reach out about your work on\nbattery recycling in Leipzig. I run procurement at a small EV startup.',
    degree: 2,
  },
  {
    heading: '## Referral',
    shape: 'fence',
    text: 'Hi Marco, Julia Weber from Northwind referred me to you. We are piloting route optimisation for grocery deliveries in Munich, and I would value ten minutes of your view on driver scheduling, since your team solved the same problem last year.',
    degree: 2,
  },
  { heading: '## Cold outreach', shape: 'comment', comment: 'degree: 3', text: "Hi Sam, I'd like to add you to my professional network on LinkedIn.", degree: 3 },
  { heading: '## Follow-up after they accept', shape: 'fence', text: "Thanks for connecting, [Name]! Here's the checklist I mentioned." },
  { heading: '## InMail to recruiters', shape: 'quote', text: "Hi [Name], I'd like to add you to my professional network on LinkedIn." },
]);

export const spanish = buildPlaybook('---\nlang: es\n---\n\n# Invitaciones de LinkedIn', [
  {
    heading: '## Antiguos alumnos',
    shape: 'fence',
    text: 'Hola [Nombre], vi que también estudiaste Ingeniería Industrial en la Universidad de Oviedo. Trabajo en planificación de demanda y me gustaría conocer tu experiencia con previsiones en retail.',
    degree: 3,
  },
  { heading: '## Después de un congreso', shape: 'quote', text: 'Hola Lucía, coincidimos en el congreso\ny me quedé con ganas de seguir hablando de almacenes automáticos.', degree: 3 },
  { heading: '## Contacto en común', shape: 'quote', text: 'Hola Jorge, me encantaría conectar contigo.', degree: 2 },
  { heading: '## Sin contexto', shape: 'comment', comment: 'degree: 3', text: 'Hola Marta, me gustaría agregarte a mi red profesional en LinkedIn.', degree: 3 },
  { heading: '## Mensaje de bienvenida', shape: 'quote', text: 'Gracias por aceptar, [Nombre]. Te paso el informe que te comenté.' },
  { heading: '## Correo en frío', shape: 'fence', text: 'Hola [Nombre], me gustaría agregarte a mi red profesional en LinkedIn.' },
]);
