import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    { code: '' },
    { code: 'Hi Elena, great meeting you at the conference last week! Let us stay in touch.' },
    { code: 'Hi Grace, I see we are both in the Product Led Growth group. Would love to connect!' },
    { code: 'Hi Laura, I see we have 12 connections in common. I run operations at a 3PL in Zaragoza and would love to connect.' },
    { code: "Hey Nadia! It's been ages since we shipped the Atlas release together at Brightwave." },
    { code: 'Hi Chris, I see you are hiring backend engineers at Loop. I am a Go developer with six years in payments.' },
    { code: 'Hi Mike, noticed Brewhaus opened two new taprooms this spring. We build loyalty apps and would love to connect.' },
    { code: 'Hi [Name], [Mutual Connection] suggested I reach out. I would love to hear your thoughts on [topic].' },
    { code: 'Hola Sergio, tenemos 15 contactos en común. Me gustaría conectar para intercambiar experiencias sobre logística de última milla.' },
    { code: "Bonjour Claire, je vois que vous dirigez la DSI d'un groupe de cliniques. J'aimerais échanger sur vos enjeux NIS2." },
    { code: 'Hallo Jonas, Katrin meinte, du suchst gerade Backend-Entwickler mit Kotlin-Erfahrung.' },
  ],
  invalid: [
    { code: 'Hi!', errors: [{}] },
    { code: '👋🙂', errors: [{}] },
    { code: 'https://calendly.com/someone/15min', errors: [{}] },
    { code: 'Hi Sam, let us connect!', errors: [{ line: 1, column: 9 }] },
    { code: 'Hi Beth! Big fan of your work 🙂', errors: [{}] },
    { code: "Hi Raj, I'm a junior data analyst and I'd love to learn from experienced people like you.", errors: [{}] },
    { code: 'Hi there, I am a student looking to grow my network. Please accept my request!', errors: [{}] },
    { code: 'Hi [Name], I came across your profile and was impressed by your experience in [industry].', errors: [{}] },
    { code: "Hi [Name], I'm [Your Name], a [your role] at [Your Company]. I'd love to connect with you.", errors: [{}] },
    { code: 'Dear [Name], I am writing to introduce our company, [Company Name], a leading provider of [service]. We offer our services.', errors: [{}] },
    { code: 'Hi Laura, we are both connected to Pedro Alonso. Let us connect!', errors: [{}] },
    { code: 'Hola Daniel, sigo tu contenido desde hace tiempo. ¡Me encantaría conectar contigo!', errors: [{}] },
    { code: 'Buenos días, estoy buscando nuevas oportunidades y me encantaría ampliar mi red de contactos.', errors: [{}] },
    { code: 'Ciao Giulia, ho visto il tuo profilo e mi piacerebbe connettermi con te. Buona giornata!', errors: [{}] },
    { code: 'Guten Tag Frau Schulz, ich bin auf Ihr Profil gestoßen und würde mich gern mit Ihnen vernetzen.', errors: [{}] },
    { code: '¡Hola [Nombre]! Veo que tenemos 35 contactos en común, ¿por qué no conectar? 😊', errors: [{}] },
    { code: 'Hi {first_name}, we help B2B SaaS companies triple their pipeline. Open to a quick 15-min call this week?', errors: [{}] },
  ],
});
