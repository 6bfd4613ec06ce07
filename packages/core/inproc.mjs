import { lint } from './dist/index.js';
const openings = ['Hi Ana,', 'Hello Marcus,', 'Hola Lucía,', 'Hi {{firstName}},', 'Hi [First Name],'];
const bodies = [
  'Tomás Ortega mentioned you are rebuilding the data platform at Finlo. I led a similar migration last year and would be glad to compare notes.',
  'we met at Web Summit after your talk on pricing pages. I would love to keep the conversation going about annual plans.',
  'Andrés me comentó que estás montando el equipo de datos en Madrid. Me encantaría comparar notas sobre calidad de datos.',
  "I'd like to add you to my professional network on LinkedIn.",
];
const note = (index) => `---\ndegree: ${(index % 3) + 1}\n---\n${openings[index % openings.length]} ${bodies[index % bodies.length]} (#${index})\n`;
for (let index = 0; index < 200; index++) lint(note(index), { filePath: 'warm.txt' });
const times = [];
for (let index = 0; index < 2000; index++) { const s = process.hrtime.bigint(); lint(note(index), { filePath: index % 5 === 3 ? 'note.hbs' : 'note.txt' }); times.push(Number(process.hrtime.bigint() - s) / 1e6); }
times.sort((a, b) => a - b);
console.log('median', times[1000].toFixed(3), 'p95', times[1900].toFixed(3));
