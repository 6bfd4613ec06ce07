import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';
import { stockTextTable } from './table.js';

testRule(rule, {
  valid: [
    // Beside a reason, an event or a person in common, the stock sentence is part of a note.
    { code: "Hi Sam, I saw your talk at KubeCon on eBPF. I'd like to add you to my professional network on LinkedIn." },
    { code: "Hi [First Name], I noticed we're both connected with [Mutual Connection]. I'd love to add you to my network!" },
    { code: 'Hi, I\'d like to connect with you.' },
    { code: "I promised myself I'd never send \"I'd like to add you to my professional network on LinkedIn\", so here is the reason: Ravi shared your thread on pricing." },
    { code: 'Hola Marta, me gustaría añadirte a mi red de contactos en LinkedIn porque estoy montando un equipo de datos en Sevilla.' },
    { code: "I'd like to add you to my professional network on LinkedIn: we met at PyCon and you asked about our linter." },
    { code: 'Hi Ana, we met at Web Summit last week.' },
    { code: "Hi Sam, I'd like to add you to my network: we both run support teams for fintech apps in Lisbon." },
    { code: '' },
    { code: 'LinkedIn network professional add like to you my on.' },
    // A slot where the template's user writes what is specific about them is a reason.
    { code: "Hello {{first_name}}, [a line on the talk they gave last month]. I'd like to add you to my professional network on LinkedIn." },
    { code: 'Hola {{nombre}}, {{detalle_especifico}}. Me gustaría añadirte a mi red profesional.' },
    // A team's own approved wording, allowed by config.
    { code: "Hi Ana, I'd like to add you to my professional network on LinkedIn. (Sent from the Acme Partner Program.)", options: { allow: ['Acme Partner Program'] } },
    { code: "I'd like to add you to my professional network on LinkedIn.", options: { allow: ['professional network on LinkedIn'] } },
    // Beside networking talk or praise, the stock sentence is more than a greeting frames: the other rules judge the note, as the corpus guidelines read it (en, es).
    { code: "Hi [Name], I'm always looking to connect with people in logistics. Your background is impressive. I'd love to add you to my professional network." },
    { code: 'Hola Sam, los dos estamos en el mismo sector y compartimos visión. Me gustaría añadirte a mi red profesional. Un saludo.', settings: { lang: 'es' } },
  ],
  invalid: [
    // An honorific after the name, asked after them: still the stock note.
    { code: "Hi Rakesh bhai,\n\nI hope you're doing well.\n\nI'd like to add you to my professional network on LinkedIn.", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    // A headline as long as LinkedIn allows under the name.
    { code: "Hello,\nI'd like to add you to my professional network on LinkedIn.\nKind regards,\nNadia Osei\nVP Partnerships | 15+ yrs Channel Sales | Advisor | Helping fintech startups grow from seed to Series B | Speaker", settings: { degree: 3 }, errors: [{ messageId: 'stock' }] },
    // Closed in the writer's own language after asking after them: still the stock note.
    { code: "Hi Paula,\n\nI hope you're doing well.\n\nI'd like to add you to my professional network on LinkedIn.\n\nSaludos,\nIgnacio", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'stock' }] },
    // A signature above a postscript of courtesy is no part of the note: still the stock note.
    { code: "Captain,\n\nI'd like to add you to my professional network on LinkedIn.\n\nBest,\nSgt. P. Okafor\n\nP.S. No rush at all.", settings: { degree: 3 }, errors: [{ messageId: 'stock' }] },
    { code: 'Hello Priya, I want to join your professional network on LinkedIn. Regards, Omar', settings: { degree: 2 }, errors: [{ messageId: 'stock' }] },
    { code: "Bonjour {{prenom}}, j'aimerais faire partie de votre réseau.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hallo {Vorname}, ich würde Sie gerne als Kontakt hinzufügen. Beste Grüße', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'stock' }] },
    // A confidentiality notice under the signature is the mail's, not the note's (Spanish, French, German).
    { code: 'Estimado/a [Nombre]:\nMe gustaría añadirle a mi red profesional de LinkedIn.\nReciba un cordial saludo,\n[Nombre completo]\n[Cargo]\nTel.: [Teléfono]\nEste mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo elimine.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour [Prénom],\nJe souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.\nCordialement,\n[Nom]\n[Poste]\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Sehr geehrte Frau [Nachname],\nich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nMit freundlichen Grüßen\n[Name]\n[Position]\nDiese E-Mail enthält vertrauliche Informationen und ist nur für den Empfänger bestimmt.', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'stock' }] },
    // A formal greeting of its own before the stock sentence: «Reciba un cordial saludo.».
    { code: 'Estimado Sr. Gómez:\nReciba un cordial saludo. Me gustaría agregarlo a mi red profesional de LinkedIn.\nAtentamente,\nAna Ruiz\nJefa de Ventas | Ruiz Hnos.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Me gustaría añadirle a mi red profesional en LinkedIn.\nAna Beltrán Ruiz\nJefa de Flota, Naviera del Sur', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Comandante Ruiz:\nMe gustaría agregarlo a mi red profesional de LinkedIn.\nSaludos, Irene', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Me gustaría unirme a tu red profesional en LinkedIn.\n— Nerea, fisioterapeuta de Osakidetza', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Estimado Sr. Vega, me gustaría agregarlo a mi red profesional en LinkedIn. Un cordial saludo, Lic. Marta Ríos', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Buenas tardes Arq. Lozano, me gustaría agregarlo a mi red profesional en LinkedIn. Atentamente, Ing. Pedro Salas', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: "Hello Priya, I'd like to add you to my Professional Network on LinkedIn. Regards, Omar", settings: { degree: 2 }, errors: [{ messageId: 'stock' }] },
    { code: 'Buenos días, Sra. Lago: me gustaría añadirla a mi Red Profesional de LinkedIn. Atentamente, Inés', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola Ignacio! Me gustaría formar parte de tu red profesional en LinkedIn. Saludos, Belén', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: "Dr. Lee: I'd like to add you to my professional network on LinkedIn. Kind regards, Eng. Mario Quispe", settings: { degree: 3 }, errors: [{ messageId: 'stock' }] },
    { code: 'Sr. Ortega: me gustaría agregarlo a mi red profesional en LinkedIn. Saludos cordiales, Ing. Pablo Ruiz', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'I want to add you to my professional network.', settings: { degree: 3 }, errors: [{ messageId: 'stock' }] },
    // «Quisiera unirme», and a sign-off abbreviated before a comma ("Atte., Carlos Vega", "Rgds., Tom Hale").
    { code: 'Quisiera unirme a su red profesional en LinkedIn.\n– Lic. Laura Pinto', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Estimada doña Inés: Quisiera agregarla a mi red profesional en LinkedIn. Atte., Carlos Vega', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: "I'd like to add you to my professional network on LinkedIn. Rgds., Tom Hale", settings: { degree: 2 }, errors: [{ messageId: 'stock' }] },
    // The stock sentence signed with a rank and a bracketed aside: "Colonel (Retd.) R. Dunn".
    { code: 'Dear Mrs. Hale, I would like to add you to my professional network on LinkedIn. Yours sincerely, Colonel (Retd.) R. Dunn', settings: { degree: 2 }, errors: [{ messageId: 'stock' }] },
    { code: 'Dear Mr. Walsh, I would like to add you to my professional network on LinkedIn. Kind regards, Captain (Retd.) Anne Byrne', settings: { degree: 2 }, errors: [{ messageId: 'stock' }] },
    // es: the stock sentence in capitals over a headline of three parts (name, title, an award).
    { code: 'ME GUSTARÍA AGREGARTE A MI RED PROFESIONAL DE LINKEDIN\nLucía | CEO @ Brota | Forbes 30u30', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // A faith community's closing under the stock line: "Blessings,".
    { code: "Hi Anne, I'd like to join your LinkedIn network.\nBlessings,\nPastor Jim", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    // Courtesy inside the stock sentence: "if that's okay", «si te parece bien».
    { code: "Hi Priya,\nI'd like to add you to my professional network on LinkedIn, if that's okay.\n- Rob", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola Ana, me gustaría añadirte a mi red profesional en LinkedIn, si te parece bien.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // The stock line signed on its own line's end: a name and a company after a bar, a brand in brackets; es: an emoji, then the sign-off and name on lines of their own.
    { code: "I'd like to add you to my professional network on LinkedIn. Cheers, Tara | Acme Realty", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    { code: "Hi Tom, I'd like to add you to my professional network on LinkedIn. Best, Tara (eXp Realty)", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    { code: 'Me gustaría agregarte a mi red profesional de LinkedIn 😊\nSaludos,\nAndrés', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // Two words typed as one: «ami» for «a mi», "mynetwork".
    { code: 'Hola Lucía, me gustaria agregarte ami red profesional en LinkedIn.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: "Hi Tom, I'd like to add you to mynetwork on LinkedIn.", errors: [{ messageId: 'stock' }] },
    // es: «incluirte en mi red».
    { code: 'Hola [Nombre]! Me gustaría incluirte en mi red profesional de LinkedIn 🚀', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // es: the invitation as an imperative.
    { code: 'Hola {{first_name}}, únete a mi red profesional en LinkedIn 😊', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // es: the reader's two names opening the note, no greeting word.
    { code: 'Juan Pablo, me gustaría agregarte a mi red profesional.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // es: the invitation as "que te unieras".
    { code: 'Hola Marta, me gustaría que te unieras a mi red profesional en LinkedIn.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // A postscript of courtesy under the signature: still the stock note (en, es).
    { code: "Hi Anna,\n\nI'd like to add you to my professional network on LinkedIn.\n\n- Mark\n\nP.S. No pressure at all.", errors: [{ messageId: 'stock' }] },
    { code: 'Hola Carolina, me gustaría agregarte a mi red profesional de LinkedIn.\n\nSaludos,\nJuan Pablo\n\nPD: sin compromiso.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // Quoted whole, as a guide quotes the note it shows.
    { code: '"Hey Lena, I\'d like to add you to my professional network on LinkedIn."', errors: [{ messageId: 'stock' }] },
    { code: '¡Hola Bea! Quisiera unirme a tu red de LinkedIn.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // A name and where they work, as a signature: "– Priya from Northgate Energy", "Dev (Partnerships @ Kelpline)".
    { code: "I'd like to join your LinkedIn network.\n– Priya from Northgate Energy", errors: [{ messageId: 'stock' }] },
    { code: "Hi Tom, I'd like to add you to my professional network on LinkedIn.\nCheers, Dev (Partnerships @ Kelpline)", errors: [{ messageId: 'stock' }] },
    // In title case: every word capitalised, none of them a name or a detail.
    { code: "Hello, I'd Like To Add You To My Professional Network On LinkedIn.", errors: [{ messageId: 'stock' }] },
    // A title before the name and a credential after it, in a signature.
    { code: "Hi Ana, I'd like to add you to my professional network on LinkedIn.\nDr. Ines Varga, MD", errors: [{ messageId: 'stock' }] },
    // A name after the last sentence, on the same line: a signature.
    { code: "Hi Jo, I'd like to add you to my professional network on LinkedIn. Priya Nair", errors: [{ messageId: 'stock' }] },
    // A name and a credential on the last line, under the one that greets and ends a sentence: a signature.
    { code: "Good morning Mr. Patel, I'd like to add you to my professional network on LinkedIn.\nRosa Lindqvist, RN", errors: [{ messageId: 'stock' }] },
    // A closing with a name in lower case is a signature, not the note going on (de, nl).
    { code: 'hallo jana ich möchte dich gerne zu meinem beruflichen netzwerk auf linkedin hinzufügen\nlg timo', errors: [{ messageId: 'stock' }] },
    { code: 'hoi bram, ik wil je graag toevoegen aan mijn professionele netwerk op linkedin\ngr. sanne', errors: [{ messageId: 'stock' }] },
    // The "join your network" form (pt) and the older "als Kontakt" form (de).
    { code: 'Olá Sr. Reis,\n\nGostaria de me juntar à sua rede profissional no LinkedIn.\n\nAtenciosamente,\nAna Lopes', errors: [{ messageId: 'stock' }] },
    { code: 'Guten Tag Frau Dr. Keller, gerne möchte ich Sie als Kontakt zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Mit freundlichen Grüßen, Jan Ott', errors: [{ messageId: 'stock' }] },
    // The older Italian wording: "rete di collegamenti".
    { code: 'Buongiorno, vorrei aggiungerti alla mia rete di collegamenti su LinkedIn.', errors: [{ messageId: 'stock' }] },
    // 'Buen día' greets (es); joining their network of contacts.
    { code: 'Buen día Ing. Robles, me gustaría agregarlo a mi red de contactos en LinkedIn. Atentamente.', errors: [{ messageId: 'stock' }] },
    { code: 'Me gustaría unirme a tu red de contactos de LinkedIn 😊', errors: [{ messageId: 'stock' }] },
    // A closing with where it comes from (es).
    { code: 'Me gustaría añadirte a mi red profesional en LinkedIn.\n¡Un saludo grande desde Rosario!', errors: [{ messageId: 'stock' }] },
    // No greeting word: a title and a name on a line of their own, closed by a colon or a comma.
    { code: 'Ingeniera Marta Salcedo:\nMe gustaría agregarla a mi red profesional en LinkedIn.\n\nCordialmente,\nJulián Pardo\nGerente comercial', errors: [{ messageId: 'stock' }] },
    { code: "Dr. Okafor,\nI'd like to add you to my professional network on LinkedIn.\nKind regards,\nLena", errors: [{ messageId: 'stock' }] },
    // Spintax shows its first alternative, whose words are read: the stock sentence however it is spun.
    { code: "Hi [Name], {I'd like to|I want to} add you to my professional network on LinkedIn.", errors: [{ messageId: 'stock' }] },
    { code: 'Hola {{nombre}}, {me gustaría|quisiera} añadirte a mi red profesional en LinkedIn.', errors: [{ messageId: 'stock' }] },
    // Without 'auf LinkedIn', informal (de); the 'join your network' form with 'profesional' (es).
    { code: 'Hi Jonas, ich möchte dich gerne zu meinem beruflichen Netzwerk hinzufügen. LG Mara', errors: [{ messageId: 'stock' }] },
    { code: 'Hola Jonás, me gustaría unirme a tu red profesional en LinkedIn.', errors: [{ messageId: 'stock' }] },
    // Formal greetings with a title before the name (nl, de).
    { code: 'Geachte heer Van Dijk,\n\nIk wil u graag toevoegen aan mijn professionele netwerk op LinkedIn.\n\nMet vriendelijke groet,\nJ. Bakker', errors: [{ messageId: 'stock' }] },
    // A name heading a headline under a blank line is a signature.
    { code: "I'd like to add you to my professional network on LinkedIn.\n\nChris Patel | Account Executive, Nimbus", errors: [{ messageId: 'stock' }] },
    // European Portuguese, with a title's feminine mark in the greeting and a closing of its own.
    { code: 'Bom dia, Eng.ª Sofia Marques.\nGostaria de a adicionar à minha rede profissional no LinkedIn.\nMelhores cumprimentos,\nNuno Pereira', errors: [{ messageId: 'stock' }] },
    // A signature run into the closing's line; a postscript that only closes; a dash signature above it.
    { code: "Hi Ana, I'd like to add you to my professional network on LinkedIn. Best regards, Kevin O'Malley Senior Account Executive | Brightline Logistics", errors: [{ messageId: 'stock' }] },
    { code: "Hi Ana, I'd like to add you to my professional network on LinkedIn. — Priya\n\nP.S. Have a great week!", errors: [{ messageId: 'stock' }] },
    { code: 'Hola Ana, me gustaría agregarte a mi red profesional en LinkedIn.\n\nP.D. ¡Que tengas un buen día!', errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour {{prenom}}, je souhaiterais faire partie de votre réseau professionnel sur LinkedIn.', errors: [{ messageId: 'stock' }] },
    // LinkedIn's older invitation to join, in Italian, Dutch and German.
    { code: 'Gentile {{nome}},\nvorrei invitarLa a far parte della mia rete professionale su LinkedIn.\nCordiali saluti,\nPaola Conti', errors: [{ messageId: 'stock' }] },
    { code: 'Hoi Eva, ik wil je graag uitnodigen om lid te worden van mijn netwerk op LinkedIn.', errors: [{ messageId: 'stock' }] },
    { code: 'Guten Tag Herr Roth, ich möchte Sie einladen, meinem beruflichen Netzwerk auf LinkedIn beizutreten.', errors: [{ messageId: 'stock' }] },
    { code: "I'd like to add you to my professional network on LinkedIn.", errors: [{ messageId: 'stock', line: 1, column: 1, endColumn: 60 }] },
    // Beside nothing but how they were found, asking after them or asking for the click, in a short note (en, es).
    { code: "Hi Sam, I came across your profile. I'd like to add you to my professional network on LinkedIn.", errors: [{ messageId: 'stock', line: 1, column: 37 }] },
    { code: 'Hola Sam, espero que estés bien. Me gustaría añadirte a mi red profesional. Por favor, acepta mi solicitud.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // The closing at the end of the sentence's own line, the signature block below it.
    { code: 'Dear Ms. Okoro, I would like to add you to my professional network on LinkedIn. Best regards,\nPaul Grant\nHead of Sales | Northwind Ltd.\n+44 20 7946 0000', errors: [{ messageId: 'stock', line: 1 }] },
    { code: 'Sehr geehrter Herr Braun, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Mit freundlichen Grüßen\nJulia Kern\nVertrieb, Nordwerk GmbH', errors: [{ messageId: 'stock', line: 1 }] },
    // The formal register in other languages: o senhor, Sie, vous, Lei, u.
    { code: 'Prezada Sra. Costa, gostaria de adicionar a senhora à minha rede profissional no LinkedIn. Atenciosamente,\nPedro Lima', errors: [{ messageId: 'stock' }] },
    { code: 'Gentile Dott.ssa Rossi, vorrei aggiungerLa alla mia rete professionale su LinkedIn. Cordiali saluti,\nMarco Bianchi\nResponsabile Vendite, Acme S.p.A.', errors: [{ messageId: 'stock' }] },
    { code: 'Geachte mevrouw Bakker, ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn. Met vriendelijke groet,\nJan Smit', errors: [{ messageId: 'stock' }] },
    // The short form, without "professional" or "on LinkedIn".
    { code: 'Hoi Sanne, ik zou je graag toevoegen aan mijn netwerk.', errors: [{ messageId: 'stock' }] },
    { code: "Hi Sam, I'd like to add you to my network.", errors: [{ messageId: 'stock' }] },
    // Spanish as people retype it.
    { code: 'Hola Ana, me gustaría sumarte a mi red de contactos.', errors: [{ messageId: 'stock' }] },
    { code: 'Hola, te invito a formar parte de mi red profesional en LinkedIn.', errors: [{ messageId: 'stock' }] },
    { code: '¡Hola Ana! Me encantaría agregarte a mi red profesional de LinkedIn.', errors: [{ messageId: 'stock' }] },
    // Under formality: an honorific greeting and a signature block of several lines.
    { code: "Dear Mr. Smith,\nI'd like to add you to my professional network on LinkedIn.\nKind regards,\nJohn Doe\nHead of Sales | Acme Inc.\n+1 555 0100", errors: [{ messageId: 'stock', line: 2 }] },
    { code: 'Estimado Sr. Ruiz:\nquisiera invitarlo a formar parte de mi red profesional en LinkedIn.\nReciba un cordial saludo,\nLuis Gómez\nGerente de Ventas | Acme\nTel. 600 000 000', errors: [{ messageId: 'stock', line: 2 }] },
    { code: 'Sehr geehrte Frau Müller,\nich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nMit freundlichen Grüßen\nDr. Hans Weber\nGeschäftsführer', errors: [{ messageId: 'stock', line: 2 }] },
    { code: 'Hi Jordan,\n\nI\'d like to add you to my professional network on LinkedIn.\n\nBest,\nKim', errors: [{ messageId: 'stock', line: 3, column: 1 }] },
    { code: "I'd like to add you to my profesional network on Linkedin", errors: [{ messageId: 'stock' }] },
    { code: 'I would like to add you to my professional network on LinkedIn 🙂', errors: [{ messageId: 'stock' }] },
    { code: "Hi Professor Klein, I'd like to add you to my professional network on LinkedIn.", errors: [{ messageId: 'stock', column: 21 }] },
    { code: "Hi [Name], I'd like to join your LinkedIn network. Thanks in advance!\n- [Your Name]", errors: [{ messageId: 'stock' }] },
    { code: "Hi {{firstName}}, I'd like to connect with you on LinkedIn.", filename: 't.hbs', errors: [{ messageId: 'stock' }] },
    { code: 'Hola Sergio, Me gustaría añadirte a mi red de contactos en LinkedIn.\n\nSaludos', errors: [{ messageId: 'stock' }] },
    { code: 'Me gustaría agregarlo a mi red profesional en LinkedIn.', errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour Claire, je souhaiterais vous ajouter à mon réseau LinkedIn.\nCordialement,\nThomas', errors: [{ messageId: 'stock' }] },
    { code: 'Olá Rafael, gostaria de adicionar você à minha rede profissional no LinkedIn.', errors: [{ messageId: 'stock' }] },
    { code: 'Hallo Jonas, ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.', errors: [{ messageId: 'stock' }] },
    { code: 'Ciao Giulia, vorrei aggiungerti alla mia rete professionale su LinkedIn.', errors: [{ messageId: 'stock' }] },
    { code: 'Guten Tag Herr Vogel,\nich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nMit freundlichen Grüßen\nJana Krüger', errors: [{ messageId: 'stock', line: 2 }] },
    { code: 'Hoi Daan, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.', errors: [{ messageId: 'stock' }] },
    // A stock sentence the config adds: here one from an outreach tool's default template.
    { code: 'Hi Ana, looking forward to connecting and growing together!', options: { extra: ['Looking forward to connecting and growing together!'] }, errors: [{ messageId: 'stock', column: 9 }] },
    // A team's own sentence is read as written: Spanish "de" stands for "en" only beside LinkedIn's Spanish sentence.
    { code: 'Sigamos en contacto de cerca.', settings: { lang: 'es' }, options: { extra: ['Sigamos en contacto de cerca'] }, errors: [{ messageId: 'stock' }] },
    { code: "Bonjour [Prénom],\nJ'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.\nCordialement,\n[Votre nom]", errors: [{ messageId: 'stock', line: 2 }] },
    // A greeting written for either reader, a title with its feminine ending, a slot before a colon.
    { code: 'Sehr geehrte/r Frau/Herr Berger, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.', settings: { lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: 'Estimado/a Sr./Sra. Ortega: me gustaría agregarlo a mi red profesional de LinkedIn.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Gentile Dott.ssa Rinaldi, vorrei aggiungerti alla mia rete professionale su LinkedIn.', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: "Madame, Monsieur, j'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.", settings: { lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: "To whom it may concern: I'd like to add you to my professional network on LinkedIn.", errors: [{ messageId: 'stock' }] },
    // All in capitals: every word is capitalised, none of them a name or a detail.
    { code: 'I WOULD LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN.', errors: [{ messageId: 'stock' }] },
    // A bare name signed on the line under the stock sentence; a Portuguese sign-off with "com os" (en, pt).
    { code: "Hi Tara,\nI'd like to add you to my professional network on LinkedIn.\nJon Amaral", errors: [{ messageId: 'stock' }] },
    { code: 'Caro Dr. Rui Lopes,\nGostaria de o adicionar à minha rede profissional no LinkedIn.\nCom os melhores cumprimentos,\nAna Sá', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    // A title and a name, then the greeting (es).
    { code: 'Profe Ramírez, buenas tardes. Me gustaría agregarlo a mi red profesional de LinkedIn.\nAtte. Camila Ortiz', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // A signature of name, title and company; "quisiera" with "agregarte" (es).
    { code: "Hi Brandon,\nI'd like to add you to my professional network on LinkedIn.\n- Jess, Front Office Manager, Hilton Garden Inn", errors: [{ messageId: 'stock' }] },
    { code: 'Hola, quisiera agregarte a mi red de LinkedIn.', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // The "join your network" form (de).
    { code: 'Ich möchte Ihrem LinkedIn-Netzwerk beitreten.\n\nMit freundlichen Grüßen\nDr. Anja Roth', settings: { lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: 'Exmo. Senhor Eng. [Apelido],\n\nGostaria de o adicionar à minha rede profissional no LinkedIn.\n\nCom os melhores cumprimentos,\n[Nome]\n[Cargo] | [Empresa]', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Exma. Sra. Dra. Inês Faria, gostaria de a adicionar à minha rede profissional no LinkedIn. Cumprimentos, Rui', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola [Nombre]:\n\nQuisiera agregarte a mi red de contactos profesionales en LinkedIn.\n\nSaludos cordiales', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola, me gustaría añadirte como contacto a mi red profesional de LinkedIn.\n— Marta', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // A headline signature, a name and a title between bars, under the stock sentence or after a dash.
    { code: "Hi Sam! I'd like to add you to my professional network on LinkedIn.\nDaniela Ortiz | Growth @ Cuentix", errors: [{ messageId: 'stock' }] },
    { code: '¡Buenas! Me gustaría sumarte a mi red profesional en LinkedIn.\n— Lucía | Ventas @ Aurelia', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // Formal registers: honorific greetings, a letter's closing formula, a signature block of several lines, a phone app's footer.
    { code: 'Distinguido Ing. Salas:\n\nMe gustaría agregarlo a mi red de contactos profesionales en LinkedIn.\n\nReciba un cordial saludo,\n\nLic. Marta Ibáñez Soto\nDirectora de Compras\nGrupo Norteño S.A. de C.V.\nTel. +52 81 5555 0101 | Cel. 81 5555 0202\nmibanez@norteno.mx\nwww.norteno.mx\n\nEnviado desde mi iPhone', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Guten Tag Herr Albers,\nich würde Sie gerne in mein berufliches Netzwerk auf LinkedIn aufnehmen.\nMit besten Grüßen\nDr. Jonas Weber', settings: { lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hallo Tim, ich möchte dich zu meinem beruflichen Netzwerk bei LinkedIn hinzufügen. Viele Grüße', settings: { lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: "Monsieur le Directeur,\n\nJe voudrais vous ajouter à mon réseau professionnel sur LinkedIn.\n\nJe vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées.\n\nAnne Morel", settings: { lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Egregio Ing. Neri,\n\ndesidererei aggiungerLa alla mia rete professionale su LinkedIn.\n\nDistinti saluti\n\nArch. Paola Conti\nStudio Conti Architetti\nVia Roma 3 – 20100 Milano\nTel. 02 1234 5678 | Cell. 333 123 4567\np.conti@studioconti.it\n\nInviato da iPhone', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: 'Geachte heer drs. Van Dam,\nGraag zou ik u toevoegen aan mijn professionele netwerk op LinkedIn.\nHoogachtend,\nir. P. de Wit', settings: { lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Exma. Senhora Dra. Helena Costa,\nGostaria de adicioná-la à minha rede de contactos profissionais no LinkedIn.\nCom os meus cumprimentos,\nRui Almeida | Diretor Financeiro | Lusomar\n\nEnviado do meu iPhone', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Egregio Dott. Ferri,\ndesidero aggiungerLa alla mia rete professionale su LinkedIn.\nCordiali saluti, A. Conti', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: "Dear Ms. Okafor,\n\nI'd like to add you to my professional network on LinkedIn.\n\nKind regards,\n\nDaniel Price\nSenior Associate, Tax Advisory\nBrookfield & Lane LLP\n22 King Street, Manchester M2 4WU\nT: +44 161 555 0100 | M: +44 7700 900200\ndaniel.price@brookfieldlane.co.uk\n\nThis e-mail is confidential and intended solely for the addressee.", errors: [{ messageId: 'stock' }] },
    { code: "Dear Sir,\nGreetings of the day!\nI'd like to add you to my professional network on LinkedIn. Kindly accept my request.\nThanks & Regards,\nRahul Verma", errors: [{ messageId: 'stock' }] },
    { code: "Dear Prof. Mensah,\nI'd like to add you to my professional network on LinkedIn.\nRespectfully,\nCdr. Kofi Boateng (Retd.)\nAccra Maritime Club", errors: [{ messageId: 'stock' }] },
    { code: "Dear Mr. Tan,\n\nI'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nLim Wei Ming\nProcurement Manager\nStraits Packaging Pte. Ltd.\nBlk 12, Ang Mo Kio Industrial Park 2, Singapore 569500\nTel: +65 6555 0101", errors: [{ messageId: 'stock' }] },
    { code: 'Olá tia Graça,\nGostaria de adicioná-la à minha rede profissional no LinkedIn.\nBeijos, Lena', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Boa tarde,\nGostaria de o(a) adicionar à minha rede de contactos profissionais do LinkedIn.\nMelhores cumprimentos', settings: { lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Lieve Sanne, Ik nodig je graag uit om deel te worden van mijn professionele netwerk op LinkedIn ❤️ Liefs, tante Els', settings: { lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hoi! Ik zou je graag willen toevoegen aan mijn professionele LinkedIn-netwerk. Gr. Daan', settings: { lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Beste Koen,\nIk zou graag deel uitmaken van uw professionele netwerk op LinkedIn.\nHoogachtend,\nIr. P. Smit', settings: { lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour Madame Traoré,\nje souhaiterais vous inviter dans mon réseau professionnel LinkedIn.\nBien cordialement,\nMoussa Diarra', settings: { lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour Paul,\n\nJe souhaiterais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.\n\nMarc', settings: { lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Ciao Fede 🙌 mi piacerebbe aggiungerti alla mia rete professionale du LinkedIn', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: 'Salve, volevo aggiungerti nella mia rete profesionale di Linkedin. Grazie!', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: 'Buongiorno! Mi farebbe piacere aggiungerti alla mia rete su LinkedIn 🙂', settings: { lang: 'it' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola Martín,\nQuisiera sumarte a mi red profesional de LinkedIn.\nAbrazo,\nFede', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // Particles inside a signed name: "Marco De Luca", "Maria de la Cruz".
    { code: 'Buongiorno Dott. Esposito,\nvorrei aggiungerLa alla mia rete professionale di LinkedIn 🙂\nMarco De Luca | Direttore Vendite | Cantine Vesuviane S.p.A.', errors: [{ messageId: 'stock' }] },
    { code: "Hi Sam, I'd like to add you to my professional network on LinkedIn.\nMaria de la Cruz | Account Executive | Northwind", errors: [{ messageId: 'stock' }] },
    { code: 'Hola Alfonso,\nquisiera añadirte a mi red profesional de LinkedIn.\nSaludos, Quique', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola Camila, quiero agregarte a mi red profesional de LinkedIn. Saludos desde Lima', settings: { lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: '{{Anrede}} {{Nachname}}, {% spin %}{% variation %}gerne würde ich{% variation %}ich würde gern{% endspin %} Sie zu meinem Netzwerk hinzufügen. Mit freundlichen Grüßen', settings: { lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: "Bonjour {{prenom}},\nJ'aimerais vous inviter à rejoindre mon réseau LinkedIn 🙏\n— {{signature}}", settings: { lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    // Stock text (es): a mail app's footer after a dash, «unirme a tu red profesional» without «en LinkedIn».
    { code: 'Me gustaría agregarte a mi red profesional.\n\n— Enviado desde mi Android', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: '¡Hola! Me gustaría unirme a tu red profesional.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // Stock text: after 'I hope this message finds you well' (en, es); in another language than the note's (es).
    { code: "Dear [Name],\n\nI hope this message finds you well. I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\n[Signature]", settings: { degree: 1 }, errors: [{ messageId: 'stock' }] },
    { code: 'Estimado/a [Nombre]:\n\nEspero que este mensaje le encuentre bien. Me gustaría agregarle a mi red profesional en LinkedIn.\n\nCordialmente,\n[Firma]', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    { code: "Hola {{nombre}}, I'd like to add you to my professional network on LinkedIn.", settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // de, fr, nl: stock sentences from the second probes (their network joined; invited to be part of the network; invited into the network, whose «uitnodigen voor» is no invitation to something; a sign-off «Amicalement»)
    { code: 'Hallo [Vorname],\n\nich möchte gerne Ihrem beruflichen Netzwerk auf LinkedIn beitreten.\n\n[Name]', settings: { degree: 1, lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: "Bonjour, j'aimerais vous inviter à faire partie de mon réseau professionnel sur LinkedIn.\n– Martin", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Bonjour Sophie,\nje souhaiterais vous ajouter à mon réseau professionnel sur Linkedin\nAmicalement, Paul', settings: { degree: 1, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Ik wil u graag uitnodigen voor mijn professionele netwerk op LinkedIn.\n\nMet vriendelijke groet,\n[Naam]', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    // fr: the stock sentence without «sur» and its stop
    { code: 'Je vous invite à rejoindre mon réseau professionnel LinkedIn', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    // pt, nl, es: stock sentences from the fourth probes (acrescentar, lid worden van uw netwerk, a sign-off of faith)
    { code: 'Olá, tudo bem? Gostaria de acrescentá-lo à minha rede profissional do LinkedIn.', settings: { degree: 1, lang: 'pt' }, errors: [{ messageId: 'stock' }] },
    { code: 'Ik wil graag lid worden van uw LinkedIn-netwerk.\n\n- [Naam]', settings: { degree: 1, lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Hola Pilar, me gustaría añadirte a mi red profesional en LinkedIn. Un abrazo en Cristo 🙏', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'stock' }] },
    // fr, de, nl, it: stock sentences retyped (je me permets, aufnehmen without LinkedIn, an invitation, contacts for network)
    { code: 'Bonjour, je me permets de vous inviter à rejoindre mon réseau professionnel.', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'stock' }] },
    { code: 'Sehr geehrte Frau Schmidt,\ngerne möchte ich Sie in mein berufliches Netzwerk aufnehmen.\nMit freundlichen Grüßen\nPaul Meier', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: 'Guten Tag, ich lade Sie ein, meinem beruflichen Netzwerk auf LinkedIn beizutreten.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'stock' }] },
    { code: 'Geachte mevrouw Jansen,\nGraag nodig ik u uit voor mijn professionele netwerk op LinkedIn.\nMet vriendelijke groet,\nPaul de Boer', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'stock' }] },
    { code: 'Ciao, vorrei aggiungerti ai miei contatti su LinkedIn 🙂', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'stock' }] },
  ],
});

describe('no-default-text suggestions and docs', () => {
  it('offers openings in the note language to replace the stock sentence', () => {
    const [message] = runRule(rule, { code: '---\nlang: es\n---\nHola, me gustaría añadirte a mi red de contactos en LinkedIn.' });
    expect(message?.suggestions?.[0]).toEqual({
      desc: 'Replace it with: [Nombre de la persona que conocéis los dos] me sugirió que te escribiera sobre [tema].',
      fix: { range: [23, 78], text: '[Nombre de la persona que conocéis los dos] me sugirió que te escribiera sobre [tema].' },
    });
  });

  it('keeps the README table in step with the phrase lists (pnpm run docs:generate)', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(readme).toContain(stockTextTable());
  });
});
