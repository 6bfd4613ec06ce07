import { describe, expect, it } from 'vitest';
import { lint, toLintResult } from '../../internal.js';
import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const three = { degree: 3 } as const;

testRule(rule, {
  valid: [
    { code: "Hi [First Name], you presented right after me at Pendomonium. Your line about 'churn is a lagging signal' is still on my whiteboard.", settings: { degree: 3 } },
    { code: "Hi Grace, I saw you're also on the CIPD Level 5 course this autumn — I'm in the Thursday group. Shall we compare notes before the employment law module?", settings: { degree: 3 } },
    { code: "Hi Jamal, I'm presenting at PropTech Connect in May in the slot right after yours. Worth lining up our decks so we don't overlap?", settings: { degree: 3 } },
    { code: 'Hola Marcos, ¡enhorabuena por la ponencia en el Congreso de ISPs de Aragón! Lo del mapa de cobertura nos sirve para un estudio en Teruel.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rebeca, leí tu postmortem de la caída de DNS del martes en el blog de [ISP] y quiero preguntarte por el rollback.', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola Valeria! Estamos en la terna del Premio Arquitectura Joven, tú con el mercado de Cholula y yo con la biblioteca de Tlaxcala.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hey Omar, we worked the same ESL Katowice stage (you cast, I ran replays). Connecting so I can send you the highlight reel.', settings: { degree: 3 } },
    { code: 'Hey Lucía, devlog #9 on the crowd pathfinding rewrite was great. Gameplay programmer here, would love to trade notes.', settings: { degree: 3 } },
    { code: "Hi Abel, I'm the player who filed the 'ladder clip' bug report on your Steam forum — thanks for the quick patch!", settings: { degree: 3 } },
    { code: "Hi Felix — Ludum Dare 54, different teams: your 'Tiny Harbour' entry is still on my desktop.", settings: { degree: 3 } },
    { code: 'Hi Ignatius, I wrote a short script that checks finding aids against DACS. You maintain the EAD files at [Archive] — happy to run it on a sample for you, free.', settings: { degree: 3 } },
    { code: "Hi Leontyne, I studied Archaeology at Durham too (2012 intake). Saw you're now at the British Museum — congrats!", settings: { degree: 3 } },
    { code: 'Hi Rohan, I went through the sample accounts your firm published and spotted two SORP changes still missing. Want a marked-up PDF?', settings: { degree: 3 } },
    { code: 'Hola Silvia, compartimos sala en el grupo de supervisión de Marta Gil los jueves, aunque nunca hemos hablado.', settings: { degree: 3, lang: 'es' } },
    { code: 'Sr. Ibarra, lo conocí en la cata de Marqués de Riscal en Madrid Fusión. Trabajo para una importadora de Quito.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Pedro, te conocí en Madrid Fusión.', settings: { degree: 3, lang: 'es' } },
    { code: "Loved your market map of Nordic climate tech. You filed us under 'storage'; we'd argue 'grid'.", settings: { degree: 3 } },
    { code: 'Read your thesis memo on vertical SaaS for clinics. I disagree with point 2; happy to write up why.', settings: { degree: 3 } },
    { code: "Hi Sergio, we did Entrepreneur First a few years apart (cohort 9, you 6). I'm raising and your view on angels would help.", settings: { degree: 3 } },
    { code: "Hi Mei, I'm the analyst who DM'd about your pricing benchmark dataset. Connecting to share the cleaned-up version with LatAm numbers added.", settings: { degree: 3 } },
    { code: "Hi [Name], you demoed [product] for me at the [Vendor] booth at CES. I'd like to follow up on pricing.", settings: { degree: 3 } },
    { code: "Hi Mateo, I built a coverage map of your fibre footprint from public Ofcom data. I can share the GeoJSON if it's useful for your next bid.", settings: { degree: 3 } },
    { code: 'Hi Felix, great to put a face to the name at Routes Asia.', settings: { degree: 3 } },
    { code: 'Hello Capt. Roy, we were both on the A320 type rating at CAE Madrid in May. Any advice for the long-haul fleet interviews?', settings: { degree: 3 } },
    { code: 'Hola Marta: te escribo tras la sesión de mentorías de los Premios Ondas. Quedé en enviarte la guía.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Teresa, contesté el sondeo sobre teletrabajo en las redacciones que publicaste el lunes. Si quieres te cuento cómo lo hacemos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi Maya, your CIPD Festival breakout on flexible working is the reason we changed our policy.', settings: { degree: 3 } },
    { code: "Hi Rohan, I'm auditing HR chatbots for a class and reviewed yours on the Acme careers site — 4 notes, yours if useful.", settings: { degree: 3 } },
    { code: "Hi Claire, I've written a short teardown of the tender for the city's parking framework. You're named as the buyer, so it might be useful feedback.", settings: { degree: 3 } },
    { code: 'Hey {first_name}! We both volunteered at the water station at {race_name}. Want to join the crew again next year?', settings: { degree: 3 } },
    { code: 'Hi Tom, we shared the warm-up tent at the 2023 British Indoor Rowing Championships. How do you structure your taper?', settings: { degree: 3 } },
    { code: 'Hi Luca, we played each other in the 2016 Big East final. I coach now and would love to ask about scouting.', settings: { degree: 3 } },
    { code: "Hi Simon, I'm writing after the mentoring session at the Ortega y Gasset Awards; here's the dossier I promised.", settings: { degree: 3 } },
    { code: 'Hola Gonzalo, el viernes tocamos antes que vosotros en la sala Apolo (somos Marea Baja). ¿Repetimos cartel en Valencia?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Mariana, comenté tu notebook de la competición de Kaggle sobre fraude y me respondiste muy amablemente. ¿Seguimos en contacto?', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Ava, we sat on opposite sides in the Vis moot finals in Vienna in 2016. I'm an arbitration associate now; it would be good to cross paths again.", settings: { degree: 3 } },
    { code: 'Hola Noelia, somos del mismo grupo de tutoría de la UNED en León. ¿Nos repartimos los temas del resumen?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ramiro, fuiste mi par evaluador en la tarea del módulo 2 de Programación en Coursera. ¿Nos echamos una mano en el 3?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Paz, fuimos juntas al taller de fotografía de moda de Efti en 2018. ¿Qué iluminador usaste en la campaña?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Esteban, vamos a estar en el mismo panel sobre logística en la Feria Aeroespacial México. ¿Hablamos antes?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sra. Arango, ambas exponemos en el pabellón de diseño independiente de Bogotá Fashion Week. ¿Coordinamos algo en redes?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi Paula, we were matched as peer reviewers in [Course]. Your notes on my dashboard were the most useful I got.', settings: { degree: 3 } },
    { code: 'Hi Ana, I reviewed your capstone in the [Course] peer review this week. The churn section taught me a lot.', settings: { degree: 3 } },
    { code: "Hi Diego, we shared the Udemy 'Complete Web Developer' Discord study room last spring. Congrats on the portfolio!", settings: { degree: 3 } },
    { code: "Hi Beatriz, I'm in the Outreachy data track you mentored last spring. What made the strongest interns stand out?", settings: { degree: 3 } },
    { code: "Hi Dr. Chen, I'm a second-year at Emory Rollins too. May I send you one question about outbreak modelling?", settings: { degree: 3 } },
    { code: 'Hi Mohammed, fellow Echoing Green fellow. Can I share the reseller terms with you?', settings: { degree: 3 } },
    { code: 'Hi Viktor, we sat together at the Composable Commerce partner day in Oslo. Could we talk about a partner listing?', settings: { degree: 3 } },
    { code: "Hi Dmitri, I wrote a detection rule for the SSRF bug your team flagged in last week's blog post. Want it for your scanner?", settings: { degree: 3 } },
    { code: 'Hola Rocío, presenté en la misma mesa que usted en las Jornadas de Ciberseguridad de Sevilla. ¿Tendría cinco minutos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rocío, vi que publicaste los resultados de vuestra encuesta salarial del sector. ¿Comparamos metodologías?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rocío, vi tu write-up del reto de criptografía de la h-c0n. Me salvó la tarde.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Fer, fuimos al mismo retiro de Nómadas Digitales en Tenerife. ¿Repetimos en marzo?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nahuel, hicimos la pasantía de verano en el CERT.ar en 2018, aunque en turnos distintos. ¿Seguís con malware?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Andrea, también soy de la 3.ª promoción del máster de Deusto. ¿Sigues en Bilbao?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola, soy Laura. Fuimos practicantes en KPMG Lima en 2014, aunque en áreas distintas.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Andrea, te puedo pasar el protocolo de acogida que usamos en nuestra ONG, por si os sirve.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Andrea, le puedo mostrar en 15 minutos cómo organizamos los turnos de voluntarios con una hoja compartida.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Ana, loved your take on {topic} in yesterday's post. One question about the second chart?", settings: { degree: 3 } },
    { code: 'Hi Ana, I read the essay in your Featured section on marketplace pricing. How do you treat repeat buyers?', settings: { degree: 3 } },
    { code: 'Hi Ana, the pinned case study on your profile about churn was great. How long did the pilot run?', settings: { degree: 3 } },
    { code: "Hi Chris, you're on the agenda for Web Summit Lisbon and so am I (climate tech stage, day 2).", settings: three },
    { code: 'Buenas, Eugenia. Fuimos vecinas de stand en Fruit Logistica (pabellón de España).', settings: { degree: 3, lang: 'es' } },
    // What they did for the sender's class or project: guest-lectured, judged, on the thesis panel, the class they visited, where they adjunct-teach; in a named community's channel or thread (es); a class given, a jury, a session presented.
    { code: 'Hi Professor Lin, you guest-lectured in my MBA class at Wharton last week — the Inditex case stuck with me.', settings: three },
    { code: 'Hi Ms. Ade, you judged our capstone at Georgia Tech in April and asked why we priced per seat.', settings: three },
    { code: 'Hi Dr. Shah, you were on my thesis panel at Imperial in 2022 and I never properly thanked you.', settings: three },
    { code: 'Hi Ms. Wynn, I was one of the students in the Marketing Analytics class you visited at Babson in March.', settings: three },
    { code: "Hi Prof. Berg, I'm in the MSc Finance programme at LSE where you adjunct-teach.", settings: three },
    { code: 'Hola Karen, en el Slack de Product Hispano compartiste tu framework de discovery. Lo probé con mi equipo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buen día, Ing. Rivas. Compartió usted en el grupo de Telegram de QGIS Colombia un script para limpiar geometrías.', settings: { degree: 3, lang: 'es' } },
    { code: 'Gracias por el enlace que dejaste en {{ canal }}, Irene. Me resolvió la tarde.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {nombre}, me gustó tu respuesta en {hilo}. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Andrés, nos diste una clase en el MBA del IE sobre negociación con proveedores asiáticos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Dra. Campos: usted fue jurado de nuestro TFM en el Máster de Salud Pública de la Universidad de Chile.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Olga, me tocó presentarte en el ciclo «Mujeres que Construyen» de la Universidad de Lima.', settings: { degree: 3, lang: 'es' } },
    // Their piece named by when it came out, a course both completed, both graduates of a named school; a reception at a named consulate, the sender's survey answered, an analysis recorded and sent.
    { code: "Hi Femi, yesterday's post about fintech fraud in Lagos got me thinking — I produce an explainer podcast.", settings: three },
    { code: 'Hi [Name], we both completed the Reforge Growth Series last spring. I lead growth at Payvale now.', settings: three },
    { code: "Hello Anil, we're both graduates of Kathmandu University's computer science programme (I was 2012).", settings: three },
    { code: 'Saludos, Sr. Herrera. Lo conocí en la recepción del Consulado de Colombia en Toronto por el 20 de julio.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola, Pau. Saludos desde el equipo de Lumen: contestaste la encuesta que publicamos sobre herramientas de diseño.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], hemos grabado un análisis de 3 minutos del onboarding de [App del cliente] con tres fricciones concretas. Desde [Agencia] te lo mandamos sin compromiso.', settings: { degree: 3, lang: 'es' } },
    // A walkthrough recorded and its link offered; the programme where they tutored.
    { code: 'Hi {{ first_name }}, I recorded a walkthrough of how we set up the {{ tool }} approval flow. If your team is rolling it out too, I can send you the link.', settings: three },
    { code: 'Estimada Dra. Herrera, fui alumno del Diplomado en Salud Pública del INSP en 2019, donde usted era tutora.', settings: { degree: 3, lang: 'es' } },
    // Events and exchanges of theirs said in few words: walked through at a named booth, staffing it, a panel shared, their thoughts read last week; both speakers or finalists, neighbouring stands, a teardown offered with «¿Lo envío?».
    { code: 'Thanks for walking me through the traces at the Honeycomb booth at SREcon — you were on the Tuesday shift.', settings: three },
    { code: 'Hey Ola, you were staffing the Neon booth at Config and fixed my deploy in five minutes.', settings: three },
    { code: 'Hi Mirela, sharing the Hannover Messe panel on spare-parts forecasting with you was a highlight.', settings: three },
    { code: 'Hi [Name], I enjoyed reading your thoughts on [topic] last week.', settings: three },
    { code: 'Ambos ponentes en el Congreso de Retail de Bogotá. Lo tuyo sobre tiendas oscuras, lo mejor.', settings: { degree: 3, lang: 'es' } },
    { code: 'Stand vecino en la Feria de Franquicias de Valencia. Seguimos con lo de las aperturas.', settings: { degree: 3, lang: 'es' } },
    { code: 'Finalistas los dos en los Premios Impulsa. Enhorabuena por el primer puesto.', settings: { degree: 3, lang: 'es' } },
    { code: 'Teardown gratis de vuestra ficha de producto: tres cambios concretos. ¿Lo envío?', settings: { degree: 3, lang: 'es' } },
    // In their breakout, both in a named line-up, a heading with a year and "Remember…?", reviews sorted or a path sketched with the file offered.
    { code: 'Hi Noor, I was in your breakout at the Product-Led Summit on pricing pages.', settings: three },
    { code: 'Hi Theo, we were both on the Nordic Founders Online demo day lineup — your pitch was my favourite.', settings: three },
    { code: 'Hi Sam! Le Wagon Lisbon, web dev batch, 2022. Remember capstone day?', settings: three },
    { code: 'Hi Ines, I clustered the 300 latest App Store reviews of Pocketa by complaint. Top issue: login loops. Want the spreadsheet?', settings: three },
    { code: "Hi {first_name} — from {company}'s job ads I sketched a move from {old_tool} to {new_tool}. Free to share if it helps your team.", settings: three },
    { code: 'Hola, [nombre]. Estuvimos en el mismo equipo del hackatón [Nombre del hackatón], aunque apenas hablamos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lucía, estoy en la cohorte 9 de Ironhack que mentoreaste el año pasado.', settings: { degree: 3, lang: 'es' } },
    // Both named under someone's post, a LinkedIn Live, a poll or survey of the sender's, both on a named programme, a plugin offered with its repo.
    { code: "Hi Dana, we both commented under Priya Shah's post on onboarding churn.", settings: three },
    { code: "Hi Ola, I hosted the 'Quiet Data Teams' LinkedIn Live where you asked about on-call rotas.", settings: three },
    { code: 'Hi Ola, thanks for taking my survey on freight invoicing — your note on disputes was spot on.', settings: three },
    { code: "We're both on the Money20/20 Asia programme in April — my panel is right after yours.", settings: three },
    { code: "Hello [Name], your team runs [tool]. I maintain an open-source plugin for it that handles [edge case] — here's the repo if helpful: [link].", settings: three },
    { code: 'Hola Irene, votaste en mi encuesta sobre cobros a proveedores.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Sr. Lara: contestó usted mi encuesta sobre nóminas y dejó un comentario muy útil.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Bea, nos apuntamos los dos al evento de LinkedIn «Datos abiertos en municipios» del martes.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iker, ¿te acuerdas del networking de Startup Olé Salamanca? Estabas en la mesa de fintech.', settings: { degree: 3, lang: 'es' } },
    { code: 'Expolit, Querétaro — me diste tu tarjeta y la guía de proveedores.', settings: { degree: 3, lang: 'es' } },
    // A name heading the note, set off by a dash or a colon, then what the two did there.
    { code: 'Monktoberfest, the hallway by the coffee — you walked me through your canary setup. Would love to compare notes.', settings: three },
    { code: 'Collision, Toronto: you asked me about our churn model and I promised numbers. Here they are, roughly.', settings: three },
    { code: 'Expofinanzas, Monterrey — me enseñaste vuestro tablero de cobranza. ¿Seguimos la charla?', settings: { degree: 3, lang: 'es' } },
    { code: 'Feria Hábitat, zona de iluminación: hablamos de luminarias para hoteles.', settings: { degree: 3, lang: 'es' } },
    // Their cohort, named by a slot.
    { code: "Dear Dr. Aziz, I was in your {{ course_name }} cohort at {{ university }} and have just moved into data. I'd value your advice.", settings: { degree: 3 } },
    // The event spelled before the cue with no locative; the same cue with no event named is no context.
    { code: "Hi Chris, #WebSummit2024 — I'm the guy who quizzed you on churn. Thanks for your patience!", settings: { degree: 3 } },
    // An event heading its sentence before a colon, then what both did there; an event spelled earlier in the sentence than the cue.
    { code: 'DevConf Brno: we were both stuck at the coat check and ended up arguing about SELinux.', settings: { degree: 3 } },
    { code: "Hi Chris, stand 9 at #WebSummit2024 — I'm the guy who quizzed you on churn. Thanks for your patience!", settings: { degree: 3 } },
    // Their share of the sender's post, a course where they lectured, the programme's first cohort, a class year like theirs, their pipeline containerised; their job ad, a pitch won, a research stay, a fix ready.
    { code: 'Hi Fatima, your reshare of my #OpenToWork post last week led to two interviews. Thank you!', settings: { degree: 3 } },
    { code: "Hi Dr. Ade, I was a student at the Kavli summer course in Trieste where you lectured on tensor networks. I'm applying them now.", settings: { degree: 3 } },
    { code: "Hi Matteo, I'm in the current Antler Berlin cohort and saw you went through the first one. What would you do differently?", settings: { degree: 3 } },
    { code: "Both of us went through the Reforge Growth Series this spring. It'd be good to know another growth PM who did it.", settings: { degree: 3 } },
    { code: "Hi Bea, INSEAD MBA '19 like you, now running a climate fintech. Could I ask about utility partnerships?", settings: { degree: 3 } },
    { code: "Hi Ana, I've containerised your variant-calling pipeline (tested on Slurm) and could send you the recipe for the README.", settings: { degree: 3 } },
    { code: 'Hola Marta, acabo de enviar mi candidatura a la vacante de Frontend que publicaste el martes. ¿Te puedo preguntar por el equipo?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rodrigo, te vi ganar el pitch de Startup Grind Rosario con la app de turnos. ¿Charlamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Dra. Villalobos: hice una estancia de verano en su laboratorio del CSIC en 2021. Ahora empiezo el doctorado y quería retomar el contacto.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Prof. Aguirre: usé su paquete de R en mi tesis y encontré un error en el remuestreo; tengo el arreglo listo por si quiere revisarlo.', settings: { degree: 3, lang: 'es' } },
    // Before a named event, both in its programme (a session moderated, a table, a speed-meeting, a stand, a jury); a recording, a patch, a dataset or a template of theirs used.
    { code: 'Hi Omar, I recorded a 10-minute screencast of our migration to your CLI for a monorepo. Useful for the README?', settings: { degree: 3 } },
    { code: 'Hi Dana, I noticed the installer fails on Windows paths with spaces, and I have a small patch ready. Should I open an issue first?', settings: { degree: 3 } },
    { code: "Hi Sofia, I'm moderating the pricing session at Shoptalk where you're a panellist. Reaching out ahead of the prep call.", settings: { degree: 3 } },
    { code: 'Hi Yusuf, the organisers seated us at the same ProMat roundtable on Wednesday. Nice to meet you here first.', settings: { degree: 3 } },
    { code: "Hi Felix, we've been matched for the speed-meeting at Hannover Messe on Tuesday. Here's what we make.", settings: { degree: 3 } },
    { code: "Hey Luis, you're chairing the room where I give my first PyCon Italia talk. I'll share my slides early.", settings: { degree: 3 } },
    { code: 'Estimado Dr. Quintana: utilicé su conjunto de datos de calidad del aire en mi tesis y lo cito en el capítulo 3. ¿Podría consultarle una duda?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Carla, tu plantilla de Notion para tesis me acompañó los cuatro años del doctorado. Tenía pendiente darte las gracias.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Fernanda, nos asignaron stands enfrentados en la Expo Café de Medellín. Salúdame cuando pases.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Gabriela, soy la moderadora de tu mesa en el Congreso de Recursos Humanos de Lima. Te escribo antes del ensayo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Ana, estamos las dos en la mesa de datos del Big Data Congress. ¿Hacemos una llamada corta antes?', settings: { degree: 3, lang: 'es' } },
    { code: 'Buen día, Sr. Rivas. Seré jurado en el Demo Day de Startup Perú y su proyecto está en mi grupo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Tomás, soy de la segunda edición de Lanzadera, como tú. ¿Me cuentas cómo os fue con los inversores?', settings: { degree: 3, lang: 'es' } },
    // A named programme's mentors, mentoring there thanked for.
    { code: "Hi Bashir, we were both on the mentor list at Techstars London last spring. I'm looking for a second mentor.", settings: { degree: 3 } },
    { code: 'Gracias por la mentoría en la aceleradora Wayra, Hernán. Lo del pricing escalonado nos cambió el trimestre.', settings: { degree: 3, lang: 'es' } },
    // Alumni's ways of saying it (a hall, a voyage, class years, a thesis advisor, a corridor in a residence), a card or a talk at a named event.
    { code: 'Hi Tom, we both lived in Wolfson Hall, just eight years apart. Saw you run robotics at Arbor now.', settings: { degree: 3 } },
    { code: 'Hi Mia, I was on the 2017 Antarctic Youth expedition too. Still think about the ice shelf.', settings: { degree: 3 } },
    { code: "Hi Rosa, Econ at Leeds, you '12, me '19. I'm applying to the master's you did in Leuven.", settings: { degree: 3 } },
    { code: 'Hola Paula, me diste tu tarjeta en el Salón del Cómic de Barcelona y la acabo de encontrar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Sr. Vidal: le escribo tras el taller de BIM que impartió en Rebuild. Quisiera compartirle nuestro caso.', settings: { degree: 3, lang: 'es' } },
    { code: 'Don Ernesto, un gusto haberle escuchado en el panel de Expoagro Rosario. ¿Me permite escribirle?', settings: { degree: 3, lang: 'es' } },
    { code: 'Fui alumna de tu asignatura de Visión Artificial en el máster de la UPV. Gracias por los laboratorios.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Íñigo, mismo grupo de investigación en la UPV/EHU, distinta década. Encantada de saludarte.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Inés, vecina de pasillo en la residencia Erasmus de Bolonia, otoño de 2018. ¿Un café en Madrid?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Diego, Derecho en la UCA, tú 2014 y yo 2019. Estoy preparando las oposiciones que aprobaste.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Gonzalo, el profesor Lázaro nos dirigió la tesis a los dos, a ti en 2012 y a mí ahora.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola, Laia: ambos pasamos por ESADE, usted en Derecho y yo en ADE. ¿Podría hacerle una consulta?', settings: { degree: 3, lang: 'es' } },
    // Their tweet or slide, quoted; thanked for presenting at a named event.
    { code: 'Hi Lea, your tweet about flaky tests made me rethink our CI retries. How do you handle quarantine?', settings: { degree: 3 } },
    { code: "Hi Raj, you put up a slide titled 'Delete more code' and we pruned our services the week after.", settings: { degree: 3 } },
    { code: 'Hi Ivo, you ended the Kafka devroom talk with a warning about compaction. We hit exactly that.', settings: { degree: 3 } },
    { code: 'Hi Dr. Lin, thank you for presenting at the EULAR webinar on Monday. Could I ask where the cohort data came from?', settings: { degree: 3 } },
    { code: 'Hola Ximena, tu tuit sobre diccionarios de datos me llevó a documentar los de mi ayuntamiento.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rocío, en el seminario de la Fundación Sadosky pusiste «ningún modelo es neutral» en tu primera slide. ¿Puedo citarlo en clase?', settings: { degree: 3, lang: 'es' } },
    { code: 'Usted escribió en X que «un buen contrato evita juicios». ¿Le molesta que lo cite en un taller?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, te lo leí en Twitter: «un dashboard que nadie abre es un gasto». Lo tengo en el monitor.', settings: { degree: 3, lang: 'es' } },
    // Online exchanges outside LinkedIn, a race or crew shared at a named event, something made for their setup or found in their product.
    { code: 'Hi Nora, I ran the Berlin Marathon too. How did the last 10K feel?', settings: { degree: 3 } },
    { code: 'Hi Ian, you finished one place ahead of me at the Snowdon Race. Great descent!', settings: { degree: 3 } },
    { code: 'Hi Ola, we did the Coast to Coast walk in the same group in June. Hope the knee healed.', settings: { degree: 3 } },
    { code: 'Hi Rui, we were both on the recycling crew at Primavera Sound 2023. Keep in touch?', settings: { degree: 3 } },
    { code: 'Hi Ali, I merged your docs fix in the Vite repo yesterday. Thanks for the clear example.', settings: { degree: 3 } },
    { code: 'Hi Ana, you triaged my bug report in the Astro repo within minutes. Much appreciated.', settings: { degree: 3 } },
    { code: 'Hi Kai, you expanded on my Stack Overflow answer about pandas joins. The edge case was new to me.', settings: { degree: 3 } },
    { code: "Hi Leo, we spent an hour in the Elixir Forum's help thread untangling GenServer timeouts.", settings: { degree: 3 } },
    { code: 'Hi Dev, you and I disagreed (nicely) in the r/devops thread about Helm. You were right about umbrella charts.', settings: { degree: 3 } },
    { code: 'Hi Mo, your r/dataengineering post about Airflow retries matched our outage exactly.', settings: { degree: 3 } },
    { code: 'Hi Fay, I found your Stack Overflow answer about CORS preflights while fixing the same bug.', settings: { degree: 3 } },
    { code: 'Hi Pat, I reproduced the CSV export bug in a small repo and can send it to you.', settings: { degree: 3 } },
    { code: 'Hola Rafa, soy el forero que te preguntó en Reddit por las oposiciones de Correos. Tu respuesta fue la mejor del hilo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Dani, ayer me echaste un cable en el canal #ayuda del Discord de Svelte con el error de rutas.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nico, fuiste tú quien cerró mi bug en el repo de Hugo con un parche. Quiero contarte cómo lo usamos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iván, terminamos la Zurich Maratón de Barcelona casi a la vez. ¿Cómo fue la recuperación?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Berta, en tu último post preguntabas por alternativas a Notion. Preparé una tabla con tres opciones.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Edu, el de la gorra de Rust en la Codemotion de Madrid 😄 ¿Seguimos con lo del parser?', settings: { degree: 3, lang: 'es' } },
    // Interned the same summer, a cohort by its number, both commenting on one post, their course, both going to a named fair, one training together.
    { code: 'Hola Wendy, hice la pasantía en la Autoridad del Canal el mismo verano que vos. ¿Te puedo preguntar por las plazas?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Mireia, las dos vamos al SIMO de Madrid. ¿Nos vemos allí para hablar de robótica educativa?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ana, estamos en la segunda cohorte de la aceleradora de Valparaíso. Buscamos un socio logístico.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Melvin, los dos comentamos en el post de ProChile sobre la ruta a Corea. ¿Compartimos contenedor?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Joaquín, hice el curso de Hidrología que impartiste en la Universidad de Concepción. Me gustaría seguir en contacto.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi Joe, I took the course on hydrology you taught at Imperial in 2021. Would love to stay in touch.', settings: { degree: 3 } },
    { code: "Hi Keith, we were in the same supervision module at the Anna Freud Centre last spring. I'd value your take on contracting.", settings: { degree: 3 } },
    { code: 'Hi Maeve, we were both on the compassion-focused therapy training at Derby in 2022. A coffee sometime?', settings: { degree: 3 } },
    // On the same bill as them at a named event.
    { code: 'Hi Nell, I was on the lineup right after you at Config London (the design systems track). Fancy comparing notes on tokens?', settings: { degree: 3 } },
    // El mismo egresado, el mismo equipo en un evento con nombre.
    { code: 'Hola Andrés, vi que usted también es egresado de la Javeriana. Estoy haciendo mi tesis sobre movilidad en Bogotá; ¿me regalaría 10 minutos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Vale, en el Hackatón de Ruta N quedamos en el mismo equipo un par de horas. ¿Seguiste con la app de reciclaje? Me interesa sumarme.', settings: { degree: 3, lang: 'es' } },
    // Their school said to be the sender's too.
    { code: "Hi Dev, I trained at Guy's too (mental health nursing, 2018). Could I ask how you moved into liaison work?", settings: { degree: 3 } },
    // «La del taller de…», dicho de sí; ponente también en el mismo evento.
    { code: 'Hola Marta 👋 (La del taller de encuadernación de La Casa Encendida, ¡seguro que te acuerdas!) Te paso el contacto del proveedor de papel.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Julián, ponente también en el Congreso de Logística de Zaragoza. ¿Preparamos juntos una mesa para el año que viene?', settings: { degree: 3, lang: 'es' } },
    // Both presenting at a named event; their course taken; somewhere with them, named.
    { code: 'Hi Meena, both of us are presenting at Techsparks 2025 on the AI track. Shall we compare slides before?', settings: { degree: 3 } },
    { code: 'Hi Prof. Okafor, I took your Public Health Economics module at UCT in 2020 and used it in my thesis on clinic funding.', settings: { degree: 3 } },
    { code: "Hi Lars, Tove Berg and I were at Chalmers with you (M.Sc. 2016). I'm in Gothenburg next week; coffee?", settings: { degree: 3 } },
    // Their stand visited at a named event; one more of their school's graduates.
    { code: 'Hello Ms. Park, I visited your booth at MWC Barcelona and tried the eSIM demo. Could we talk about a pilot for our fleet?', settings: { degree: 3 } },
    { code: "Hi Joon, I am also a Yonsei alumni (CS '12). I saw you joined the Naver search team. I would like to ask how you found the move.", settings: { degree: 3 } },
    // Both at an event still to come, said as "both of us"; the same course said as "like you I did" or "you and me were in".
    { code: "Hi Tomas, both of us are attending Web Summit in Lisbon next week, and I'm keen to swap notes on edge caching over a coffee there.", settings: { degree: 3 } },
    { code: 'Dear Dr. Weber, like you I did the Master in Robotics at TU Munich, a few years later. Your work on grasping is why I went into manipulation.', settings: { degree: 3 } },
    { code: 'Hi Paolo, you and me were in the Google UX course in Turin in 2021. Nice to see your new studio!', settings: { degree: 3 } },
    // Short notes: graduates of one named school, a batchmate; a cadet in their cohort, a refresher they helped run; es: their demo at a named meetup.
    { code: 'Greta, both TU Delft aerospace grads! How did you get into drone regulation?', settings: { degree: 3 } },
    { code: 'Raj — YC S22 batchmate, same office-hours group.', settings: { degree: 3 } },
    { code: 'Hi Claudia, I was a cadet in your cohort at Warsash Maritime School — B stream, 2011.', settings: { degree: 3 } },
    { code: 'Hi Ingeborg, I was on the bridge resource management refresher you helped run at Svendborg in March.', settings: { degree: 3 } },
    { code: 'Raúl — DataBeers Quito, tu demo de la API del clima. Crack.', settings: { degree: 3, lang: 'es' } },
    // A magazine's name with an ampersand, a named summer school taken with them, something they shared seen; es: their comment on the sender's article, there at the same time, run into at a named event.
    { code: 'Hi Ann, your Directors & Boards piece on AI oversight named the blind spot our board keeps missing.', settings: { degree: 3 } },
    { code: "Hi Diego, I took the Causal Inference summer school at Leiden with you in 2021 — you fixed everyone's Stan install!", settings: { degree: 3 } },
    { code: "Hi Rhiannon, I saw you shared the returnship's interview tips yesterday. I reached the final round last year.", settings: { degree: 3 } },
    { code: 'Estimada Sra. Benítez: publiqué un artículo sobre gobierno corporativo y usted dejó un comentario muy acertado.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Bruno, en 2020 estábamos a la vez en Lanzadera, tú con tu app y yo con la mía.', settings: { degree: 3, lang: 'es' } },
    { code: 'Mae, nos topamos en el DevFest Heredia, en la fila del almuerzo.', settings: { degree: 3, lang: 'es' } },
    // Both ran at a named marathon event; es: a named trade mission, rivals in a named tournament.
    { code: 'Hi Ben, we both ran at Awesome Games Done Quick this year — your Hollow Knight run was unreal.', settings: { degree: 3 } },
    { code: 'Hola Joaquín, los dos viajamos con la misión comercial a Corea de la Cámara de Comercio de Bilbao.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas, Ismael. Nos enfrentamos en semis del torneo de Smash de la Madrid Games Week.', settings: { degree: 3, lang: 'es' } },
    // One named training, a queue at a named event, a CTF slot; es: heard speaking at a named event, seated together at one, there and asking, both speaking at one.
    { code: 'Hi Patrick, we sat in the same SANS Paris training on cloud forensics, the one where the VM kept freezing.', settings: { degree: 3 } },
    { code: 'Hi Greta — coffee line at Web Summit Lisbon, you recommended the pricing session. It was great, thanks!', settings: { degree: 3 } },
    { code: "Hi {{ first_name }}, great meeting you at {{ ctf_name }}! Your team's crypto solves were impressive.", settings: { degree: 3 } },
    { code: 'Hola Elena, en las Jornadas de Periodismo de Huesca te oí hablar de la verificación de bulos. ¿Te puedo hacer una consulta?', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas, nos sentamos juntos en la sala de prensa del Salón del Automóvil y no llegamos a cambiar tarjetas.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola, el martes estuviste en la rueda de prensa de la Consejería de Salud y preguntaste por las urgencias. Yo también cubro sanidad.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas, los dos dábamos charla en la Euskalhack este año; la tuya sobre phishing me vino genial.', settings: { degree: 3, lang: 'es' } },
    // Taught by them in a named cohort, a comment left on their launch, their upvote on the sender's thread; es: their last post with what was seen in a slot, a walkthrough of what they use offered.
    { code: "Hi Hector, I was your student in the General Assembly UX bootcamp's June cohort. I just landed my first design role!", settings: { degree: 3 } },
    { code: 'Hey Lucas, congrats on the launch of Trellis! I left a comment about the Notion import and would love to dig into it.', settings: { degree: 3 } },
    { code: 'Hi Kim, thanks for the upvote on my r/devops thread about flaky CI! Curious what works for your team.', settings: { degree: 3 } },
    { code: 'Hola Jorge, en tu último post vi [observación concreta sobre su trabajo]. ¿Charlamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Matías, te propongo un recorrido de 15 min por el CRM que usan en {{ empresa }} antes de la migración.', settings: { degree: 3, lang: 'es' } },
    // in one programme now, a cohort they mentor, a class they taught, accepted too, the programme they teach on, where they lectured, the sender pointed out at a named expo; in Spanish both ran a named race, there too at a named festival, their thread, an answer they gave, glad to coincide at a named fair.
    { code: "Hi Omar, we're both in the 2025 Google data analytics apprenticeship cohort — want to pair on the capstone?", settings: { degree: 3 } },
    { code: "Hi Ruth, we're both Obama Foundation Fellows this year. Could we swap notes on the civic project?", settings: { degree: 3 } },
    { code: "Hi Sgt. Diaz, I'm in the spring cohort you mentor at the Onward to Opportunity program. Could I ask about your move into logistics?", settings: { degree: 3 } },
    { code: 'Hi Chief Ames, I was one of the cadets in your hazmat awareness class at the Texas Fire Academy in May.', settings: { degree: 3 } },
    { code: "Hi Lena, I'm the guy at the Midwest Ag Expo in Des Moines who asked about your drip lines.", settings: { degree: 3 } },
    { code: 'Hi Nina, saw you were also accepted into the Seedcamp accelerator, batch 12. Looking forward to demo day.', settings: { degree: 3 } },
    { code: "Hi Prof. Kerr, I'm in the MSc Dairy Science programme that you teach on at Reading.", settings: { degree: 3 } },
    { code: "Hi Dr. Obi, I'm a vet student at the University of Nairobi, where you lectured on herd health last term.", settings: { degree: 3 } },
    { code: 'Hola Ane, las dos corrimos la Media Maratón de Bilbao y me encantó tu charla de después sobre hidratación.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iván, yo también estaba en la sección Nuevos Directores del Festival de Málaga con un corto documental.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nico, leí tu thread sobre la reforma de pensiones y tengo una duda sobre los planes de empleo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Sra. Gil: en el curso de Miríadax usted me resolvió una duda sobre rúbricas. Quería darle las gracias.', settings: { degree: 3, lang: 'es' } },
    { code: 'Me alegró coincidir con usted en Expoquimia, don Jaime. Le escribo por lo de los reactores.', settings: { degree: 3, lang: 'es' } },
    // Both accepted into a named programme, both on a named competition's committee; es: a visit with a named master's, a poster presented at a named congress.
    { code: 'Hi Ivan, we both got accepted into Google Summer of Code 2024 for NumFOCUS projects.', settings: three },
    { code: 'Hi Ingrid, we were both on the organising committee of the NeurIPS 2023 Efficient LLM competition.', settings: three },
    { code: 'Hola Lucía, ¿te acuerdas de la visita a la planta de Seat en Martorell con el máster del ICAI?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Miren, soy del equipo que presentó el póster de baterías de segunda vida en el congreso de Enerclub.', settings: { degree: 3, lang: 'es' } },
    // Served together at a named relief camp, a free read-through offered, trained together in a named unit, their community file used, their teardown read, a named event said to be where they met; es: their Dribbble shot, what they presented at a named meeting, their photo from a named fair.
    { code: 'Hi Pastor Grant, we served together at the Hurricane Ida relief camp in Houma in 2021.', settings: three },
    { code: 'Hi Kevin, I reviewed 40 grant applications for that fund last cycle and can do a free 20-minute read-through of your draft.', settings: three },
    { code: 'Hello Sr. Mary Clare, we both served as chaplains-in-training in the Clinical Pastoral Education unit at Mercy Hospital in 2017.', settings: three },
    { code: "Hi Ahmed, I duplicated your Figma community file 'Data Table Kit' for our admin dashboard.", settings: three },
    { code: "Hi Lars, your Medium teardown of Lingotree's streak mechanics is the best I've read.", settings: three },
    { code: 'Hi Florence, Config in San Francisco is where we met: you demoed the redlines plugin.', settings: three },
    { code: 'Hola Kevin, comenté tu shot de Dribbble del dashboard de clima. Estoy armando algo parecido.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Daniela: en el Encuentro de Fotógrafas de Medellín presentaste tu serie sobre plazas de mercado y yo estaba en la tercera fila.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Pilar, subiste una foto del stand de tu agencia en el Salón MiEmpresa y salgo al fondo.', settings: { degree: 3, lang: 'es' } },
    // At named races, fairs and panels: a fellow pacer, what they rescued, known from its volunteer crew, a word caught after its panel, a panel shared, two bikes behind them; a free audit of theirs offered; their outlet's story read.
    { code: 'Hi Tom, fellow Chicago Marathon pacer here (I had the 4:00 balloon!). Would love your advice on a pacer crew.', settings: three },
    { code: 'Hi Amara, you rescued my water bottle in the Hyrox Manchester start pen on Saturday, thank you!', settings: three },
    { code: 'Hi Oona, I recognised your name from the volunteer crew at the Commonwealth Games in Birmingham.', settings: three },
    { code: 'Hi Faisal, I caught you for a quick word after the ITB Berlin panel on rail tourism.', settings: three },
    { code: 'Hi Nikos, we shared the Athens Wedding Expo panel last spring.', settings: three },
    { code: 'Hey Callum, I spent the hilly loop at Ironman 70.3 Bolton two bikes behind you!', settings: three },
    { code: "Hi {{ first_name }}, I'd like to offer a free 20-minute audit of your hotel's booking funnel, with three things to fix.", settings: three },
    { code: 'Hi [Name], I read your [Outlet] story on {topic} and have a document that corrects one figure in it.', settings: three },
    { code: 'Hola Pedro, veo que vas a Fruit Attraction en octubre. Nosotros estaremos en el pabellón de frutos secos; pásate.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Jesús, te propongo una demo de nuestro software de riego cargada con los datos de una campaña real de tu cooperativa.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Carmen, estuvimos en la misma cata de vinos del Salón Gourmets y comentaste que buscabas un blanco joven.', settings: { degree: 3, lang: 'es' } },
    // The reader of the sender's school, with a year or among its alumni: a demonym then the school and years in brackets, one of its alumni, the same school and year.
    { code: "Hi Maya, fellow Badger here (UW–Madison '21 vs. my '25). Would love to ask how you broke into UX research.", settings: three },
    { code: "Hi Mr. Abara, I'm a Howard University senior and you're one of the Bison alumni at Lockheed Martin.", settings: three },
    { code: "Hi Nadia, I'm a first-year MBA student at Rotman and noticed that you're also Rotman '19.", settings: three },
    // Both on a named event's speaker list; a free check of something of theirs offered; es: their column, the same category of a named hackathon, thanks for what they shared, their job post, a named programme they took part in.
    { code: "Hi Jordan, we're both on the DevOpsDays Oslo speaker list this year (your slot is right after mine!).", settings: three },
    { code: "Hi Priya, noticed you're hiring a NetSuite admin. While you search, I can do a free 30-min health check of your saved searches and workflows.", settings: three },
    { code: 'Estimada Lorena: leí su columna en El Financiero sobre reconversión profesional.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Dani, sacamos mención en la misma categoría del hackathon BBVA Open Innovation.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], gracias por compartir lo de {tema}. Ya apliqué el consejo de usar datos reales.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Agustín, publicaste la búsqueda de backend en Mercado Libre y me interesa mucho.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Berta, soy mentora del programa Explorer del Banco Santander, en el que participaste.', settings: { degree: 3, lang: 'es' } },
    // Online: their question in a channel, the same question answered by both, the same bootcamp now and their pinned message, one breakout room of a named event; on stage: their set or keynote at a named one, taking part too, work hung side by side, games in one showcase, pitching after them; a class sat in together.
    { code: 'Hi {{ name }}, you asked in #{{ channel }} for someone to review a Terraform module. I maintain a few and could look this week.', settings: three },
    { code: 'Hi Ola, we both answered the same Stack Overflow question on Rust lifetimes, yours far better than mine.', settings: three },
    { code: "Hi Femi, I'm also going through the Le Wagon bootcamp and found your pinned Slack message with the Git cheatsheet.", settings: three },
    { code: "Hey Tobi! I'm @maya_ships from Buildspace s5; we were in the same breakout room.", settings: three },
    { code: 'Kofi! Your set at the Brudenell Social Club showcase was the best thing we saw all weekend.', settings: three },
    { code: 'Hey Rhys, also a Global Game Jam 2024 participant here. Your entry was my favourite.', settings: three },
    { code: 'Hi Leo, our prints are hanging side by side in the Paris Photo emerging section next week.', settings: three },
    { code: 'Hey {{ first_name }}, we both had games in the {{ showcase_name }} showcase.', settings: three },
    { code: 'Hi Hugo, I was two pitches after you at the Cannes Marché du Film pitch day.', settings: three },
    { code: 'Hi Pablo, I still think about your GDC:Europe keynote on tools teams.', settings: three },
    { code: "Hi Sean! Fellow Juilliard '16 (I sat behind you in music theory).", settings: three },
    { code: 'Hola Olga. Somos alumnas del Máster en Biotecnología de la UAM, tú de la promoción anterior.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Dra. Pineda, le escribo tras su plenaria en el Congreso Nacional de Botánica en Oaxaca.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenos días Sr. Márquez. Con gusto le haría un recorrido de 15 minutos por cómo conciliamos bancos en A3, que veo que usan en su asesoría.', settings: { degree: 3, lang: 'es' } },
    // The stand beside theirs and the mic shared with them at a named event, tutorials in common; es: a question they asked at a named event, both alumni of a slot, their TikTok and their poll, both at a named congress.
    { code: 'Morning Dave, I was on the stand next to your bike one at the Leeds Cycle Show last weekend.', settings: three },
    { code: 'Hi Rangi, sharing the mic with you at Hamilton Biz Week in May was a highlight.', settings: three },
    { code: "Hi Aoife, weren't you in Law at NUI Galway around 2015? Pretty sure we shared a few tutorials.", settings: three },
    { code: 'Hola Elena, en Nerdearla hiciste una pregunta muy buena sobre tipado gradual.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {nombre}, somos alumni de {universidad}. Estoy investigando {tema} y me vendría genial tu visión.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rocío, vi tu TikTok de cómo organizas el almacén y te escribo porque hago estanterías a medida.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Amaia, contesté tu encuesta en stories sobre horarios de pilates y quería contarte más.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Jorge, vi que estuvo en el Congreso Nacional de Enoturismo en Logroño. Yo también asistí, aunque no coincidimos.', settings: { degree: 3, lang: 'es' } },
    // A named event followed up; both showing at a named fair; a recorded walkthrough offered with a question; a post they pinned, worked through; es: the same programme with its year.
    { code: 'Hi Marta, following up from Money20/20 Europe: your point on instant payouts stuck with me.', settings: three },
    { code: 'Hi Joel, following up after the AWS Summit in Stockholm. Great chatting about cost tags!', settings: three },
    { code: 'Hi Ines, we both showed at the Portland Maker Faire. Your lamp designs drew a crowd.', settings: three },
    { code: 'Hi Ravi, I recorded a short Loom of how we route Zoho leads by region. It could save your team a week. Shall I share?', settings: three },
    { code: 'Hi Femi, I worked through the graph problems from the forum post you pinned and wrote up a faster solution for the last one.', settings: three },
    { code: 'Hola {nombre}, somos de {programa}, generación {año}. Te escribo porque busco {cargo}.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sergio, también soy de Ingeniería Civil de la USM (promo 2012). Te quería preguntar por los puentes de Valdivia.', settings: { degree: 3, lang: 'es' } },
    // A comparison being put together, offered when done; a mixer as a slot; their CLE session watched; the same certificate course now; es: a question put to them at a named annual meeting.
    { code: "Hi Owen, I'm putting together a comparison of how the big carriers in Idaho price flood cover. Want a copy when it's done?", settings: three },
    { code: 'Hello [First Name], it was nice talking at the [Rotary Mixer] on [Date] about your lease.', settings: three },
    { code: 'Hi Ines, I watched your ISBA CLE on Tuesday about cannabis leasing and have a question.', settings: three },
    { code: "Hi Lauren, I'm in the NYU real estate certificate this fall too.", settings: three },
    { code: 'Hola Enrique, en la Reunión Anual de la SEN te pregunté por la migraña y me dijiste que te escribiera.', settings: { degree: 3, lang: 'es' } },
    // Lovely to meet at a named event; spoke to them after a named school's open evening; es: they ran a stand at a named fair, they were the mentor at a named workshop.
    { code: 'Hi Kat, lovely to meet at MuseumNext in Bristol! Your point on late openings stuck with me.', settings: three },
    { code: "Hi Mr Bello, I'm one of the parents who spoke to you after the Oakfield Academy open evening.", settings: three },
    { code: 'Estimado Sr. Ortega: usted atendió el stand de Acerix en la Feria de Empleo STEM de la Universidad de Cádiz, donde yo era voluntario.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Renata, fuiste la mentora de mi mesa en el taller de Python de PyLadies Quito.', settings: { degree: 3, lang: 'es' } },
    // A spelled event name heading the sentence, when it was between it and the comma.
    { code: 'Hi Sam — DevFest on Sunday, I was the one with the dead laptop battery. Thanks for the charger!', settings: three },
    // Students' notes: a tip at a named fair's booth, a committee they judged at a named Model UN, the club team they captained, a final they refereed at a named classic, the same demo day of a named accelerator, the same course section now.
    { code: 'Hi Ines, thanks for the tip at the Figma booth during the Config career fair about the design intern role.', settings: three },
    { code: 'Hi Ms. Hart, you judged our committee at Yale Model UN when I was the Chile delegate.', settings: three },
    { code: "Hi Sophie, I'm on the Enactus Leeds team you captained in 2020.", settings: three },
    { code: 'Hi Coach Ruiz, you reffed our final at the Spring Classic in Austin.', settings: three },
    { code: 'Hello <<FirstName>>, Techstars <<City>> <<Year>>: different startups, same demo day.', settings: three },
    { code: "Hi {first_name}, looks like we're in the same CS 6200 section this term.", settings: three },
    // Their recent activity as a slot: a post or a comment of theirs.
    { code: 'Hi {{first_name}}, I recently read your {{ recent_activity }} and wanted to reach out.', settings: three },
    // A desk they ran at a named event (en); sat beside them at a named event's workshop, their star and issue thanked, their talk praised where it was, their proposal selected, their team's prototype seen, a free review of their docs offered (es).
    { code: 'Hi Tom, you ran the press desk at Slush and found us a quiet room for the interview.', settings: three },
    { code: 'Hola Irene, me tocó sentarme a tu lado en el taller de Go de la GopherCon Madrid. Seguí tu consejo sobre los tests.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, gracias por la estrella y el issue en nuestro repo de geodatos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Quique, gran charla ayer en la Codemotion.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Emilio, tu propuesta sobre observabilidad quedó seleccionada para la JSDay Canarias.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sergio, vi en GitHub el prototipo de tu equipo para medir la humedad del suelo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sergio, te ofrezco una revisión gratuita de la documentación de {{ repo }} con una lista de 8 mejoras.', settings: { degree: 3, lang: 'es' } },
    // es: a fault found on their site and explained, a link found and passed on for them to change, both speaking at one named event, a report prepared for their sector brought to the fair.
    { code: 'Hola Jorge, encontré dos enlaces rotos en el menú de Ferretería Lumbre. Se lo explico en un audio corto si quiere.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nico, te paso el enlace correcto que encontré en tu web para que lo cambies en Instagram.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sofía, vi que eres ponente en la Ekoparty. Yo también hablo ese día; ¿café en la pausa?', settings: { degree: 3, lang: 'es' } },
    { code: 'Señora Ruiz, iré a Fruit Attraction y me gustaría llevarle el informe de precios que preparamos para su sector.', settings: { degree: 3, lang: 'es' } },
    // Met briefly at a named event; a programme's round named between "same" and "as you"; a walkthrough offered (es).
    { code: 'Hi Stefan, met you briefly at TechCrunch Disrupt. You asked about our churn numbers.', settings: three },
    { code: 'Hi Keanu, I was a mentee in the same LFX Mentorship term as you.', settings: three },
    { code: 'Hola Mauricio, te hago un walkthrough de 15 minutos de nuestro data room.', settings: { degree: 3, lang: 'es' } },
    // One piece singled out after a comma from content followed in general (en, es).
    { code: 'Hi Maren, I have read your blog for years, particularly the post on flaky integration tests. Would love to connect.', settings: three },
    { code: "Hi Kofi, been following your newsletter for a while, above all last week's issue on carbon accounting.", settings: three },
    { code: 'Hola Pilar, leo su blog desde hace años, especialmente el artículo sobre licitaciones públicas. Encantada de conectar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Bruno, sigo tu contenido hace rato, en especial el hilo que publicaste sobre precios en SaaS.', settings: { degree: 3, lang: 'es' } },
    // es: made for them, a seat kept for them, the steps left for them, a check they can be shown.
    { code: 'Hola Gabriela, vi que Kuali Viajes usa HubSpot. Te armé una plantilla de pipeline para agencias, así no empiezas de cero.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], me tomé la libertad de hacer un mock-up de la ficha de producto de [Empresa]; va sin compromiso.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas, [Nombre]. Damos un taller de n8n el [fecha] y tengo una plaza gratis reservada para [Empresa].', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Claudia, el certificado SSL de tu tienda vence en 9 días. Te dejo los pasos para renovarlo en Shopify.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Martina, el píxel de ModaSur se dispara dos veces en el checkout. Te puedo mostrar cómo comprobarlo en 3 minutos.', settings: { degree: 3, lang: 'es' } },
    // Offers of work already done on their site or product, each offered in so many words (en): a fix and its lines, screenshots, a tagged sheet, a comparison, an easy fix, a diagnosis doc, a walkthrough handed over.
    { code: 'Hi Rafael, the menu on rafaelstudio.com hides the logo below 400px. Quick CSS fix; I can send you the two lines.', settings: three },
    { code: "Hi Tomasz, Kestrel Freight's tracking page shows a blank map on Safari 17. I took screenshots and a console log; glad to send them over.", settings: three },
    { code: "Hey [Name], I went through [Company]'s Play Store reviews from the last 60 days and tagged them by theme. The sheet is yours if you want it.", settings: three },
    { code: "Hi {name}, I compared {company}'s onboarding emails with 12 others in fintech. Want the comparison?", settings: three },
    { code: "Hi Ingrid, the Glassdoor link on Nordvik's careers page 404s. Easy fix; I can send it.", settings: three },
    { code: `Hi Mei, Lattice Bloom's blog lost its ranking for "team rituals" in March. I've got a quick diagnosis doc, just say the word.`, settings: three },
    { code: "Hi [Name], I noticed [specific issue you found] on [website]. Here's a 2-min walkthrough of the fix: [Loom link]", settings: three },
    // The sender a TA on their batch; a fix opened for their tool; their top comment on a thread; their issue on a tracker.
    { code: 'Hi Daniel, I was a TA on your Le Wagon data bootcamp batch (#812). Freelancing on dbt now.', settings: three },
    { code: 'Hi Anders, I use your CLI daily. The README example for --delimiter was out of date, so I opened a fix.', settings: three },
    { code: 'Hi Karl, yours was the top comment on the HN thread about advisory locks. Your pattern removed our Redis dependency.', settings: three },
    { code: 'Hi Arjun, your GitHub issue on the Prisma repo about pooling was exactly our problem. Did you find a workaround?', settings: three },
    // es: what the sender found on their site, with what they can explain.
    { code: 'Hola Jorge, detecté que el sitemap de Ferretería Iglesias no incluye las categorías nuevas. Puedo explicarte cómo añadirlas en un correo corto.', settings: { degree: 3, lang: 'es' } },
    // One breakout group at a named event; summer interns at one place (en); their student, a talk both give at a named event, a video recorded for them (es).
    { code: 'Hi Zoe, we were in the same breakout group at RSECon24 on legacy C++. Want to co-author the notes?', settings: three },
    { code: 'Hi Yusuf, we were summer interns at CERN openlab in 2017.', settings: three },
    { code: 'Don Ernesto, le escribe Andrés, su alumno de Microeconomía en la Javeriana en 2015. Ahora dirijo finanzas en una startup.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Ing. Medina: ambos figuramos como ponentes en la Semana de la Ciencia de Datos de Monterrey.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{ first_name }}, te grabé un vídeo de 3 minutos mostrando cómo encajaría {{ su_herramienta }} en nuestro stack.', settings: { degree: 3, lang: 'es' } },
    // Their words quoted in the sender's newsletter.
    { code: "Hi {{first_name}}, I quoted your line about {{ topic }} in this week's newsletter (credited, of course!). Wanted to connect so I can tag you.", settings: three },
    // Flatmates at a school.
    { code: 'Hi {name}, we were flatmates at [University] back in 2012. Found you at last!', settings: three },
    // Paths crossed at a named event; a panel shared at one (en).
    { code: 'Dear Mr. Osei, our paths crossed at the Lagos Fintech Week gala in May. Might we speak in confidence?', settings: three },
    { code: "Hi Jonas, we shared the tooling panel at Rust Belt Rust in Pittsburgh. {company} is building an embedded Rust team, and I'd enjoy continuing that conversation.", settings: three },
    // es: there at the same time; their TA years; the same promo; what they posted, their poll, their demo seen, their comment on the sender's article; a fix or a dashboard made from their data, offered.
    { code: 'Hola Camila, hice las prácticas en el IRB el verano que tú empezabas el doctorado allí.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola, Nico. Soy de la cohorte 14 de Henry; vos estabas como TA en la 12.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lía, somos de la misma promo de 42 Barcelona (2021).', settings: { degree: 3, lang: 'es' } },
    { code: 'Laura, el carrusel que subiste con los errores típicos al alquilar me ahorró un disgusto.', settings: { degree: 3, lang: 'es' } },
    { code: 'Ana, tu encuesta de la semana pasada sobre jornada intensiva me la pasó medio equipo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Gonzalo, en la Ekoparty vi tu demo de fuzzing y quiero probarla en nuestro equipo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{ nombre }}, gracias por comentar en nuestro artículo sobre {{ tema }}.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas, Carmen. Probé la web de reservas de vuestro hostal desde el móvil y falla el calendario. Te mando capturas y cómo arreglarlo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iker, he montado un dashboard con los datos abiertos de vuestras líneas de autobús. Si le sirve al equipo, te paso el acceso.', settings: { degree: 3, lang: 'es' } },
    // Their review of the sender's pull request; maintainers of one project; their video series.
    { code: 'Hi {name}, I merged a PR into {repo} last week and saw you reviewed it. Thanks!', settings: three },
    { code: "Hi {name}, we're both maintainers on {project}. Would love to connect.", settings: three },
    { code: 'Hi {name}, I watched your YouTube series on {topic}. Would love to connect.', settings: three },
    // Both at a named market soon (en); a named piece of their work reviewed free (es).
    { code: "Hi Jo, we're both at the Fremantle Makers Market this Sat - I'm the soap stall next to yours.", settings: three },
    { code: 'Dra. Montalvo, he sido evaluadora en el Cluster 6 y puedo revisar gratis su sección de impacto antes del cierre.', settings: { degree: 3, lang: 'es' } },
    // On the same bill at a named event; their post told by what it asked (en); played the same weekend at a named festival (es).
    { code: 'Hi Rudi, our team was also a finalist at the Garuda Hacks 2022 hackathon in Bandung.', settings: three },
    { code: "Hi Nora, you posted yesterday looking for a sound engineer for your spring tour. I'm free from April.", settings: three },
    { code: '¡Hola Tomi! Tocamos el mismo finde en el Vive Latino, en el escenario chico. ¿Armamos algo juntos?', settings: { degree: 3, lang: 'es' } },
    // es: what they said in a post, "publicaste … que".
    { code: 'Hola {{nombre}}, publicaste la semana pasada que buscáis analista de datos. Tengo tres años en el puesto; ¿te paso mi CV?', settings: { degree: 3, lang: 'es' } },
    // Their school in an aside, "(same as you!)"; the sender teaching on the course they just started; a piece written in answer to theirs.
    { code: "Hi Dana, I'm an Ironhack grad (same as you!) and now work in QA. How did you find your first role?", settings: three },
    { code: "Hi Dana, I'm one of the TAs on the data science course you just started. Ping me any time.", settings: three },
    { code: 'Hi Dana, I posted a rebuttal piece to yours about estimates and tagged you. Curious what you make of it.', settings: three },
    // es: heard on a subject at a named event; the programme they tutored, "usted era tutor"; a detail taken from their post, in a slot.
    { code: 'Hola Irene, te vi hablar de observabilidad en la PyConES. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Sr. Vidal, hice las prácticas en el programa Talento de Iberdrola, en el que usted era tutor. Le escribo para pedirle consejo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{nombre}}, me quedé con [dato concreto] de tu última publicación. ¿Lo comentamos?', settings: { degree: 3, lang: 'es' } },
    // es: something made by the sender, passed on to them free.
    { code: 'Hola {{first_name}}, vi que {{company}} lleva el inventario en hojas de cálculo. Armé una plantilla que te puedo pasar gratis. ¡Me encantaría conectar!', settings: { degree: 3, lang: 'es' } },
    // es: their comment on someone's post, seen.
    { code: 'Hola Emilio, vi que comentaste el post de Nuria Gil sobre nóminas en Perú; soy contador en Lima y tengo dudas con la SUNAT. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    // Met at a named event: a long name between the locative and the event noun; who they were there, recognised; a few words exchanged.
    { code: "Dear Ms. Okafor,\nAt the Royal College of Nursing's annual congress in Liverpool you described your ward's falls audit; I was the nurse from Leeds who asked about night shifts.", settings: { degree: 3 } },
    { code: "Hey Jo! That was you with the sourdough stories at the Bristol Python meetup on Friday, right? Here's the connect.", settings: { degree: 3 } },
    { code: 'Hi there, we only managed a few words at the Web Summit happy hour in Lisbon. You were pricing add-ons, like us.', settings: { degree: 3 } },
    // Quoted whole, as a guide quotes the note it shows: the shared past still heads it.
    { code: '“Hi Ana — DevConf Brno, table 9, you showed me your flaky-test dashboard. Would love to stay in touch.”', settings: { degree: 3 } },
    // A slot a wrapped line breaks once is still the event's or the post's slot (en, es).
    { code: "Hi [Name], great to meet you at [name of the\nconference] last week. Let's stay in touch.", settings: { degree: 3 } },
    { code: 'Hola {{ nombre }}, fue un gusto coincidir en {{ evento |\ndefault("la feria") }}. ¡Seguimos en contacto!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi {{first_name}}, I really liked your recent {{ content_type |\ndefault("post") }} on churn. Happy to connect.', settings: { degree: 3 } },
    // Markdown's emphasis marks read as the spaces they are to the eye (en, es).
    { code: 'Hi Kofi,\n**I** recorded a 5-minute teardown of the **Bramble** checkout with two fixes for mobile. **Want** the link?', settings: { degree: 3 } },
    { code: "Hi Lourdes,\n\n**Your** post on renting out kids' clothes was spot on. **I'm** a textile designer and would love to talk it over.", settings: { degree: 3 } },
    { code: 'Hola Lourdes:\n\n**Tu** publicación sobre el alquiler de ropa infantil me encantó. **Soy** diseñadora textil y me gustaría comentarla contigo.', settings: { degree: 3, lang: 'es' } },
    // A shared past heading the note after asking after them (en, es).
    { code: "Hi Omar, hope you're doing well! Edinburgh, MSc Informatics 2017. You rescued my Prolog coursework the night before the deadline.", settings: { degree: 3 } },
    { code: 'Hola Celia, espero que estés muy bien. Hicimos la pasantía juntas en el ACNUR Ecuador en 2015.', settings: { degree: 3, lang: 'es' } },
    // The same bootcamp, another edition (es); a free tool made and offered set up with their data (es).
    { code: 'Hola Rafa, veo que también pasaste por el bootcamp de Le Wagon Madrid (yo estuve en la edición de marzo de 2023). Busco mi primer trabajo como junior y me encantaría saber cómo fue tu transición.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{nombre}}, armé una calculadora gratuita en Google Sheets que cruza tus ventas con el costo de envío. Vi que vendés en {{categoria}} y te la puedo configurar con tus datos. ¿Te interesa?', settings: { degree: 3, lang: 'es' } },
    // A numbered cohort shouted out, or sat a few desks apart in; cards kept from a named fair (es); an alumna "como tú" (es).
    { code: 'Hey Noor — Ironhack Madrid, cohort #88! I was two desks over. Would love to hear which stack you picked.', settings: { degree: 3 } },
    { code: 'hey noor! ironhack cohort #88 (madrid), i was two desks over haha. saw you joined a fintech, congrats!!', settings: { degree: 3 } },
    { code: 'Estimada Sra. Quispe, me quedé con su tarjeta y no con su correo: fue en Expominera, en Lima, durante el almuerzo de proveedores. Le envío la ficha técnica.', settings: { degree: 3, lang: 'es' } },
    { code: 'Egresada de la UPV como tú (Industriales, promo 2015). ¿Te puedo preguntar por el equipo de baterías de Seat?', settings: { degree: 3, lang: 'es' } },
    // Met near their booth at a named fair; in their intake, from the sender's side.
    { code: 'Hi Noor, I was the one who spilled tea near your booth at Interpack Düsseldorf. Good to connect properly.', settings: { degree: 3 } },
    { code: 'Hi Noor, I was in your cohort at the Oxford Foundry accelerator last spring. Would love to compare notes on pricing.', settings: { degree: 3 } },
    // Met at a named meetup, with a word inside the cue; one programme served in by both.
    { code: 'Hi Noor, we ended up, somehow, at the same tiny table at the RLadies Leeds meetup in May. Would love to stay in touch.', settings: { degree: 3 } },
    { code: 'Hi Noor, we both volunteered as tutors in the 2022 Code Club Leeds summer programme. Could I ask you about your move into teaching?', settings: { degree: 3 } },
    // Both in one intake named by its year; their internship recalled, and their thread named with a possessive after it (es).
    { code: 'Noor, both in the 2017 cohort of the Leeds MSc in Data Science, though in different project groups. Would love to reconnect.', settings: { degree: 3 } },
    { code: 'Hola Noor, ¿te acuerdas de las prácticas de verano en el Hospital de Cruces? Yo era la que llevaba los turnos de noche.', settings: { degree: 3, lang: 'es' } },
    { code: '¡Qué buen hilo el tuyo sobre cómo pedir un aumento, Noor! Lo comenté con mi equipo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Noor, soy estudiante de último año de Ingeniería Química en la Universidad de Oviedo, como lo fuiste tú. ¿Podría hacerte dos preguntas?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Noor, nos presentamos un momento en el Startup Olé de Bilbao, entre dos pitches. ¿Te mando el dossier?', settings: { degree: 3, lang: 'es' } },
    // Both there, and what befell them during a named event; an event named '… Summit' (es); an MBA in common (es); both speaking at a named event (fr).
    { code: 'Hi Omar, we were both stuck in the hallway during Inbound when the fire alarm went off. Your pricing question stuck with me.', settings: { degree: 3 } },
    { code: 'Hola Sara, todavía guardo la servilleta con el diagrama que me dibujaste en el Startup Summit de Valencia.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Sara: soy egresado del MBA del IESE, igual que usted, y estoy pensando en pasarme a banca.', settings: { degree: 3, lang: 'es' } },
    { code: "Bonjour Chloé, nous intervenons tous les deux à Dreamforce en mai. Ce serait top d'échanger avant.", settings: { degree: 3, lang: 'fr' } },
    // Their being at a named event too (nl).
    { code: 'Hoi Daan, ik zag dat jij ook op Voorjaarsbeurs Utrecht was. Jouw vraag over koelketens bleef bij me hangen.', settings: { degree: 3, lang: 'nl' } },
    // A school named in English in a note in another language (nl).
    { code: 'Hoi Sanne, we hebben allebei aan Boston University gestudeerd, jij een paar jaar eerder. Ik bouw nu een planningstool en hoor graag hoe jij je eerste klanten vond.', settings: { degree: 3, lang: 'nl' } },
    // What they told the sender at an event named by its spelling (de, fr, nl).
    { code: 'Hallo Jonas, bei DevOpsDays Berlin hast du erzählt, wie ihr die Rufbereitschaft organisiert.', settings: { degree: 3, lang: 'de' } },
    { code: "Bonjour Léa, à DevFest Nantes tu m'as dit que votre équipe migrait vers Kotlin.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Hoi Daan, op DevOpsDays Amsterdam vertelde je dat jullie naar Kubernetes overstappen.', settings: { degree: 3, lang: 'nl' } },
    // Both showing work at a named event.
    { code: 'Hi Dr. Osei, we both had posters at the Digestive Disorders Federation meeting in Glasgow and yours was two boards down from mine.', settings: { degree: 3 } },
    // Both speaking at a named event (es).
    { code: 'Dra. Salgado, ambos estaremos como ponentes en el Foro Forestal de Durango en abril. Me encantaría coordinarnos para no repetir contenido.', settings: { degree: 3, lang: 'es' } },
    // A cohort said as a 'generation' and its year; an event named by its spelling and edition before its noun ('PyCon US panel').
    { code: 'Hi Alejandra, I think we were together in the Tec de Monterrey, generation 2012 of Industrial Engineering! I am now in Bosch in Querétaro. Would be great to reconnect.', settings: { degree: 3 } },
    { code: "Hi Omar, PyCon US panel q — you mentioned typed dataframes; any lib you'd recommend? thx!", settings: { degree: 3 } },
    // Something made for them, offered as the JSON or recorded with no subject said.
    { code: 'Hey Priya, I rebuilt your open-source Tally dashboard as a one-click Grafana import. Want the JSON?', settings: { degree: 3 } },
    { code: 'Hey Priya — recorded a 3-min Loom on how Brightline could cut Redshift costs with your current setup. Want the link?', settings: { degree: 3 } },
    // Sitting at their table, a stand named by the fair placed before it, a networking dinner, a menu gone through and remade (it, nl).
    { code: 'Gentile Signor Bassi, è stato un piacere sedere al Suo tavolo alla cena di gala di Confcommercio Padova venerdì. La Sua storia mi ha colpito.', settings: { degree: 3, lang: 'it' } },
    { code: 'Goedemiddag meneer Jansen, we spraken elkaar vorige week kort op de Gastvrij Rotterdam in Ahoy, bij de stand met de vegan kazen, over houdbaarheid.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Beste Anouk, wat een leuk gesprek tijdens het netwerkdiner van de Utrechtse Zorgweek gisteravond.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Beste Lotte, ik heb de menukaart van jullie lunchroom doorgenomen en een versie met allergenen per gerecht gemaakt. Zal ik die naar je sturen?', settings: { degree: 3, lang: 'nl' } },
    // Sat together at a named lunch (es).
    { code: 'Qué tal, Diego. Estuvimos sentados juntos en la comida de la Asociación de Viveristas de Valencia el martes; me quedé con tu tarjeta. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    // A trainee programme's slot, both in it (nl).
    { code: 'Beste [Naam], wij zaten allebei in lichting [Jaar] van het [Traineeprogramma]. Leuk om oud-trainees hier weer te vinden!', settings: { degree: 3, lang: 'nl' } },
    // A fair's pavilion, the fair named before it, their product tasted there (it).
    { code: 'Ciao Marta! Al Cibus ho assaggiato il tuo pecorino al padiglione Sardegna ed è stato amore. Gestisco una gastronomia a Trento.', settings: { degree: 3, lang: 'it' } },
    // Sitting next to them at a named talk, a hall of a fair named before it, their reply to my comment (es).
    { code: 'Hola Ximena, me senté junto a ti en la plática sobre logística inversa del Foro de Retail el jueves. Quedamos en compartir apuntes.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ramiro, en la Expoagro de San Nicolás, en el pabellón de riego, hablamos de pivotes centrales.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Fede, ayer me respondiste un comentario sobre facturación electrónica y tu ejemplo me abrió la cabeza.', settings: { degree: 3, lang: 'es' } },
    // Something made for them, offered with a reason to send it ("so you can try it").
    { code: "Hi Nadia, your clinic's booking form is a PDF patients print. I built a web version with your exact fields — can I send you the link so you can try it?", settings: { degree: 3 } },
    // A talk praised, a demo thanked for, bumping into each other, an evening at a named event; their reply to my article (fr, de, pt, nl).
    { code: 'Salut Maud, super talk sur le cache HTTP au meetup Lyon.js chez Sfeir jeudi ! On compare nos notes ?', settings: { degree: 3, lang: 'fr' } },
    { code: 'Moin Jakob, danke für die Demo eures Linters beim Berlin Go Meetup letzte Woche! Ich hätte ein paar Fragen.', settings: { degree: 3, lang: 'de' } },
    { code: 'Oi Camila! A gente se esbarrou no Startup Summit em Floripa, naquele painel de fintech. Bora trocar ideia?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hallo Bas, wat een leuke avond bij het Amsterdam Product Diner vorige week! Zullen we eens lunchen?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Dag meneer Smit, dank voor uw heldere reactie op mijn artikel over warmtenetten in Zwolle.', settings: { degree: 3, lang: 'nl' } },
    // An offer to send, said in speech ("schick dir", de).
    { code: 'Hi Mara, hab eure Preisseite durchgeklickt und drei Stolpersteine notiert, schick dir die Liste gern als PDF.', settings: { degree: 3, lang: 'de' } },
    // A school and a year as a heading, then the reader spoken to (pt, it, fr, nl).
    { code: 'Olá Joana! Erasmus em Bolonha, 2018, os jantares no apartamento da Via Zamboni 😄 Estás agora na Farfetch, pelos vistos. Conta-me tudo!', settings: { degree: 3, lang: 'pt' } },
    { code: 'Ciao Luca! Erasmus a Lisbona 2015, la casa di Alfama e le sardine del sabato 😄 Adesso lavori in Satispay, a quanto pare: raccontami!', settings: { degree: 3, lang: 'it' } },
    { code: 'Salut Inès ! Erasmus 2017 à Gand, la coloc près du Vrijdagmarkt… Je tombe sur ton profil chez Doctolib et je suis curieux de savoir ce que tu deviens.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Hoi Sem! Minor in Lissabon, najaar 2016, die surfweek in Peniche 🏄 Je werkt nu bij Mollie, lees ik — hoe bevalt het?', settings: { degree: 3, lang: 'nl' } },
    // What they said or were promised at a named event: their point, question or talk (it, pt, de, en); a recording handed over (es).
    { code: 'Ciao Bruno, alla cena di chiusura del Salone Nautico ti avevo promesso le foto dello scafo: eccole.', settings: { degree: 3, lang: 'it' } },
    { code: 'Olá Rita, ainda penso na sua pergunta no painel da Feira do Livro sobre traduções.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hallo Sven, beim Frühstück auf der IMM Cologne hat mich dein Punkt zu Kantenleimern überzeugt.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hi Dana, still thinking about your point about night shifts at the Leeds Nursing Summit.', settings: { degree: 3 } },
    { code: 'Hola Iker, te grabé un vídeo de cuatro minutos con los tres fallos de accesibilidad de vuestra web. Es tuyo: video.example/acc', settings: { degree: 3, lang: 'es' } },
    // A summit and a coffee break are events (fr, pt).
    { code: "Bonjour Inès, ravie d'avoir échangé avec vous au Web Summit sur les cartes de fidélité.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Oi Rafael, ainda lembro da nossa conversa no coffee break da Campus Party sobre drones agrícolas.', settings: { degree: 3, lang: 'pt' } },
    // What the two did or shared at an event named by its spelling; studies in common said "like me" (en, es, nl, it).
    { code: 'Hi Jo, we were both soaked in the queue outside RustConf while the doors stayed shut, and your idea about lifetimes stuck with me.', settings: { degree: 3 } },
    { code: 'Hola Marta, todavía guardo el esquema de colas que me dibujaste en la cena de la DevFest Sevilla. ¿Lo pasamos a limpio?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hoi Sam, jij hebt net als ik de opleiding aan de Hogeschool Rotterdam gevolgd. Ik zoek een medeoprichter.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Ciao Sam! Eravamo entrambi al Politecnico di Milano. Sto lanciando una startup e cerco un co-founder tecnico.', settings: { degree: 3, lang: 'it' } },
    // Side by side at a named event: the stall or seat next to theirs (en, it).
    { code: 'Hi Jo, we had stalls side by side at the Ludlow Food Festival, you with the chutneys. Fancy sharing a pitch next year?', settings: three },
    { code: 'ciao! eravamo vicini di banco al mercatino di natale di trento, io con le candele', settings: three },
    // Without capitals, a name after the event noun that a link word leads to (en, fr, nl).
    { code: 'hi! we chatted at the meetup of the rust user group last week, keen to keep in touch', settings: three },
    { code: 'bonjour, on s est parle au salon emploi de la cite des sciences jeudi, je vous ajoute comme convenu', settings: three },
    { code: 'hoi! we stonden naast elkaar op de braderie van deventer, zullen we samen een kraam delen?', settings: three },
    // Both presenting at a named event (es).
    { code: 'Buenas tardes, Dra. Gallardo. Las dos presentamos póster en las Jornadas Nacionales de Enfermería de Zaragoza.', settings: three },
    // A free review offered, their lab interned in (en); speakers at one named event (fr); a word exchanged at a named fair (it).
    { code: "Hi Priyanka, ex-Shopify PM here — I'd happily do a free 30-minute review of your checkout funnel.", settings: three },
    { code: 'Hi Dr. Patel, I interned in your lab at the Garvan Institute in 2017 (summer student).', settings: three },
    { code: 'Bonjour Dr Morel, nous intervenions tous les deux aux Rencontres HealthTech de Lyon en mars.', settings: three },
    { code: 'Buongiorno Dott. Ricci, ci siamo scambiati due parole al Cibus di Parma a maggio.', settings: three },
    // At the same university as the sender, said of them (de).
    { code: 'Hi {firstName}, ich habe gesehen, dass du wie ich an der {uni} Maschinenbau studiert hast.', settings: three },
    // The programme they completed, gone through after them (en); their post in a slot (es).
    { code: "Hi {{first_name}}, I'm going through the {{program_name}} certification you completed last year.", settings: three },
    { code: 'Hola {firstName}, [menciona algo que publicó] me hizo pensar mucho.', settings: three },
    // Interned at one place the same summer, their junior at a college, both on a panel named with a year (en).
    { code: 'Hi Tom, I interned at Siemens Munich the same summer (2019, grid team).', settings: three },
    { code: "Dear Ma'am, I was your junior at Miranda House (History, 2020 batch).", settings: three },
    { code: 'Hi Dr. Mensah, we were both on the AMIA 2023 clinical NLP panel.', settings: three },
    // Their keynote, guest lecture or comment (nl); on one stage at a named event (nl); a free scan offered (nl).
    { code: 'Beste heer Verhoeven, uw keynote op het Nationaal Congres Logistiek was voor ons team een eye-opener.', settings: three },
    { code: 'Beste Nadia, vorige week zat ik bij uw gastcollege op de Hogeschool Utrecht over inclusief werven.', settings: three },
    { code: 'Hey {{first_name}}, zag je comment onder de post van {{author}} over {{topic}}. Helemaal mee eens!', settings: three },
    { code: 'Hi Yara, we stonden vorige maand allebei op het podium bij Data Days Eindhoven.', settings: three },
    { code: 'Geachte mevrouw Jacobs, graag maak ik gratis een quickscan van de toegankelijkheid van uw website. Interesse?', settings: three },
    // Studies in common (pt, de), a panel shared (pt), an offer made and sent (pt, de), a named hackathon both took part in (de).
    { code: 'Oi Bia, a gente era do mesmo grupo de estudo de Física na UFPR em 2016!', settings: three },
    { code: 'Prezada Dra. Nogueira, tivemos o prazer de dividir o painel sobre telemedicina no Congresso de Pediatria.', settings: three },
    { code: '{{first_name}}, anotei 4 melhorias rápidas no checkout da {{company}} (com prints). Te mando o PDF?', settings: three },
    { code: 'Hey Jana! Wir waren zusammen im 9. Batch des Inkubators in Hamburg.', settings: three },
    { code: 'Servus Flo, wir haben 2016 zusammen an der HTL Mödling maturiert.', settings: three },
    { code: 'Hallo {{anrede}} {{nachname}}, ich habe Ihre Stellenanzeige für {{position}} in eine barrierearme Fassung umgeschrieben. Darf ich sie Ihnen schicken?', settings: three },
    { code: 'Hallo Frau Wolf, wir haben beide beim Hackathon „Open Data Linz" mitgemacht.', settings: three },
    // The same school, gone to together, named or dated (es).
    { code: 'Hola Nico, fuimos juntos al Colegio Nacional de Rosario (promo 2009) y vi que ahora estás en Mercado Libre.', settings: three },
    { code: 'hola nico! ibamos juntos al insti en zaragoza, q ilusión verte por aquí', settings: three },
    // Studies in common said in Italian ways: course-mates, "studiavamo entrambe", at the same course, an alumna like them.
    { code: 'Ciao Marta, eravamo compagne di corso al master in Data Science della Bicocca.', settings: three },
    { code: 'Ciao Marta, studiavamo entrambe Economia alla Federico II (io 2012-2016)!', settings: three },
    { code: 'Ciao Marta, eravamo al corso di UX della Scuola Holden a marzo.', settings: three },
    { code: "Ciao {{ nome }}, anch'io sono alumna di {{ universita }}!", settings: three },
    // An offer made for them, then sending it (it, fr), and a Québec chat at a named fair.
    { code: 'Ciao {firstName}, ho fatto un audit gratuito della pagina checkout di {companyName}. Te lo mando?', settings: three },
    { code: "Salut {prenom}, je t'ai préparé une grille d'onboarding pour {entreprise}. Je te l'envoie ?", settings: three },
    { code: "Bonjour {{prenom}}, j'ai analysé vos 40 derniers avis clients. Je vous envoie la synthèse si cela vous intéresse.", settings: three },
    { code: "Allô Julie! On s'est jasé au Salon de l'emploi de Laval jeudi passé.", settings: three },
    // A report and a patch for them, a snippet they left, their words quoted, a course or programme in common, both at a fair (es).
    { code: 'Sr. Montoya, encontramos un fallo en su portal de proveedores. Tenemos el informe y el parche; ¿a quién se lo hacemos llegar?', settings: three },
    { code: 'Mati, gracias por el gist que me dejaste en la respuesta sobre Terraform.', settings: three },
    { code: 'Hola Nuria, lo de «los dashboards que nadie abre» que escribiste el lunes lo imprimí.', settings: three },
    { code: 'Raquel, los del curso de drones de marzo seguimos en el chat y tú desapareciste.', settings: three },
    { code: 'Hola {nombre}, desde que acabó {programa} en {año} no hemos vuelto a coincidir.', settings: three },
    { code: 'Hola Daniel, veo que también vais a Fitur con stand; nosotros estaremos en el pabellón 8.', settings: three },
    // Their reply under the sender's post, a mock-up ready for them, a batch slot in common, an event remembered or heard at (en).
    { code: 'Dear Dr. Okafor, you corrected a dosage figure under my summary of the NICE update. Thank you.', settings: three },
    { code: "Hi Ethan — you wrote 'this is wrong, and here is why' under my note on carbon pricing.", settings: three },
    { code: 'Hey Lea, I mocked up your checkout on a small screen and the pay button hides. Three screenshots, ready whenever you want them.', settings: three },
    { code: 'Hi [Name], we were in the same [Batch] at [Institute].', settings: three },
    { code: 'Hi Jess, remember the rainy Thursday at PauseFest when the wifi died?', settings: three },
    { code: 'Hi Jess, remember the rainy Thursday at Pause Fest when the wifi died?', settings: three },
    { code: 'Hi Ana, you said so loudly at MozFest that the licence was broken.', settings: three },
    // Rows apart in one course, their reply to the sender's comment, an argument at a named stand, a hackathon's ranking, their line from a thread, both on a jury (es).
    { code: 'Don Hernán, usted se sentaba dos filas delante de mí en el diplomado de proyectos de la Javeriana.', settings: three },
    { code: 'Hola Clara: tu réplica a mi comentario sobre la semana de cuatro días me hizo cambiar de opinión.', settings: three },
    { code: 'Mariana, en el stand 3B de Expo Eléctrica nos pusimos a discutir de inversores híbridos.', settings: three },
    { code: 'Fede, terminamos terceros en el hackatón de la Ekoparty, a dos puntos.', settings: three },
    { code: 'Hola Mónica, me quedo con tu frase del hilo del viernes sobre onboarding.', settings: three },
    { code: 'Señora Quintana, ambos figuramos este año en el jurado del Premio Emprendedor XXI.', settings: three },
    // Their answer or correction under the sender's post or poll, a table or a dinner shared at a named event, a programme's heading then what happened (fr, de, it, nl, pt).
    { code: "Bonjour Hugo, votre réponse à ma question sur le scope 3 m'a débloqué.", settings: three },
    { code: "Vous avez été la seule à pointer l'erreur d'unités dans mon graphique sur les serveurs.", settings: three },
    { code: 'Hallo Frieda, deine Antwort auf meine Frage nach Wärmepumpen war die einzige mit Zahlen.', settings: three },
    { code: 'Ciao Federica, la tua risposta alla mia domanda sui resi era la più concreta.', settings: three },
    { code: 'Dag Ellen, van alle reacties op mijn peiling over thuiswerken gaf jij het enige voorbeeld.', settings: three },
    { code: 'Olá Rui, a sua resposta ao meu comentário sobre painéis solares salvou a minha apresentação.', settings: three },
    { code: 'Geachte mevrouw Bakker, tijdens de lunch op de Dutch Design Week deelden we een tafel.', settings: three },
    { code: 'Madame Rousseau, nous étions côte à côte au dîner de clôture des Assises de la Sécurité.', settings: three },
    { code: 'Ciao Luca! H-FARM, percorso Digital Marketing, primavera 2018 — il progetto per la cantina te lo ricordi?', settings: three },
    { code: 'Rockstart Energy, cohort 2021 — jij met de slimme laadpalen, wij met de thuisbatterijen.', settings: three },
    // A correction in their thread, what they said at a named fair, the question asked after their talk, a course's heading, a measurement written up and ready, their thread asked in, their remark under the sender's post (it, pt, de, nl).
    { code: 'Ciao Marta, nel thread sulla fatturazione mi avevi corretto sul codice destinatario.', settings: three },
    { code: 'Ciao Giulia! Al Salone del Mobile mi avevi detto che cercavate un fornitore di finiture.', settings: three },
    { code: 'Olá Carla, na rodada de perguntas depois da sua fala no RD Summit, fui eu que perguntei sobre atribuição.', settings: three },
    { code: 'Hallo Tobias, IHK-Lehrgang Bilanzbuchhalter, Abendkurs Köln 2020 – du hattest immer die besseren Lernkarten.', settings: three },
    { code: 'Guten Tag Frau Roth, ich habe die Ladezeiten Ihrer Shopseiten gemessen. Die Auswertung liegt als PDF bereit.', settings: three },
    { code: 'Hallo Herr Kraus, in Ihrem Thread zum Lieferkettengesetz hatte ich nach den Ausnahmen gefragt.', settings: three },
    { code: 'Hallo mevrouw Jansen, u wees mij er onder mijn bericht op dat het om de Hoge Raad ging.', settings: three },
    // A check run and written up for them, a programme's heading then "that week", the only one to cite the rule in a thread (fr, nl).
    { code: "Hello Ana, j'ai passé l'appli de réservation de votre hôtel au crible sur trois téléphones : deux écrans plantent. Je vous les envoie ?", settings: three },
    { code: 'Bonjour Marc, j\'ai décortiqué la page tarifs de votre site : trois ajustements simples. Dites-moi si vous la voulez.', settings: three },
    { code: 'Hoi Bram, ik heb de onboarding van jullie app doorlopen op een oude iPhone. Een korte video staat klaar.', settings: three },
    { code: 'Hé Fleur! Traineeship Rabobank, lichting 2019, die week in Zeist met de escaperoom.', settings: three },
    { code: 'Bonjour Julien, dans le fil sur le DPE, vous avez été le seul à citer le décret exact.', settings: three },
    // Both pitching at a named event, both on a named stage, a programme's heading then why they are remembered (en).
    { code: 'Hey Liam, we were both pitching at SXSW Sydney in the same room — you went on right after me.', settings: three },
    { code: 'Hi Priya, both of us were on the Elevate stage on Wednesday — you had the procurement panel, I had the climate one.', settings: three },
    { code: "Hey Devon — Apple Developer Academy, Detroit, 2021. You're the reason my SwiftUI code has comments.", settings: three },
    { code: 'Geachte dr. Visser, ik zag dat u net als ik aan de [universiteit] heeft gestudeerd.', settings: three },
    { code: 'Ik heb de onboarding van jullie app doorlopen en een korte video gemaakt met drie verbeterpunten. Wil je de link?', settings: three },
    // A shared past said as a heading, then what happened there (en, es).
    { code: 'Hi Nadia — Imperial, MSc Computing 2016. You debugged my Haskell coursework at 2am.', settings: three },
    { code: 'Hey Tom, Sydney Startup Weekend 2022, team Kiwi — we came third and you built the backend.', settings: three },
    { code: 'Hola Guille, del IESE, sección C de 2018: el que presentaba los casos en Comic Sans.', settings: three },
    // Their correction or answer on the sender's post, a talk heard at a named expo, a translation offered (es).
    { code: 'Pablo, el error de la tabla que me señalaste en mi artículo sobre hipotecas ya está corregido.', settings: three },
    { code: 'Hola Beatriz, fuiste la única que contestó a mi encuesta sobre nóminas con datos.', settings: three },
    { code: 'Jorge, te oí decir en Smart City Expo que los semáforos de Bilbao se reprograman solos.', settings: three },
    { code: 'María José, traduje la guía de accesibilidad de tu equipo al español. La tengo lista para revisar, por si os sirve.', settings: three },
    // A reply under their post, a check run and written up for them, a batch sat side by side, a thread they started, an event named with no noun for it (fr, de, pt, it, nl).
    { code: "Bonjour Claire, sous votre billet sur les délais de paiement, votre réponse au deuxième commentaire m'a beaucoup servi.", settings: three },
    { code: 'Hallo {{first_name}}, ich habe mir die Ladezeiten Ihrer Produktseiten angesehen. Gern schreibe ich Ihnen auf, was am meisten bringt.', settings: three },
    { code: 'Hey Paula, im Frühjahrs-Batch des Accelerators in Köln saßen wir direkt neben euch.', settings: three },
    { code: 'Olá Patrícia, naquela discussão sobre crédito que você puxou, a sua resposta ao Rodrigo trouxe um número novo.', settings: three },
    { code: 'Olá Sofia, na Web Summit fomos as duas que ficámos no estande até ao fim, a discutir dados abertos.', settings: three },
    { code: 'Ciao Sara, al Salone del Mobile eri tu quella che chiedeva a ogni espositore da dove venisse il legno.', settings: three },
    { code: 'Ciao {{first_name}}, ho messo in un file le 30 domande più frequenti degli ispettori. Te lo mando volentieri.', settings: three },
    { code: 'Hoi Daan, op de Dutch Design Week stonden we allebei naar dezelfde lamp te kijken.', settings: three },
    // Their post named after "you published", a cohort or accelerator batch in common, a supervision group, a PR offered, a question asked at their panel (es, en).
    { code: 'Hola Felipe, usted publicó la semana pasada el hilo sobre riego por goteo y le dejé una duda.', settings: three },
    { code: 'Hola Rubén, los dos salimos de la misma generación 2016 del Tec, tú en Mecatrónica.', settings: three },
    { code: 'Hola Noa, estuvimos en la misma tanda de la aceleradora en 2021.', settings: three },
    { code: 'Hi Ibrahim, we were in the same supervision group at Imperial in 2013.', settings: three },
    { code: 'Hey Dominic, I translated your plugin docs into Polish. Want the PR?', settings: three },
    { code: 'Hola Lidia, fui yo quien te preguntó por las licencias al final de tu mesa en el Congreso de Sevilla.', settings: three },
    // A runbook offered, a sheet made for them, a mentoring scheme shared, a checklist of theirs in use.
    { code: 'Hi Tom, I moved two clinics off Epic last year and can share the runbook we wrote.', settings: three },
    { code: 'Hi Tom, I scored the 20 product pages of [Company] for load speed and four fail on mobile. Want the sheet?', settings: three },
    { code: 'Hi Tom, we were both mentees on the 2022 Girls Who Code mentoring programme in Leeds.', settings: three },
    { code: 'Hi Tom, the onboarding checklist you shared last spring is now used by our whole HR team.', settings: three },
    // Their school or club met again, both at one school, one of a programme's people, their question at our session.
    { code: 'Hi Kofi, I am in my final year at KNUST, where you did your MSc. Could I ask how you chose your thesis lab?', settings: three },
    { code: 'Hi Kofi, I now run the robotics society at Ashesi, which I see you founded in 2016.', settings: three },
    { code: 'Hi Kofi, we both went to Achimota School, ten years apart!', settings: three },
    { code: 'Fulbright alum here too (2019, Austin), Kofi!', settings: three },
    { code: 'Hi Kofi, thanks for your question on cold storage during our Tuesday webinar.', settings: three },
    // The same school before them (fr, de, pt), the same batch (it), a sample done free (es), a site measured (fr).
    { code: "Bonjour Luc, je suis en licence à l'IAE de Lyon comme vous à l'époque.", settings: three },
    { code: 'Hallo Jan, ich studiere wie du damals Maschinenbau an der RWTH.', settings: three },
    { code: 'Olá Rita, estou no último ano na Católica, onde também estudou.', settings: three },
    { code: 'Ciao Marco, eravamo nello stesso batch di H-Farm nel 2020.', settings: three },
    { code: 'Hola Irene, te reviso gratis la ficha de un producto de tu tienda para que veas cómo trabajo.', settings: three },
    { code: "Bonjour Luc, j'ai mesuré la vitesse du site de [Entreprise] : 5 s sur mobile. Je vous envoie le rapport ?", settings: three },
    // At work at one named event, the only students of a ward, their issue tracker, their etching at a named show.
    { code: 'Hi Mo, we were both refereeing at the Yorkshire Schools Cup in Leeds on Sunday.', settings: three },
    { code: 'Hi Mo, we were the only two students on Ward 7 at the Royal Free that winter.', settings: three },
    { code: 'Hi Mo, I filed issue #88 on your tide-tables library and have a patch ready; happy to open a PR.', settings: three },
    { code: 'Hi Mo, your etching of the Tyne bridges at the Hexham art fair stayed with me.', settings: three },
    // Their preprint read and samples lent, their question at a named fair, a walkthrough of how the sender did it (es).
    { code: 'Hola Irene, leí vuestro preprint sobre brucelosis en Teruel; tenemos 80 muestras y os las cedemos.', settings: three },
    { code: 'Irene, usted fue quien preguntó por el riego por goteo en la mesa de Fruit Attraction.', settings: three },
    { code: 'Hola Irene, si quieres te enseño en una videollamada cómo montamos el fichaje en la Diputación.', settings: three },
    // In a queue together at a named event, a teacher or supervisor in common, a batch-mate, a thread under someone's post,
    // a question they asked in a thread, a fix written for them, a dataset that is theirs, an introduction to a named person.
    { code: 'Hey Rui, we queued together for coffee at the FOSDEM keynote.', settings: three },
    { code: 'Hi Rui, same Professor Okoro for thermodynamics at Imperial, a few years apart.', settings: three },
    { code: 'Dr Mills supervised both of us at Bangor, Rui.', settings: three },
    { code: 'Antler cohort-mate here, Rui!', settings: three },
    { code: "Rui, we both argued under Maya's post about four-day weeks.", settings: three },
    { code: 'Rui, in the Terraform state thread you asked me how we lock it. I can send you the config we use.', settings: three },
    { code: "Rui, your sitemap skips every page under /blog. I've written the fix, want it?", settings: three },
    { code: 'Rui, I keep a dataset of Lisbon tram delays since 2020. It is yours if useful.', settings: three },
    { code: "Rui, I'd like to introduce you to Marta Reis, who buys cork for a winery in Porto.", settings: three },
    // Under someone's post together (fr), a shift together (de), a lab bench shared (it), a fix ready (it).
    { code: "Bonjour Luc, on s'est disputés gentiment sous le post d'Anaïs sur les devoirs.", settings: three },
    { code: 'Hallo Jan, wir hatten 2018 zusammen Nachtdienst auf der Intensivstation in Kiel.', settings: three },
    { code: 'Ciao Marco, ti ricordi il banco che dividevamo a fisica a Pavia?', settings: three },
    { code: 'Ciao Marco, ho trovato un errore nella vostra libreria e ho già pronta una correzione.', settings: three },
    // The same programme said as a shared fact (es).
    { code: 'Hola Tomás, los dos somos egresados del máster de la Pompeu Fabra.', settings: three },
    { code: 'Hola Tomás, hicimos el bootcamp de datos de Le Wagon en Madrid, aunque no coincidimos.', settings: three },
    { code: 'Fui alumna del Diplomado en Museografía de la UNAM, generación 2019, Mtra. Salgado.', settings: three },
    // Their words at a named event (es, pt), a visual prepared for them, the same promotion (fr), a pull request sent (de), a report sent (nl).
    { code: 'Lo dijiste en el Foro Rural de Soria y desde entonces lo repito.', settings: three },
    { code: 'Você disse isso no Web Summit Rio e eu anotei na hora.', settings: three },
    { code: 'Je peux vous préparer une maquette pour la vitrine, sans engagement.', settings: three },
    { code: 'Promo 2016, Kedge, Luc ! Un café à Marseille ?', settings: three },
    { code: 'Ich habe deine Bibliothek geforkt und die Zeitzonen ergänzt; ich schicke dir den Pull-Request gern.', settings: three },
    { code: 'Ik deed de akoestiek in die hallen en stuur je graag mijn meetrapport.', settings: three },
    // The sender placed by the question they asked at the recipient's named session.
    { code: "Dr Hale, I'm the nurse who asked about your falls protocol at the Royal Marsden grand round on Tuesday.", settings: three },
    // An audit sent as a file, a table shared at a named hackathon, a panel of theirs, the same batch (fr, pt, es, nl, de).
    { code: "Bonjour Luc, j'ai fait un audit des pages produit de [Entreprise] : 3 pistes. Je vous envoie le rapport ?", settings: three },
    { code: 'Salut Luc, on était voisins de table au hackathon Ocean Data à Brest !', settings: three },
    { code: 'Olá Rita, assisti ao seu painel sobre logística verde no Porto Tech Hub.', settings: three },
    { code: 'Hola Rita, estuvimos en el mismo batch de la aceleradora Lanzadera en 2021.', settings: three },
    { code: 'Hoi Sanne, ik heb jullie checkout getest en 4 knelpunten op een rij gezet. Zal ik de lijst sturen?', settings: three },
    { code: 'Hallo Frau Roth, ich habe für Ihre Website eine Ladezeit-Prüfung gemacht. Soll ich Ihnen die Ergebnisse schicken?', settings: three },
    // Their post, said with the words around it: "what you posted on", "that post of yours".
    { code: 'Hi Tom, I liked reading what you posted on retention limits in Kafka. We hit the same wall at Globex.', settings: three },
    { code: 'Hi Ines, that talk of yours on incident reviews at SREday changed how we run ours.', settings: three },
    { code: "Bonjour Claire, merci pour notre conversation d'hier lors de Vivatech sur la logistique urbaine.", settings: three },
    { code: 'Bonjour Claire, super échange hier pendant le salon SIRHA ! On reste en contact ?', settings: three },
    { code: 'hey sam, good to meet u at DevOpsDays Porto! lets stay connected', settings: three },
    { code: '{firstName}, thanks for chiming in on my {topic} thread. Shall we connect?', settings: three },
    { code: 'Hi <Name>, glad we got to chat at <Trade Show> about modular kitchens.', settings: three },
    { code: 'Hi [First Name], I stumbled on what you wrote about [subject]. Spot on about lead times.', settings: three },
    { code: 'Hi <Name>, brilliant piece on <subject>, especially the part on churn.', settings: three },
    { code: 'Hi {name}, cracking post on {topic}, spot on about handovers. Keen to connect.', settings: three },
    // A slot right after the cue is the event it names, whatever its words.
    { code: 'Bonjour [Prénom], ravie de notre discussion pendant [Thème] la semaine passée.', settings: three },
    // The event named in the sentence before the meeting; theirs picked among others.
    { code: 'Hi Sam, I spent most of RustConf drifting between workshop rooms. Meeting you was easily the highlight.', settings: three },
    { code: 'Hi Sam, you sat beside me at the PyData tutorial on Friday, right? Great meeting you.', settings: three },
    { code: 'Hi [Name], I read a pile of posts this week; the one you recently wrote about [topic] stood out.', settings: three },
    { code: "Bonjour [Prénom], nous avons discuté hier en marge de [Salon], votre regard m'a fait réfléchir.", settings: three },
    { code: '[Prénom], super échange hier à [Salon] ! On reste en contact ?', settings: three },
    { code: 'hey [name] so that thing you posted on [topic] was great, happy to link up', settings: three },
    { code: 'Guten Tag, herzlichen Dank für Ihren Vortrag beim Logistikforum Süd über Tourenplanung.', settings: three },
    { code: 'Grüezi, besten Dank für Ihr Referat am Bauforum Zürich über Holzbau.', settings: three },
    { code: 'Ciao Luca, grazie per il commento che hai lasciato sotto il mio post sui magazzini.', settings: three },
    { code: 'Ciao Luca, il tuo ultimo articolo sulla logistica del freddo mi ha fatto riflettere.', settings: three },
    // A summit named by the first part of its compound (de), a congress closed into one word (nl).
    { code: 'Guten Tag Frau Roth, nach unserem Gespräch beim Frankfurter ESG-Gipfel würde ich gern in Kontakt bleiben.', settings: three },
    { code: 'Beste Sanne, na ons gesprek op het Energiecongres in Utrecht blijf ik graag in contact.', settings: three },
    { code: 'hey [name] - ur [topic] post was the best thing i read this week imo. connect?', settings: three },
    // Following in general in one sentence does not hide their post named in the next.
    { code: "Hi Ana, I've been reading all your content. Your piece on {{topic}} changed how we price.", settings: three },
    // A few seats away at a named panel; an exam prepared together (es).
    { code: 'Hi Cleo, I sat three rows behind you at the Web Summit panel on heat networks.', settings: three },
    { code: 'Hola Cleo, preparamos juntas el MIR de 2019 en la academia de Granada.', settings: three },
    // Their spreadsheet rebuilt, the repo link offered; their RFC; their thread (fr) and poll (it); the next table at a named hackathon (de).
    { code: 'Hi Lena, I rebuilt your freight-rate spreadsheet as a small web app. Want the repo link?', settings: three },
    { code: 'Hi Lena, I read your RFC on streaming joins and have a prototype of option B running.', settings: three },
    { code: "Bonjour Lena, votre fil sur les retards de paiement des PME m'a parlé : on vit la même chose.", settings: three },
    { code: 'Ciao Lena, ho risposto al tuo sondaggio sul lavoro ibrido e ho letto tutti i commenti.', settings: three },
    { code: 'Hallo Lena, wir saßen beim Hackathon der Stadtwerke München am Nachbartisch.', settings: three },
    // An answer they gave the sender, a pull request to their project, one accelerator batch 'too', a Loom about their page
    // in slots, a thesis in the same lab decades apart; Spanish: crossed paths on a weekday at a named festival, their answer
    // to the sender's question, a comment left on their reel, a campus both passed through years apart.
    { code: 'Hi Bo, you answered my question on the Postgres mailing list about vacuum tuning last spring.', settings: three },
    { code: 'Hi Bo, I sped up your CSV importer and the pull request is up for review.', settings: three },
    { code: "Hi Bo, I'm in the Techstars Berlin cohort too, the logistics team by the window.", settings: three },
    { code: "Hi {{first_name}}, I recorded a short video showing how {{company}}'s signup page reads on a phone.", settings: three },
    { code: 'Hi Bo, three decades apart, I also did my thesis in the coastal lab you ran at Aalborg.', settings: three },
    { code: 'Hola Bo, nos cruzamos el viernes en el Festival de Cine de Málaga, en la cola de acreditaciones.', settings: three },
    { code: 'Hola Bo, en la Semana de la IA de Lima contestaste la pregunta que te hice sobre datos de salud.', settings: three },
    { code: 'Hola Bo, probé la receta de tu último reel y te dejé un comentario con el resultado.', settings: three },
    { code: 'Hola Bo, los dos pasamos por la Universidad de los Andes, tú unos años antes.', settings: three },
    // Spanish: seen presenting at a named event, studied there both, a benchmark offered, a video made of their page,
    // a mentor at their hackathon, the same panel at a named congress.
    { code: 'Hola Ola, te vi exponer en el Foro de Logística de Zaragoza y me quedé con ganas de preguntarte.', settings: three },
    { code: 'Hola Ola, estudiamos las dos en la Universidad de Navarra, tú un par de cursos antes.', settings: three },
    { code: 'Hola Ola, te puedo pasar nuestro benchmark de lectores RFID en cámaras frigoríficas.', settings: three },
    { code: 'Hola Ola, grabé un vídeo corto revisando tu tienda online con tres mejoras.', settings: three },
    { code: 'Hola Ola, fui jurado en el Hackathon Salud de Málaga cuando ganó tu equipo.', settings: three },
    { code: 'Hola Ola, estaremos en el mismo panel del Congreso Nacional de Enfermería.', settings: three },
    // One breakout at a named event, their stand visited, watching them pitch, mentoring at their hackathon, a bootcamp cohorts apart,
    // their piece in a named journal, their notebook, a Loom made for them.
    { code: 'Hi Ola, we sat in the same breakout session at Config London on design tokens.', settings: three },
    { code: 'Hi Ola, I dropped by your stand at LogiMAT and we talked pallet sensors.', settings: three },
    { code: 'Hi Ola, I watched you pitch at Slush this year; the demo was the best of the day.', settings: three },
    { code: 'Hi Ola, I was one of the judges at HackZurich when your team built the flood map.', settings: three },
    { code: 'Hi Ola, I took the Le Wagon data course two cohorts after yours.', settings: three },
    { code: 'Hi Ola, your essay in Wired about repair rights made me rethink our warranty policy.', settings: three },
    { code: 'Hi Ola, your notebook on leakage in the Kaggle churn contest taught me a lot.', settings: three },
    { code: 'Hi Ola, I made a short Loom of your checkout with two fixes for mobile.', settings: three },
    // Side by side at a named workshop (nl); an audit made then sent 'wenn du magst' (de); a programme both went through, in slots.
    { code: 'Hoi Sanne, we zaten naast elkaar bij de workshop van Design Week Eindhoven.', settings: three },
    { code: 'Hallo Sanne, ich habe euren Bestellprozess durchgespielt und fünf Hürden notiert. Wenn du magst, schicke ich dir die Liste.', settings: three },
    { code: "Hi [First Name], I'm in this spring's [Accelerator] batch and saw you went through it in [Year].", settings: three },
    // On one stage at a named event, a panel named in quotes, a picture they posted, a fix offered once made.
    { code: 'Hi Petra, looks like we are sharing the stage at DevOpsDays Zurich in May.', settings: three },
    { code: 'Hola Petra, vamos a compartir cartel en la Semana de la Logística de Valencia, tú abres y yo cierro.', settings: three },
    { code: "Hi Petra, we were both on the 'Heat Pumps for Old Housing Stock' panel at Build Expo Leeds.", settings: three },
    { code: 'Hi Petra, the chart you posted of your clinic waiting times is now pinned above my desk.', settings: three },
    { code: "Hi Petra, I'm the one who reported the broken date picker on your booking page; I've got a two-line fix I can send over.", settings: three },
    { code: 'Hola Petra, hice el Máster en Logística de la UPV, igual que tú, aunque unos años después.', settings: three },
    { code: "Bonjour [Prénom], ancien de l'ESSEC moi aussi (promo 2014), je vois que vous avez rejoint [Entreprise].", settings: three },
    { code: 'Ciao {{nome}}, ho risposto al tuo commento sotto il post di [Autore] sul reshoring.', settings: three },
    // A reply to one's own comment, in Spanish and English.
    { code: 'Hola Nuria, gracias por contestar a mi pregunta sobre turnos de noche; me dio mucho que pensar.', settings: three },
    { code: 'Hola Nuria, mi comentario en el post de Iker sobre turnos de noche acabó en un buen debate contigo.', settings: three },
    { code: 'Hi Nuria, thanks for replying to my comment about night-shift rotas last week.', settings: three },
    // An event named by its spelling, a room shared at a named workshop, one cohort, one thread.
    { code: 'Hi Nuria, we kept talking by the sponsor wall on the last afternoon of GopherCon about retries.', settings: three },
    { code: "Bonjour Nuria, nous étions toutes les deux dans la salle pour l'atelier Sketch du vendredi à Web2Day.", settings: three },
    { code: 'Hola Nuria, estuvimos en la misma cohorte de Ironhack en 2022, en turnos distintos.', settings: three },
    // Running into them at a named event; both at a named hackathon (de); a reply in a named thread; data of theirs, and the detail sent.
    { code: 'Hey Nuria! Great running into you at the Porto design offsite last week.', settings: three },
    { code: 'Hallo Nuria, wir waren beide beim Siemens Hackathon 2024 – Ihr Team hatte die Wärmepumpen-Idee.', settings: three },
    { code: 'Hola Nuria, te respondí ayer en el hilo de Iván sobre precios por uso y me quedó una duda.', settings: three },
    { code: 'Hola Nuria, usé vuestro conjunto de datos de tráfico y encontré un desfase en dos sensores; si te sirve, te mando el detalle.', settings: three },
    // The same team at a named hackathon; the same programme as the sender; a repo offered.
    { code: 'Hola Nuria, estuvimos en el mismo equipo en el Hackatón de Datos Abiertos de Bogotá.', settings: three },
    { code: 'Hi Nuria, we were on the same team at the Junction hackathon in Helsinki.', settings: three },
    { code: 'Hola {{nombre}}, veo que hiciste el {{programa}} en {{universidad}} igual que yo.', settings: three },
    { code: 'Hola Nuria, hice un conector para exportar tableros de Metabase a Slack; te paso el repo por si os sirve.', settings: three },
    // Their comment on the sender's article (fr); a certificate course both took, a recorded video offered (de); a video offered (pt);
    // seated side by side at a named workshop, a course taken 'come te', an audit and its report offered (it).
    { code: 'Bonjour Inès, vous avez commenté mon article sur les salaires des devs à Nantes. Vous auriez des chiffres ?', settings: three },
    { code: 'Hallo Frau Roth, wir haben beide den Zertifikatslehrgang Einkauf an der FH Münster gemacht (ich 2020).', settings: three },
    { code: 'Hallo Ina, ich habe mir die Kasse eurer App angesehen und ein kurzes Video mit drei Vorschlägen aufgenommen. Soll ich es dir schicken?', settings: three },
    { code: 'Olá Inês, gravei um vídeo curto a analisar o vosso checkout no telemóvel. Quer que lho envie?', settings: three },
    { code: 'Ciao Ines, eravamo seduti vicini al workshop di Codemotion Roma sui test end-to-end, ricordi?', settings: three },
    { code: 'Ciao Ines, anche io ho frequentato il corso di UX di Talent Garden, edizione 2021, come te.', settings: three },
    { code: 'Buongiorno Ines, ho fatto un audit della SEO del vostro sito: posso inviarle il report in PDF?', settings: three },
    // Speaking right after them at a named event; a year apart on one programme; one study group; their carousel;
    // a dataset kept that might save them work, a benchmark run then offered, a file they can have a copy of.
    { code: "Hi Ines, I'm presenting right after you at RubyConf Taipei — would love to say hello before our slots.", settings: three },
    { code: 'Hi Ines, we were two years apart on the Chevening programme at LSE.', settings: three },
    { code: 'Hi Ines, we were in the same Cloud Architecture study group on Slack in 2022.', settings: three },
    { code: 'Hi Ines, your carousel on churn cohorts is pinned above my desk.', settings: three },
    { code: 'Hi Ines, I maintain an open dataset of Baltic port congestion by hour. It might save you a scraper at Vilnius Freight.', settings: three },
    { code: 'Hi Ines, we benchmarked nine OCR engines on shipping invoices. Shall I send the numbers?', settings: three },
    { code: "Hi Ines, I've got a Figma file of 30 annotated checkout flows. Want a copy?", settings: three },
    // In the row behind them at a named congress; their poster.
    { code: 'Hi Ines, I was in the row behind you at the BDA Congress in Leeds when you asked about waiting lists.', settings: three },
    { code: 'Dear Dr. Ines Sousa, I enjoyed your poster on coral bleaching models.', settings: three },
    // French, Portuguese, German, Italian, Dutch: a speakers' dinner, a queue together, one incubator cohort, an analysis made then sent,
    // both at a named speakers' dinner, a named round table attended, an introduction offered, a reply in a thread, one accelerator batch,
    // both speakers at a named fair, one talent class, stands side by side at a named week.
    { code: 'Bonsoir Inès, merci pour votre remarque au dîner des intervenants de BIG Paris hier soir.', settings: three },
    { code: "Bonjour Inès, on faisait la queue ensemble à l'accueil du Sommet Tech de Lyon.", settings: three },
    { code: "Bonjour Inès, nous sommes dans la même cohorte d'incubateur à Station F.", settings: three },
    { code: "Bonjour Inès, j'ai fait une courte analyse de votre page carrière. Je vous l'envoie volontiers.", settings: three },
    { code: 'Olá Inês, estivemos ambos no jantar dos oradores do Porto Tech Hub.', settings: three },
    { code: 'Olá Inês, estive na mesa-redonda sobre baterias do Lisbon Energy Forum.', settings: three },
    { code: 'Olá Inês, posso te apresentar ao Gustavo Reis, que procura fornecedores como vocês?', settings: three },
    { code: 'Olá Inês, vi que você comentou no fio do Bruno sobre LGPD.', settings: three },
    { code: 'Hallo Ines, wir waren im selben Batch beim Accelerator APX in Berlin.', settings: three },
    { code: 'Hallo Ines, ich habe einen kurzen Audit Ihrer Website gemacht. Soll ich Ihnen die Übersicht schicken?', settings: three },
    { code: 'Ciao Ines, siamo entrambi speaker allo SMAU Bologna di maggio.', settings: three },
    { code: 'Ciao Ines, ho preparato cinque suggerimenti per la vostra landing page. Vuoi che te li mandi?', settings: three },
    { code: 'Hallo Ines, wij zaten samen in de Young Talent Class van ING in 2019.', settings: three },
    { code: 'Beste Ines, we stonden op de Dutch Design Week met onze stands naast elkaar.', settings: three },
    // One accelerator batch; a shuttle shared to a named conference; their review of the sender's fix; the sender's review of their PR.
    { code: "Hello Ines, I saw you're also in YC's S25 batch.", settings: three },
    { code: 'Hi Ines, we shared the shuttle from the airport to Collision Toronto.', settings: three },
    { code: 'Hey Ines, I opened the issue about the parser leak and saw you reviewed the fix.', settings: three },
    { code: 'Hi Ines, I reviewed your PR #212 on the polars docs and left two suggestions.', settings: three },
    // Spanish: a table shared at a named workshop, the same flight to a named conference, the speakers' dinner, a talk given there too,
    // a question at a named fair's stand, one diploma's year, studied at the same slot, their thread, an introduction offered.
    { code: 'Hola Paula, compartimos mesa en el taller de UX del Agile Camp Córdoba y me gustó tu dinámica.', settings: three },
    { code: 'Hola Andrés, íbamos en el mismo vuelo Quito–Lima rumbo a la JSConf Andina.', settings: three },
    { code: 'Hola Inés, en la cena de ponentes del T3chFest nos sentaron juntas y no nos pasamos los datos.', settings: three },
    { code: 'Hola Jimena, yo también di una charla en la H-Hack este año, en el track de redes.', settings: three },
    { code: 'Hola Hernán, en la Expo Láctea de Rafaela te pregunté por los tanques de frío.', settings: three },
    { code: 'Hola Camila, somos de la misma generación del diplomado en Finanzas de la Universidad de Lima.', settings: three },
    { code: 'Hola {{nombre}}, estudiamos en {{universidad}} en años parecidos.', settings: three },
    { code: 'Hola Martín, escribiste un hilo sobre tu primera ronda de inversión que me llegó justo.', settings: three },
    { code: 'Hola Lorena, vi que buscan a alguien para cumplimiento. Le puedo presentar a Julián Ortega, que armó esa área en una aseguradora.', settings: three },
    { code: "Hi Nuria, in the thread under Priya's post on on-call pay, you and I were the two asking about weekends.", settings: three },
    // French, Italian, Dutch and German: seen at a named meetup, in the same queue at a named fair, an offer sent on request.
    { code: 'Coucou ! Je t’ai vue au meetup Paris Women in Data jeudi dernier, ton lightning talk m’a bluffée.', settings: three },
    { code: 'Buongiorno, al Cosmoprof di Bologna ero in fila con Lei al bar e abbiamo chiacchierato di packaging.', settings: three },
    { code: 'Hoi Bram, we raakten aan de praat in de rij voor de koffie op de Vakbeurs Energie in Den Bosch.', settings: three },
    { code: 'Hallo Jan, ich habe einen kurzen Vergleich Ihrer Versandkosten mit drei Mitbewerbern erstellt. Darf ich ihn Ihnen schicken?', settings: three },
    { code: 'Hi Hannah, I was at the Chicago Ideas Week session you moderated on food deserts.', settings: three },
    // A question in a named session's Q&A; an intro to someone; both in one accelerator batch; on a named event's speaker list.
    { code: 'Great question in the Q&A at MozCon, Ines! I was two rows behind you.', settings: three },
    { code: "Hi [Name], I'd like to introduce you to [Contact Name], who runs partnerships at [Company].", settings: three },
    { code: "Hi Aisha! Just saw you're also in the Techstars London Spring '24 batch.", settings: three },
    { code: "Hi Omar, I'm attending Web Summit Lisbon in November and noticed you're on the speaker list.", settings: three },
    // A named fair placed before the meeting; both at a named congress; also a graduate of the same school; a video offered two sentences on.
    { code: 'Hola {{nombre}}, en la Feria del Libro de Buenos Aires estuvimos en la misma mesa sobre edición independiente.', settings: three },
    { code: 'Hola {{nombre}}, estuvimos los dos en el Mobile World Congress de este año.', settings: three },
    { code: 'Hola Nico, vi que también egresaste de Ingeniería en la Católica.', settings: three },
    { code: "Hi Dan, I recorded a 5-minute Loom walking through your pricing page with three changes I'd test first. No pitch attached. Want the link?", settings: three },
    // A school named as theirs too.
    { code: "Hi {{ first_name }}, I'm a recent graduate of {{ school }} like you and I'm exploring roles in data.", settings: three },
    // Dutch: talking briefly after their session at a named event; a traineeship done together.
    { code: 'Hoi Bram, we spraken elkaar kort na jouw sessie op de Dutch Design Week in Eindhoven.', settings: three },
    { code: 'Hoi Anne, we hebben in 2016 samen het traineeship bij de Rabobank gedaan.', settings: three },
    // German: a video made for them, then offered.
    { code: 'Guten Tag Frau Roth, ich habe mir Ihre Karriereseite angesehen und ein kurzes Video (4 Min.) aufgenommen. Soll ich es Ihnen schicken?', settings: three },
    { code: 'Hi Elena, let us connect.' },
    // On an event's programme or lists, answers and reviews of one another's work, a cohort or a class in common.
    { code: "Hi Leah, I found you on the speaker list for Collision Toronto and I'll be attending too.", settings: three },
    { code: 'Hi Ray, our teams competed against each other at the MIT Hackathon last spring.', settings: three },
    { code: 'Hi Tom, I came across your answer in the dbt Slack about incremental models and it solved my problem.', settings: three },
    { code: 'Hi Kim, you reviewed my pull request on the Kubernetes repo last week. Thanks for the detailed feedback!', settings: three },
    { code: "Hi Lee, I'm one of the 40 people in this year's Stanford Ignite cohort with you.", settings: three },
    { code: "Hi Sue, I was your TA for CS50 in 2019 and saw you're now at Google.", settings: three },
    { code: 'Hi Nick, I sent a question during your Q&A at the Product-Led Summit and you answered it live.', settings: three },
    { code: 'Hola Kim, revisaste mi pull request en el repositorio de Kubernetes la semana pasada. ¡Gracias!', settings: three },
    { code: 'Hola Sue, fui tu tutora en el máster de la Carlos III en 2019.', settings: three },
    { code: 'Hola Ray, competimos en el Hackathon del MIT la primavera pasada.', settings: three },
    // Years apart on one programme.
    { code: 'Hi Jon, we overlapped at MIT: you were two years ahead of me in the Course 6 program.', settings: three },
    { code: "Hi Jon, I'm two intakes behind you on the nursing programme at King's.", settings: three },
    { code: 'Hola Jon, estudié en la Carlos III dos promociones por detrás de ti.', settings: three },
    // A year or a cohort apart on one programme, in every language's words.
    { code: 'Hi Ana, I started the MSc in Robotics at Delft a year behind you.', settings: three },
    { code: 'Hola Ana, hice el grado de Biología en la Complutense, tú dos años antes.', settings: three },
    { code: 'Hallo Ana, ich war drei Jahrgänge nach dir an der HTW Berlin.', settings: three },
    { code: 'Bonjour Ana, même école que vous à Grenoble, deux promos après vous.', settings: three },
    { code: 'Olá Ana, entrei na faculdade de Engenharia do Porto um ano depois de ti.', settings: three },
    // Studying together said as something shared.
    { code: 'Hi Ben, we shared a desk in the data science lab at Leeds for a term.', settings: three },
    { code: 'Hola Ben, compartimos clase en el máster de la Pompeu Fabra.', settings: three },
    // An offer in two sentences: something made, then sending it.
    { code: 'Hi Eve, I compiled the pricing of 35 design agencies in Leeds (day rates, retainers). Happy to send it over if useful.', settings: three },
    { code: 'Hallo Eva, ich habe einen Vergleich von 20 Lohnbuchhaltungs-Tools erstellt. Gerne schicke ich ihn Ihnen zu.', settings: three },
    { code: "Bonjour Eve, j'ai rassemblé les tarifs de 30 imprimeurs lyonnais. Je vous l'envoie volontiers.", settings: three },
    { code: 'Hola Eva, he recopilado los precios de 40 gestorías de Valencia. Si te sirve, te lo paso.', settings: three },
    // Sitting together at a named dinner; interning on one floor; at their stand; both on one stage.
    { code: 'Hi Kai, great sitting next to you at the SaaStr Annual founders dinner last night.', settings: three },
    { code: 'Hi Kai, we were summer interns on the same team at Accenture Madrid in 2021.', settings: three },
    { code: 'Hola Kai, estuve en vuestro stand del Salón del Cómic y me enseñaste el nuevo lector.', settings: three },
    { code: 'Hoi Kai, we stonden allebei op het podium bij de Dutch Design Week.', settings: three },
    { code: 'Hi Kai, we just ran a benchmark of 50 checkout flows. Glad to share the full sheet with you.', settings: three },
    // On one track of a named conference; speaking right after them.
    { code: 'Hi Rachel, we were both on the platform track at LeadDev London last June.', settings: three },
    { code: 'Hi Rachel, I spoke right after you at DevOpsDays Zurich and loved your on-call rota.', settings: three },
    // Talking at a named event, and studying together, said in Italian, French, German and Portuguese.
    { code: 'Ciao Marta, abbiamo parlato a lungo al Codemotion di Roma del vostro passaggio a Go.', settings: three },
    { code: 'Bonjour Marc, on a échangé un moment lors du salon Big Data Paris sur la qualité des données.', settings: three },
    { code: 'Guten Tag Herr Vogel, wir haben beide an der RWTH Aachen Maschinenbau studiert.', settings: three },
    { code: 'Olá Rita, nós dois fizemos o mestrado em Gestão no ISEG.', settings: three },
    // Talking at a stand of a named fair, with the words apart.
    { code: "Bonjour Léa, on a parlé longtemps devant le stand Alan pendant le salon VivaTech, à propos de la mutuelle d'entreprise.", settings: three },
    // Both on the programme of one named event; comments traded under a post.
    { code: 'Hi Jake, we were both panelists at Fintech Devcon in Austin last fall. Would be great to stay in touch.', settings: three },
    { code: 'Hola Jake, los dos fuimos ponentes en el Fintech Devcon de Austin el otoño pasado.', settings: three },
    { code: "Hi Sara, we exchanged a few comments under Lenny's post on PLG last week. Would love to continue the conversation.", settings: three },
    { code: 'Hola Sara, intercambiamos algunos comentarios en la publicación de Lenny sobre PLG la semana pasada.', settings: three },
    { code: 'Hi Elena, let us connect.', settings: { degree: 2 } },
    { code: '', settings: three },
    { code: 'Hi Elena! Great to meet you at PyCon ES in Bilbao.', settings: three },
    { code: 'Hi Victor, we met at KubeCon Europe in Paris.', settings: three },
    { code: 'Hi [Name], it was great meeting you at [Event Name]!', settings: three },
    { code: 'Hi Luis, fellow Stanford GSB alum here.', settings: three },
    { code: 'Hi Raj, we were in the same Y Combinator batch (W21).', settings: three },
    { code: 'Hi Kenji, saw your comment on my post about Rust in embedded.', settings: three },
    { code: 'Hi Zoe, loved your React Conf talk on server components.', settings: three },
    { code: 'Hi Devon, I put together a teardown of 30 onboarding flows. Happy to send it over.', settings: three },
    { code: 'Hi Paolo, happy to walk you through the v3 changes before you upgrade.', settings: three },
    { code: 'Hola Irene, coincidimos en la mesa redonda de South Summit Madrid.', settings: three },
    { code: 'Hola Nuria, las dos hicimos prácticas en el CERN en 2018.', settings: three },
    { code: 'Bonjour Léa, ravie de vous avoir rencontrée au meetup Paris Web de jeudi !', settings: three },
    { code: 'Olá Beatriz, fizemos o mesmo MBA na FGV.', settings: three },
    { code: 'Hallo Jonas, wir haben uns auf der re:publica nach deinem Vortrag unterhalten.', settings: three },
    { code: 'Ciao Giulia, ci siamo conosciute al Codemotion di Milano.', settings: three },
    { code: "Hi [Name], looks like we're both speaking at [Conference Name] next month!", settings: three },
    { code: 'Hola [Nombre], yo también estudié en [Universidad] (promoción [Año]).', settings: three },
    { code: 'Oi {first_name}! Também fiz o [Bootcamp], turma de [Ano].', settings: three },
    { code: '¡Hola [Nombre]! Estudio Ingeniería Industrial en [Universidad], igual que tú hace unos años.', settings: three },
    // Slots give the context by their role: the event, their post, the offer.
    { code: 'Hello {name}, our paths crossed at [Event] on Tuesday.', settings: three },
    { code: 'Hey {{ name }}, your {{ latest_article | default("article") }} changed how we plan sprints.', settings: three },
    // A slot whose name says nothing has the role of its fallback; the fallback's "your" is the reader's.
    { code: 'Hey {{ name }}, your {{ kind | default("podcast episode") }} about {{ x }} changed how we run retros.', settings: three },
    { code: 'Hola {{ nombre }}, me encantó {{ cosa | default("tu último artículo") }} sobre la huerta urbana.', settings: { degree: 3, lang: 'es' } },
    // A talk with them at a place named after; met at last, with no "you"; an acquaintance made (en, es).
    { code: 'Hi Ines, I enjoyed chatting to you at RubyUnconf Hamburg about background jobs.', settings: three },
    { code: 'Hi Ines, lovely to finally meet face to face at EuroPython!', settings: three },
    { code: 'Dear Dr. Ilic, it was an honour to make your acquaintance at the Vienna Biocenter retreat.', settings: three },
    { code: 'Hola Inés, qué alegría haberte visto en la Feria de Sevilla.', settings: { degree: 3, lang: 'es' } },
    // An aside between the meeting and where; a chat had there; a chat about something there.
    { code: 'Hi Ola, we crossed paths, if only over the name-badge table, at Codemotion Madrid.', settings: three },
    { code: 'Hi Ola, we grabbed a ten-minute catch-up at Slush Helsinki between pitches.', settings: three },
    { code: 'Hi Ola, lovely to chat about seed-stage hiring at TechBBQ Copenhagen!', settings: three },
    // Their talk praised at an event named after; their post praised in a word of slang.
    { code: 'Great keynote at FOSDEM, Ana! The bit on reproducible builds stuck with me.', settings: three },
    { code: 'Ana — killer article on reproducible builds. Keen to compare notes.', settings: three },
    // Graduates of one school, named between.
    { code: "Hi Ines, just noticed we're both Ohio State alums! Go Bucks.", settings: three },
    // Thanks for their comment on what the sender posted; an aside in dashes between meeting and where (es).
    { code: 'Hi {first_name}, thanks for commenting on what I wrote about {topic}. Keen to keep that going.', settings: three },
    { code: 'Hola Teo, nos saludamos —muy rápido, entre dos charlas— en la Tecnotour de Valencia.', settings: { degree: 3, lang: 'es' } },
    // Their remark on the sender's post; one recent piece of theirs; an alma mater shared; a few cohorts after the sender's.
    { code: 'Dear Ms. Akande,\n\nThank you for your thoughtful remark on my recent LinkedIn post about school meal budgets. I would be glad to carry that exchange on.', settings: three },
    { code: 'Hey Jo, that latest reel about sourdough hydration was so useful!', settings: three },
    { code: 'Hello {{ name }}, turns out we share an alma mater: {{ school }}!', settings: three },
    { code: 'Hi Leo, I see you also did the MSc in Translation at Leeds, two cohorts after mine.', settings: three },
    // es: a talk had at a named place; a good time had at one; their latest piece, said of what.
    { code: 'Hola Leti, qué buena la plática que tuvimos en la Tecnotour de Puebla sobre drones agrícolas.', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola Leti! Qué bien lo pasamos en la Tecnotour de Valencia, a ver si repetimos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Leti, tu último artículo, el de las cooperativas de vivienda, me hizo pensar mucho.', settings: { degree: 3, lang: 'es' } },
    // A talk at an assembly named before it; met, said with the object pronoun of usted (es).
    { code: 'Hi Ana, our exchange about soil carbon at the EGU General Assembly was great.', settings: three },
    { code: 'Estimada Dra. Ruiz: fue un placer conocerla en Expoagro. Me gustaría que siguiéramos en contacto.', settings: { degree: 3, lang: 'es' } },
    // What they wrote on something, as the subject; a slot for the format of their piece.
    { code: 'Hi Noor, what you posted about mutation testing was spot on.', settings: three },
    { code: 'Hi [First Name], the latest [Format] you put out about [Subject] was a great read.', settings: three },
    // A hallway talk about something at a named event; getting to know them at one.
    { code: 'Hi there! Loved our quick hallway talk about design tokens at Smashing Freiburg.', settings: three },
    { code: 'Hi Sam, it was a real pleasure getting to know you at Pydata Berlin.', settings: three },
    // Parenthesised slots, as blog templates write them.
    { code: 'Hey (first name), lovely chatting with you at (event name) about (topic).', settings: three },
    { code: 'Hi [Name], I put together [free resource] for teams like yours.', settings: three },
    { code: "Hi [Name], I'm also a [University] graduate and moving into product.", settings: three },
    // Frames: cues with words between them, in any order within a sentence.
    { code: 'Hi Mira, so good to finally talk in person at the Ljubljana Python meetup last month.', settings: three },
    { code: 'Hi Tom, our conversation over lunch on day two of KubeCon about flaky CI stuck with me.', settings: three },
    // Where names get no capitals, a word beside the event noun or an event's spelled name names it (en, es).
    { code: 'hey ana!! we met at the gdg cloud porto meetup, u showed me ur terraform setup', settings: three },
    { code: 'hi ana, fun chatting at rustconf about async traits! Still keen on that PR review?', settings: three },
    { code: 'hola ana! coincidimos en el rosario python meetup, lo de tus tests me encantó', settings: three },
    { code: 'Hola Marta, me quedé con ganas de seguir la charla que empezamos en la cena del South Summit.', settings: three },
    { code: 'Hi Sam, the thread you started about usage-based pricing changed how we bill.', settings: three },
    { code: 'Hola Sam, leí el hilo que abriste sobre precios por uso.', settings: three },
    { code: "Hi Sam, you and I overlapped in Prof. Lindqvist's robotics lab at KTH.", settings: three },
    { code: 'Hi Sam, I can send you our teardown of 40 SaaS pricing pages.', settings: three },
    { code: 'Hola Sam, te puedo pasar nuestro análisis de 40 páginas de precios SaaS.', settings: three },
    { code: 'Hallo [Vorname], ich war im selben [Jahrgang] an der [Hochschule].', settings: { degree: 3, lang: 'de' } },
    { code: 'Vielen Dank für Ihren klaren Vortrag zur Kältelogistik!', settings: { degree: 3, lang: 'de' } },
    { code: "Salut Marc, notre discussion pendant la soirée Tech Lyon m'a marqué.", settings: { degree: 3, lang: 'fr' } },
    // Both going to one named event, said by each side or with "too".
    { code: "Hi Noor, I'll be at Kafka Summit London next week too. Say hi if you're around!", settings: three },
    { code: "Hi Noor, I'm attending GopherCon EU and noticed you're speaking there.", settings: three },
    { code: 'Hola Noor, estaré en el Congreso de Logística de Zaragoza en mayo, ¿vas a ir tú también?', settings: three },
    // Reacting to what they wrote, or to their take.
    { code: 'Hi Noor, I loved what you wrote about moving billing to Stripe. Would be great to connect.', settings: three },
    { code: 'Hi Noor, your take on pricing pages for dev tools was spot on.', settings: three },
    { code: 'Hola Noor, me encantó lo que compartiste sobre vuestra migración a Postgres.', settings: three },
    { code: 'Hola Noor, tu visión sobre la logística de última milla me pareció muy acertada.', settings: three },
    { code: 'Hi Noor, I caught your fireside chat on hiring in Berlin. Great stuff.', settings: three },
    // Their gesture towards the sender's piece, thanked; an internship done together.
    { code: 'Hi Ana, thank you for the repost of my piece on warehouse slotting.', settings: three },
    { code: '¡Hola Ana, gracias por compartir mi artículo sobre la logística inversa!', settings: { degree: 3, lang: 'es' } },
    { code: "Bonjour Ana, merci d'avoir partagé mon article sur la logistique inverse !", settings: { degree: 3, lang: 'fr' } },
    { code: 'Olá Ana, obrigado por partilhar o meu artigo sobre logística inversa!', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hola Bastián, hicimos la práctica profesional juntos en Metro de Santiago en 2019.', settings: { degree: 3, lang: 'es' } },
    { code: 'Señor Prado, buenas tardes. Fui al Encuentro de Queseros de Asturias, donde usted explicó la maduración en cueva.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Ines, I was in the Le Wagon data bootcamp with you in Lisbon in 2022. I'm now hiring analysts at Farfetch.", settings: three },
    { code: 'Hello Ms. Ward, I drafted compliant versions of your two open job ads. May I share them?', settings: three },
    { code: "Dear Dr. Osei, I'm an MPH student at LSHTM, where you trained, and I'm writing my dissertation on malaria nets.", settings: three },
    { code: 'Hi Deniz, I am also METU graduate and now I work in bank risk.', settings: three },
    { code: "Bonjour Léa, nous étions toutes les deux en DUT GEA à l'IUT de Tours en 2015.", settings: { degree: 3, lang: 'fr' } },
    // An event named with a spaced "Day".
    { code: 'Dag Pieter, op Open Data Day in Gent stelde ik na jouw sessie een vraag over licenties.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hello Ms. Ward, I audited your careers page and found 14 accessibility issues. I wrote them up with fixes. May I send the report?', settings: three },
    { code: "Hi Sam, I'll be attending RustConf Montreal on Thursday where you're presenting. Would be great to connect ahead of time.", settings: three },
    // On panels at it, side by side at it; an accelerator gone through together.
    { code: 'Hi Dr. Ito, we were both on panels at RSNA in Chicago.', settings: three },
    { code: 'Hi Dr. Ito, my booth was right across from yours at MedTech Europe 2025.', settings: three },
    { code: 'Hi Ana, we both went through Techstars Berlin in 2022.', settings: three },
    // An elided article or pronoun runs into its word.
    { code: "Bonjour Claire, je t'ai préparé une analyse de votre page tarifs.", settings: { degree: 3, lang: 'fr' } },
    { code: "Ciao Marco, ho fatto un'analisi del vostro onboarding, te la mando?", settings: { degree: 3, lang: 'it' } },
    { code: "Ciao Marco, anche io ho frequentato l'Executive MBA alla Bocconi, come te.", settings: { degree: 3, lang: 'it' } },
    // Following them in general, then one piece of theirs in a clause of its own.
    { code: "Hi Noor, I've been following your blog for a while; the post on flaky tests saved my team a week.", settings: three },
    { code: "Hi Noor, I've been following your work for a while \u2014 your recent post on pricing tiers really resonated.", settings: three },
    { code: 'Hola Noor, sigo tu contenido desde hace tiempo: tu publicación sobre la logística inversa me hizo replantear nuestro proceso.', settings: { degree: 3, lang: 'es' } },
    // A meeting said as the conversation, or as a visit to the stand.
    { code: 'Hi Noor, following up on our conversation at Money20/20 about card issuing.', settings: three },
    { code: 'Hi Noor, thanks for stopping by our booth at ProMat Chicago.', settings: three },
    { code: 'Hola Noor, retomo nuestra conversación en el Salón Internacional de la Logística.', settings: three },
    { code: 'Hola Noor, gracias por pasarte por nuestro stand en Logistics Madrid.', settings: three },
    { code: 'Hi Noor, it was nice to share the same panel with you at Nordic Fintech Week.', settings: three },
    { code: 'Hi Noor, we were classmates at INSEAD (2014D).', settings: three },
    { code: "Hi Noor, I'm an Imperial alum as well and saw you moved into climate tech.", settings: three },
    { code: 'Hi Noor, I built a model of your signup funnel and found two quick wins. Want me to send it over?', settings: three },
    // Going to one event, over two sentences, named in the first.
    { code: "Hi Noor, are you attending Kafka Summit? I'll be there too and would love to meet.", settings: three },
    { code: "Hi Noor, I noticed you're speaking at PyData Berlin. I'll be in the audience!", settings: three },
    { code: "Hi Noor, saw you'll be at Money20/20 — me too!", settings: three },
    { code: 'Hola Noor, ¿vas a ir al South Summit? Yo también estaré y me encantaría saludarte.', settings: three },
    { code: 'Hola Noor, vi que hablas en el DES Málaga. ¡Estaré entre el público!', settings: three },
    { code: 'Hola Noor, vi tu tutorial sobre módulos de Terraform dos veces.', settings: three },
    { code: 'Hola Noor, yo también estoy en la cohorte de Antler Madrid de esta primavera.', settings: three },
    // Their tutorial, book or case study; a teardown made of their own product.
    { code: 'Hi Noor, I watched your tutorial on Terraform modules twice.', settings: three },
    { code: 'Hi Noor, I wrote a short teardown of your onboarding flow. Want it?', settings: three },
    { code: "Hi Noor, I'm also in the Antler Lisbon cohort this spring.", settings: three },
    // Cue words in any inflection (Snowball stems): "hablábamos", "parlavamo", "ontmoetten".
    { code: 'Hola Ana, hablábamos de logística en la cena de las Jornadas Codemotion de Madrid.', settings: { degree: 3, lang: 'es' } },
    { code: 'Ciao Anna, parlavamo di logistica alla cena del convegno FabLab Torino.', settings: { degree: 3, lang: 'it' } },
    { code: 'Hoi Anna, we ontmoetten elkaar tijdens de lunch op het congres van Dutch Logistics.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Bonjour Anne, nous avions échangé lors des ateliers de VivaTech.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Hallo Anna, wir trafen uns beim Abendessen der LogiMAT in Stuttgart.', settings: { degree: 3, lang: 'de' } },
    // A placeholder whose words name their post is their post, "specific" or not.
    { code: 'Hi [Name], I really enjoyed [a specific post they wrote].', settings: three },
    // Their answer somewhere is an exchange; the reply awaited is not.
    { code: 'Hi Oona, your answer under my question on the Terraform forum fixed our state locking.', settings: three },
    { code: 'Hoi Bram, je reactie op mijn artikel over warmtenetten zette me aan het denken.', settings: { degree: 3, lang: 'nl' } },
    // The same programme from both sides, a fellow alum with a batch code, their share of the sender's piece, an offer being made, both at one event in roles.
    { code: "Hi Ruth, I'm doing the Data Science Residency this winter, the programme you finished in 2022. What would you do differently?", settings: three },
    { code: "Hi Ruth, I saw you completed the Kiln founders fellowship — I'm in the current cohort. Any tips for demo week?", settings: three },
    { code: 'Hi Ruth, fellow Antler (SG7) alum here, now building in insurtech.', settings: three },
    { code: 'Hi Ruth, you reposted our study on nurse rostering with sharp notes. I wrote it and would love your view.', settings: three },
    { code: "Hi Ruth, I'm offering free accessibility audits of three checkout pages this month. Yours has a focus trap I'd like to show you.", settings: three },
    { code: "Hi Ruth, you're mentoring at the Lisbon climate hackathon. I'm competing there with a heat-map tool.", settings: three },
    { code: 'Hi Ruth, we sat at the same table at the Leeds Fintech Awards dinner on Friday.', settings: three },
    { code: 'Hi Ruth, we put out a yearly salary survey for UX writers. I can send you the latest edition for your hiring.', settings: three },
    // Posts enjoyed on a subject, an answer with a word before it, a thing held and offered (en).
    { code: "Hi Ruth, I've enjoyed your posts on hospital procurement. Would love to connect.", settings: three },
    { code: 'Hi Ruth, your patient answer on the QGIS forum got our flood map working.', settings: three },
    { code: 'Hi Ruth, I have a checklist for CE marking of small medical devices. Happy to share if useful.', settings: three },
    // The same master's said with "me too" (it); the same batch from their side (nl); a panel at a named fair (es).
    { code: "Buongiorno Sara, anch'io ho frequentato il Master in Food Innovation a Parma (edizione 2020).", settings: { degree: 3, lang: 'it' } },
    { code: 'Hoi Joost, ook Startupbootcamp-batch 2021 hier! Hoe bevalt de groei?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hola Rocío, coincidimos como ponentes en el panel de logística de Expo Frío 2024.', settings: three },
    // Found through the alumni network both belong to; taught by them.
    { code: 'Hi Ruth, I found you through the Leeds Beckett alumni network. Would love to connect.', settings: three },
    { code: 'Hi Ruth, I took your class at Ryerson back in 2016 and still use your grading rubric.', settings: three },
    // In the audience of their session, taught or mentored by the sender, the same intake, a thing of theirs audited and offered (es).
    { code: 'Hola Irene, fui una de las asistentes a tu charla en el Congreso de Enfermería de Murcia.', settings: three },
    { code: 'Hola Irene, fui tu tutora en el máster de Salud Pública y me alegra verte en el hospital.', settings: three },
    { code: 'Hola Irene, entramos en la aceleradora en la misma convocatoria que tu empresa.', settings: three },
    { code: 'Hola Irene, grabé un vídeo corto recorriendo el registro de vuestra app. ¿Te interesa verlo?', settings: three },
    { code: "Hi Ruth, I'm also from Ateneo, BS Management batch 2018. Congrats on the new role!", settings: three },
    // Teacher and student from either side, their webinar, their newsletter issue, their reply to the sender's post, a keynote both sat in, a measurement offered (fr, de, pt, it, nl).
    { code: "Bonjour Madame Petit, vous m'avez enseigné la fiscalité à Dauphine en 2016.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Hallo Herr Lang, Sie waren damals mein Ausbilder bei den Stadtwerken Kiel.', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Rui, fui seu aluno de Contabilidade no ISCTE em 2019.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Bom dia, Eng.ª Lopes. Participei no webinar que organizou sobre hidrogénio verde.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Ciao Luca, ho frequentato il suo corso di Econometria a Bologna nel 2018.', settings: { degree: 3, lang: 'it' } },
    { code: "Ciao Marta, ho letto l'ultimo numero della tua newsletter sui mutui a tasso fisso.", settings: { degree: 3, lang: 'it' } },
    { code: 'Beste meneer Visser, u reageerde vorige week op mijn post over warmtepompen.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi Eva, we zaten allebei bij de keynote over batterijrecycling op de Vakbeurs Energie in Gorinchem.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hallo Frau Ott, ich habe die Startseite Ihres Shops durchgemessen: 5,8 s mobil. Den Bericht schicke ich Ihnen gern.', settings: { degree: 3, lang: 'de' } },
    // The same bootcamp an edition apart; where they studied too (es).
    { code: 'Hola Valeria, hice el bootcamp de datos de Le Wagon una edición después de la tuya.', settings: three },
    { code: 'Hola Pablo, estudio Derecho en la Universidad de Navarra, donde tú también estudiaste.', settings: three },
    // Chatted a while at a named event (es, Mexico); studied a subject at the same university (es).
    { code: 'Qué tal Rodrigo, platicamos un rato en el Campus Party de Guadalajara sobre drones agrícolas.', settings: three },
    { code: 'Hola Valeria, estudiamos Derecho en la Universidad de Chile, tú un año más arriba.', settings: three },
    // The same round table at a named fair, a teacher, their answer to the sender's comment, a shop audited (fr); their seminar attended (de); their lessons followed, job ads checked (nl).
    { code: 'Bonjour Claire, nous étions à la même table ronde au salon Big Data Paris jeudi.', settings: { degree: 3, lang: 'fr' } },
    { code: "Bonjour Monsieur Roux, vous avez été mon professeur d'optique à l'IUT de Lannion.", settings: { degree: 3, lang: 'fr' } },
    { code: "Bonjour Nadia, merci pour votre réponse à mon commentaire sous l'article de Maxime.", settings: { degree: 3, lang: 'fr' } },
    { code: "Bonjour {{prénom}}, j'ai passé la boutique {{entreprise}} au crible sur mobile. Je vous envoie le document ?", settings: { degree: 3, lang: 'fr' } },
    { code: 'Guten Tag Herr Prof. Lenz, ich habe 2019 Ihre Vorlesung zum Vergaberecht in Kiel besucht.', settings: { degree: 3, lang: 'de' } },
    { code: 'Dag mevrouw Peeters, ik volgde uw lessen fiscaliteit aan de hogeschool in Gent.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi {{voornaam}}, ik heb de vacatures van {{bedrijf}} door een toegankelijkheidscheck gehaald. Zal ik het overzicht sturen?', settings: { degree: 3, lang: 'nl' } },
    // Taught by them: their summer school, one of their students; their grand rounds; both speaking at a named event (es).
    { code: 'Dr. Haddad, I took your summer school on survey sampling at Utrecht University (the one with the rainy field trip). Glad to stay connected.', settings: three },
    { code: 'Hi Jonas, I was one of your students in the UX bootcamp at Hyper Island in 2020. Would love to reconnect.', settings: three },
    { code: 'Hello Dr. Mensah, I was in the audience for your grand rounds at Ridge Hospital. Hoping to stay in touch.', settings: three },
    { code: 'Hola Vale, vi que los dos damos charla en la Semana Ágil de Montevideo el mes que viene. ¿Coordinamos temas?', settings: three },
    { code: 'Hola Nico, vi que también das un taller en la Semana Ágil de Montevideo. ¡Nos vemos allá!', settings: three },
    // A comment left on their reel; they judged what the sender entered; an apprenticeship there too, the year above; seen playing at a named festival, a wiring diagram offered (es).
    { code: 'Hi Tom, I left a comment on your timelapse reel of the Forth Bridge asking about the intervalometer. Mind if I ask one more thing?', settings: three },
    { code: 'Hi Zanele, you judged the bake-off at the Durban Food Fair where our bakery placed third. Would love your take on our new loaf.', settings: three },
    { code: 'Hi Owen, I did my joinery apprenticeship at Cardiff College too. Can I ask you about your CSCS card?', settings: three },
    { code: 'Hi Owen, I think you were the year above me on the plastering course. Can I ask you about your CSCS card?', settings: three },
    { code: 'Hola Mauro, te vi tocar con tu cuarteto en el festival de jazz de Getxo. Organizo un ciclo en Bilbao y busco grupos, ¿hablamos?', settings: three },
    { code: 'Hola Nuria, vi que vas a reformar tu bar en Gràcia. Soy electricista y te puedo mandar el esquema del cuadro que montamos en otro bar parecido.', settings: three },
    // Both ran one named race; also at a named conference; a match of theirs refereed; met at a named fair (pt), at the same school (it), in passing at a named fair (it); a sheet offered (it).
    { code: 'Hi Aoife, we both ran the Dublin Docklands 10k for the hospice – our teams finished a minute apart! Fancy a rematch next year?', settings: three },
    { code: 'Hi Gareth, I saw you were also at the Rotary District 1150 conference in Llandudno. Could I ask how your club runs its raffle?', settings: three },
    { code: "Hi Tunde, I refereed your girls' match in the Peckham Rye Cup semi on Saturday. I'd love to hear how you got your coaching badge.", settings: three },
    { code: 'Oi Caio, a gente se conheceu na Hortitec, no estande de sementes. Queria continuar aquela conversa sobre estufas.', settings: three },
    { code: "Ciao Sara, eravamo insieme all'alberghiero di Rimini, io in cucina e tu in sala. Restiamo in contatto?", settings: three },
    { code: 'Ciao Dario, ci siamo incrociati al Vinitaly di Verona durante la degustazione. Mi piacerebbe un tuo parere sui miei rossi.', settings: three },
    { code: "Gentile Sig. Neri, ho visto le foto della vostra cantina sul sito. Se vuole, Le mando una scheda gratuita con tre interventi per l'umidità.", settings: three },
    // Their exhibition; pupils together; the same seminar group; a fellow graduate by degree; a session they ran and the one who asked; a degree done together; the same exam sat; their case note.
    { code: "Hi Ines, I lost an afternoon in your 'Tidewater' show at the Baltic in Gateshead. Would love to hear what comes next.", settings: three },
    { code: "Hi Ravi, we were pupils together at 9 Gray's Inn Square in 2014. Just moved to the Bristol bar and would be glad to be in touch.", settings: three },
    { code: 'Hi Nell, we were in the same seminar group for Contract at Durham. Saw you made partner — congratulations!', settings: three },
    { code: "Fellow Glasgow MEng '18 here — saw your bridge retrofit in Paisley made the shortlist. Congratulations!", settings: three },
    { code: "Hi Priyanka, you ran the phonics session at the Northern Schools CPD day in March. I'm the Year 2 teacher who asked about decodable readers.", settings: three },
    { code: 'Hi Sean! We did the nursing degree at Cork together (2012–15). Saw you run the ED now — well done!', settings: three },
    { code: 'Hi Amara, we both sat the ACCA Strategic Professional exams in Leeds in 2021. Keen to stay in touch now we are both in audit.', settings: three },
    { code: 'Hi Rhys, your case note on Mercer v Hale was the clearest take on the easement point I have read. Would love to connect.', settings: three },
    // Talked or introduced at a named fair or opening; a residency done together; their exhibition; the same classroom (es).
    { code: 'Hola Koldo, estuvimos charlando en Rebuild en el stand de madera contralaminada. Te escribo para retomar lo de los herrajes.', settings: three },
    { code: 'Qué tal, Flor. Nos presentaron en la inauguración de la muestra de Berni en el MAMBA. ¿Seguimos la charla sobre marcos?', settings: three },
    { code: 'Hola Edu, hicimos la residencia de Pediatría en La Paz, tú ibas un año por delante. ¿Te puedo preguntar por la consulta de sueño?', settings: three },
    { code: 'Hola Ane, fui a ver tu exposición «Ceniza» en el Museo de Bellas Artes de Bilbao y quería preguntarte por la técnica de los grabados.', settings: three },
    { code: 'Hola Rocío, preparamos el MIR en la misma aula de CTO en Granada. Vi que estás en Neumología, ¿cómo es el servicio?', settings: three },
    // Trained together, the same year group, talked at a named fair, met at an opening (fr, de, pt, it, nl).
    { code: 'Bonjour Claire, on était en stage ensemble au conseil départemental du Gard en 2018. J’aurais une question sur vos marchés de voirie.', settings: { ...three, lang: 'fr' } },
    { code: 'Hallo Mia, wir haben zusammen das Referendariat am LG Bremen gemacht. Ich bin jetzt im Mietrecht – Lust auf einen Austausch?', settings: { ...three, lang: 'de' } },
    { code: 'Hi Tom, wir waren im selben Studienjahrgang an der HAW Hamburg. Wie läuft es bei dir im Klärwerk?', settings: { ...three, lang: 'de' } },
    { code: 'Hallo Frau Becker, wir haben auf der Bauma in München über Kranlogistik gesprochen. Wie versprochen schicke ich Ihnen unsere Checkliste.', settings: { ...three, lang: 'de' } },
    { code: 'Boa tarde, Dra. Costa. Conhecemo-nos na abertura da feira do livro de Braga e falámos sobre bibliotecas escolares.', settings: { ...three, lang: 'pt' } },
    { code: 'Buongiorno Dott. Ferri, abbiamo fatto la specializzazione in Pediatria insieme a Padova. Mi servirebbe un consiglio sul follow-up dei prematuri.', settings: { ...three, lang: 'it' } },
    { code: "Ciao Bea, ci siamo incontrate all'inaugurazione della mostra al Mart di Rovereto. Ti scrivo per un progetto con le scuole.", settings: { ...three, lang: 'it' } },
    { code: 'Hoi Sanne, we deden samen het Gemeentetraineeship in 2020. Ik zoek iemand bij jullie over woningbouw, kun jij me helpen?', settings: { ...three, lang: 'nl' } },
    // A reply to the sender's post (it); an internship in their department.
    { code: 'Ciao [Nome], grazie per aver risposto al mio post sui turni di notte in reparto! Il tuo punto di vista mi ha fatto riflettere.', settings: { ...three, lang: 'it' } },
    { code: 'Hello Dr. Weber, I did my internship at Bosch Rexroth in your department (2018, hydraulics). Could I ask how you moved back into research?', settings: { ...three, lang: 'en' } },
    // A walkthrough recorded and offered; their project presented at a named demo day, the programme they mentored (es).
    { code: "Hi [Name], we build Shopify stores. [Company]'s checkout loads slowly on mobile, so I recorded a short walkthrough with fixes. Can I send it?", settings: { ...three, lang: 'en' } },
    { code: 'Hola [Nombre], te vi presentar tu proyecto final en el Demo Day de [Bootcamp]. Buscamos perfiles junior en [Empresa].', settings: { ...three, lang: 'es' } },
    { code: 'Hola [Nombre], estoy en el programa de mentoría de [Programa], del que fuiste mentora el año pasado. ¿Me contarías cómo empezaste?', settings: { ...three, lang: 'es' } },
    // A programme's graduate like them.
    { code: "Hi Ines, I'm a Le Wagon grad like you and just started my first data job.", settings: three },
    // Another alum of their school; a video recorded for them and its link offered; screenshots of what was found (es).
    { code: '¡Hola Marta! Te saluda otra exalumna de la Universidad de Deusto.', settings: three },
    { code: 'Hola Marta, he grabado un vídeo corto con tres mejoras para la ficha de tu tienda. Si quieres, te mando el enlace.', settings: three },
    { code: 'Hola Marta, revisé los anuncios de tu tienda y encontré dos con el precio mal puesto. Te paso las capturas si te sirven.', settings: three },
    // A student at their school now, "too"; both went to a named event (es).
    { code: "Hi Samir, I'm a second-year EE student at Georgia Tech too and saw you TA'd signals.", settings: three },
    { code: 'Hola Vero, fuimos las dos a la Nerdearla del año pasado y vi tu taller de observabilidad.', settings: three },
    // One programme the same year (fr), graduated at their university too (it), one cohort (es), the same school years apart, questions at a named fair's booth (en).
    { code: "Bonjour Inès, nous avons fait le programme Ambition de l'ESSEC la même année.", settings: three },
    { code: "Buongiorno Marco, anch'io mi sono laureato al Politecnico di Torino, in ingegneria gestionale.", settings: three },
    { code: 'Hola Ignacio, soy de la promo 2019 del Máster de Marketing de ESIC, como tú.', settings: three },
    { code: 'Hi Ines, I went to Bocconi too, though years before you.', settings: three },
    { code: 'Hi Kofi, sharp questions at our stand at Hannover Messe yesterday. The retrofit kit does fit older PLCs.', settings: three },
    // A report gathered and shared with them (fr).
    { code: "Bonjour Anne, j'ai compilé un benchmark des salaires data à Lyon et je vous le partage volontiers.", settings: three },
    // One accelerator batch.
    { code: "Hi Lea, fellow Y Combinator S22 founder here. Let's swap notes on pricing.", settings: three },
    // Studied where they did (de); in the comments under someone's post together (nl); a page analysed and offered (nl).
    { code: 'Guten Tag Herr Roth, wie Sie habe ich an der TU Dresden Maschinenbau studiert.', settings: three },
    { code: 'Hoi Thijs, we hadden een flinke discussie onder de post van Jeroen over thuiswerken.', settings: three },
    { code: 'Hoi Sanne, ik heb jullie vacaturepagina doorgelopen en vijf verbeterpunten gevonden. Zal ik die naar je sturen?', settings: three },
    // Studied at their school too (it, nl); a model of the sender's offered (fr, nl).
    { code: 'Ciao Luca, anche io ho studiato alla Bocconi, economia, 2017!', settings: three },
    { code: 'Hoi Lotte, ook een oud-student van de Hogeschool Utrecht!', settings: three },
    { code: "Bonjour Paul, vous gérez la paie chez Sodexo : mon modèle Excel de suivi des absences pourrait vous servir, je vous l'envoie ?", settings: three },
    { code: 'Beste Sanne, ik heb een gratis rekenmodel voor cashflow van bakkerijen. Zal ik het sturen?', settings: three },
    // One accelerator batch, theirs too.
    { code: 'Hi Maya, I was in the Y Combinator S21 batch a few groups over from yours.', settings: three },
    // A benchmark made and offered, a Loom recorded and offered, reviews analysed and the sheet offered (es).
    { code: 'Estimada Rosa: elaboramos un benchmark salarial de enfermería en Lima. ¿Se lo hago llegar?', settings: three },
    { code: 'Hola Nati, probé el checkout de tu tienda y grabé un Loom de 3 minutos. ¿Querés que te lo mande?', settings: three },
    { code: 'Hola Iker, analicé 200 reseñas de tu restaurante en Google Maps. Te puedo mandar el Excel con los temas.', settings: three },
    // Also an ex-student of their university.
    { code: 'Hello Mr. Rossi, I am also ex-student of Politecnico di Milano (management engineering, 2015).', settings: three },
    // Together at a named hackathon, talking near a stand at a named fair, graduates of one school, a list made for them, a benchmark kept and offered (fr); ex-students like them, both graduates, a video recorded and its link offered (it).
    { code: "Coucou Léa ! On a codé ensemble au hackathon Hack'Santé à Lyon.", settings: three },
    { code: "Bonjour Claire, nous avons échangé près de l'espace innovation du SIAL 2024 sur les emballages.", settings: three },
    { code: "Bonjour Monsieur Roy, nous sommes tous deux diplômés de l'EDHEC.", settings: three },
    { code: 'Bonjour Antoine, je vous ai préparé une liste de 18 fournisseurs de palettes en Bretagne.', settings: three },
    { code: 'Bonjour Marc, je tiens à jour un benchmark des tarifs de 30 agences de traduction. Je peux vous le partager si utile.', settings: three },
    { code: "Ciao Sara, ti scrivo dall'associazione Alumni della Bicocca: siamo ex studenti come te.", settings: three },
    { code: 'Buongiorno dott. Ferri, siamo entrambi laureati al Politecnico di Milano.', settings: three },
    { code: 'Buongiorno Giulia, ho registrato un video di 5 minuti sul checkout del vostro sito. Se vuole le mando il link.', settings: three },
    // Together in one accelerator programme (es).
    { code: 'Hola Pía, fuimos compañeras en Start-Up Chile (Gen 14).', settings: three },
    // Slides offered from the stand opposite theirs at a named fair (es).
    { code: 'Hola Paula, estamos en la caseta de enfrente en la Feria del Libro de Madrid. Si queréis, os paso las diapositivas del taller de ayer.', settings: three },
    // Spoken at a named fair, a benchmark made and sent (nl).
    { code: 'Goedemiddag meneer Hermans, we spraken dinsdag op de Vakbeurs Energie over laadpleinen.', settings: three },
    { code: 'Beste Sanne, ik heb een benchmark gemaakt van vergunningstermijnen in 40 gemeenten. Graag stuur ik u het overzicht.', settings: three },
    // A template drafted for them, "Can I send it for your review?"
    { code: 'Hi Sam, I drafted an integration mapping template for your ADP cutover. Can I send it for your review?', settings: three },
    // Hours of work given to something of theirs (en, es).
    { code: 'Hi Ana, I am a designer and could donate a few hours a month to redesign your donation page. Interested?', settings: three },
    { code: 'Hola Marta, soy desarrolladora y puedo dedicar 4 horas semanales a mejorar vuestra web; ¿os vendría bien?', settings: three },
    // A demo day named by a slot, and what they said there (es).
    { code: 'Hola [Nombre], presenté [Startup] en el demo day de [Aceleradora] y me comentaste lo de [detalle]. ¿Te enseño los números?', settings: three },
    // Their work cited in the sender's; their question in a group, with "there" between.
    { code: 'Hi Lea, I wrote an article about onboarding metrics and cited your work. Would love your thoughts.', settings: three },
    { code: 'Hi Lea, I saw your question there about SOC 2 audits and have a checklist that might help.', settings: three },
    // An event named by its spelling earlier in a clipped sentence, or right before its noun.
    { code: 'Hi Ola, RustConf Berlin, the borrow-checker chat at lunch. You were right about arenas.', settings: three },
    { code: 'Hi Ola, PyCon Italia, the packaging chat at dinner. You were right about lockfiles.', settings: three },
    { code: 'Hi Ines, #DevRelCon24 afterparty, the conversation about docs metrics. Connecting as promised!', settings: three },
    // "Overlap" with a cohort; a benchmark promised.
    { code: 'Hi Chloé, Antler overlap here (cohort 7, I was in the fintech pod). Saw your launch.', settings: three },
    { code: 'Hi Harriet, I can promise our 2024 benchmark of 60 charity donation pages if you are rethinking yours.', settings: three },
    // Another one of the same class; an internship shared long ago (es).
    { code: '¡Hola Marta! Otra exalumna de la promo 2016 de la Carlos III por aquí. Vi que pasaste de consultoría a producto.', settings: three },
    { code: 'Hola Bruno, ¡cuánto tiempo desde las prácticas en Indra! Yo sigo en redes móviles.', settings: three },
    // The sender's programme, said to be theirs too.
    { code: "Dear Mr. Ade, I'm a 2023 graduate of the MSc Finance at LSE, the programme you completed in 2009.", settings: three },
    // At an event named by a hashtag or capitals with a year, what happened there said: shared, lent, a conversation.
    { code: 'Hey Tom, we shared a power strip at the back of Hall B at CES 2025. Enjoyed the rant about firmware updates.', settings: three },
    { code: 'Hi Joanna, the queue at #ProductCamp was long enough for a full conversation about onboarding. Thanks!', settings: three },
    { code: "Hi Mateo, you lent me a pen at the builders' session at AWS Summit Madrid. Your Graviton numbers were great.", settings: three },
    // A thread argued in; the sender's piece passed on; their piece thanked for.
    { code: 'Hi Ji-woo, we went back and forth in that Hacker News thread on SQLite in production. You convinced me.', settings: three },
    { code: 'Hi Farah, thanks for sharing my write-up on staffing ratios yesterday. Would love to connect.', settings: three },
    { code: 'Hi Elise, issue 12 of your newsletter went round our finance team. Thanks for writing it!', settings: three },
    // A file offered before it is described; something made and offered.
    { code: 'Hi Ayla, want the file? I built a sheet that turns Shopify exports into landed costs for EU shipments.', settings: three },
    { code: 'Hi Omar, I made a free Figma kit of RTL form components. Saw you are redesigning for the launch. Want it?', settings: three },
    // One's cohort said in passing; a year in the same hospital; an advisor in common.
    { code: 'Hi Kofi, Lambda School web cohort 19 here! I was in your standup group.', settings: three },
    { code: 'Hi Dr. Park, I was a PGY-1 at Mass General the year you were chief resident.', settings: three },
    { code: 'Hello Dr. Brandt, Dr. Lind advised my thesis at KTH as well and often cited your work.', settings: three },
    // A debate in a thread; a PR reviewed; help in a forum channel; a newsletter issue by number; their benchmark that settled something.
    { code: 'Hi Jonas, we had a polite disagreement in the Hacker News thread on SQLite in production. You changed my mind.', settings: three },
    { code: 'Hi Tobias, thanks for reviewing my PR on polars last month. Your note halved the diff.', settings: three },
    { code: 'Hi Fatima, you helped me debug a signing error in the #help channel of the Tauri Discord in March. Thank you!', settings: three },
    { code: 'Hi Keiko, issue #112 of Second Draft ended up in our offsite deck. Would love to connect.', settings: three },
    { code: 'Hi Ravi, your benchmark of Postgres connection poolers ended a week-long argument on my team.', settings: three },
    // Two people introduced; an exchange semester overlapped; a lab joined right after.
    { code: 'Hi Lucia, Ines Duarte runs procurement at Sonae and needs cold-chain sensors. I would be glad to introduce you two.', settings: three },
    { code: 'Hi Anouk, I think we overlapped on the exchange semester at Sciences Po in 2016.', settings: three },
    { code: "Hi Theo, you joined Dr. Haddad's robotics lab at ETH right after I left.", settings: three },
    // Los dos allí, señalados por lo que hacían; un intercambio; una asignatura con el mismo profesor; la generación por su año.
    { code: 'Hola Irene, éramos los dos que se quedaron sin silla en la charla de cierre en el Tomorrow.Blue de Vigo. ¿Qué tal os fue con la grúa nueva?', settings: three },
    { code: 'Hi Marina, we were the only two people arguing about tabs versus spaces at RustFest Zürich. Did your team ever settle it?', settings: three },
    { code: 'Hola Andrés, coincidimos de Erasmus en Lovaina en 2014, yo estaba en Químicas. Ahora llevo calidad en una farmacéutica.', settings: three },
    { code: 'Hola Paty, generación 2016 de Actuaría de la UNAM; creo que cursamos Estadística Bayesiana con la profesora Ibarra.', settings: three },
    // Lo suyo que ayudó: una revisión, una ayuda en un foro, un truco, una respuesta que funcionó.
    { code: 'Hola Marcos, gracias por revisar mi issue sobre las migraciones en el repo de Prisma. Me ahorraste una semana.', settings: three },
    { code: 'Hola Lía, me ayudaste hace meses en el canal #frontend de la comunidad de Vue con un bug de hidratación. ¡Gracias!', settings: three },
    { code: 'Hola Tomás, en el grupo de Telegram de dbt me diste el truco de los tests incrementales. Sigue funcionando.', settings: three },
    { code: 'Hola Clara, tu respuesta sobre índices parciales fue la única que me sirvió en todo el hilo.', settings: three },
    // Algo hecho que ya es suyo; una persona concreta presentada.
    { code: 'Hola Iñaki, armé una hoja con los 40 proveedores de envases compostables que revisé este año. Es tuya si te sirve.', settings: three },
    { code: 'Hola Diego, conozco a Marta Ruiz, que lleva compras en una cadena de hoteles de Mallorca; si te encaja, te la presento.', settings: three },
    // Work with their team offered; the one who asked them a question at a named event (es).
    { code: "Hello {{first_name}}, I maintain {{project}}, which {{company}} runs in production. The next release breaks two of your configs, so I'm glad to pair with your team for an hour on the upgrade.", settings: three },
    { code: 'Hola Rodri, soy el que te preguntó por las comisiones de Mercado Libre en la mesa de e-commerce del eCommerce Day Santiago. Me quedé con dudas.', settings: three },
    // An event's name heading the sentence; what they did for the sender there; something of theirs bought at their named stand; the one who answered everyone in a course forum.
    { code: 'Hi Mara — RustConf 2025, the hallway track, you walked me through your fuzzing setup. Still using the corpus trick!', settings: three },
    { code: 'Hi Oren, at the Seedcamp Lisbon demo day you asked us the toughest question about pricing. We changed our tiers since.', settings: three },
    { code: 'Hi Ines, I bought the green jug from your Frome Artisan Market stall in June and it has not left the kitchen table since.', settings: three },
    { code: 'Hi Tom, you were the one answering every question in the week 3 forum of the CXL analytics course. Thank you!', settings: three },
    { code: 'Hola Sole: en el diplomado de analítica de la UdeA eras tú la que respondía todas las dudas del foro. ¡Gracias!', settings: three },
    // At the same table; the one picked out there; a resident in the residency they finished; a cohort's year "here too"; an audit written up for them; a PR ready; doubled brackets as slots.
    { code: 'Hi Priya, we ended up at the same breakfast table at the Snowflake Summit on Monday and argued about dbt tests.', settings: three },
    { code: 'Hey Marcus, I was the one with the broken lanyard at the Vercel Ship meetup in Austin. Thanks for the spare!', settings: three },
    { code: "Hi Leo, I'm a second-year resident in the Johns Hopkins pediatrics residency you finished in 2019. How did you pick neonatology?", settings: three },
    { code: "Hi Ana, Antler Nairobi '23 here too; we were the agritech team by the window. Congrats on the seed!", settings: three },
    { code: "Hi {FirstName}, I ran a Lighthouse audit on {website}: most of the delay is {main_issue}. I've written up the fixes in a short doc if you'd like it.", settings: three },
    { code: 'Hi Mei, I traced the DST bug in your scheduler to the cron parser and have a PR ready. Wanted to connect before opening it.', settings: three },
    { code: 'Hi ((first name)), I was in the audience when you presented ((talk name)) at ((conference)). We adopted your checklist since.', settings: three },
    // Studies in common (es): the same bootcamp in other editions, a graduate of the same school too, the same academy; a PR sent to their library; a guide offered (usted); a named person introduced.
    { code: 'Hola Nerea, estuvimos en el bootcamp de data de Le Wagon en Madrid, tú en la edición de enero y yo en la de junio.', settings: three },
    { code: 'Hola Diego, yo también soy egresada de Economía de la Universidad de Chile (promo 2015, una después que tú).', settings: three },
    { code: 'Hola Lucía, creo que compartimos academia cuando preparábamos las opos de Secundaria en Málaga. ¿Qué tal te fue?', settings: three },
    { code: 'Hola Camilo, uso tu librería de validación de RUT y te mandé un PR con el caso de los extranjeros. ¿Conectamos?', settings: three },
    { code: 'Buenos días, Sr. Aranda: en el informe de sostenibilidad de Bodegas Ortiz falta el alcance 3. Puedo enviarle una guía de cálculo para bodegas.', settings: three },
    { code: 'Hola Begoña, vi que buscáis proveedor de etiquetas. Trabajo con Marta Gil, que dirige una imprenta en Ontinyent; si te interesa, os presento.', settings: three },
    // The one who argued at a named event; studies in common said as learners say them; the same class section (es); their post, Argentine spelling (es).
    { code: 'Hi Jo, you were the one at DevOpsDays Ghent arguing that on-call should be paid per page. Could I steal 15 minutes?', settings: three },
    { code: 'Hi Mateo! We both study in the Erasmus exchange at Uni Bologna in 2017, I was in the flat above yours.', settings: three },
    { code: 'che Ramiro, estuvimos en la misma comisión de Física I en la UTN en 2013 😂 vi q ahora estás en Naranja X', settings: three },
    { code: 'Hola Juan Cruz, leí tu posteo sobre cómo dejaron de usar OKRs. ¿Qué usaron en su lugar para priorizar?', settings: three },
    // Something redone or shot for them, offered; grilled at a named pitch night; taught by them or TA'd by them; one board together.
    { code: "Hi Lars, I redid your shop's checkout in Figma with a shorter address step. Want the file? No strings.", settings: three },
    { code: 'Hi Chef Andrés, I shot your tasting menu last Friday on my own dime. Ten edited frames are yours for the website if you want them.', settings: three },
    { code: "Hi Adaeze, you grilled me on pricing at the Founders Pitch Night in Yaba last Thursday. I've since rebuilt the model.", settings: three },
    { code: 'Hi Dr. Ortiz, I was in your Econometrics II section at UT Austin in 2012, the one who kept asking about instruments.', settings: three },
    { code: 'I was in cohort 14 at Ada Developers Academy and I think you were TA-ing for cohort 15. Could I ask about your team?', settings: three },
    { code: 'Dear Ms. Kariuki, we served together on the UN-Habitat Youth Advisory Board in 2019. I now lead planning at KCCA.', settings: three },
    // Spanish good notes: their seminar taken; a PR sent to their repo; their guided tour attended; together on a named panel; the only two at a named conference; what they announced there.
    { code: 'Dr. Salgado, buen día. Tomé su seminario de Historia Agraria en El Colegio de México como oyente en 2019 y quisiera pedirle una referencia.', settings: three },
    { code: 'Hola Emilio, mandé un PR a tu repo de facturación electrónica y ya lo mergeaste 🙌 Lo usamos en producción.', settings: three },
    { code: 'Buenas, Arq. Ferreyra. Fui al recorrido de obra que usted guió en la Bienal de Arquitectura de Buenos Aires y quisiera consultarle por un proveedor.', settings: three },
    { code: 'Patricia: estuvimos juntas en el panel del Chile Fintech Forum 2023. Quiero retomar lo de la interoperabilidad de billeteras.', settings: three },
    { code: 'Hola Inés. Éramos las dos únicas que no se rieron con el chiste de la ISO en las Jornadas de Calidad Hospitalaria de Valladolid.', settings: three },
    { code: '¿Llegaste a publicar el comentario a la sentencia que anunciaste en la Jornada de Derecho Bancario de ICADE? Lo necesito para un recurso.', settings: three },
    // Stands side by side at a named fair; their prints bought at a named market; a course done together; a volunteer on their survey; something set up for them for free; danced together at a named festival (es).
    { code: "Hi Camille, we both had stands at the Affordable Art Fair Battersea in October. I'm organising a printmakers' pop-up in Lewes.", settings: three },
    { code: 'Hi Ella, I bought three of your prints at the Frome Independent market in June. Could I stock a few editions in my shop?', settings: three },
    { code: 'Hey Bec, we did the Cert IV in Training and Assessment together at TAFE Gold Coast in 2020. Could you check a course of mine?', settings: three },
    { code: 'Hi Dr Ferreira, I was a volunteer on your Skomer puffin count in 2023. Would you be a referee for my MSc application?', settings: three },
    { code: "Hi Cormac, I've built a free session calendar for four pubs in Kerry and would happily set one up for you at no cost.", settings: three },
    { code: 'Hola Luisa, bailamos juntas en el Festival Petronio Álvarez de 2019. Ahora dirijo un semillero de danza y quiero invitarte como tallerista.', settings: three },
    // Their video that saved the sender's team a week; opposite sides at a named moot court final; the session chaired where they presented.
    { code: 'Hi Kofi, your YouTube walkthrough on load-testing timber floors saved our team a week. May I ask one question about deflection?', settings: three },
    { code: 'Hi Fiona, we were on opposite sides of the moot court final at the Jessup regional rounds in Edinburgh in 2016. You won, fairly.', settings: three },
    { code: 'Dear Prof. Nakamura, I chaired the session at CHI 2025 in Yokohama where you presented the study on voice assistants.', settings: three },
    // Spanish good notes: their issue opened, their manuscript reviewed, their video seen, what they showed at a named congress, side by side at a named tasting, a script shown, a PR before it is opened.
    { code: 'Hola Hugo, te abrí la issue #48 en tu repo de scraping del BOE. Encontré una solución con OCR; si te parece, la mando como PR.', settings: three },
    { code: 'Estimado Dr. Medina: fui uno de los revisores de su manuscrito en la Revista de Economía Aplicada y querría proponerle un trabajo conjunto.', settings: three },
    { code: 'Hola Sonia, vi el vídeo que colgaste explicando cómo tramitasteis la licencia de la residencia. Tengo un caso parecido en Majadahonda.', settings: three },
    { code: 'Hola Euge, en el Congreso de Periodismo de FOPEA, en la mesa donde mostraste el mapa de datos abiertos, me quedé con ganas de preguntarte.', settings: three },
    { code: 'Te tocó a mi lado en el taller de cata del Salón Gourmets y acabamos discutiendo sobre la picual. ¿Me vendes tu aceite, Alfonso?', settings: three },
    { code: 'Hola Mariano, armé un script que lee el F.931 de AFIP y detecta diferencias con los recibos. Si te sirve, te lo muestro en una llamada.', settings: three },
    { code: 'Hola Laura, le hemos añadido rollout por región a tu librería de feature flags; ¿lo hablamos antes de abrir la PR?', settings: three },
    // An intro offered on condition; a meetup the sender hosts and they registered for; a sketch of theirs kept; a reply of theirs placed (en, es).
    { code: 'Hi [Name], I know [Partner name] at [Agency], who is hiring for exactly your stack. If an intro would be useful, just say.', settings: three },
    { code: 'Hi Omar, I host the Porto data meetup and saw you registered for the March session on dbt.', settings: three },
    { code: 'Hi {first_name}, I sketched two alternative onboarding screens for {company}. Yours to keep — want the link?', settings: three },
    { code: "Hi [Name], you left a reply under [Author]'s post about [topic] that changed my mind.", settings: three },
    { code: 'Hola [Nombre], conozco a [Contacto], que compra justo lo que hacéis. Si te viene bien, os presento encantada.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Vero, armé una comparativa de precios de 20 proveedores de envases. Si te interesa, te comparto la planilla.', settings: { degree: 3, lang: 'es' } },
    // A place kept for them at the sender's event (en, es).
    { code: 'Hi Ana, I run a breakfast for eight heads of data in Leeds each quarter. Given your work on data contracts, I would love to hold you a seat.', settings: three },
    { code: 'Hola Luis, monto un desayuno de ocho directores financieros en Bilbao. Por tu trabajo en tesorería me encantaría reservarte una plaza.', settings: { degree: 3, lang: 'es' } },
    // An export or a checklist offered (en); met at a named fair, a screenshot offered (it); a school both went through (fr).
    { code: 'Hey {first_name}, I ran {company_domain} through an accessibility checker: 40 images lack alt text. Glad to send the full export.', settings: three },
    { code: "Hi Tara, I'm a lean coach. I have a changeover checklist from a similar bakery I can send.", settings: three },
    { code: 'Buongiorno Dott. Ferri, ci siamo conosciuti allo stand di Cibus a Parma. Vorrei riprendere il discorso sulle etichette.', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao {nome}, ho guardato la scheda Google della vostra pizzeria: mancano gli orari festivi. Ti mando lo screenshot con le correzioni?', settings: { degree: 3, lang: 'it' } },
    { code: "Bonjour Paul, nous sommes tous les deux passés par l'ENSAM de Lille (vous en mécanique, moi en génie industriel). Auriez-vous dix minutes ?", settings: { degree: 3, lang: 'fr' } },
    // Their question at a named Q&A.
    { code: "Hey Lauren, you asked the question about eval drift in the MLOps World Q&A — I'm the one who nodded way too hard.", settings: three },
    // A review sent as a file (fr); their answer under the sender's post (de).
    { code: "Bonjour Thibault, j'ai relu les 40 fiches produits de votre boutique et repéré 6 freins à la conversion. Je vous envoie le PDF si ça vous intéresse.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Hallo Herr Wagner, danke für Ihre Antwort unter meinem Beitrag zur E-Rechnung. Der Hinweis war Gold wert.', settings: { degree: 3, lang: 'de' } },
    // Cards swapped at a named conference, a walkthrough for their staff, this year's cohort of their programme (en); heard speaking at a named event (es).
    { code: 'Mei, we swapped cards at the NAREE conference in Orlando. Could I follow up on your point about reserve studies?', settings: three },
    { code: 'Hi Director Nwosu, we open-sourced the permit dashboard we built for Tempe. Happy to do a 20-minute walkthrough with your IT staff, no cost.', settings: three },
    { code: "Hi Mateo, I spotted the CMU MHCI on your profile. I'm in this year's cohort and would love to hear how the capstone went for you.", settings: three },
    { code: 'Señora Huamán, la escuché en Perumin hablando de relaciones comunitarias. Trabajo en una ONG de Apurímac y creo que podríamos colaborar.', settings: { degree: 3, lang: 'es' } },
    // Contexts said the many ways people say them: teamed up in a named competition, a file sent, a tasting at their booth, a walkthrough before they upgrade, an intro made, a ride shared, students or volunteers at one place, a batch by number, judged side by side, in the room when they showed something, a fellow grantee, their talk named by its event, attending too, their repo contributed to.
    { code: "Hi Pedro, we teamed up in Kaggle's Playground Series before merging into bigger teams.", settings: three },
    { code: "Hi Zara, I built a tracker of price changes across 300 skincare brands. I can send you a CSV of your competitors' discounts if that helps.", settings: three },
    { code: "Hi Ms. Alvarez, thank you for the tasting at your booth at Expo West. I'd like to continue the conversation.", settings: three },
    { code: 'Hi Arun, I maintain the Retool templates your team uses. Happy to do a 20-min walkthrough of the v2 components before you upgrade.', settings: three },
    { code: 'Hi Sam, I can intro you to the camping buyer at REI. Want me to make the intro?', settings: three },
    { code: 'Hi Fatima, we shared an Uber from the Enercare Centre at Collision Toronto and talked about open banking the whole ride.', settings: three },
    { code: 'Ciao Matteo! We were both Erasmus students at KU Leuven in spring 2016.', settings: three },
    { code: 'Hi Grace, we both volunteered with Code for Philly on the expungement tool in 2021.', settings: three },
    { code: 'Hi Kevin, Le Wagon London batch #1102 says hi!', settings: three },
    { code: 'Hi Emma, we were judged back-to-back at HackZurich 2023.', settings: three },
    { code: 'Hi Oliver, I was at London CSS #42 when you showed the container-query cards.', settings: three },
    { code: 'Hi Ji-woo, fellow Fulbright grantee (2021–22, you at MIT, me at Georgia Tech).', settings: three },
    { code: 'Hi Connor, loved your #SIGGRAPH2024 talk on neural radiance caching.', settings: three },
    { code: "Hi Jorge, saw in the attendee app that you're going to Money20/20 Europe too. Would love 15 minutes there.", settings: three },
    { code: "Hi Marta, I've been contributing to your duckdb-geo extension (the H3 PR is mine).", settings: three },
    // A demo of what they use (fr); met at a named fair, in a subordinate clause (nl).
    { code: 'Bonjour Romain, j\'ai développé un module de suivi des heures pour Odoo, publié en open source ; je peux vous en faire une démo de 20 minutes.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Dag Bram, leuk dat we elkaar spraken op de Dutch Dairy Days in Leeuwarden over melkrobots.', settings: { degree: 3, lang: 'nl' } },
    // Contexts as Spanish speakers say them: an Erasmus or an exchange done, their review of the sender's PR, a Loom 'si te sirve, es tuyo', selected in one call, shown their software at a named show, the same volunteering shift, both on a named line-up, their paper at a named congress, their answer in an issue or to the sender's question, volunteers together, residents a year apart, second behind their team, a residency shared, their student.
    { code: 'Hola Gonzalo, hicimos el Erasmus en Bolonia en 2016. ¡A ver si nos ponemos al día!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lucas, hiciste el code review de mi PR en el repo de Home Assistant y me ayudaste muchísimo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, grabé un Loom de 4 minutos con cómo configuramos Holded para una gestoría. Si te sirve, es tuyo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Diego: ambos fuimos seleccionados en la convocatoria de Endeavor Colombia de 2023.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Julia, el martes en el Madrid Tech Show me enseñaste vuestro software de control horario.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Alfonso, estuvimos en el mismo turno de voluntarios del Banco de Alimentos de Sevilla.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Esteban, los dos estamos en el cartel de ponentes de la JSDay Canarias 2024.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Cristina, tu comunicación en el Congreso Nacional de Hospitales sobre listas de espera es justo lo que necesito.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Renata, vi tu respuesta en el issue #912 del repo de ydata-profiling sobre memoria.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Martina, tu respuesta a mi pregunta en el Slack de Product Hackers me cambió el trimestre.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lorena, fuimos voluntarias de Techo en Lo Espejo en 2019.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Mariana, eras R2 de Medicina Familiar en el Hospital Italiano cuando yo entré.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Luciano, quedamos segundos en la Copa Kaggle LatAm 2022, justo detrás de tu equipo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Manuel, compartimos la residencia de El Ranchito en Matadero Madrid en 2018.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Dra. Ortega: fui alumna suya de Microbiología en la Complutense.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Agustina, hicimos el intercambio en la PUC de Chile el mismo semestre.', settings: { degree: 3, lang: 'es' } },
    // Contexts as German, French, Italian and Portuguese speakers say them: the sender's article linked in their newsletter, their comment on the sender's workaround, a voluntary year done at the same time, a contact made, their review of the sender's PR, their keynote at a named fair, an analysis sent (de); juries together, unblocked on a Slack, a contract template passed on, the same room at a named event, work-study at the same time, put in touch, their review of the sender's PR (fr); put in touch, a tasting at their stand, the same office, met at a named fair, an Erasmus (it); side by side at a named challenge, an Erasmus (pt).
    { code: 'Hallo Felix, dein Newsletter hat in der letzten Ausgabe meinen Artikel über Pricing-Experimente verlinkt – danke!', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Tobias, du hast in Issue #2214 bei ydata-profiling meinen Workaround kommentiert – danke dafür!', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Miriam, wir haben 2017 zeitgleich unser FSJ beim DRK in Freiburg gemacht.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Herr Yilmaz, ich kenne den Category Manager Feinkost bei Edeka gut. Wenn Sie möchten, stelle ich gern den Kontakt her.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hi Aylin, danke für dein Review zu meinem Pull Request im Home-Assistant-Repo.', settings: { degree: 3, lang: 'de' } },
    { code: 'Sehr geehrte Frau Prof. Lindner, ich habe Ihre Keynote auf der Bett in London gehört.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Frau Brandt, Ihr Onlineshop lädt mobil langsam. Ich schicke Ihnen gern eine kurze Auswertung mit drei Fixes.', settings: { degree: 3, lang: 'de' } },
    { code: 'Bonjour Pierre, nous étions tous les deux jurés au Startup Weekend Rennes en novembre.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Karima, tu m\'as débloquée la semaine dernière sur le Slack de Ladies of Code (ma question sur Terraform).', settings: { degree: 3, lang: 'fr' } },
    { code: 'Salut Thomas, je peux te passer le modèle de contrat de prestation qu\'une avocate m\'a relu.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Mehdi, on codait dans la même salle à la Nuit de l\'Info 2023 à Lille.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Sarah, nous étions en alternance au même moment chez Airbus à Blagnac.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Clémence, l\'acheteuse de La Grande Épicerie cherche des confitures bretonnes. Je vous mets en relation avec plaisir.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Julien, merci pour ta relecture de ma PR sur le dépôt Docusaurus.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Ciao Simone, la buyer di Esselunga cerca pasta fresca bio. Se ti interessa, vi metto in contatto.', settings: { degree: 3, lang: 'it' } },
    { code: 'Salve Dott. Moretti, dopo la degustazione al vostro stand al #Vinitaly2025 le scrivo per il Lugana.', settings: { degree: 3, lang: 'it' } },
    { code: 'Buongiorno Elisa, abbiamo fatto il Servizio Civile nella stessa sede di Legambiente a Torino.', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Martina! Ci siamo viste al Cosmoprof di Bologna, al padiglione 36.', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Chiara, eravamo in Erasmus a Lovanio nel 2018.', settings: { degree: 3, lang: 'it' } },
    { code: 'E aí, Lucas! Nossos times ficaram lado a lado no NASA Space Apps Challenge em Belo Horizonte.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá Tiago! Fizemos Erasmus na mesma altura em Bolonha.', settings: { degree: 3, lang: 'pt' } },
    // Talk struck up at a named place, a teardown of their page, a cleaned dataset of theirs, something given free, both on a named programme (en); studies together, a year behind (es).
    { code: 'Hi Rhys, we got talking at Groundswell by the direct-drill demo — you had strong opinions about the Horsch.', settings: three },
    { code: "Hi [First Name], a teardown of [Company]'s pricing page against 12 competitors — 9 annotated slides. Link on request.", settings: three },
    { code: 'The cleaned version of your Dublin rental dataset is on my GitHub: 14k duplicate listings gone. For your study, if useful.', settings: three },
    { code: 'Our co-packer in Leeds fixed the cap problem with a different liner. Supplier name and spec are yours, free.', settings: three },
    { code: 'Both on the DevOpsDays Tallinn programme — your slot right after my 11:00 one on flaky tests.', settings: three },
    { code: 'Hola Irati, estudiamos las dos Ingeniería Agronómica en la Pública de Navarra (yo iba un curso por detrás).', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Martín, hicimos juntos Química en la UBA. Hoy dirijo el control de calidad de una láctea en Rafaela.', settings: { degree: 3, lang: 'es' } },
    // A Space they co-hosted, thanks for attending or organising a named event, raw benchmarks offered, the same office hours, club leads at one university.
    { code: 'Hi Dana, I was one of the listeners who came up to speak in the "Bootstrapped to $1M ARR" Space you co-hosted on Thursday.', settings: three },
    { code: 'Hi Carlos, thanks for attending our "SOC 2 in 90 Days" webinar yesterday and for the question about vendor reviews.', settings: three },
    { code: "Hi Femi, thanks for organising last Thursday's Lagos Product Meetup at Co-Creation Hub. I gave the lightning talk on USSD onboarding.", settings: three },
    { code: 'Hi [First Name], we just published salary benchmarks for [Role] in [City] from 1,400 offers. Want the raw table before it goes public?', settings: three },
    { code: 'Hey [First Name], we were in the same office hours with [Partner]. Saw you launched [Feature].', settings: three },
    { code: 'Hi Chidi, we were both Google Developer Student Club leads at UNILAG in 2020.', settings: three },
    { code: "Hi [Name], good to put a face to the name at Thursday's DevOps Lagos meetup! Still chewing on what you said about [topic].", settings: three },
    { code: 'Hola Luis, estuvimos en el grupo de Robótica Móvil de la Universidad de Zaragoza, tú en el máster y yo de becario.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi %(first_name)s, great meeting you at %(event_name)s! I would like to keep the conversation about pricing going.', settings: three },
    { code: 'Hi Chiara, did you also do the MSc in Food Design at Pollenzo? I was in the 2020 intake and now run R&D at a bakery chain.', settings: three },
    { code: "Ciao Marco, anche tu hai frequentato il master in Data Science alla Bicocca? Io ero nell'edizione 2019.", settings: { degree: 3, lang: 'it' } },
    { code: 'Olá Rita, você também fez o mestrado em Gestão na Nova SBE? Eu estava na turma de 2018.', settings: { degree: 3, lang: 'pt' } },
    { code: "Bonjour Claire, j'ai parcouru les conditions de vente de votre boutique en ligne : deux clauses ne sont plus à jour. Je vous envoie volontiers une note avec les corrections.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Hallo Jonas, ich habe eure App getestet: Der Login mit Apple bricht bei mir ab. Ich schicke dir gern ein kurzes Video mit den Schritten.', settings: { degree: 3, lang: 'de' } },
    { code: "Hi Ben, fellow Michigan engineer here (BSE '14). I now sell retrofits to machine shops and would love to hear how Halvorsen handles downtime.", settings: three },
    { code: "Hi %FIRSTNAME%, I benchmarked %COMPANY%'s onboarding emails against four competitors: you are the only one without a day-3 nudge. Want the one-pager?", settings: three },
    { code: "Hi Noor, I did a teardown of Verdant Hotels' booking flow against three competitors; guests drop at the room step on mobile. Can I send you the slides?", settings: three },
    { code: 'Clojure Conj, the back row of the closing keynote — you were the one live-posting the Datalog demo. Would be glad to connect.', settings: three },
    { code: "Hi Renata! SXSW '24, the queue for the payouts session — we compared Substack and Ghost for ten minutes. I switched to Ghost.", settings: three },
    { code: 'Dear Dr. Mensah, I was in the audience for the AfricArena panel on agritech financing in Cape Town last November.', settings: three },
    { code: 'Hey Arjun! Our tables were next to each other at HackMIT — your team built the bike-lane heatmap, mine the compost sensor.', settings: three },
    { code: "Hi Theo, we're both regulars at the Leeds Library book club and you led the night on systems thinking.", settings: three },
    { code: 'Hi Kiran, loved your energy at #PMSummit! Let us connect.', settings: three },
    { code: 'Hi Lena, I listened in on the X Space about open-source funding that you co-hosted with Marek on Tuesday.', settings: three },
    { code: 'Hi Dev, saw your #OpenToWork post: we are hiring a senior Android engineer at Bloomly and your KMP side project is on target.', settings: three },
    { code: 'Hi Emeka, ETHDenver 2025: we were both judging the DeFi track and disagreed about the lending protocol.', settings: three },
    { code: 'Hola Diego, vi el webinar que diste la semana pasada sobre el registro horario. Lo de las horas extra de los comerciales me aclaró mucho.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi {{first_name}}, I'm in the current {{program_name}} cohort at {{school}} and saw you completed it in {{year}}. Your view on the capstone would help.", settings: three },
    { code: 'Hi [Name]! I just graduated from [Bootcamp] and saw you finished it back in [year]. How did you land your first role?', settings: three },
    { code: "Hi [Student Name], thanks for stopping by [Company]'s table at the [University] Spring Career Fair. Reach me here about the internship.", settings: three },
    { code: "Hi Theo, we were on neighbouring tables at HackMIT: your team's transit app was brilliant.", settings: three },
    { code: 'Hola Inés, ambas fuimos parte de la generación 9 de Wayra. Estoy armando un equipo para un proyecto de salud y me acordé de tu pitch.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Jorge, fue un placer compartir escenario contigo en la Cumbre Fintech de Quito.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Bea, en el último número de nuestra newsletter os citamos como ejemplo de onboarding bien hecho. ¿Te apetece contarnos más?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Pablo, soy Sara, de la promo 2018 del Máster de Big Data de la UCM. ¿Te puedo preguntar por tu paso a consultoría?', settings: { degree: 3, lang: 'es' } },
    { code: 'Geachte mevrouw Bos, op het Zorgcongres in Ede sprak u over personeelstekorten. Daar worstelen wij ook mee.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Geachte heer Vos, wij hebben beiden de leergang Bestuur van Nyenrode gevolgd, u in 2019 en ik in 2021.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Sehr geehrte Frau Roth, ich habe Ihre Preisseite mit 12 Wettbewerbern verglichen und eine kurze Auswertung erstellt. Gerne sende ich Ihnen diese zu.', settings: { degree: 3, lang: 'de' } },
    { code: 'Servus Lena, ich hab deine Folge im Podcast „Mittelstand Digital“ über ERP-Umstiege gehört. Sehr hilfreich!', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Herr Yilmaz, wir stellen beide im März auf der LogiMAT in Stuttgart aus. Lust auf einen Kaffee am Stand?', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Rita, vamos palestrar no mesmo dia do Web Summit Rio — você sobre dados, eu sobre produto.', settings: { degree: 3, lang: 'pt' } },
    { code: "Bonjour Léa, je vous ai écoutée dans l'épisode de Silicon Carne sur le financement des deeptech. Très éclairant.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Dag Pieter, ik hoorde je in de podcast van BNR over warmtepompen. Heel helder uitgelegd!', settings: { degree: 3, lang: 'nl' } },
    { code: 'Dear Ms. Naidoo,\nWe were both panellists at the Cape Town AI Summit session on data privacy last month. I would be glad to stay in touch.\nKind regards,\nThabo', settings: { degree: 3 } },
    { code: 'Respected Sir,\nI graduated in Civil Engineering from NIT Trichy in 2015, the same department as you, and now work on bridge inspection drones.\nRegards,\nKarthik', settings: { degree: 3 } },
    { code: 'Hallo Frau Ludwig, wir haben uns beim Product-Stammtisch in Leipzig über Roadmaps unterhalten.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hi Timo, ich hab auf eurem Tech-Blog den Artikel zur Migration auf Kubernetes gelesen. Wie lange hat das gedauert?', settings: { degree: 3, lang: 'de' } },
    { code: 'Hi Sarah, ich habe eine Notion-Vorlage für Redaktionspläne gebaut. Willst du sie mal testen?', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Frau Maier, wir haben einen Vergleich von sechs Gateway-Anbietern erstellt, den ich Ihnen gern schicke.', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Marina, estivemos no mesmo batch da Startup Lisboa em 2021. Como está a correr a ronda seed?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá Catarina, compilámos um benchmark de salários de engenharia em 40 scale-ups. Envio-te?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá Dr. Eduardo, apresento o podcast Direito & Dados e estamos a preparar um episódio sobre o RGPD nas autarquias.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Oi Seu Antônio, a gente conversou na Expodireto Cotrijal, no estande de irrigação.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hoi Wessel, we spreken allebei volgende maand op Frontend Developer Love in Amsterdam.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi Linda, ik heb een benchmark gemaakt van de wachttijden bij 40 ggz-instellingen. Ik deel het rapport graag met je.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi Thomas, leuk je gezien te hebben op de borrel van de Dutch Fintech Week in Amsterdam.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Beste mevrouw Willems, vorige week volgde ik uw keynote op het Nationaal Congres Ouderenzorg over domotica.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi Joost, ik zag je pitch op de demo day van YES!Delft vorige week. Slim hoe jullie lekkages opsporen.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi Jorien, ik schreef onlangs een whitepaper over AVG-proof werven in de zorg. Zal ik hem sturen?', settings: { degree: 3, lang: 'nl' } },
    { code: "Hallo Ruben, ik heb jullie onboarding doorgelicht. Ik stuur je graag een gratis analyse van twee pagina's.", settings: { degree: 3, lang: 'nl' } },
    { code: "Beste Joyce, ik heb net uw podcastaflevering van 'De Zorgzaak' over burn-out onder jonge artsen beluisterd.", settings: { degree: 3, lang: 'nl' } },
    { code: "Bonjour Olivier, j'ai vu que vous interveniez au Salon des Maires à Paris le 20 novembre. J'y serai aussi, au plaisir de vous saluer.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Ciao Mirko, ho ascoltato la tua puntata sul crowdfunding nel podcast di StartupItalia. Ti aggiungo volentieri!', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Kevin, al meetup GDG Torino hai fatto la demo su Kotlin Multiplatform: mi ha risolto un problema.', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Angela, ho seguito il webinar di Confindustria sulla transizione digitale in cui sei intervenuta.', settings: { degree: 3, lang: 'it' } },
    { code: "Gentile Professoressa Gallo, ho letto il Suo paper sul distretto dell'occhialeria e vorrei chiederLe un consiglio.", settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Tiziana, ho visto la sfilata del tuo brand alla Milano Fashion Week. Lavoro per un lanificio biellese.', settings: { degree: 3, lang: 'it' } },
    { code: 'Gentile Dott.ssa Lodi, ho seguito il corso SNA sugli appalti in cui Lei era docente. Avrei una domanda.', settings: { degree: 3, lang: 'it' } },
    { code: "Hi Marguerite, your essays on river ecology shaped chapter four of my book, and I'd be thrilled if you'd consider writing the foreword.", settings: { degree: 3 } },
    { code: 'Hi Dr. Chen, your preprint on microplastics in bottled tea got a lot of attention this week.', settings: { degree: 3 } },
    { code: 'Hola Álex, he visto que también cursaste el Máster en Big Data de la Complutense, aunque un par de promociones antes.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi {{firstName}}, both Wharton '15 🎓 saw you're leading product at {{company}} now. Would love to connect!", settings: { degree: 3 } },
    { code: "Hi {{firstName}}, fellow Techstars Berlin '21 founder here 👋 Would love to trade notes on pilots.", settings: { degree: 3 } },
    { code: 'Hola {{nombre}}! Fui al demo day de Wayra Madrid y la presentación de {{empresa}} sobre logística inversa fue la que más me gustó.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sergi, tengo la grabación completa del taller de Kubernetes que dimos en la KubeCon y vi que la estabas buscando.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola <Nombre>, vi tu repo <repo> y la discusión del issue sobre la caché. Mantengo un fork con un parche parecido.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rubén, te vi moderar el panel de hidrógeno verde en el Congreso Smart Energy de Madrid.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola María, en tu última publicación sobre los turnos de 12 horas pedías experiencias de otros hospitales.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Hugo, me tocó a tu lado en el taller de fermentación del Basque Culinary Center.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Xabier, me senté en la fila de atrás en tu sesión de unit economics en Lanzadera.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Alba, en el afterwork de Startup Grind Valencia me recomendaste el libro de Teresa Torres.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas tardes, Sra. Quintana: tuve ocasión de escucharle en la jornada de la Cámara de Comercio de Sevilla sobre ayudas.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi {name}, we rely on your open-source {repo_name} for our ETL jobs — I'm the one who opened the timezone issue last week.", settings: { degree: 3 } },
    { code: 'Hi Anjali, we were lab partners on day two of the Certified Scrum Product Owner course in Denver.', settings: { degree: 3 } },
    { code: 'Hi Ruth, thanks again for joining our episode on grant writing for small museums.', settings: { degree: 3 } },
    { code: 'Hi Clara, your report on nurse retention in rural Scotland is now required reading for our ops team.', settings: { degree: 3 } },
    { code: 'Hi Akosua, you moderated the fintech regulation panel at AfricArena Accra where I asked about sandbox timelines.', settings: { degree: 3 } },
    { code: 'Hi Hannah, since Tidepool is hiring a head of clinical ops, I could put you in touch with Marcus Oyelaran, who built that function at Livongo.', settings: { degree: 3 } },
    { code: 'Hoi {{voornaam}}, we zaten allebei in de Young Professionals-lichting van 2020 bij Rabobank!', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hoi {{voornaam}}, ik zag dat je ook naar de Dutch Design Week gaat. Zin in een koffie?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hallo {{voornaam}}, we hebben elkaar gesproken bij de Horecava in Amsterdam, bij de stand van een koffiebrander.', settings: { degree: 3, lang: 'nl' } },
    { code: "Bonjour {{firstName}}, j'interviens moi aussi au Salon des Entrepreneurs de Lyon en novembre.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour {{firstName}}, nous réalisons des audits de fiches Google : je vous envoie celui de {{companyName}} si vous le souhaitez.', settings: { degree: 3, lang: 'fr' } },
    { code: 'Hi Malte, ich habe letzte Woche einen Pull Request für dein Repo zur PDF-Erzeugung eingereicht.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Frau Dr. Brandt, in Ihrem Newsletter vom März haben Sie die Pflegepersonalbemessung kritisch eingeordnet.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Frau Roth, ich kann Sie mit Dr. Henrik Saß aus Ulm bekannt machen, der genau das eingeführt hat.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Ole, wir stehen beide auf der Sprecherliste der Data Days Hamburg im November.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo {Vorname}, Sie waren für unser Webinar angemeldet. Gern schicke ich Ihnen die Aufzeichnung samt Folien.', settings: { degree: 3, lang: 'de' } },
    { code: 'Guten Tag Frau Pohl, wir hatten am Dienstag auf der Hannover Messe über digitale Zwillinge gesprochen.', settings: { degree: 3, lang: 'de' } },
    { code: "Bonjour Sophie, je viens d'écouter votre passage dans le podcast « Génération Do It Yourself » où vous racontez le rachat.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Salut Baptiste, on a fait notre Erasmus à Porto la même année, à la FEUP.', settings: { degree: 3, lang: 'fr' } },
    { code: "Bonjour Inès, nous intervenons toutes les deux au Forum de l'Économie Sociale de Lille le 14 mars.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Bonjour Léo, merci pour la démo de Flutter au meetup GDG Nantes hier soir !', settings: { degree: 3, lang: 'fr' } },
    { code: 'Oi Larissa, dividimos a mesa no almoço do RD Summit em Florianópolis.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Oi Caio, obrigado pela resposta no meu post sobre precificação de SaaS.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá Thiago, uso a sua biblioteca de validação de CNPJ em produção e abri uma issue sobre o novo formato.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá Marcelo, posso apresentá-lo ao Jan de Vries, torrefador em Roterdão.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Oi Nina, foi você que fez aquela pergunta sobre ESG no painel da Febraban Tech, né?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Ciao Federica, eravamo sedute vicine alla plenaria del Salone del Risparmio.', settings: { degree: 3, lang: 'it' } },
    { code: "Ciao Elisa, abbiamo preparato insieme l'esame PMP nel gruppo di studio del PMI Rome Chapter.", settings: { degree: 3, lang: 'it' } },
    { code: 'Hallo {{ voornaam }}, je blog over {{ onderwerp }} op bedrijventerreinen was erg helder.', settings: { degree: 3, lang: 'nl' } },
    // A course taken with them, a research group, a talk of theirs quoted, a classmate by name.
    { code: 'Hi Priya, I took the food hygiene level 3 certification in Bristol with you in April. Are you running courses for your own staff now?', settings: { degree: 3 } },
    { code: 'Hola Tomás, estuvimos en el semillero de investigación de la Javeriana en 2016. Vi que ahora trabajas en riego de precisión.', settings: { degree: 3, lang: 'es' } },
    { code: 'Doctor Luna: en las Jornadas de Urgencias de Sevilla usted citó un estudio sobre triaje que no encuentro. ¿Me podría pasar la referencia?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Fede, soy Lu, del seminario de historia económica con la profe Ortiz en la UNLP. ¿Seguís en el archivo?', settings: { degree: 3, lang: 'es' } },
    // Their school said to be the sender's in an aside; one coaching team; years apart on one unit, an aside between.
    { code: 'Dear Dr. Obi, I am a 2014 graduate of the University of Lagos chemistry department (your own department, I learned from the alumni page). I would value your advice on the new lab safety rules.', settings: { degree: 3 } },
    { code: 'Hi Tomas, we were both on the Django Girls Prague coaching team last autumn. Would love to stay in touch.', settings: { degree: 3 } },
    { code: 'Dear Dr. Rao, we overlapped, you as registrar and I as a junior house officer, in the cardiology unit at Manipal Hospital in 2012. I would love to hear about your heart failure clinic.', settings: { degree: 3 } },
    { code: 'Hola Sofi! Egresadas de la misma facu (Derecho, UdeC) jaja. Vi que estás en un estudio en Santiago, ¿me das un consejo?', settings: { degree: 3, lang: 'es' } },
    // Both tagged in a thread, their reply there; one shift of volunteers; introduced at a wedding; "eras tú la que…" at one.
    { code: 'Hi Gabriel, @Julia Costa tagged us both in her thread on card fraud, and your reply about device fingerprinting was spot on.', settings: { degree: 3 } },
    { code: 'Rafa, éramos del mismo turno de voluntarios en el Maratón de Valencia. Organizo una carrera solidaria en Paterna.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Elena, nos presentó Santi en la boda de Carmen, en Ronda. ¿Seguís con la bodega?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ana, en la boda de Luis en Cádiz eras tú la que me prestó el cargador 😂', settings: { degree: 3, lang: 'es' } },
    // A report of theirs shared; a dashboard set up for them; a candidate for their vacancy.
    { code: 'Hola Paco, vi que compartiste el informe de Ametic sobre la nube en pymes. En nuestros clientes, el 45% paga licencias sin usar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Amparo, hemos preparado un tablero gratuito en Looker para medir el tiempo de respuesta a leads; si quieres, te lo configuro en una llamada.', settings: { degree: 3, lang: 'es' } },
    { code: 'Marta, tengo un candidato para tu vacante de jefe de mantenimiento en Teruel: diez años en papeleras.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {nombre}, los dos dejamos comentarios en el post de {autor} sobre {tema} y el tuyo me pareció el más acertado.', settings: { degree: 3, lang: 'es' } },
    // The same school "como fuiste vos"; sat together at a workshop; neighbouring teams at a hackathon.
    { code: 'Hola Gustavo, soy estudiante de Administración en la UBA, como fuiste vos. ¿Charlamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rosa, nos sentamos juntas en el taller de Women in Tech Sevilla el sábado.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nacho, en el Hackathon de Repsol en Madrid estuvimos en equipos vecinos.', settings: { degree: 3, lang: 'es' } },
    // Their post named the other way round; a talk they finally got to have at a named event.
    { code: 'Hello [[First]], that [[Topic]] thread of yours was spot on. Happy to connect.', settings: { degree: 3 } },
    { code: "Hi Dana, so glad we finally got to talk at PyData Berlin! Let's keep in touch.", settings: { degree: 3 } },
    // Contexts said around stock lines.
    { code: 'Hi Pia — were you also in the audience for the zoning workshop at CityLab Berlin? I think I sat behind you. Always keen to meet planners!', settings: { degree: 3 } },
    { code: "Hi Raúl, I see we're both registered for ProMat in Chicago. I'm hosting the cold-chain breakfast and would love your view.", settings: { degree: 3 } },
    { code: 'Hey Iris! Always great to find another Glasgow School of Art grad doing set design in Berlin. Let me know if you fancy a coffee.', settings: { degree: 3 } },
    { code: "Hi Ben, I caught your set at the Green Note showcase on Friday. I run a folk night in Bristol and I'm always looking for new acts.", settings: { degree: 3 } },
    { code: 'Dear Ms. Okoro, I am a first-year law student at Leiden, where I believe you also earned your LL.M. Your career is inspiring.', settings: { degree: 3 } },
    { code: 'Hola [Nombre], me apunté a la edición de otoño de [Programa], donde eres tutora, y quería conectar antes de empezar.', settings: { degree: 3, lang: 'es' } },
    // The same university, said of both with "also"; their speech or a newsletter's latest issue.
    { code: 'Hi {{firstName}}, I noticed you also went to the University of Leeds. Would love to connect.', settings: { degree: 3 } },
    { code: 'Hi Lee, fellow Toastmasters member here. Loved your speech on negotiation last month!', settings: { degree: 3 } },
    { code: 'Hi Ruth, your latest issue on freight rates was spot on. Would love to connect.', settings: { degree: 3 } },
    // In the front row for their panel, things handed over, the same bootcamp, a school said of both, their comment in a group.
    { code: 'Hello {{firstName}}, hope this finds you well. I was in the front row at your Money20/20 panel on payouts and took pages of notes. Would be great to connect.', settings: { degree: 3 } },
    { code: "Hi {{firstName}}, thanks for joining yesterday's session on customs audits. The recording and our tariff checklist are yours if you want them.", settings: { degree: 3 } },
    { code: 'yo {first}! saw you also did the Le Wagon data bootcamp — which batch? would love to know how you landed at {company}', settings: { degree: 3 } },
    { code: 'Hola {{firstName}}, somos ex PUCP (Economía). Vi que estás en riesgos en Interbank y tengo una pregunta sobre scoring. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola {{firstName}}! Los dos somos de la Autónoma (Derecho). Preparo un artículo sobre despachos pequeños. ¿Te puedo hacer una pregunta?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{firstName}}, vi tu aporte en el grupo «Logística Chile» sobre la nueva norma de etiquetado. Siempre estoy buscando conectar con profesionales del sector. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola {{first_name}}! Compañeras de la UdeG (CUCEA) por aquí. Vi que lideras compras en {{company_name}}. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{firstName}}, publicamos un estudio gratuito sobre salarios de farmacia en Sevilla. Te envío el PDF si te interesa. ¡Un placer conectar!', settings: { degree: 3, lang: 'es' } },
    // A member of the same cohort, not of a group.
    { code: "Hi [Name], as a fellow member of the [Program] cohort, I'd love to connect.", settings: { degree: 3 } },
    // Their remarks on a named panel, what they said on a named stage, judged side by side, a cohort's code, screenshots offered; es: their panel heard, a class shared.
    { code: "Hi Rosa, I'm a reporter covering payments. I heard your remarks on the Sibos panel about instant payments and would love to quote you. Hope you'll accept!", settings: { degree: 3 } },
    { code: "Hi Aisha, a colleague told me you'd said on the KubeCon stage that most savings hide in storage. Hope this finds you well; would love to connect.", settings: { degree: 3 } },
    { code: 'Hi Chen, we both judged the pitch finals at Slush 2023. Always looking to connect with fellow investors.', settings: { degree: 3 } },
    { code: "Hi Olu, fellow EF LON9 here! Hope all's well. Let's connect.", settings: { degree: 3 } },
    { code: "Hey [Name] — I came across your profile. I mapped [Company]'s signup flow against 10 rivals and found two drop-off points; glad to send you the annotated screenshots.", settings: { degree: 3 } },
    { code: 'Señora Domínguez, fue un honor escuchar su panel en la Feria de Empleo de Medellín el sábado. ¿Me permite conectar con usted?', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola Facu! Compartimos cursada en la UTN, Física I con Gómez, ¿te acordás? Hoy busco pasantía en backend.', settings: { degree: 3, lang: 'es' } },
    // Their work on a code site, a discussion both were part of, a project both contributed to, service in the same force.
    { code: 'Hi [Name], I came across your work on [project] on GitHub and it fixed a bug I had.', settings: { degree: 3 } },
    { code: 'Hi [Name], we were both part of the [Slack community] discussion on [topic] last week.', settings: { degree: 3 } },
    { code: 'Hi Omar, we both contributed to the Home Assistant Zigbee integration. Would be great to connect.', settings: { degree: 3 } },
    { code: 'Hi [Name], I noticed we both served in the [Military Branch]. Thank you for your service!', settings: { degree: 3 } },
    // The same school and year said of both, a training academy attended together, a bug report with its evidence offered.
    { code: 'Hi Maria! KCL 2017 here too 🏛️ just found your profile. Still doing heritage projects? Let\'s connect!', settings: { degree: 3 } },
    { code: 'Hi [Name] ✊ we were on the Unison Organising Academy together in 2019 — hope this finds you well! Let\'s connect.', settings: { degree: 3 } },
    { code: "Hi Max, always nice to connect with fellow founders. Your app's export breaks on large files — I've got logs + a repro if useful. Let's connect!", settings: { degree: 3 } },
    // An open house of the sender's, visited; es: seen commenting on a post.
    { code: "Hi <First Name>, thanks for stopping by the open house at <Property Address> on Saturday! You asked about the boiler and I've got the answer.", settings: { degree: 3 } },
    { code: 'Hola %NOMBRE%! Te vi comentando en el post de %AUTOR% sobre %TEMA% y diste en el clavo. Encantada de conectar.', settings: { degree: 3, lang: 'es' } },
    // A symposium named, the MC of a named night, a slot caught at a named show, a shout-out thanked.
    { code: "G'day Kenji — great chatting at the Gartner Supply Chain Symposium. I'm always keen to connect with supply chain leaders, so here I am 🙂", settings: { degree: 3 } },
    { code: "Hi Jordan, I'm always looking to connect with people in sports marketing.\nP.S. You were the MC at the Bay Area Sports Awards last week, right?", settings: { degree: 3 } },
    { code: 'Hi [Name], I caught your 3 pm slot at BETT 2025 and would love to know if your tool handles split sites. Let\'s connect!', settings: { degree: 3 } },
    { code: "Hi Sione, thanks for the shoutout to my Vim plugin in Friday's episode of devtools.fm! I'd love to add you to my network and say thanks properly.", settings: { degree: 3 } },
    // Names given no capitals: the word right after the locative that ends the meeting cue names the event (en, es).
    { code: 'hey tomas, so nice meeting u at monitorama on tuesday, lets keep in touch', settings: three },
    { code: 'hola vero! un gusto conocerte en nerdearla, seguimos en contacto', settings: { degree: 3, lang: 'es' } },
    // A course done as "we"; they signed up for the sender's own event (en, es); "también estudiaste" with the degree between; "como usted, me formé en…" (es).
    { code: 'Hey Kasia, we did the CodeBar course in Leeds, autumn 2021 I think? Congrats on the new job!', settings: three },
    { code: 'Hi Ana! I saw you registered for our webinar on usage pricing. Happy to connect!', settings: three },
    { code: 'Hola [Nombre]! Vi que te inscribiste al taller del jueves sobre {{tema}}; yo lo imparto. ¡Nos vemos allí!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lucía, vi que también estudiaste Administración de Empresas en la UNMSM. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas tardes, {{nombre}}. Como usted, me formé en el IESA (Finanzas, 2012). ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    // One more former member of a named programme.
    { code: 'Hiya Sam! Another ex-Year Here fellow 🙌 Would love to hear how you moved into policy.', settings: three },
    // es, typed in a hurry: "también" inside the going says both go; their post with its topic, or read in it; the same cohort, or the same school with its year.
    { code: 'Buenas Vero, vi q tb vas a estar en Agroexpo en Bogotá el mes q viene, yo voy con el equipo de Siembra. Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nico, muy buen post el de ayer sobre los aranceles al acero, me sirvió para la reunión de hoy. Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Juli! leí en tu último post q en tu equipo dejaron Trello x Notion, cómo lo tomaron? Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'holaa Itzel! vi q tb estuviste en la generación 9 de Laboratoria, yo soy de la 11 😊 me encantaría saber cómo te fue', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Diego! tb soy de la UdeA, ing de sistemas promo 2016 😄 vi q estás en Bancolombia, conectemos', settings: { degree: 3, lang: 'es' } },
    // A congress slot is an event's; both finished one named programme; the venue sponsored, or a free piece of work for theirs.
    { code: 'Hi [Name], great meeting you at our stand at {{congress_name}}! Let us stay in touch.', settings: three },
    { code: 'Hi Ife, we both finished the Kode Club Learning Community cycle 4. How is the app going?', settings: three },
    { code: 'Hi Ana, saw you run the Leeds Rust meetups. We can sponsor the venue for the next two, no talk slot needed.', settings: three },
    { code: "Hi Mo, I'm a photographer and I'd be happy to do a free drone shoot of your next listing.", settings: three },
    // Both signed up for one named event; an alumnus of theirs "myself"; interned in their team (en, es); ran together at a named race (es).
    { code: "Hi Grace, we both signed up for the LinkedIn Event 'Rural Health Forum 2025'. Looking forward to connecting!", settings: three },
    { code: "Hey Jordan! Saw you went to Georgia Tech — I'm a '18 ME grad myself. Would love to connect!", settings: three },
    { code: 'Hi Dr Osei, I interned in your team at Arup in 2019; you probably will not remember me. I now run a small practice in Kumasi.', settings: three },
    { code: 'Hola Sr. Navarro, fui becario en su departamento de Fiscal en KPMG Sevilla en 2011. Hoy dirijo mi propia asesoría.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iratxe, corrimos juntas los últimos kilómetros de la Media Maratón de Bilbao de 2018, ¿te acuerdas? ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    // Going to a named event while they run a session of it; the same bootcamp left (es); places kept for them, or what the sender did shown (es).
    { code: "Hey Tomasz! I'll be in Poznań for Infoshare in May and noticed you're running the workshop on Zig. Any chance of a chat after it?", settings: three },
    { code: 'Hola Sofía 👋 vi que también saliste del bootcamp de Henry (cohorte 21, ¿no?). Me mudo a Montevideo el mes que viene.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{ nombre }}, organizo visitas guiadas para nuevos vecinos de Ruzafa. Si te viene bien, te reservo diez plazas para la próxima. ¡Encantada de conectar!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], como abrís oficina en [Ciudad], te puedo mostrar en 20 minutos cómo hicimos allí el alta fiscal, paso a paso.', settings: { degree: 3, lang: 'es' } },
    // Offers said outright: a thing "yours if that helps", "Want it?", a corrected snippet, free work at no cost, free seats given, "Shall I set you up?", a candidate for their role.
    { code: "Hi Kenji, great profile! I'm leaving Osaka and have a coworking desk paid up until June. Your team posted about moving there — it's yours if that helps.", settings: three },
    { code: 'Hey Ollie, big fan of your work. I have a box of old Arduino kits gathering dust and your school club seemed like the right home. Want them?', settings: three },
    { code: "Hi Lena, your API docs show the v1 auth call in the Swift section. I've got a corrected snippet if that's useful.", settings: three },
    { code: "Hello [First Name], we're piloting a forecasting model on public port data and I'd happily run [Company]'s routes through it at no cost.", settings: three },
    { code: 'Hello {{ first_name }}, {{ sender_company }} is giving 10 free seats of our status-page tool to open-source maintainers. Shall I set you up?', settings: three },
    { code: 'Hi there {{name}}, I have a strong backend candidate (Go, 6 yrs, Leeds) open to contract work. Is {{agency}} taking on contractors?', settings: three },
    // Another one of the same bootcamp (es); candidates for their opening offered (es); their bug fixed after the sender's report, their dataset or library in use (en).
    { code: '¡Hola Nerea! Vi tu perfil y qué ilusión ver a otra persona del bootcamp de Ironhack Madrid. Busco gente para un side project, ¿te animas?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], vi que buscáis [puesto] en [Empresa]; conozco a dos perfiles muy buenos de mi antiguo equipo y, si te sirve, te los presento.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi {{first_name}}, I filed issue #{{issue}} on {{repo}} and you fixed it the same week, thank you! I came across your profile through GitHub and thought I'd connect.", settings: { degree: 3, lang: 'en' } },
    { code: "Hello Dr. Okafor, we're using your dataset of Accra market prices in a class project. Glad to connect.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Lena, your small library for PDF parsing powers most of our invoicing jobs. Would be glad to connect.', settings: { degree: 3, lang: 'en' } },
    // Their answer that got the sender out of a fix (es).
    { code: 'Hola Pedro, tu respuesta en Stack Overflow sobre fechas en pandas tiene cientos de votos y uno es mío: me sacó de un apuro con un informe. Encantado de conectar.', settings: { degree: 3, lang: 'es' } },
    // A piece of it named after a dash is one (en); a graduate of the same school "como tú" (es).
    { code: "Hi Jordan, your YouTube channel is amazing — your video on sourdough hydration fixed my loaves. Let's connect!", settings: { degree: 3, lang: 'en' } },
    { code: 'Soy egresada de la UPC, como tú. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    // Others of their school, the school named; a post of theirs praised in Australian English (en).
    { code: "Hi Lars, I'm always looking to connect with other Wharton MBA alumni. Would love to compare notes on fintech hiring.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hey [Name], legend post on rostering in aged care — shared it with the whole team. I run two homes in Geelong. Would love to connect!', settings: { degree: 3, lang: 'en' } },
    // Things both took part in, told as template collections tell them (en): what they said at a named book club, meeting after a named meetup, booths apart at a hackathon spelled as one, the same team at a jam, their take in a named AMA, a question from a webinar's Q&A, what they asked in an AMA, their replies on the sender's thread, their X Space, a face put to a name at a volunteer day.
    { code: "Hi Nadia, at last week's book club at Foyles Charing Cross you mentioned you run onboarding at Wise. That's my field, so I'd love to connect.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Kwame, great to connect after the Data Council Austin meetup. You said your team was hiring analysts.', settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Lena, we were three booths apart at HackBerlin (you had the robot arm). Would love to connect.', settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Tom, we were on the same team for the Ludum Dare jam in Leeds (I wrote the music). Would love to connect.', settings: { degree: 3, lang: 'en' } },
    { code: "Hey Sam, loved your spicy take in the Rust Belt Discord AMA that tests are docs. Let's connect.", settings: { degree: 3, lang: 'en' } },
    { code: "Quick question from the Q&A of last week's Vanta SOC 2 webinar: did your team go with the managed option?", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Ana, you asked about SOC 2 for tiny teams in the Indie Founders Slack AMA, and I promised a checklist. Here it is once we're connected.", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Ana, your replies on my Dev.to thread about flaky tests made me laugh. I'm hiring a contract tester for six weeks. Interested?", settings: { degree: 3, lang: 'en' } },
    { code: "Hey Ana, caught your X Space on open-source funding last Friday. Still thinking about your answer. Let's connect!", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Ana, great to finally put a face to the name at the Shelter volunteer day in York on Sunday! Let's connect.", settings: { degree: 3, lang: 'en' } },
    // A piece of work already made for them (en).
    { code: "Hi Mr. Moreau, I prepared a free valuation of your shop at 8 Rue Bonaparte using last quarter's leases. I came across your profile while researching owners in the 6th. Would be pleased to connect.", settings: { degree: 3, lang: 'en' } },
    // Something both took part in (es): a round table shared at a named fair, a book club named after it, their visit to the sender's stand, the sender's question in a named AMA, the sender on a named hackathon's jury.
    { code: 'Hola Facundo, compartimos la mesa redonda de agtech en Agroactiva y me quedó picando lo de los drones. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenas tardes, Lucía. Compartimos el club de lectura de la Librería Tipos Infames y usted mencionó que dirige una editorial. Me encantaría conectar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenos días, Sr. Roca. Pasó usted por nuestro stand de Fruit Attraction y quedamos en enviarle muestras. Le añado a mi red.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Leo, soy el que te hizo la pregunta de Rust en el AMA del Discord de Rust Madrid. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Clara, fui jurado en la hackatón de Junction Valencia y tu equipo presentó el mejor prototipo. ¿Hablamos?', settings: { degree: 3, lang: 'es' } },
    // Outside work (en): an event named by the capitalised words before its noun, the sender behind a desk there, the one who brought something.
    { code: 'Hi Jo, remember the Whitby Rotary charity walk last month? I was the one with the broken shoelace. Let\'s connect!', settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Mr. Shah, I was on the welcome desk at the Vaisakhi Mela at the Southall Gurdwara. You mentioned your firm needs drivers.', settings: { degree: 3, lang: 'en' } },
    { code: "Hi Lou, you're the one who brought the plum jam to the Moseley Allotments seed swap! Let's connect.", settings: { degree: 3, lang: 'en' } },
    // Offers said as their value (en): a thing made and free, their posting passed on, the thing linked; one post singled out after a dash.
    { code: 'Hi Yuki, I wrote a Spanish–English glossary for clinical trial contracts (400 terms). Your legal team might find it useful. It\'s free.', settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Maya, saw Ferrous is hiring interns; I run a robotics club at Purdue and can forward the posting to 80 students. Want me to?', settings: { degree: 3, lang: 'en' } },
    { code: "Dear [Name], below is a link to a 1-page review of [Company]'s latest ESG report against the new rules. [link]", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Wei, big fan of your posts on databases — especially last week\'s on index bloat in Postgres. I have one question about vacuum.', settings: { degree: 3, lang: 'en' } },
    { code: "Hi Grace, I'm always keen to connect with people in museum education. I made a bilingual activity kit for the Monet show your museum opens in June — free to use or adapt.", settings: { degree: 3, lang: 'en' } },
    // The school said in a slot or in the next sentence (en, es); what they studied, "igual que yo" (es).
    { code: 'Hi {{first_name}}, we both trained at {{academy_name}}, though a few years apart. Hope this finds you well!', settings: { degree: 3, lang: 'en' } },
    { code: 'Hola Elena: ¡coincidimos en la facultad! Tú en Biología y yo en Bioquímica, en la de Sevilla. ¡Un saludo!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Valeria, vi que estudiaste Derecho en la Universidad de Navarra, igual que yo. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    // Outside work, in Spanish: seen at a named choir, carrying the float in a named procession, a named league's match.
    { code: 'Che Lucas, te vi el domingo en el coro de la Parroquia Santa Ana de Belgrano y me dijeron que trabajás en logística. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marcos, salimos juntos de costaleros en la procesión de la Hermandad del Rocío. Sé que estás en Iberdrola y quería preguntarte algo.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sara, el jueves jugamos contra vosotros en la Liga de Pádel de Alcorcón y nos ganasteis. Vi que eres diseñadora, ¡conectemos!', settings: { degree: 3, lang: 'es' } },
    // A church's or a league's slot names its event ("the [Church Name] christmas fair"); thanks for the words said there; the point they made at it (en, es).
    { code: 'Hello Dev, It was a real pleasure meeting you at the [Church Name] christmas fair. Our finance committee would love your help with the roof appeal.', settings: { degree: 3, lang: 'en' } },
    { code: "Hi Noor, thanks for the kind words at Leo and Maya's wedding in York. You mentioned your practice needs a bookkeeper; that's what I do.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Sam, at the Bristol Port Authority board meeting on dredging you made the sharpest point of the day. I consult on marine permits and would value your view.', settings: { degree: 3, lang: 'en' } },
    { code: 'Hola Inés, en la asamblea de la Asociación Vecinal de Ruzafa hiciste la mejor intervención sobre el ruido. Asesoro a bares de la zona y me gustaría escucharte.', settings: { degree: 3, lang: 'es' } },
    // es: studying together said every way: a year ahead ("ibas un curso por delante"), the same thesis supervisor, a classmate of the promo, another ex of a bootcamp, "compas", the same professor, the same study group, an optional course shared.
    { code: 'Hola Nico, vi tu perfil y caí en que ibas un curso por delante en Derecho en la UBA. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Pedro, a los dos nos dirigió la tesis la doctora Ruiz en la Carlos III. ¡Me encantaría conectar!', settings: { degree: 3, lang: 'es' } },
    { code: '¡Buenas, Irene! Compañera de promo de Farmacia en la Complutense 🙌 ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Clara, me encantó ver a otra ex de Ironhack Madrid por aquí. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lore, fuimos compas del bootcamp de Coderhouse. ¡Me encantaría sumarte a mi red!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Julia, vi que fuiste alumna de la profesora Marta Gil en la Autónoma, igual que yo. Me encantaría añadirte a mi red.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Álex, preparamos el examen de la CNMV en el mismo grupo de la academia Luceo. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Pau, creo que compartimos alguna optativa en la Pompeu. ¡Me encantaría conectar!', settings: { degree: 3, lang: 'es' } },
    // Guard: different parts of the same programme are still the same programme.
    { code: 'Hola Diana, hicimos las prácticas de verano en el Banco de España en 2019, aunque en departamentos distintos. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    // en, typed by hand, the context said in passing: sets or batches apart, a fix offered and sent, a chat "for five minutes in the lunch line at…", a named workshop they facilitated, crossing paths at a named event, a piece "of yours", the end of their talk caught, "your alma mater", the same track, the course the sender is on "there".
    { code: "Hi Bayo, I saw your profile and realised we were both Unilag Law, though you're a couple of sets ahead. Let's connect.", settings: { degree: 3, lang: 'en' } },
    { code: "Hey Erin, your store's checkout button overlaps the cart total on a small Android. It's a two-line CSS fix, and I'll send it over if you want it.", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Omar, I'm always looking to connect with other founders. We chatted for all of three minutes in the taxi queue at Collision Toronto — you said you'd cracked usage pricing and I'd love to hear more.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Priya, seeing IIT Bombay on your profile made my day: I was at the Powai campus, 2014 batch. Would love to hear about your move to product.', settings: { degree: 3, lang: 'en' } },
    { code: "Hi Ravi, I'm a first-year at IIM Calcutta and saw you were in the PGP'17 batch. Could I ask you about consulting?", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Zara, the Leeds Product Camp workshop on pricing was the best thing I went to all year, and only later did I see you'd facilitated it.", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Ben, good to cross paths at DevOpsDays Berlin. Let\'s connect.', settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Nkechi, in that carousel of yours on pension remittances, did the new rules cover interns too?', settings: { degree: 3, lang: 'en' } },
    { code: "G'day Kirra, between coffees I caught the end of your chat on voice interfaces — keen to hear how the pilot went.", settings: { degree: 3, lang: 'en' } },
    { code: 'Dear Dr. Okafor, I am a master\'s student at the University of Lagos (your alma mater, I believe) and would value your advice on my thesis.', settings: { degree: 3, lang: 'en' } },
    { code: "Hi Ngozi, we overlapped on Decagon's frontend track last year. I'm now hiring a junior dev, interested?", settings: { degree: 3, lang: 'en' } },
    { code: "Hi Sam, I spotted Aston on your profile; I'm doing the MSc in Logistics there now. Could I ask about your time at Arup?", settings: { degree: 3, lang: 'en' } },
    // es, typed by hand and said in passing: a piece "tuyo", their reply under a post, the carousel that led to their profile, "egresado también de", their example at a named workshop, "yo hice allí el de…", "coincidimos como alumnos", "también sos de la … (yo me recibí en…)".
    { code: 'Ey Lucas, ese hilo tuyo del lunes sobre las facturas de la nube me hizo reír. Vi tu perfil y creo que sufrimos lo mismo. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Sofi, tu respuesta a Marcos en el post de los salarios remotos fue lo más sensato de la semana. Vi tu perfil y me encantaría conectar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Hugo, te confieso que vi tu perfil por el carrusel de los errores en precios; el tercero lo cometíamos. Me encantaría añadirte a mi red.', settings: { degree: 3, lang: 'es' } },
    { code: 'Doctora Salazar, reciba un cordial saludo. Como egresado también de la Maestría en Derecho Tributario de la Universidad de Caldas, me encantaría conectar.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Lidia, no quería dejar pasar lo del taller de ventas del Startup Weekend Cádiz: tu ejemplo del equipo comercial me lo llevé tal cual. Me encantaría añadirte a mi red.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Paula, siempre busco conectar con talento. Vi que hiciste el máster de Big Data de Kschool; yo hice allí el de diseño. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Buenos días, don Ernesto. Espero que se encuentre bien. Coincidimos como alumnos del PDE del Instituto de Empresa Riojano en 2014, aunque en grupos distintos, y ahora dirijo una bodega en Haro. Me agradaría tenerle en mi red.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nico! Vi tu perfil y vi que también sos de la UTN Regional Rosario (yo me recibí en 2018). Siempre busco conectar con colegas. ¡Abrazo!', settings: { degree: 3, lang: 'es' } },
    // es, formal register: a thing offered "me permito compartirle…", met "tuve el gusto de coincidir con usted en…", what they explained at a named forum, graduated together, a comparison "me permito compartírsela".
    { code: 'Estimado Sr. Ruiz: Me permito compartirle, sin compromiso, un análisis del consumo eléctrico de su planta que hicimos con datos públicos. Quedo atenta.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimada Dra. Paredes: Tuve el gusto de coincidir con usted en Agroexpo 2025. Quedé en consultarle cómo certificaron su café.', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Ing. Vera: en el Bogotá Fintech Forum, cuando usted explicó su modelo de riesgo, me quedé con una pregunta: ¿cómo tratan a los clientes nuevos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Lic. Ochoa: Ambos egresamos de Derecho en la Ibero. Me enteré de que dirige el área legal de [Empresa].', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Sr. Luna: Preparamos una comparativa de fletes Valencia–Génova para exportadores de cítricos y me permito compartírsela, ya que su empresa exporta a Italia.', settings: { degree: 3, lang: 'es' } },
    // en, formal register: fellows of one programme, a survey or benchmark offered formally, a walkthrough offered, their pilot described at a named event.
    { code: 'Dear Ms. Hart,\nI trust this finds you well. We were both Churchill fellows, though in different years. I would value your thoughts on our museum\'s appeal.', settings: { degree: 3, lang: 'en' } },
    { code: "Dear Dr. Eze, I came across your profile while researching telehealth. I'd be glad to share our usage survey of 30 rural clinics in Enugu, which your team may find useful.", settings: { degree: 3, lang: 'en' } },
    { code: 'Dear Mr. Hale,\nI hope this finds you well. Please find below a link to our benchmark of complaint handling across nine building societies.\nKind regards,\nRuth', settings: { degree: 3, lang: 'en' } },
    { code: 'Dear Ms. Wanjiru,\nWarm greetings. Happy to offer a free walkthrough of the payroll script we open-sourced, since your team uses the same API.', settings: { degree: 3, lang: 'en' } },
    { code: 'Dear Dr. Nasser, did the triage model you described at Arab Health reach more hospitals? We are planning something similar in Jeddah.', settings: { degree: 3, lang: 'en' } },
  ],
  invalid: [
    { code: 'Hey Ivan, loved your recent posts! Excited to follow your journey.', settings: { degree: 3 }, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hola Pedro, te conocí en un evento el año pasado.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Felix, good to put a face to the name at last week's event.", settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Simón: te escribo tras la reunión de ayer. Quedé en mandarte el dossier.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Simon, I'm writing after the webinar last week. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Ana, el viernes tocamos antes que vosotros. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Noelia, ambas exponemos en ferias. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Esteban, estamos en el mismo sector. ¿Hablamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Esteban, vamos a estar en el mismo panel. ¿Hablamos antes?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Viktor, we sat together at the conference last year. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Dr. Chen, I'm a student too. May I ask you something?", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Rocío, fuimos al mismo retiro el año pasado. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Rocío, vi que publicaste algo. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Andrea, también soy de la promoción de ingenieros. ¿Hablamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ana, I pinned a post on my profile about hiring. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Chris, you love pricing and so do I.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Buenas, Eugenia. Fuimos vecinas de stand en una feria.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Sam, the class you ran sounds great.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, en el grupo de la empresa preguntaste por las vacaciones.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, fuiste jurado de un premio el año pasado.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "We're both graduates of a business school.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Lo conocí en una recepción el año pasado.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Jo, I can send you the link to my profile.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Someone else's work named through them (a colleague's talk, their VP's interview) is no context of theirs; a panel shared at no named event; speakers at some congress.
    { code: "Hi Jordan, your colleague Priya's talk at KubeCon on autoscaling was brilliant.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Dev, your VP's interview on the podcast was excellent.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Mirela, sharing the panel with you was a highlight.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Darío, la charla de tu compañera Lucía en [Evento] me dejó una duda.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Ambos ponentes en un congreso el año pasado.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Remember me? We met somewhere last year.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A LinkedIn event or a networking with no name, a line-up on a weekday.
    { code: "We're both in the Tuesday line-up, see you there.", settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola, Sergio. Nos apuntamos los dos al evento del jueves.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Amaia, ¿te acuerdas del networking de la semana pasada?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // A heading of a place, a shared field or the sender's own job names no event.
    { code: "Denver, fintech — both of us, apparently. Let's connect.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Lisbon, last spring: we talked at some event about payments.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Anna Berg, Head of Sales at Norvik — we met briefly last year.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Laura Gómez, directora comercial en Alba — nos conocimos hace poco.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Sevilla, el martes — nos conocimos en un evento de startups.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    // Who the sender was, with no event named anywhere.
    { code: "Hi Chris, I'm the guy who quizzed you on churn. Thanks for your patience!", settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    // Thanks for their posts in general.
    { code: 'We share 27 connections, so it seemed silly not to connect! Thanks for all your posts.', settings: { degree: 3 }, errors: [{ messageId: 'followingOnly' }] },
    // The same city and trade, and a graduate looking up to "profesionales … como usted", share no school.
    { code: 'Hola Diego, los dos vivimos en Valencia y trabajamos en fisioterapia. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Como recién egresado de la Universidad de Sevilla, busco aprender de profesionales con experiencia como usted.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // A free trial or consultation is a pitch, an intro to anyone is vague help; a post praised with nothing of it; the sender's own CV.
    { code: 'Hello! Free consultation for your business, no obligation 🙂', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi there, happy to give you a free trial of our platform.', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Ivy, happy to intro you to anyone I know in VC!', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola {{nombre}}, me encantó tu último post. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Beatriz, me interesa la vacante de Contable que publicasteis. ¿A quién le hago llegar el CV?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Crossing paths some day; a client book is no book of theirs.
    { code: "Hi Victor, I see we're both in the Vienna energy community. I'm sure we'll cross paths at an IAEA event soon!", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Sam, I can help you grow your client book and add value to your firm. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // All their posts praised, with two words of degree: no context.
    { code: 'Hi Farah, your posts are always so inspiring 🙌 Would be great to connect.', settings: { degree: 3 }, errors: [{ messageId: 'followingOnly' }] },
    // Their work followed or praised in general, one appearance unnamed: no context.
    { code: 'Hi Mia, I follow your content for a long time. Your articles are always inspiring!', settings: { degree: 3 }, errors: [{ messageId: 'followingOnly' }] },
    { code: "Hi Tom, I watched your keynote and thought you were great. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'followingOnly' }] },
    // Su newsletter o su canal en general: ningún contexto.
    { code: 'Hola Irene, tu newsletter me acompaña cada domingo con el café. ¡Gracias por tanto!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hola Marcos, pasé por tu canal de YouTube y me encantó. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'followingOnly' }] },
    // seen on LinkedIn is no meeting; an unnamed expo.
    { code: 'Hi Lee, good to see you on here! Would love to connect.', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Lena, I'm the guy at the expo who asked about your drip lines.", settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    // Worked together at a company: a job, not an event; es: their work on a portfolio site praised in general.
    { code: "Hi Dana, Jamal Reed and I worked together at Deloitte. Hope you don't mind the invite!", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola {{nombre}}, gran fan de tu trabajo en Behance 🙌', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Their life story on a show to come: no piece of theirs.
    { code: "Hi [Name], I host a podcast about leadership and we'd love to hear your story on an upcoming episode.", settings: three, errors: [{ messageId: 'noContext' }] },
    // A fellow of the same trade, with no year or school.
    { code: "Hi Sam, fellow marketer here! I'm at Acme and love your posts.", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // A migration the sender has run, and a chat if useful: experience, not something made for them.
    { code: "Hi Maya, saw {{company}} is moving to usage-based pricing, and I've run that migration twice. Happy to chat if useful.", settings: three, errors: [{ messageId: 'noContext' }] },
    // One LinkedIn group, a participant in general; es: a demo for anyone.
    { code: "Hi Lara, we're in the same LinkedIn group (Product Leaders). Would love to connect!", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hey Rhys, I'm also a participant in many online courses.", settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola {{nombre}}, ayudo a empresas como {{empresa}} a vender más. Te ofrezco una demo gratuita de 20 minutos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // es: where they were that is no event; en: something shared that is no class.
    { code: 'Hola Jorge, vi que estuvo en el Hospital Provincial. Espero que ya esté mejor.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Aoife, we shared a love of bad puns at my last job.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Followed up after someone's doing, or an email: no event; es: the same city is no school.
    { code: 'Hi Marta, following up after Priya Shah mentioned your work on payouts.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Joel, following up from my email last week about our platform.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Sergio, también soy de Valparaíso. Te quería preguntar por los puentes.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // es: their profile found and the sender's own portfolio passed on; how the sender works, explained.
    { code: 'Hola Ana, encontré tu perfil buscando diseñadoras y te paso el enlace a mi portfolio.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, te explico cómo trabajamos en una llamada.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Open source in general; the sender's own accelerator's cohort (es).
    { code: "Hi Laszlo, we both contribute to open source. Let's connect!", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: '¡Hola! Ya está abierta la convocatoria para la cohorte 2026 de nuestra incubadora.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Singled out, but a field or a job, not a piece of theirs (en, es).
    { code: 'Hi Ivan, I follow your posts, especially on fintech. Would love to connect.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hi Ivan, your profile is really impressive, especially your time at Datadog.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, sigo tu contenido, sobre todo en temas de liderazgo. Me encantaría conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'followingOnly' }] },
    // es: how the sender works, shown to anyone.
    { code: 'Hola Martina, te puedo mostrar cómo trabajamos si te interesa.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Their issues praised in general (a guard, as before this change); a consultation on nothing in particular (es, a guard).
    { code: 'Hi Jun, your GitHub issues are always so detailed. Respect!', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, te ofrezco una consultoría sin compromiso.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Interns at different places; in one sector (es).
    { code: 'Hi Zoe, we were summer interns at different companies.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Gustavo, ambos estamos en el sector seguros en Santiago.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Someone's survey quoted, not theirs.
    { code: 'Hi Sam, we quoted a survey in our report. Would love to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Paths that crossed nowhere named.
    { code: "Hi Jonas, our paths crossed at some point, I'm sure.", settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // A funding round is no series of theirs to have watched.
    { code: 'Hi Ana, congrats on your Series A! Would love to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Both in a trade is no event (en); a free review of anything (es).
    { code: "Hi Jo, we're both in retail and love a good market.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Dra. Montalvo, puedo revisar gratis lo que necesite.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // A post that may not exist.
    { code: 'Hi Nora, if you posted about it, I missed it. Would love to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    // es: posting in general, nothing they said.
    { code: 'Hola Ana, publicaste muchas cosas interesantes este año. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // "Like many" is not like them; a programme they are not said to be in.
    { code: "Hi Dana, I'm a grad (like many here) looking for my first QA role.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Dana, I'm a mentor in a program for founders. Happy to help.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Leti, ¡me encantó tu último artículo! Conectemos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ines, we're both recent graduates looking for roles in biotech.", settings: three, errors: [{ messageId: 'noContext' }] },
    // A chat proposed, not had: no event.
    { code: 'Hi Ola, would you be up for a quick chat at your convenience?', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Ines, I enjoyed chatting to you at the conference.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // Both busy during a week is no event.
    { code: 'Hi Sam, we were both busy during the week. Let us connect.', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // Living in the same city is no event (de).
    { code: 'Servus Lena, ich sehe, du bist auch in Graz in der Holzbranche unterwegs – lass uns connecten!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noContext' }] },
    // The sender's own school and year, the reader not spoken to.
    { code: 'Hi Sam, Stanford MBA 2015 here, now running growth at a fintech. Would love to connect.', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Ana, we both went through a tough year. Would love to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Ana, Recently graduated and eager to learn from experienced professionals like you.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Seen in a group; their posts met in the feed.
    { code: "Hey! Saw you in the Product Ops Europe group. Let's connect 🙌", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hey Kim, I follow the #devrel hashtag and your posts pop up a lot. Love the energy! Let's connect", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // The sender's own post, asked to be shared: a favour, no exchange.
    { code: 'Buenas tardes, ¿podría compartir mi publicación de búsqueda de empleo? Se lo agradecería mucho.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // The sender's own school, said without a pronoun, heads no shared past.
    { code: "Hello [First Name], as a [Degree] student at [University], I'm keen to meet people in [Field]. I look forward to hearing about your work.", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // Only the sender going to an event named by its spelling.
    { code: 'Hi Sam, I will be at RustConf next week and would love to connect.', settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // A demonstrative before the event noun names nothing, in lower case too (nl); "je crois" is no meeting (fr).
    { code: 'hi! we hebben elkaar gezien op dat congres vorige week in utrecht, leuk je te ontmoeten', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Salut Léo, je crois que ton équipe recrute, je suis développeur React.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Every post followed, none named.
    { code: 'Hello Sir, big fan of your work! I follow all your posts on leadership.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: "Hi Nat, I've been seeing your posts in my feed for a while and really like your perspective. Would love to connect!", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // Only words about the following itself after the dash.
    { code: "Hi Noor, I've been following your posts on leadership \u2014 always insightful!", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // Going together to a concert is no school in common (es).
    { code: 'Hola Nico, fuimos juntos al concierto de ayer.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A heading of the sender's own past, or of anything with a year, with nothing recalled after it.
    { code: 'Hi Ana, Stanford MBA, 2015 — looking for mentors in fintech.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ana, I'm a Stanford MBA, 2015. We help founders raise faster.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Ana, IESE 2018 — busco mentores en logística.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Both at schools of a kind, both at an event of a kind: nothing named.
    { code: 'Hi Kofi, looks like we both went to public schools up north!', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Kofi, we both attended the conference last month. Happy to connect.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // In lower case too, how big, when or about what names no event (en, es).
    { code: 'hey kofi!! we met at the big networking event last week, lets connect', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // An informational interview asked for is no interaction; a value proposition in a slot is the sender's pitch, no offer.
    { code: 'Hi Amara, I admire your move from analyst to VP. Would you have 15 minutes for an informational interview about how you made that move?', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi {first_name}, I see you're the {title} at {company}. We're building {product}, a tool that {value_prop}. Open to a demo?", settings: three, errors: [{ messageId: 'noContext' }] },
    // After the noun only when and where: "at the office", "de la semana pasada".
    { code: 'hi! we chatted at the meetup at the office last week, keen to keep in touch', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'hola, nos vimos en la conferencia de la semana pasada, me encanto charlar contigo', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'hola kofi! hablamos en el evento de marketing de ayer, conectamos?', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // Of the sender alone, or of a field: no school shared.
    { code: 'Hi Mo, I graduated last spring and would love your advice.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Mo, we both studied chemistry!', settings: three, errors: [{ messageId: 'noContext' }] },
    // The reader addressed or the city after an event is not its name; following in general.
    { code: 'Good meeting you at the meetup on Thursday, Rui.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Rui, we were both at the nursing conference in Cardiff in June.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Rui, I subscribe to your newsletter and would love your view on our pricing.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    // Their studio is no study of theirs (es).
    { code: 'Hola Raquel, vi en la web de tu estudio que buscáis aparejador. ¿Te envío mi portfolio?', settings: three, errors: [{ messageId: 'noContext' }] },
    // A job's details offered are no value offer (pt).
    { code: 'Olá Rita, estou a recrutar para uma seguradora no Porto. Posso enviar-lhe os detalhes?', settings: three, errors: [{ messageId: 'noContext' }] },
    // Seen at an event with no name, resources in general, other alumni in general.
    { code: 'Hi Ola, I saw you at the meetup last week but missed you after.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Ola, happy to send you some resources if you ever need them.', settings: three, errors: [{ messageId: 'noContext' }] },
    // No name for the gathering in the sentence before either.
    { code: 'Hi Sam, a long week of sessions at work. Meeting you was the highlight.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // What was talked about names no event.
    { code: 'Hey [Name], enjoyed discussing [subject] with you at the meetup last night, above all [specific point].', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // A conversation on a topic, where and when unsaid, is no exchange online.
    { code: 'Dear {{first_name}}, a pleasure to meet you {{when}}. I would be glad to continue our conversation on {{topic_discussed}}.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Ola, te vi en el evento del jueves pero no pude saludarte.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Ola, escribo a otros antiguos alumnos para ampliar mi red.', settings: three, errors: [{ messageId: 'noContext' }] },
    // The stage or a picture with no event or post of theirs: no context.
    { code: 'Hi Petra, I love sharing the stage with inspiring people. Let us connect!', settings: three, errors: [{ messageId: 'noContext' }] },
    // Reading their posts regularly is following them in general.
    { code: 'Hi Ines, I read your posts regularly and enjoy your takes on product strategy.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    // A CV offered is no value offered.
    { code: "Hi Ines, I'm applying for the analyst role at Vinted and would appreciate a referral. Happy to send my CV.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Elena, great meeting you at the conference last week!', settings: three, errors: [{ messageId: 'eventUnnamed', line: 1, column: 11 }] },
    { code: 'Hi Jake, we were both panelists at an industry event last year. Would be great to stay in touch.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // Something made that is not offered; an invitation sent is not an offer.
    { code: "Hi Tom, I've built a strong team at Acme over the years. Let me know if I can ever help.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hallo Jan, ich schicke Ihnen eine Einladung, um uns zu vernetzen.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Advice in general is no concrete offer.
    { code: "Hi Sam, I'd be happy to share some tips on growing your audience if you're interested.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Sam, encantado de compartirte algunos consejos para hacer crecer tu audiencia.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A past exchange of messages is not one around a post.
    { code: "Hi Sara, we exchanged a few messages about hiring a while ago. Let's connect.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Irene, ¡fue un placer conocerte en el evento de ayer!', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hello {name}, lovely to meet you [date]!', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Grace, I see we are both in the Product Led Growth group.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Luis, I noticed you work in climate VC. I am raising a seed round.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Amara, we haven\'t met, but I am a nursing student in London.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Tara, I can help you with your product strategy.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Tom, great chatting over lunch at the conference last week.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Ana, we chatted at the booth in March.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hi Sam, I also run a course on pricing.', settings: three, errors: [{ messageId: 'noContext' }] },
    // One's own course is not one in common.
    { code: 'Hi Sam, I recently finished the Northwind Data Engineering Bootcamp and would love to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Sam, let me know if I can ever help.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A demo of what you sell is a pitch, not an offer of value.
    { code: 'Hi [Name], let us talk about how [Company] can save time with our tool; I can show you a demo.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi [Name], I'm a second-year [Major] student at [University] and would love to connect.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Daniel, sigo tu contenido desde hace tiempo.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: '👋🙂', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: "Hi [Name], we're both going to be busy this month. Let's connect!", settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi [Name], I've been reading your newsletter for a while and really enjoy your content.", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // Going to an event is a context only when it is named.
    { code: "Hi Noor, I'll be at the conference next week too.", settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Noor, I'll be in touch about it too.", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Noor, are you going? I will be there too. Cannot wait.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Hola Noor, también estaré encantada de ayudarte.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A job title in capitals names no event.
    { code: 'Hallo Anna, wir haben uns beim Abendessen mit unserem CEO unterhalten.', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'eventUnnamed' }] },
    // What they said in person at an unnamed event is not their post.
    { code: 'Hola Noor, un placer conocerte en el evento de ayer. Me encantó lo que dijiste sobre vuestro piloto.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // A closing that awaits their reply holds no exchange (en, es, nl).
    { code: 'Hi Oona, I lead sales at a payroll startup. Looking forward to your reply.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Marta, dirijo una consultora de compras. Quedo atenta a tu respuesta.', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hoi Bram, ik werk aan een webshop voor fietsonderdelen. Ik kijk uit naar je reactie.', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noContext' }] },
    // Posts enjoyed for months, resources in general offered (en).
    { code: "Hi Ruth, I've loved your posts for ages. Happy to connect.", settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hi Ruth, I have some resources that could help your team. Happy to share if useful.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Groups met in, said with a quantifier (es).
    { code: 'Hola Irene, coincidimos en varios grupos de compras públicas. ¿Conectamos?', settings: three, errors: [{ messageId: 'noContext' }] },
    // Their posts followed for a while (nl).
    { code: 'Hoi Lotte, ik volg al een tijdje je berichten. Graag connect ik met je!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'followingOnly' }] },
    // An invitation to the sender's own webinar; a CV offered (en, es).
    { code: "Hi Lorenzo, I'm hosting a free webinar on Thursday about AI for shops. Would love to see you there!", settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Pilar, vi que buscáis contable. ¿Podría enviarte mi CV?', settings: three, errors: [{ messageId: 'noContext' }] },
    // Their research in general is no exchange about it.
    { code: 'Dear Dr. Rahman, big fan of your research! Would be great to connect.', settings: three, errors: [{ messageId: 'noContext' }] },
    // The one from a city who asked, at an unnamed conference: no exchange placed.
    { code: "Hello Dr. Kaya, we met at the conference last week. I'm the one from Izmir who asked about tenders.", settings: { ...three, lang: 'en' }, errors: [{ messageId: 'eventUnnamed' }] },
    // Their team's work read about on a careers page is no post of theirs.
    { code: 'Hi Ines, I read that your team is rebuilding search ranking. Could I ask what the team looks for in juniors?', settings: three, errors: [{ messageId: 'noContext' }] },
    // Their school's network on LinkedIn is a group (es).
    { code: 'Hola Marta, como miembros de la red de exalumnos de la Universidad de Chile en LinkedIn, me encantaría conectar.', settings: three, errors: [{ messageId: 'noContext' }] },
    // A recruiter's candidates or a price list offered is a pitch, not value.
    { code: 'Hi Rob, saw you are hiring two SDRs in Leeds. We train SDRs in six weeks and I am happy to send profiles.', settings: three, errors: [{ messageId: 'noContext' }] },
    // An event placed by its city alone; a fan of their posts in general; studies in one city at different schools.
    { code: 'Hi [Name], I think we crossed paths at the event in [City] last month.', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'Big fan of your posts, Omar! Let\'s connect.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hi Ana, we both studied in Leeds, though at different universities.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Former colleagues in general are no shared past.
    { code: "Hi Ana, I'm reconnecting with former colleagues as I grow my network.", settings: three, errors: [{ messageId: 'noContext' }] },
    // A fan of their show, their podcast's audience: following and growth, not an exchange.
    { code: 'Hey {{first_name}}, huge fan of [Podcast]! Would love to have you on my show sometime.', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Hi Sean, I can help you grow your podcast audience. Let us connect!', settings: three, errors: [{ messageId: 'noContext' }] },
    // The sender alone a volunteer somewhere (es).
    { code: 'Hola Patricio, soy voluntario en varias ONG de Santiago. ¡Conectemos!', settings: three, errors: [{ messageId: 'noContext' }] },
    // Our own pitch deck is no value offered to them.
    { code: 'Hi Ken, we are raising our seed round and saw you backed Loomly. Would love to share our deck.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Capitals alone before an event noun are a topic, or a slot left in.
    { code: 'Hi Joe, how do you handle bookings for SEND sessions after our chat?', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi $NAME, we met at an event a while back — would be great to connect!', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    // A programme of theirs the sender is only applying to.
    { code: 'Hi Jun, I am applying to the Kellogg MBA you graduated from and would love to hear how you found it.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Going to an event, asked about: no meeting yet.
    { code: 'Hi Ana, are you going to KubeCon? Would love to chat there.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Everything of theirs watched: following in general.
    { code: "Hi Lukas, I've watched pretty much every video on your channel. Big fan! Would love to connect.", settings: three, errors: [{ messageId: 'followingOnly' }] },
    // Findings still to come are no offer: "happy to share what I learn".
    { code: "Hi {{first_name}}, I'm researching how {{job_title}}s handle {{pain_point}} and would love 15 minutes of your time. Happy to share what I learn.", settings: three, errors: [{ messageId: 'noContext' }] },
    // Their posts enjoyed in general; the seller's own catalogue (es); people in general offered (es).
    { code: 'Hi {first_name}, I always enjoy reading your posts. Keep up the great work!', settings: three, errors: [{ messageId: 'followingOnly' }] },
    { code: 'Buenas tardes, Sr. Ruiz. Fabricamos envases de vidrio en Burgos. ¿Podría enviarle nuestro catálogo?', settings: three, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Claudia, conozco a varias personas que podrían interesarte para tu ronda. Si quieres, te presento.', settings: three, errors: [{ messageId: 'noContext' }] },
    // People like them are not what both studied (es).
    { code: 'Hola Patricia, soy estudiante de último curso de ADE y me encantaría aprender de profesionales como tú.', settings: three, errors: [{ messageId: 'noContext' }] },
    // Going to conferences in general is no meeting.
    { code: "Hi {{first_name}}, I go to a lot of conferences like SaaStr and Web Summit and love meeting people in the industry. Let's connect!", settings: three, errors: [{ messageId: 'noContext' }] },
    // A LinkedIn group met in is no research group (es).
    { code: 'Hola Gabriel, coincidimos en el grupo de LinkedIn «Finanzas Corporativas Perú». ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Marta, coincidimos en el grupo de Profesores de Secundaria de Aragón. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Monsieur, nous fabriquons des pièces reconditionnées pour bus. Je serais ravi de vous présenter notre offre.', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Ciao Emanuele, sto raccogliendo un round seed per la mia startup. Posso mandarti il deck?', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Patrick, saw your post on LinkedIn. Great insights! Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hola Elena, me gustó mucho tu última publicación. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: 'Hi Rob, thanks for joining our webinar! Let me know if you have any questions.', settings: { degree: 3 }, errors: [{ messageId: 'eventUnnamed' }] },
    { code: "Hi Natalie, I'd love to introduce you to our agency — we build landing pages for B2B brands.", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // One of many graduates, in general, is no school in common.
    { code: "Hi Lee, always nice to meet another recent grad working in fintech. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // A city in common is no school: "somos de la misma ciudad".
    { code: 'Hola! Los dos somos de Rosario y del mismo sector, conectemos 🙌', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ana, as a fellow member of the HR Leaders group, I'd love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'noContext' }] },
    // Given no capitals, a word after the locative that is a modifier or an article names nothing (en, es).
    { code: 'hey sam, great to meet u at last week’s meetup!! lets connect', settings: three, errors: [{ messageId: 'eventUnnamed' }] },
    { code: 'hola clara, un gusto conocerte en el congreso, te agrego', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'eventUnnamed' }] },
    // Working in the same field is no studies in common (es).
    { code: 'Hola Lucía, vi que también trabajas en marketing en Lima. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // A call offered is no thing offered.
    { code: 'Hi Lena, great profile! Want to hop on a quick call next week?', settings: three, errors: [{ messageId: 'noContext' }] },
    // Their profile used as inspiration, or issues reported to someone else, is no work of theirs in use (en).
    { code: "Hi Ana, I'm using your profile as inspiration. Let's connect.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ana, I reported issues to my manager about our tooling. Let's connect.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // Their podcast praised as a whole is following in general (en).
    { code: "Hi Priya, your podcast is amazing and your career is so inspiring. I'd love to learn from people like you!", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'followingOnly' }] },
    // Graduates of a field, no school named (en).
    { code: "Hi Henrik, I'm always looking to connect with other finance graduates. Would love to compare notes.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // A question from nowhere named, and a space that is their field, place nothing (en).
    { code: "Quick question from the team here: are you hiring? Let's connect.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Ana, I watched your space grow for years. Let's connect!", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // Some event or other, a field in capitals after it, and a social that is housing, name nothing (es, en).
    { code: 'Hola Eva, coincidimos en algún evento de RR. HH. hace años. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Fatima, we're in the same field (social housing) and I think we'd have a lot to talk about.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // Studying in general names no school, programme, place or year: no one studied together (en).
    { code: "Hey Jordan! I also studied economics. Let's connect 🙂", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Bella! Fellow graduate here 🎓 I'd love to expand my network. Looking forward to connecting!", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // A parents' meeting of no school named, a league in general (es).
    { code: 'Hola Nuria, coincidimos hace poco en una reunión de padres. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    // Thanks for kind words said nowhere named are no event (en).
    { code: "Hi Noor, thanks for the kind words. You mentioned your practice needs a bookkeeper; that's what I do.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // Studying said to have been somewhere else is no shared school (es, en).
    { code: 'Hola Ricardo, yo también estudié Arquitectura, aunque en Sevilla y no en la ETSAM. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Hannah, I also studied architecture (at Pratt, not Cornell like you). Let's connect!", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    { code: "Hi Nikhil, like you, I studied computer science, though at Waterloo. Let's connect.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
    // Crossing paths at no named event (en).
    { code: "Hi Ben, good to cross paths the other day. Let's connect.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'noContext' }] },
  ],
});

describe('require-context evidence', () => {
  it('carries the unnamed event it found, placed in the file', () => {
    const file = lint('Hi Elena, great meeting you at the conference!', { settings: three, rules: { 'require-context': 'error' } });
    const [message] = toLintResult(file).messages;
    expect(message?.message).toContain('("great meeting you at the conference")');
    expect(message?.data?.evidence).toEqual([{ kind: 'unnamed-event', text: 'great meeting you at the conference', line: 1, column: 11, endLine: 1, endColumn: 46 }]);
  });
});
