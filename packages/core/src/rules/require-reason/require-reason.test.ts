import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    // What their organisation needs, passed on by someone; a season they coached, thanked for (degree 1).
    { code: "Hi Sven, Maartje said Kollberg needs a pallet racking quote. That's what we do. Connect?", settings: { degree: 2 } },
    { code: 'Hey coach! Thanks for a fantastic season with the U14 boys. See you in August.', settings: { degree: 1 } },
    // After following their work in general, one piece of theirs as the subject of its own clause.
    { code: "Hi Sol, I've been following your work on grid storage and your recent post on sodium batteries really resonated.", settings: { degree: 3 } },
    // A pitch to the people of their company by its slot; their firm recommended for the sender's project; a project someone told of (es); their time given to the sender's team, a piece with them (degree 1).
    { code: 'Hi {{first_name}}, I help {{company}} engineers cut build times with remote caching. Worth a chat?', settings: { degree: 2 } },
    { code: 'Hello, a friend recommended your studio for our rebrand. Open to a call?', settings: { degree: 2 } },
    { code: 'Hola Sara, una amiga me contó que estáis buscando equipo para la ampliación del hospital de Alcorcón y me encantaría enseñarte nuestros proyectos.', settings: { degree: 2, lang: 'es' } },
    { code: "Hey Noor! Hope you're doing amazing. Thanks again for taking the time to walk our ops team through the billing screens.", settings: { degree: 1 } },
    { code: 'Zara!! Loved the interview with your brother about restoring the old mill. Connecting here too.', settings: { degree: 1 } },
    // A hashtag after a full stop starts a thought of its own, past how they were found.
    { code: 'hi ana! I came across your profile. #rustconf2024 hackathon teammate here, the one with the broken laptop 😅 connecting so we can finish that patch', settings: { degree: 3 } },
    // Something the sender told them of before, to a friend.
    { code: 'studio-mara.com 👈 (the pottery class I told you about at the school gate!)', settings: { degree: 1 } },
    // Someone named gave the sender their name, and the sender says what they make for a line of theirs (es).
    { code: 'Buen día Lic. Ortega, la Ing. Paula Rangel me pasó su nombre. Hacemos tarimas de plástico reciclado y nos gustaría cotizarle para su almacén de Apodaca. Quedo a sus órdenes.', settings: { degree: 2, lang: 'es' } },
    // Something they brought up, named, whatever comes before it.
    { code: "hi kuya Ben!\n\nI hope you're doing well.\n\nAdding u here for the design gig u mentioned on Friday, send me the brief pls", settings: { degree: 1 } },
    // A pitch put to their company's slot in the sentence after it (en, es).
    { code: 'Hi {{first_name}}, we both know {{mutual}}. We help [Industry] finance teams close the books faster. Worth a quick call to check whether it could work for {{company}}?', settings: { degree: 2 } },
    { code: 'Hola {nombre}: tenemos en común a {contacto}. Ayudo a empresas de {sector} a cobrar antes. ¿Te cuento cómo lo aplicaría {empresa}?', settings: { degree: 2, lang: 'es' } },
    // What they make at their company, said as "building" is.
    { code: "{{firstName}}, what you're designing at {{company}} caught my attention, and we both know {{mutual}}. Glad to connect and hear more.", settings: { degree: 2 } },
    // Their posts on a topic named, followed or read, say what (as the real notes' labels count it), in four languages.
    { code: 'Geachte mevrouw Hendriks,\n\nAl enige tijd volg ik met bewondering uw berichten over duurzaam ondernemen. U bent voor mij een grote inspiratiebron.\n\nGraag zou ik van mensen zoals u leren.\n\nMet vriendelijke groet,\n\nKevin de Boer', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hi Lena, I follow your posts on supply-chain finance and trade credit with interest. Would be glad to connect.', settings: { degree: 3 } },
    { code: 'Guten Tag Herr Brandt, ich verfolge Ihre Beiträge zu Kreislaufwirtschaft und Verpackung mit Interesse. Gerne würde ich mich mit Ihnen vernetzen.', settings: { degree: 3, lang: 'de' } },
    { code: 'Goedendag meneer Bakker, ik lees uw berichten over circulaire bouw en houtskeletbouw met belangstelling. Graag zou ik met u verbonden zijn.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hola Marta, sigo tus publicaciones sobre financiación de startups y deuda venture con interés. Me gustaría conectar.', settings: { degree: 3, lang: 'es' } },
    // Real notes' shapes reworded: a pitch "helping X like {{company}}" with no "we"; their field handed back by its slot before the pitch; the talk picked up by its topic's slot; their trade's pain assumed (fr); the roles they have open now.
    { code: "Hi {{first_name}}. Fellow reliability nerd here. What we do: helping fleets like {{company}} cut unplanned downtime with vibration sensors. Let's connect and compare notes.", settings: { degree: 2 } },
    { code: "Hi [Name], you're in [their industry] and I help [what you do], so I think we'd have plenty to talk about. Shall we connect? [Your name]", settings: { degree: 2 } },
    { code: "Great to meet you {{when}}, {{first_name}}, and I'm looking forward to picking up our {{topic}} conversation. Let's stay connected!", settings: { degree: 3 } },
    { code: "Hey <Name>! Lovely meeting you <today/yesterday> 😊 Let's keep riffing on <topic>!", settings: { degree: 3 } },
    { code: "Madame, Monsieur <Nom>, responsable des achats en grande distribution, vous êtes sans doute confronté(e) aux ruptures de stock du week-end. StockPilot les anticipe. Au plaisir d'échanger.", settings: { degree: 2, lang: 'fr' } },
    { code: "Hi {{first_name}}, I'd like to learn about {{company}} and the roles you currently have open. Quick intro: I'm {{my_name}}, an MSc student in robotics.", settings: { degree: 2 } },
    // A named vacancy found at their company; a choice of the sender's, its two ways put to them.
    { code: 'Good morning Sir. I am civil engineer from Jordan with 5 year experience in tunnelling. I found the vacancy of Site Engineer in your company Bechtel in Riyadh. Can you please guide me how to apply or forward my CV to the responsible person?', settings: { degree: 3 } },
    { code: "Hi Omar, quick question from a final-year law student: is it realistic to go straight into a boutique firm, or should I do two years at a large one first? I see you're a partner at Hale & Co.", settings: { degree: 3 } },
    // A recruiter's search for a role at a company, after stock talk.
    { code: 'Hola [Nombre], espero que estés muy bien. Estoy buscando un/a [Puesto] para una cadena de farmacias en Guadalajara y tu experiencia en [área] me llamó la atención. ¿Te interesaría platicar?', settings: { degree: 2, lang: 'es' } },
    // A piece of work they did for someone named; a pitch whose gain lands at their company's slot, named as a place; a sales network is no network of contacts; a report just published, offered.
    { code: 'Hi Dana, always great to connect with other makers! Noticed your studio did the signage for Harbour Books - lovely lettering. I paint shopfronts and would love to team up on a job.', settings: { degree: 2 } },
    { code: 'Hola {{nombre}}, encantada de conectar. Hacemos software de turnos para residencias; en {{empresa}} podría ahorrar horas de gestión cada semana.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buongiorno [Nome], vedo che [Azienda] sta ampliando la rete commerciale in Veneto. Da anni gestiamo i listini degli agenti per aziende del vino: sarebbe disponibile per una call?', settings: { degree: 2, lang: 'it' } },
    { code: 'Salve, sto allargando la mia rete nel turismo 🙂 Detto questo: abbiamo appena pubblicato un confronto dei prezzi degli agriturismi in Umbria, se Le interessa glielo invio.', settings: { degree: 2, lang: 'it' } },
    // A named role asked about, a referral for it; Spanish: what someone both know says of them is no saying quoted.
    { code: 'Hi Ana, could you refer me for the Data Analyst role (job ID 4411) on your team?', settings: { degree: 2 } },
    { code: 'Hola Julián, me pasó tu contacto mi profe de la Javeriana, Adriana Lozano, que dice que trabajaron juntos. Estoy terminando Ingeniería Industrial y me interesa mucho la práctica en supply chain de tu empresa.', settings: { degree: 2, lang: 'es' } },
    // Portuguese: a shared past named («saudade das reuniões de sexta na Vetta»); Italian: an appointment congratulated, named; French: a topic after «me rapprocher de vous concernant».
    { code: 'Oi Rafa! Finalmente atualizei meu perfil aqui. Bora manter contato — saudade das reuniões de sexta na Vetta!', settings: { degree: 1, lang: 'pt' } },
    { code: 'Buongiorno Dott.ssa Marino, congratulazioni per la nomina a Direttrice Acquisti di Barilla! Lavoro da anni con i fornitori di grano duro e mi farebbe piacere restare in contatto.', settings: { degree: 2, lang: 'it' } },
    { code: "Bonjour Claire, Julie Martin m'a recommandé de me rapprocher de vous concernant la facturation électronique. Seriez-vous disponible pour un court échange ?", settings: { degree: 2, lang: 'fr' } },
    // A gain of their kind of business, measured, after their company: no gain any seller promises.
    { code: 'Hola {{nombre}}, ayudamos a tiendas online como {{empresa}} a reducir un 20 % las devoluciones. ¿Te apetece conectar?', settings: { degree: 3, lang: 'es' } },
    // Someone the sender knows, congratulated on their news and asked out to celebrate or catch up.
    { code: 'Congrats on the new job at Monzo, Tom! Drinks soon to celebrate?', settings: { degree: 1 } },
    { code: 'Hola Ana, enhorabuena por el nuevo puesto en [Empresa]!! Me alegro un montón. A ver si quedamos pronto para un café', settings: { degree: 1, lang: 'es' } },
    { code: 'Salut Léa, félicitations pour ton nouveau poste chez Alan ! On se fait un café la semaine prochaine ?', settings: { degree: 1, lang: 'fr' } },
    // A decision of the sender's to ask them about, after stock talk in its own sentence; a recruiter's search for a named role (Italian).
    { code: "Hey {{ first_name }}, we're both in the Product-Led Growth group here. I'm trying to figure out trial lengths for a dev tool. Any rule of thumb you trust?", settings: { degree: 3 } },
    { code: "Buongiorno Alessandro, sto selezionando un Responsabile di Stabilimento per un'azienda metalmeccanica nel bresciano e il Suo profilo è molto in linea. Possiamo sentirci questa settimana?", settings: { degree: 2, lang: 'it' } },
    // A pitch to the recipient's own role, by its slot, is tied to them; the tool they work with, not their trade, is something specific.
    { code: "Hi {{firstName}}, I help {{title}}s at {{company_size}}-person companies build predictable outbound pipeline. Would love to connect and see if there's a fit.", settings: { degree: 3 } },
    { code: 'Hola [Nombre], ayudo a [cargo] de empresas industriales a reducir los tiempos de cierre contable. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{firstName}}, vi que tú también trabajas con Kubernetes on-prem. Nosotros sufrimos bastante con la última actualización.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Sam, pls send me the deck from yesterday's planning when u can", settings: { degree: 1 } },
    { code: 'Third-floor survivor checking in. Did they ever fix the coffee machine after I left?', settings: { degree: 1 } },
    // Their advice taken, connecting to ask them again; a new profile, something to organise (Italian).
    { code: 'Finally joined. You were right about the standing desk, by the way: my back thanks you.', settings: { degree: 1 } },
    { code: "You're the only one who remembers how the old invoicing macro works. Connecting so I can ask you again in March.", settings: { degree: 1 } },
    { code: 'Ciao Marco! Ti aggiungo dal nuovo profilo, il vecchio non lo uso più.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Giulia, come da accordi con Paolo ti aggiungo qui, così ci organizziamo per il workshop di venerdì.', settings: { degree: 2, lang: 'it' } },
    // Someone who sent the sender, in a clause of its own after stock talk.
    { code: 'Hi Amir, our CTO has been following your growth and asked me to reach out about an integration with our payroll API. Could we connect?', settings: { degree: 3 } },
    // A hook after stock talk or a general compliment, set apart: a piece of theirs after a dash, one thing singled out, how they did it, their analysis of something named, the same work about to be done.
    { code: "Hi Lena, I've been following your work for a while — the returns dashboard you built at Zalando is exactly what we need at Vinted.", settings: { degree: 2 } },
    { code: "I'd love to learn from you, especially how you cut onboarding from six weeks to two at Monzo.", settings: { degree: 1 } },
    { code: 'Me encanta tu contenido sobre ventas, y en especial tu post de ayer sobre las demos de 15 minutos: lo probé con mi equipo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Pablo: vi tu perfil y me llamó la atención cómo pasasteis la facturación de Holded a SAP en dos meses. Estoy a punto de hacer lo mismo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Tu análisis del cierre de la planta de Ford en Almussafes me dio mucho que pensar. ¡Un saludo!', settings: { degree: 1, lang: 'es' } },
    // Leads swapped between two in one trade are a purpose, said with or without "each other".
    { code: "Hi Maria, we're both mortgage brokers in Leeds. Let's connect and swap referrals!", settings: { degree: 3 } },
    // Said after LinkedIn's sentence, the purpose still stands: "I'm also writing because…"; an account left behind says why a known contact is added again.
    { code: 'Estimada Dra. Salas: me gustaría agregarla a mi red profesional en LinkedIn. Le escribo también porque en marzo presento mi tesis sobre acuíferos en Ica y quisiera invitarla como jurada.', settings: { degree: 1, lang: 'es' } },
    { code: "I'd like to add you to my professional network on LinkedIn. I'm also writing because our clinic is opening in Leeds and we need a locum for March.", settings: { degree: 1 } },
    { code: 'Tía, te agrego de nuevo, que la otra cuenta ya no la uso 😅', settings: { degree: 1, lang: 'es' } },
    { code: "Hey Jo, adding you again, I don't use the old account anymore.", settings: { degree: 1 } },
    { code: 'Hola Aitor, soy Begoña, de cuando llevábamos la comisión de la feria de stock. Este año vuelvo a coordinarla y me vendrían bien tus contactos con las tiendas del centro.', settings: { degree: 1, lang: 'es' } },
    { code: 'Don Arturo, le saluda Mariana Ortega, fui su analista en Banorte en 2015. Ahora llevo carteras en otra gestora y me encantaría retomar el contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Marla — loved co-hosting the Sunday jazz hour with you on WXRT. Connecting before I forget again.', settings: { degree: 1 } },
    { code: "Hi Ken, we've bought hops from you for nine years and I only just found you here. Connecting so the brewery's page can tag the farm.", settings: { degree: 1 } },
    { code: 'Hola Iván, nos conocimos en un evento de radio el año pasado y te comenté lo del pódcast de vela. Sigo con la idea y me gustaría retomar la charla.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi [Name], [Mutual Contact] thought we should talk: we both adjust marine claims in [Region] and I'm comparing how panels handle cargo theft.", settings: { degree: 2 } },
    { code: "Hi Ella, a mutual connection suggested I reach out — I'm an agent looking for translators from Korean for two upcoming novels.", settings: { degree: 2 } },
    { code: 'Hi [Name], [Referrer] passed along your name as a fellow candidate for the CIPD exam in June. Want to swap study notes?', settings: { degree: 2 } },
    { code: 'Jo! Officially connecting with my favourite co-host 😊 The edited episode 12 files are in your inbox, by the way.', settings: { degree: 1 } },
    { code: 'Sam! Took me long enough to join LinkedIn. Connecting so I can keep pestering you about pension auto-enrolment 😄', settings: { degree: 1 } },
    { code: 'Carmen, ¡enhorabuena por el puesto! Ahora que vas a llevar las compras del hospital, te interesa el catálogo de suturas que te enseñé.', settings: { degree: 1, lang: 'es' } },
    { code: "Hi Natalie, a mutual friend suggested I get in touch. I'm a wedding planner in Kent and we'd love you on our recommended photographers list.", settings: { degree: 2 } },
    { code: 'Hi Paul, we met at the bridal show last month — great chatting! Good to stay in touch.', settings: { degree: 2 } },
    { code: "Hi Ben, \"I'd like to add you to my professional network\" — said no auditor ever. Seriously, the Lyon mock inspection wouldn't have survived without you. Let's stay connected.", settings: { degree: 1 } },
    { code: 'Don Alberto, ¡qué gusto verlo por aquí! Fue un honor ser su jefe de proyecto en la implantación de Oracle en Puebla. Quedo a sus órdenes.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Verónica, vi que eres la responsable de compras de la cadena Vetplus. Me gustaría presentarte nuestra nueva gama de vendajes cohesivos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Lo sé, «me gustaría añadirte a mi red profesional» suena a plantilla. Pero llevo la compra de redes para dos arrastreros en Vigo y tu empresa es la que las fabrica.', settings: { degree: 1, lang: 'es' } },
    { code: "Hi Jonas, Abby from the Aarhus running clinic thought we should talk taping protocols for runner's knee. Open to a chat?", settings: { degree: 2 } },
    { code: "Hi Lina! Oskar says hi 🙂 He figured you'd want the consent checklist we use for remote studies, so I'll send it over once we're connected.", settings: { degree: 2 } },
    { code: 'Hi Rob, we have several contacts in common at Fenwick. I run a small accessibility consultancy and wonder how your team tests PDFs against PDF/UA.', settings: { degree: 2 } },
    { code: 'Marta, soy Raúl, el de sonido del Congreso SEOM en Valencia. Así tenemos el contacto a mano para la edición del año que viene.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Nuria, soy TCP en la base de Málaga. Jordi Sala cuenta que eres tú quien organiza los cambios de turnos en Iberia y me gustaría apuntarme.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas, Toni. Soy compañera de Lucía en el centro de control. Comenta que te estás certificando como despachador en Lima; yo acabo de pasar el examen, si quieres te cuento.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada Sra. Paredes: el doctor Luis Mora me recomendó contactarla, ya que ambos trabajaron en la muestra de textiles andinos. Preparamos una exposición parecida en Quito y valoraría mucho su consejo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Querida Ana, reconectemos: quiero proponerte para el jurado de los premios de museografía que organizamos en Bogotá.', settings: { degree: 1, lang: 'es' } },
    { code: "Nina! Found you at last. Are you still editing features? I've got a doc heading to IDFA and need a fresh pair of eyes on the rough cut.", settings: { degree: 1 } },
    { code: "Hi Nadia, I see you're in A&R at Island. I'm a songwriter with a new EP out — would you give it a listen?", settings: { degree: 3 } },
    { code: 'Hola Marina, soy Celia, coincidimos tres años en la planta de Neonatos del Clínico. Ahora coordino un grupo de lactancia y me encantaría contar contigo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Gonzalo, Irene nos presentó el martes. Te agrego para tenerte a mano cuando arranquemos la migración de la intranet.', settings: { degree: 1, lang: 'es' } },
    { code: "Hi Rosa, Karim passed along your sales-onboarding playbook — it's superb. Could I adapt section 2 for our team?", settings: { degree: 2 } },
    { code: "Hi Tom, Lena suggested we talk since we're both rolling out Workday this spring. Keen to trade implementation notes.", settings: { degree: 2 } },
    { code: "Hi Sam, I've owed you this invite since the offsite in Porto. Let's keep in touch!", settings: { degree: 2 } },
    { code: 'Hola Marta, la gestora de Oviedo que me presentaste me está llevando la contabilidad. ¡Mil gracias! Te agrego.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimada Laura: Tomás Vidal, de su equipo, me pidió que la contactara por la licitación de Cádiz. ¿Hablamos el lunes?', settings: { degree: 1, lang: 'es' } },
    { code: 'Nacho, te debía esta invitación desde la comida del Salón del Cómic. ¡A ver si repetimos pronto!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Irene, Pablo Gil me pasó tu contacto. Estamos levantando el inventario forestal de la sierra de Gredos y nos falta un botánico.', settings: { degree: 1, lang: 'es' } },
    { code: "Sam, finally found you on here. Still can't believe we pulled off the ward move at Royal Free in one weekend. Let's stay in touch.", settings: { degree: 1 } },
    { code: '¡Hola Lupe! Te encontré por Sofi; me enseñó tu serie sobre Cádiz y quiero encargarte una para mi restaurante.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola [Nombre], desde [empresa donde coincidimos] no habíamos vuelto a hablar. Te añado para no perdernos la pista.', settings: { degree: 1, lang: 'es' } },
    { code: 'Nacho, la comida de fin de proyecto sigue pendiente 😄 Te agrego por aquí y ponemos fecha.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola [Nombre], soy [Tu nombre], de la promoción de [año] del máster de traducción. Quiero retomar el contacto y ver en qué andas.', settings: { degree: 1, lang: 'es' } },
    { code: "Hi [Name], [Colleague Name] from our finance team suggested we connect since you evaluated {{ vendor }} last year. We're shortlisting it and your lessons would help.", settings: { degree: 2 } },
    { code: "Nina! Your glossary for the Porto tram project saved us days. Can't believe we're not connected on here.", settings: { degree: 1 } },
    { code: "Tom, connecting here since my old address for you bounced. Still keen to borrow your cost model for the packaging tender, if that's ok.", settings: { degree: 1 } },
    { code: "Lena here from Professor Diaz's media law class. Saw your byline in The Guardian this morning and had to say hi.", settings: { degree: 1 } },
    { code: 'Hey [Name], just noticed we were never connected here even though we co-wrote the postmortem for {{ incident_id }}. Fixing that.', settings: { degree: 1 } },
    { code: 'Hola Laura, somos contactos de Nacho Ruiz y me ha contado lo de la nave de Alzira que peritasteis juntos. Tengo un caso parecido y agradecería tu opinión.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Femi, it was great to work alongside you on the Lagos archive digitisation. I'm on here more now, so thought I'd connect.", settings: { degree: 1 } },
    { code: "Hi Ben, now that you've gone from payroll at [Previous Firm] to running your own practice, I wanted us connected here. Proud of you!", settings: { degree: 1 } },
    { code: 'Soy amigo de Carla. Vas a Bogotá en abril, ¿no? Te paso contactos de logística.', settings: { degree: 2, lang: 'es' } },
    { code: 'Querida Lucía: gracias de nuevo por pasarme el contacto de la distribuidora; ya salió el primer palé. Te agrego por aquí.', settings: { degree: 1, lang: 'es' } },
    { code: "Following up on Tomasz's intro email, connecting here as well.", settings: { degree: 2 } },
    { code: 'Amir, after ten years of texting we should be connected here too. I want to send you the deck before it goes wide.', settings: { degree: 1 } },
    { code: 'Clara, you signed my first cheque and we never connected on here. Fixing that now.', settings: { degree: 1 } },
    { code: 'Noor, I need your read on the {{ round }} terms before Thursday.', settings: { degree: 1 } },
    { code: 'Hi Ben, good working the storage outage war room with you in June. Connecting so we can find each other next time.', settings: { degree: 1 } },
    { code: 'Hola Hernán, te envío la invitación para cerrar lo de la grabación con la consejera.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Raquel, me encantó tu reportaje sobre el alquiler en Málaga. Me gustaría seguir tu trabajo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola, vi que eres responsable de personas en {empresa}. Busco prácticas de RR. HH. para el verano, ¿podría enviarte mi CV?', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimado don Luis: fue usted mi editor en mis primeros años en La Voz. Me gustaría mantener el contacto también por aquí.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, te escribo con una propuesta para ti: dar una charla en nuestro meetup de React en Sevilla.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nuria, busco un mentor que me oriente en la certificación PMP, que tú sacaste el año pasado. ¿Te puedo hacer tres preguntas?', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Priya, I'm seeking mentorship on moving from QA into robotics firmware, since you made that exact switch at Boston Dynamics.", settings: { degree: 2 } },
    { code: 'Hola Marta, estoy haciendo un TFM sobre la rotación de enfermeras en hospitales comarcales y me encantaría tu opinión.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, te escribo porque estoy haciendo una encuesta sobre teletrabajo en despachos de abogados de Valencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Tomás, would you be open to a quick chat about my research on on-call handovers in small SRE teams?', settings: { degree: 2 } },
    { code: 'Hola Ana, me encantaría saber cómo montasteis el equipo de datos en Valencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Professor Adeyemi — thanks again for chairing my thesis panel last spring.', settings: { degree: 1 } },
    // Work to do together: reviewing a plan, the same client project, a demo to prepare.
    { code: 'Don Arturo Lara me sugirió que lo contactara para revisar juntos el plan de paradas de la línea 3.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{ nombre }}, {{ contacto_comun }} me pasó tu perfil: vamos a estar juntos en el proyecto de {{ cliente }} desde el lunes.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Mateo, me toca preparar contigo la demo del día 15.', settings: { degree: 2, lang: 'es' } },
    // Reasons said in few words: a coffee pending, their project told of, a vacancy published, a topic slot, a quote for their fleet, their company's report, their pitch at an event, an audit for their company, a mentor sought in a field; a deal they worked on, a quoted essay of theirs; what they taught or supervised.
    { code: 'Presentados por Quique en la cena de Adigital. Pendiente el café.', settings: { degree: 3, lang: 'es' } },
    { code: 'Guille, tu socio, me habló del proyecto de agritech.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ximena, interés en la plaza de UX research publicada ayer.', settings: { degree: 3, lang: 'es' } },
    { code: 'Quisiera cotizarle el seguro de flota para sus camiones.', settings: { degree: 3, lang: 'es' } },
    { code: 'Leí el informe anual que publicó su empresa. ¿Hablamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Tu pitch del demo day, de lo mejor del batch.', settings: { degree: 3, lang: 'es' } },
    { code: 'Auditoría de seguridad para su fintech, con dos casos similares ya hechos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Busco mentor en diseño de producto y tu nombre sale siempre.', settings: { degree: 3, lang: 'es' } },
    { code: '{{ contacto_comun }} sugirió escribirte. Tema: {tema}.', settings: { degree: 3, lang: 'es' } },
    { code: 'Read the "boring B2B" essay twice. Agree on pricing, not on sales.', settings: { degree: 3 } },
    { code: 'Dear Sandra, you taught me most of what I know about discharge planning.', settings: { degree: 1 } },
    { code: 'Dear Professor Hughes, thank you again for supervising my MSc dissertation.', settings: { degree: 1 } },
    // A small, concrete ask: an intro to someone on their team, the name of a tool they used.
    { code: 'Hola Sergio, soy Nacho, del pádel de los jueves. ¿Me presentarías a alguien de vuestro equipo de pagos?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Fer, soy la amiga de Lu del directo del martes. ¿Me pasarías el nombre de la herramienta?', settings: { degree: 3, lang: 'es' } },
    // A shared trip or camp remembered; thinking of applying to their company.
    { code: 'Hola Dani, me acordé del campamento de Picos con los scouts. ¡Qué tiempos!', settings: { degree: 1, lang: 'es' } },
    { code: "Hi [Name], I'm thinking of applying to [Company]. Any tips for someone moving over from consulting?", settings: { degree: 3 } },
    // First-degree pasts and things pending: a thesis tribunal, a former assistant, a stay shared, a task left pending, something owed, a protocol sent, a project started together.
    { code: 'Estimado Dr. Fuentes: gracias otra vez por formar parte del tribunal de mi tesis. Me encantaría mantener el contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Profesora Larraín, soy Tomás, su ayudante de Álgebra en 2019. Ahora que volví a Valparaíso, me gustaría retomar el contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado Mauricio: fue un placer compartir la estancia en Grenoble. Espero que sigamos en contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Fer, tras la reunión del grupo quedó pendiente lo de la base de datos. Sumémonos y lo vemos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Nico, por fin te encuentro. Te debo la convocatoria del CONICET que mencionaste.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Ceci: como quedamos en el laboratorio, te comparto por acá el protocolo de extracción.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Nico, el proyecto de catastro que arrancamos en Pasto por fin salió en convocatoria. ¿Lo hablamos?', settings: { degree: 1, lang: 'es' } },
    // Years at one desk, a donation, a review of the sender's code; a letter of reference, an interview, a recommendation thanked for.
    { code: 'Omar! Just realised we never connected here after four years sharing a desk on the payments team. Fixing that now.', settings: { degree: 1 } },
    { code: 'Raj, your donation to our Movember page pushed us past the goal. Good to reconnect after uni.', settings: { degree: 1 } },
    { code: 'Hi Bruno, your code review on my Go library was gold, especially the notes on error wrapping.', settings: { degree: 1 } },
    { code: 'Estimada Dra. Villalobos: le agradezco de corazón la carta de recomendación para la beca Fulbright. Le contaré el resultado.', settings: { degree: 1, lang: 'es' } },
    { code: 'Gracias por tu tiempo en la entrevista de ayer. Fue un placer conocerte y saber más del equipo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Lic. Montoya, muchas gracias por haberme recomendado con el equipo de Finanzas; ya firmé el contrato.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimada Lic. Herrera: supe que usted redactó la carta de referencia de mi solicitud al CONACYT. No tengo cómo agradecérselo.', settings: { degree: 1, lang: 'es' } },
    // A tool they maintain, their team's roadmap, an occasion together, a favour asked, a rare hobby shared, a named role on their team, an application to their programme.
    { code: 'Hola Íker, se me atasca el plugin que mantienes con los permisos de usuario. ¿Te puedo preguntar?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Andrés, vi el roadmap que publicó tu equipo y me alegró ver lo del modo offline.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Pili, te agrego después de la cena del viernes, como quedamos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Primo, me paso a Android y necesito que me recomiendes un móvil. Te agrego aquí también.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Noelia, yo también hago apnea, ¡somos poquísimas! Te agrego.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Lucía, no sabía que tú también hacías cerámica raku. Te agrego y me cuentas dónde consigues el esmalte.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hi Tanya, Jake recommended you as the person to talk to about clinical trial budgets.', settings: { degree: 1 } },
    { code: "Jess, adding you here after the climbing trip, I'll send the photos.", settings: { degree: 1 } },
    { code: 'Hi Joanna, my application to the Northbridge accelerator you mentor at goes in Friday.', settings: { degree: 1 } },
    { code: 'Hi Sunil, I saw the SRE opening on your team and fit most of it.', settings: { degree: 1 } },
    { code: "Hi Leire, I keep bees in the city too. I don't know anyone else who does!", settings: { degree: 1 } },
    // Spare tickets offered, years worked together.
    { code: "Dan, I've got two spare tickets for Sunday's match and thought of you. In?", settings: { degree: 1 } },
    { code: 'Querida Inés: después de tantos años trabajando juntas en la farmacia, no podías faltar aquí.', settings: { degree: 1, lang: 'es' } },
    // What adding them is for, a topic after "re:", time on one audit together, their company's growth seen.
    { code: 'Hola Vero, te agrego para pasarte el enlace del curso de Excel.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Dani, tengo la pieza de la moto que buscabas. Te agrego así coordinamos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hi Ken, Dana said to connect re: the Porto meetup venue.', settings: { degree: 1 } },
    { code: 'Hi Ana, thanks for a great few weeks on the Harlow year-end audit. Connecting so we keep in touch before next season.', settings: { degree: 1 } },
    { code: 'Hi Sam, I saw that {{company}} has grown to four offices this year. Open to a short call next week?', settings: { degree: 1 } },
    // What they offered to do, taken up.
    { code: "Dear Major Hale, you kindly offered at the alumni dinner in York to introduce me to the museum trustees. I'm connecting so I can follow up.", settings: { degree: 1 } },
    // Algo que organizar juntos.
    { code: 'Hola Sara, soy Dani, del voluntariado del banco de alimentos. ¿Coordinamos por aquí la recogida de diciembre?', settings: { degree: 1, lang: 'es' } },
    // Made known by the years both shared; something to plan together; the old office days; a desk shared.
    { code: "Hi Deepa, it's me Karthik from the Infosys Mysore days! Let's catch up soon.", settings: { degree: 1 } },
    { code: "Hey Lisa, let's use this to plan the class reunion for next spring.", settings: { degree: 1 } },
    { code: 'Hi Jonas, congrats on the new job! We should grab a beer like in the old Hamburg office days.', settings: { degree: 1 } },
    { code: 'Hi Ana, we shared a desk at Glovo for two years. Good to find you here!', settings: { degree: 1 } },
    // Lo prometido que se envía, una recomendación pedida, lo que se sabe que venden.
    { code: 'Hola Luz, soy Pedro, el de las conservas que conociste en Madrid Fusión. Como te prometí, te paso el catálogo para tu restaurante.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Mateo, estoy buscando trabajo como analista de datos en Mercado Libre, donde trabajas. ¿Me podrías referir?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nerea, por Iker sé que vendes la furgoneta de reparto; me interesa para el obrador. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    // Time together thanked for, an occasion to reconnect after; what they need, passed on by someone.
    { code: "Hi Nora, thanks again for the dinner after SaaStr on Wednesday. Let's stay in touch here.", settings: { degree: 1 } },
    { code: "Reconnecting after the alumni reunion last weekend, Marc. Let's keep in touch.", settings: { degree: 1 } },
    { code: 'Hello Ms. Koch, Peter Brandt informed me that you search a partner for safety trainings. We give these since 2015.', settings: { degree: 2 } },
    // Por qué les pasaron su contacto; un encargo en el que contar con ellos.
    { code: 'Hola Iñaki, Ane Etxeberria me pasó tu contacto porque haces auditorías energéticas en naves industriales. ¿Podríamos hablar?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pablo, Teresa Gil me habló de ti. Tengo un proyecto audiovisual para octubre en Sevilla y me encantaría contar contigo.', settings: { degree: 2, lang: 'es' } },
    // Short notes: their take on a topic at an event, thanks for seeing the sender through an exam.
    { code: 'Lena — your Config take on design tokens was spot on. Kenji says hi!', settings: { degree: 2 } },
    { code: 'Grace — thanks again for getting me through the CPA exam.', settings: { degree: 2 } },
    // es: «lo del…» after a full stop, a dash or a colon, or with a slot.
    { code: 'Me manda Tere. Lo del podcast: ¿grabamos el jueves?', settings: { degree: 1, lang: 'es' } },
    { code: 'Germán — Sole me pasó tu mail, pero mejor por aquí: lo del alquiler de la oficina.', settings: { degree: 1, lang: 'es' } },
    { code: 'Fer, como quedamos: te conecto con mi jefa para lo de [puesto].', settings: { degree: 1, lang: 'es' } },
    // Their help to someone the sender works with, what someone thinks they know, an introduction about a topic, a call ahead by its day.
    { code: "Hi Sven, I'm Lotte's co-founder. You helped her with marketplace listings years ago and we're expanding there now.", settings: { degree: 2 } },
    { code: "Hi Ingrid, I'm a friend of Magnus from the EV association. He thought you'd know a lot about depot charging in cold climates.", settings: { degree: 2 } },
    { code: 'Hello Mr. Okafor, Fatima Bello suggested I introduce myself regarding mini-grid financing in Ghana.', settings: { degree: 2 } },
    { code: "Hi Joaquín, Bea put us in touch by email — connecting ahead of Thursday's smart-meter call.", settings: { degree: 2 } },
    // Something agreed on a named trip, working together again on a named deal; es: diaries to align, thanks for chairing, what they recruit for, news reaching the sender, what they handle.
    { code: 'Jonas, as discussed on the train back from Lyon: connecting to share the vendor scorecard we use.', settings: { degree: 1 } },
    { code: 'Sarah, good to be working together again on the Harbour refinancing. Connecting here to keep the thread in one place.', settings: { degree: 1 } },
    { code: 'Luis, soy Patricia, de gabinete. Te conecto aquí para cuadrar agendas de la visita a Puebla.', settings: { degree: 2, lang: 'es' } },
    { code: 'Rocío, gracias por presidir la comisión de auditoría este año. Sin ti no salía el informe.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Verónica, sé que reclutas para banca privada. Tengo 8 años en compliance.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pilar, me llega por alguien de tu equipo que en junio abrís otra edición del programa.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana Lucía, Fernando me indicó que tú ves las alianzas con universidades en tu empresa.', settings: { degree: 2, lang: 'es' } },
    // A known session to set up, a walk through their line thanked; es: who handles what the sender needs, a provider to change.
    { code: 'Hi [Name], our friend Sofia introduced us last week — connecting here so we can set up the playtest for Lantern.', settings: { degree: 2 } },
    { code: 'Hi Aisha, thanks for walking me through your packing line on Tuesday.', settings: { degree: 2 } },
    { code: 'Hola Nacho, soy el nuevo de tráfico en la oficina de Paula. Me ha dicho que eres quien lleva las reservas con Maersk.', settings: { degree: 2, lang: 'es' } },
    { code: 'Sr. Gutiérrez, Camilo me sugirió escribirle. Exportamos café desde Buenaventura y queremos cambiar de agente de carga.', settings: { degree: 2, lang: 'es' } },
    // Work they entrusted to the sender, years of running something together, paths crossed again on a named job; es: a reunion at an event and a campaign's thread, a plan of theirs given as the reason, an audit shared.
    { code: 'Hi Clara, thanks again for trusting me with the cash-flow model last autumn. Tidying up my LinkedIn now.', settings: { degree: 1 } },
    { code: 'Anna! We never connected on here despite two years of co-running the Tuesday code clinic. Fixing that.', settings: { degree: 1 } },
    { code: 'Hey Rui, our paths crossed again on the Orion audit — connecting so we can swap notes before phase two.', settings: { degree: 1 } },
    { code: 'Pablo, me alegró verte ayer en la presentación del informe anual. Te agrego para no perder el hilo de la campaña de Aceites Sur.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimado Sr. Quintero: la Ing. Paola Díaz me sugirió contactarlo a raíz de la migración que están planeando.', settings: { degree: 2, lang: 'es' } },
    { code: 'Don Ernesto, le agrego para seguir en contacto después de la auditoría en la planta de Querétaro.', settings: { degree: 2, lang: 'es' } },
    // An endorsement promised, their own need said back, their brain on a rollout, a thing already discussed, their team's need as why a contact was passed on, their company wanted in a second language's words; es: what someone says they are busy with, coordinating works, the estates they manage.
    { code: 'Hi Dev, so glad we finally connected here. Adding you so I can endorse you for the onboarding work you did on our support hires.', settings: { degree: 2 } },
    { code: 'Hi Ana, you mentioned needing a contract designer for Q2.', settings: { degree: 2 } },
    { code: 'Hi Sam, I need your brain on our parental-leave rollout before March. Lunch next week?', settings: { degree: 2 } },
    { code: 'Hi Ken, I can finally share the churn dashboard we discussed.', settings: { degree: 2 } },
    { code: "Hi Rui, Paula passed me your contact because you need a React Native developer for the co-op app. I'm free next month.", settings: { degree: 2 } },
    { code: 'Hi Antonio, I saw your profile and I am interesting in working in Mercadona. Could you give me some advice?', settings: { degree: 2 } },
    { code: 'Hola Álvaro, Cristina me cuenta que tú también estás con la implantación del fichaje digital. ¿Compartimos aprendizajes?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Enrique, llevo la obra de al lado de la tuya en Gràcia. ¿Coordinamos los accesos de las hormigoneras?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Eva, por Álvaro supe que administras las fincas de la calle Mayor; hicimos la ITE del número 12.', settings: { degree: 2, lang: 'es' } },
    // a numbered requisition, thanks for a placed demo, photos promised, a reference asked, their new role in the account, a call by its day, judging at a show; in Spanish a job or a process at their place, their advice with a thing, a shared past at a place.
    { code: 'Hi Sam, thanks again for the greenhouse irrigation demo at your farm last month.', settings: { degree: 3 } },
    { code: 'Hi Lou, we shared a table at the soil health field day. Connecting so I can send the photos of the trial plots.', settings: { degree: 3 } },
    { code: 'Hi Ada, could I list you as a reference for the analyst role? You saw my audit work first-hand.', settings: { degree: 3 } },
    { code: "Hi Kim, Theo suggested I say hello since you're now their procurement lead.", settings: { degree: 3 } },
    { code: "Hi Ben, following yesterday's vendor review call, I'll share the revised timeline here.", settings: { degree: 3 } },
    { code: "Hi Pat, you're judging the cider category at the county show and I'm entering two barrels.", settings: { degree: 3 } },
    { code: 'Hi Dev, Mira Patel encouraged me to apply for req 5512 on your platform team. Happy to share my portfolio.', settings: { degree: 3 } },
    { code: 'Hi Lou, connecting so I can send the photos of the trial plots.', settings: { degree: 3 } },
    { code: "Hi Dev, I'm applying for req 5512 on your platform team.", settings: { degree: 3 } },
    { code: 'Estimada Dra. Vega, busco empleo como enfermera en su hospital.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rosa, quería saber si tu agencia está contratando.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Eva, preparo mi candidatura para [Empresa].', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Iker, no avancé en el proceso de [Empresa].', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, ¿qué tal? Cuando trabajábamos en [Empresa] hablábamos de montar algo propio y por fin lo hice.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Luis, sigo buscando curro de maquetador; si en tu estudio sale algo de maquetación, avísame.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Nuria, ¿tendrías diez minutos para ayudarme a entender el día a día de una auditora en tu firma?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Dani, necesito tu consejo con el contrato de la gira de otoño.', settings: { degree: 3, lang: 'es' } },
    // es: a quote under way, what their company does.
    { code: 'Hola Paty, cambié de correo y te agrego aquí para seguir con la cotización de los racks selectivos para Querétaro.', settings: { degree: 1, lang: 'es' } },
    { code: 'Ing. Ortega, soy colega de Hernán Bustos en la fundición. Estamos licitando {{ licitacion }} y él me indicó que su empresa tiene experiencia en refractarios.', settings: { degree: 1, lang: 'es' } },
    // Something to arrange together; a reach-out whose reason follows in the next sentence; es: someone both know who spoke well of them, with what the sender needs.
    { code: 'Pastor Dan, finally found you on here! Adding you so we can coordinate the Youth Service Day roster with the other congregations.', settings: { degree: 1 } },
    { code: "Hi Carl, we share 14 connections in trucking so figured I'd reach out. I have 2 dry vans sitting in Laredo and see you post loads out of there a lot.", settings: { degree: 1 } },
    { code: 'Hola Mati, soy amiga de Juli Paz, que te conoce de la facu. Estoy buscando quien me haga el front de una tienda en Shopify y me habló muy bien de vos.', settings: { degree: 2, lang: 'es' } },
    // Whether they still commission what the sender brings; what someone passed on that they booked; es: a shared past, how they do something in their team, what someone thinks suits them.
    { code: "Hi Ellen, I see we both know a few people at [Outlet]. I'm pitching an essay on caregiving and wondered if you're still commissioning for the weekend section.", settings: { degree: 2 } },
    { code: "Hi [Name], [Mutual Connection] passed on that you've booked [Venue] for your wedding. I coordinate ceremonies there most weekends.", settings: { degree: 2 } },
    { code: 'Hola Maribel, soy Jorge, de cuando compartíamos ruta por las farmacias de Alicante. Acabo de volver al sector y me encantaría ponerme al día contigo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {{ nombre }}: [Nombre del contacto] cree que te encaja lo que hacemos con {producto} para cooperativas. ¿Te mando los precios?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Cristian, un conocido me pasó tu nombre. Me vendría genial que me contaras cómo versionáis modelos y datasets en tu equipo.', settings: { degree: 1, lang: 'es' } },
    // es: roles applied for at the offices their profile names; en: pointed their way, with who the sender is; a reunion whose reason the rules cannot read stays unjudged.
    { code: 'Hola Ángela, veo que eres directora de RR. HH. en Inditex. Soy administrativa con 10 años de experiencia y me encantaría optar a puestos de administración en vuestras oficinas de Arteixo.', settings: { degree: 3, lang: 'es' } },
    { code: "Hello Ms. Brandt, Tomás Ruiz pointed me your way. I run mentor matching for the Westbrook alumni network and have a fintech mentee who'd be a great fit with you.", settings: { degree: 2 } },
    { code: "Hey {{firstName}}!! It's been way too long. I finally left the bank and started a bookkeeping practice for restaurants, and I remembered you wanted to open your own place in Leith.", settings: { degree: 2 } },
    // es: what someone both know says the reader built; en: someone wanted for their own sound.
    { code: 'Hola {{ nombre }}, Lucía Ferreyra me pasó tu contacto: dice que vos armaste el pipeline de anotación del corpus rioplatense.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi {{first_name}}, I see we share 23 connections in indie games. We're making a game about a drowned village and need a composer with your folk-ambient sound.", settings: { degree: 2 } },
    // es: a shared past and what they do now, with working together some day as a hope, not the reason.
    { code: '¡Sergio! Hace siglos que no hablamos, desde la obra de Rosario. Vi que ahora dirigís proyectos en Mendoza y me encantaría retomar el contacto, quizá hasta colaborar en algo.', settings: { degree: 1, lang: 'es' } },
    // es: what someone both know says they are looking for, for their own app.
    { code: 'Hola Ximena, soy Rafa, amigo de Iván. Iván me cuenta que andas buscando socio técnico para tu app de turnos médicos; me late mucho la idea.', settings: { degree: 2, lang: 'es' } },
    // Lectures sat through together; es: a matter to go over together («¿vemos lo del…?»).
    { code: 'Priya! We sat through every bar prep lecture together in 2016.', settings: { degree: 1 } },
    { code: 'Gracias a Irene por ponernos en contacto. ¿Vemos lo del ensayo de {patología} el jueves?', settings: { degree: 2, lang: 'es' } },
    // Roles at their company looked at.
    { code: "Hi Jack, I'm looking at data engineering roles at Monzo, where you work, and would love your take.", settings: { degree: 2 } },
    // es: something they built for someone, with what it is between.
    { code: 'Hola Nerea, Irene me enseñó el panel de stock que montaste para Eroski. ¿Qué base de datos usaste?', settings: { degree: 2, lang: 'es' } },
    // es: a slot for a sentence on why the sender writes.
    { code: 'Hola [Nombre], [una frase sobre por qué le escribes]. ¡Encantado de conectar!', settings: { degree: 2, lang: 'es' } },
    // Asked to present at the sender's meetup (en); a platform pitched to their role (es).
    { code: 'Hi Clara, our Geneva privacy meetup has an open slot in April; would you be up for presenting?', settings: { degree: 3 } },
    { code: 'Hola Ernesto, veo que es usted el jefe de compras de Hoteles Mar. Tenemos una plataforma de reservas para salones; ¿la vemos juntos?', settings: { degree: 3, lang: 'es' } },
    // An introduction about something with a colon ("re:"), a deal done together, their company a customer of the sender's.
    { code: 'Hi Sofia, Ben Alvarez introduced us last week re: the cold-chain pilot. Connecting before our call.', settings: { degree: 2 } },
    { code: "Hi Hannah, we're co-investing in Lumo's seed round alongside your fund.", settings: { degree: 2 } },
    { code: 'Hi Yuki, I noticed Loomly is a customer of ours. Great to connect.', settings: { degree: 3 } },
    // The sender's part in something of theirs to come, work done with their team on something, the sender known by what they did for them, a move with a place (en, es).
    { code: 'Hi Jen, I will be your point of contact at Gusto for the payroll switch next week.', settings: { degree: 3 } },
    { code: 'Hi Colm, I worked with your team on the warehouse rollout last spring. Would love to connect.', settings: { degree: 3 } },
    { code: "Hey! I'm the one who returned your wallet at the station on Friday. Glad it got back to you.", settings: { degree: 3 } },
    { code: 'Hola Jimena, seré su interlocutora en Nominalia para el cambio de nóminas de enero.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rosa, hace dos años colaboré con el equipo de Vetra en su rediseño de tienda. ¡Enhorabuena por el ascenso!', settings: { degree: 3, lang: 'es' } },
    { code: '¡Hola! Soy el que te devolvió la cartera en la estación el viernes. Me alegro de que llegara bien.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{nombre}}, me mudo a Rosario en marzo y quiero conocer a otras ilustradoras de la zona antes de llegar.', settings: { degree: 3, lang: 'es' } },
    // One piece singled out after a comma from content followed in general (en, es).
    { code: "Hi Kofi, been following your newsletter for a while, above all last week's issue on carbon accounting.", settings: { degree: 3 } },
    { code: 'Hola Bruno, sigo tu contenido hace rato, en especial el hilo que publicaste sobre precios en SaaS.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], sigo tu contenido desde hace tiempo, sobre todo el post sobre [tema]. Me encantaría conectar.', settings: { degree: 3, lang: 'es' } },
    // es: the referrer's purpose «en relación con»; what they look for, told «de que»; the sender's project the referrer already told them of; a slot for what the sender saw; a time shared.
    { code: 'Estimado Sr. [Apellido]: nuestro amigo en común {referido} me sugirió que le contactara en relación con la ampliación de capital de [Empresa].', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {first_name}, alguien de nuestra red en común me avisó de que buscas ilustradora. Te dejo mi portfolio.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buen día, [Nombre]. Mi compañero {referido} ya le mencionó mi proyecto de tesis sobre biogás rural. Me encantaría enviarle el resumen.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {nombre}, {contacto} me dio tu nombre y vi [observación concreta sobre su trabajo]. ¿Lo vemos?', settings: { degree: 2, lang: 'es' } },
    // A recording both have planned (en); news of theirs passed on «de que», what they know best as someone says (es).
    { code: 'Hi Mira, Tomás introduced us by email, so connecting here too. Looking forward to recording the episode on your print studio on the 3rd.', settings: { degree: 2 } },
    { code: 'Hola Marta: Luis me avisó de que te mudaste a Vigo. Yo viví ahí cinco años; si quieres, te paso contactos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Sergio, Ana Ruiz dice que eres quien más sabe de permisos de terrazas en Sevilla y tengo una consulta.', settings: { degree: 2, lang: 'es' } },
    // Their company pointed out by the referrer; suggested as the one who can tell the sender what their scheme is like.
    { code: "Hi [Name], I'm an analyst at [Fund] and [Mutual Connection] flagged [Company] as one to watch in [sector]. I'd like to learn more.", settings: { degree: 2 } },
    { code: "Hello {Name}, I'm a student at {School} and {Mutual Name} suggested you as someone who can tell me what {Company}'s graduate scheme is really like.", settings: { degree: 2 } },
    // The one the referrer works with, offering help with their project; books both are writing; their kind of business where they are (en, es).
    { code: "Hi {name}, as Mira mentioned, I'm the copywriter she works with — happy to help with your Dutch launch copy.", settings: { degree: 2 } },
    { code: "Hi {name}, our friend Hannah thinks we should meet since we're both writing books on hybrid work. Coffee in [City]?", settings: { degree: 2 } },
    { code: 'Hi {name}, we sell payroll software to accounting firms like yours in Monterrey. Book a demo?', settings: { degree: 3 } },
    { code: 'Hola {nombre}, vendemos software de nómina para despachos contables como el tuyo en Monterrey. ¿Agendamos una demo?', settings: { degree: 3, lang: 'es' } },
    // Tagged under the sender's post, its subject between.
    { code: 'Hi {name}, @Marta Reyes tagged you under my loft conversion post, said yours is next. Happy to pop round and measure up.', settings: { degree: 2 } },
    // A retained search for a named post (en, es); who the referrer named first (es); the sender known by the job done for them, after "Oye" (es: a guard, read right before this change too).
    { code: 'Dear Ms. Lee, your track record is notable. We are conducting a search for a Chief Commercial Officer for a listed pharma group in Basel, and your profile is of great interest.', settings: { degree: 3 } },
    { code: 'Estimada Lic. {apellido}:\nSu trayectoria en el sector financiero es notable. Conducimos la búsqueda de una Dirección Financiera para una cadena hotelera y su perfil resulta de sumo interés.', settings: { degree: 3, lang: 'es' } },
    { code: 'Señor Pérez, don Luis Soto, conocido de usted, nos pidió identificar candidatos para la dirección general, y su nombre fue el primero que mencionó.', settings: { degree: 2, lang: 'es' } },
    { code: 'Oye Javi, que soy Rocío, la de las fotos de la boda de tu hermana. ¿Te paso por aquí el enlace de la galería?', settings: { degree: 1, lang: 'es' } },
    // Errands for them: their order's state, their number passed on for a job, work quoted before (en).
    { code: 'Hi Priya, the sample tiles arrived! Want to see photos before we lock in the kitchen order?', settings: { degree: 1 } },
    { code: 'Hey {{first_name}}, your wedding prints are ready to collect. Adding you so I can send the gallery link.', settings: { degree: 1 } },
    { code: '{{client}}, your sister Aoife gave me your number for the christening cake. A few designs coming your way.', settings: { degree: 2 } },
    { code: 'Hi Jamal, Mrs Byrne reminded me we quoted your fencing last spring. Still want it done?', settings: { degree: 2 } },
    // es: an errand passed on, what they need as told by someone, what they told the sender, a quote asked or sent, who sent them and for what, an appointment kept, guidance for a named project.
    { code: 'Don Efraín, su compadre Chema me encargó llevarle las cajas de naranjas el martes. ¿A qué hora le viene bien?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Moni, soy Paco, el electricista de tu vecina Amparo. Me cuenta que tienes un enchufe quemado; si quieres paso el jueves.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola! soy Meli, la peluquera de tu hermana Sol, me avisó q querés turno para la boda, te mando horarios.', settings: { degree: 2, lang: 'es' } },
    { code: 'Pancho, un favor: ¿me pasás el contacto del tornero q me comentaste? Cambié de cel.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {nombre}, Lucía me pasó tu contacto. Necesito presupuesto para pintar la fachada, ¿podés pasar esta semana?', settings: { degree: 2, lang: 'es' } },
    { code: 'Qué tal {{cliente}}, le comparto la cotización del banquete para 60 personas. Quedo atento.', settings: { degree: 1, lang: 'es' } },
    { code: 'Buen día {{cliente}}, le hago llegar el comprobante del servicio de la caldera.', settings: { degree: 1, lang: 'es' } },
    { code: 'Buenas {nombre}! Vengo de parte de Ximena por la chamba de cocineros para el sábado. ¿Todavía necesitan gente?', settings: { degree: 2, lang: 'es' } },
    { code: 'Caro! porfa confirmame si seguimos con el corte el sábado 10 hs, así te guardo el turno.', settings: { degree: 1, lang: 'es' } },
    { code: 'Don Ernesto, Clara Ibáñez me asegura que usted conoce bien el archivo municipal. ¿Podría orientarme para un proyecto de catalogación?', settings: { degree: 2, lang: 'es' } },
    // es: their news passed on by someone; what they seem to be doing; a thing for a date, sent; what they asked for, sent; their contact passed on for a purpose.
    { code: 'Hola {{ nombre }}, {{ amiga_en_comun }} me ha chivado que os casáis en junio en {{ lugar }} 💍 Soy fotógrafo de bodas en León y tengo libre esa fecha.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Vale, soy Tere, logopeda en Almagro. Dani Paz me pasó tu contacto: parece que estás derivando pacientes porque no tenés turnos. Yo tengo lugar los lunes.', settings: { degree: 2, lang: 'es' } },
    { code: 'Che Facu, te agrego acá así te paso el rider técnico para la fecha del sábado en El Emergente.', settings: { degree: 1, lang: 'es' } },
    { code: 'Don Ernesto, lo agrego por aquí para mandarle el presupuesto de las ventanas que me pidió ayer.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Irene, Lucía me pasó tu contacto para las fotos del nuevo menú. ¿Cuándo te viene bien una llamada?', settings: { degree: 2, lang: 'es' } },
    // A debt from a time together, named (1st degree).
    { code: "Hey Sam, connecting here so we stop losing each other's numbers. Still owe you that beer from the Lisbon offsite!", settings: { degree: 1 } },
    // Their career move, the one the sender is making (en); what the referrer asked them to write about, in the subjunctive (es).
    { code: "Hi Sam, our mutual friend Dana Cole suggested we connect since you went from teaching to UX. I'm making the same move and would love your advice.", settings: { degree: 2 } },
    { code: 'Hola {nombre}, Lucas insistió en que te escribiera por lo de {tema}. ¡Gracias!', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenos días, Sra. Ortiz. Don Luis Prieto me ha sugerido que contacte con usted por la ampliación de su planta en Querétaro.', settings: { degree: 2, lang: 'es' } },
    // Their company's engagement praised, then a pitch that analyses brands like it (en, es).
    { code: "Hi there, the engagement on Lumbre Coffee's TikTok lately is seriously impressive. I analyse audience sentiment for coffee brands like Tostado and Grano Norte, so I'd love to connect.", settings: { degree: 2 } },
    { code: 'Estimada Sra. [Apellido]:\n\nHe observado el alto nivel de interacción que consigue [Empresa] en Instagram. Analizo la percepción de marcas como [Competidor 1] y [Competidor 2]. Me encantaría conectar con usted.', settings: { degree: 2, lang: 'es' } },
    // A thing of theirs in the making, asked about; their job spotted before a pitch; their hiring seen before a pitch.
    { code: "Hi there, Hana Ito pops up in both our networks, and I've been curious about the booking app your team at Tidewell is putting together.", settings: { degree: 2 } },
    { code: 'Hi {{first_name}}, always happy to meet others in the space. I spotted that you run {{function}} at {{company}}; I help similar teams with {{value_prop}}.', settings: { degree: 2 } },
    { code: "Hi there, noticed you've been hiring four new nurses this month. I help ward managers automate rota swaps, so I'd love to connect!", settings: { degree: 3 } },
    // es: what they are building, asked in the past subjunctive; their sector given as the cause a pitch bears on them.
    { code: 'Hola Rubén, vi que ambos conocemos a Marta Gil. Me encantaría que me contaras un poco más de lo que estáis desarrollando en Brizo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Rubén:\n\nEspero que estés muy bien.\n\nVi que ambos conocemos a Marta Gil. Yo ayudo a farmacias a ordenar su stock y, como tú estás en el sector salud, seguro que sale una buena charla.', settings: { degree: 2, lang: 'es' } },
    // A piece of their work that impressed the sender; something they did lately, seen, before a pitch; an investor's focus after a referral.
    { code: "Dear Dr. Lind, your team's drought-risk model at Aquaplan impressed me. I'm an analyst exploring Bayesian methods, and it would be a pleasure to connect and draw on your experience.", settings: { degree: 2 } },
    { code: "Hi Noor, spotted that you've overhauled your clinic's booking process. I help practice managers automate reminder texts. Would be great to connect!", settings: { degree: 2 } },
    { code: 'Hi Noor, Felix Amann suggested I reach out. I invest in climate hardware and spend time with battery teams on costs, so it would be great to keep in touch.', settings: { degree: 2 } },
    // es: their project at their company, to learn about; people sought for the sender's advisory board, said as spoken.
    { code: 'Estimada Lic. [Apellido]: observo que ambos conocemos a [Contacto común]. Me interesaría conocer con más detalle el proyecto que impulsa en [Empresa].', settings: { degree: 2, lang: 'es' } },
    { code: "Hola {{nombre}} 👋 Tu recorrido en logística de frío, impresionante. Buscamos gente con calle pa'l consejo asesor. ¡Conectemos!", settings: { degree: 3, lang: 'es' } },
    // A spaced hyphen opens the pitch's own clause after what was seen.
    { code: 'Hi {{firstName}}, saw {{company}} is hiring for {{role}} - we help teams like yours fill roles 2x faster. Happy to connect!', settings: { degree: 3 } },
    // es: what they are making at their company, asked; what they do at their company, or their sector with the subject said, seen as why a pitch bears on them.
    { code: 'Hola Nico, me encantaría que me cuentes un poco de lo que están desarrollando en Bitso.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, trabajo con gerentes de hoteles rurales en el tema de la venta directa. Viendo lo que haces en Paradores con revenue, creo que nos vendría bien conectar. Sin ningún compromiso, ¿eh?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nico, yo ayudo a ópticas con la agenda online y vi que vos estás en el sector salud, así que podríamos charlar.', settings: { degree: 3, lang: 'es' } },
    // Their company's openings, asked about after stock praise.
    { code: "Hi {first}, I came across your profile and really like it. I'm {my_first}, an MBA student at Warwick with {years} years in {my_field}, and I'd value hearing more about {their_company} and its current openings.", settings: { degree: 2 } },
    // What their team makes at their company, asked about; their company's launch congratulated, then a pitch; the sender's work said in the progressive, after their job echoed.
    { code: 'Hi [Name], {{mutual}} is a contact we share, and I am curious about the product your team is designing at [Company].', settings: { degree: 2 } },
    { code: 'Dear Sir, congratulations for the funding round of Kestrel Pumps. Kindly connect.', settings: { degree: 2 } },
    { code: 'Dear Sir, I have noticed that you are running the stores function at [Company]. My team and I are working with similar teams on stock accuracy.', settings: { degree: 3 } },
    { code: "Hi Jo, love your profile! I'd like to show you how [PRODUCT] can serve Leeds Beckett's placement team. Would a short call work?", settings: { degree: 3 } },
    { code: 'Dear Sir, I would like to share notes with you about freight audits for cold chains. Kindly connect.', settings: { degree: 3 } },
    // Their job at a company named, and the sender open to a job (es); what working at their company is like, asked (en).
    { code: 'Hola Lucía, vi que eres reclutadora en Glovo. Llevo dos años como diseñadora UX y estoy abierta a nuevas oportunidades; si quieres, te envío mi portfolio.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Marta, what is it like working at Ocado? I'm applying for their graduate scheme this autumn.", settings: { degree: 3 } },
    // Their post, then a pitch after an emoji: the emoji ends the observation's clause; their title echoed before an emoji, then a pitch.
    { code: 'Hey Kit, saw you just posted about rekeying every flat by hand 😩 I help property managers automate exactly that, shall we connect?', settings: { degree: 3 } },
    { code: "Hi Kit, saw you're leading procurement at Harbourline 👀 I help procurement teams cut tender admin, always nice to meet people in the space.", settings: { degree: 3 } },
    // Their field given as why a pitch bears on them; the talk carried on, its topic named before or after.
    { code: "Hi {name}, I help {what_you_do}, and with you working in {their_field}, I reckon we'd have a lot to discuss.", settings: { degree: 3 } },
    { code: "Hi Kit, I help clinics cut no-shows and you're in dental practice management, so a chat could be useful.", settings: { degree: 3 } },
    { code: "Hi Kit, good to meet you on Tuesday! Let's keep the tendering convo going.", settings: { degree: 3 } },
    { code: 'Dear Ms Kit, a pleasure to meet you this week. I would be glad to carry on the discussion we began about grid batteries.', settings: { degree: 3 } },
    // Carrying on what the two started, on something named.
    { code: "Hi Bo, good to meet you this morning! Let's keep going with what we got into about cold-storage sensors.", settings: { degree: 3 } },
    // A seat on the sender's board, for people of their kind.
    { code: "Hi Lina, your years running clinical ops caught my eye. We're hunting for seasoned operators to join our advisory board.", settings: { degree: 3 } },
    // What they did on something named, with talk of linking up after it.
    { code: "Hi Ravi, loved what you built for the Leeds bus-timetable app. As a transit nerd who maps bus delays in my spare time, I'd be glad to link up and pick up a few tricks from you.", settings: { degree: 3 } },
    // Their company's work as what to hear about, the company a slot (en, es); sent by someone, and who the sender is; their line of work given as why a pitch bears on them.
    { code: "Hi {{name}}, I'd be keen to find out more about the things you're shipping at {{org}}.", settings: { degree: 3 } },
    { code: 'Hola {{nombre}}, me encantaría conocer un poco más de lo que estáis desarrollando en {{empresa}}.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi Tess, Omar Haddad told me I really ought to get in touch with you. I work with small breweries on their canning lines.', settings: { degree: 2 } },
    { code: "Hi Tess, I build rota software for vet clinics, and since you're in veterinary practice management, a chat could be useful.", settings: { degree: 3 } },
    // Their role at a named company as why a pitch bears on them.
    { code: "Hello Owen,\nI'm the founder of Briefly; we help small law firms draft leases in minutes. Given your role as COO at Harlow & Pike, I think this could save your associates hours each week. Open to connecting?\nBest, Sam", settings: { degree: 3 } },
    // Pointers asked for one named step; starting soon on a team of theirs.
    { code: "Hi Noor! Fellow Tiger here 🐯 I'm a second-year in the accounting programme. Any tips for the assessment centre day?", settings: { degree: 3 } },
    { code: "Hi Noor, Jess said to say hello! I'm the intern starting on her team in May and wanted to connect before I arrive.", settings: { degree: 2 } },
    // A conversation had, and what about, with words between (en, es); an account taken over (es).
    { code: 'Hi Noor, we talked quickly by phone on Monday about the depot manager vacancy. Adding you here.', settings: { degree: 3 } },
    { code: 'Hi Noor, thanks for the call this morning regarding the pallet tender.', settings: { degree: 3 } },
    { code: 'Hola Noor, gracias por la llamada de ayer sobre la licitación de palés.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Noor, me hago cargo de la cuenta de Tillbury que llevaba Jesús y quería conectar antes de la primera reunión.', settings: { degree: 3, lang: 'es' } },
    // An exchange they began; a board both sit on; a possible fit with a team of theirs.
    { code: 'Hi Noor, further to your enquiry about cold-room racking, I can walk your site next week.', settings: { degree: 3 } },
    { code: "Hi Noor, we're both on the board of the Harbourside food bank. Would be good to stay in touch.", settings: { degree: 3 } },
    { code: 'Hi Noor, I run partnerships at a label-printing startup and think there might be a fit with your fulfilment team.', settings: { degree: 3 } },
    // What their company does, said as the reason for a pitch (es).
    { code: 'Estimada Noor, me permito contactarla para presentarle nuestras auditorías, ya que su empresa opera en zona franca.', settings: { degree: 3, lang: 'es' } },
    // A job the sender offers (es), whoever the sender is.
    { code: 'Hola Marta, soy Julián Roca, headhunter de logística. Tengo una vacante de Jefa de Almacén en Zaragoza que encaja con tu perfil.', settings: { degree: 3, lang: 'es' } },
    // Their company's news, named, before a pitch (es); a job ad of theirs seen (es); their experience what a hiring team looks for.
    { code: 'Hola Marta: vi que en Tornasol abrieron sede en Bilbao. Somos una gestoría laboral y podemos ayudarles con las altas desde el primer día.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Marta, vi la oferta de Técnica de Calidad en Lácteos Arnedo. ¿Aceptáis perfiles recién titulados?', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Sam, I noticed how you cut late deliveries at the Leeds depot — that's exactly the kind of experience our Brightmoor team is looking for. Are you open to new opportunities this year?", settings: { degree: 2 } },
    // A job sought, and where they work read back by name, with a question about their team.
    { code: "Hi Kofi, I'm exploring new roles in supply planning and noticed you work at Harrowgate. Could you tell me how the planning team is set up?", settings: { degree: 3 } },
    // A field written after the last sentence is no signature: "Portfolio: [URL]".
    { code: 'Hi [First Name], thanks for the tip on [Topic]. Portfolio: [URL]', settings: { degree: 3 } },
    // A placement sought at their workplace (a salon's slot is a workplace); someone the sender has coming to their school.
    { code: "Hi {firstName}, I'm a hairdressing student at {college} and I'm after a Saturday placement at {salonName} this autumn. Could I drop off my CV?", settings: { degree: 2 } },
    { code: "Hello [Name], I'm head of year at [School] and two of our pupils are transferring to your school in January. Could we set up a handover call?", settings: { degree: 2 } },
    // What they bring fits a need the sender names.
    { code: 'Hi {{first_name}}, your background in {{field}} is exactly what we need for a new project.', settings: { degree: 3 } },
    // The opening is the reason, whatever their background's slot says: it names no topic of its own.
    { code: "Hi {{firstName}}, I'm a recruiter at {{myCompany}} and we have an opening that matches your background in {{skill}}. Open to connecting?", settings: { degree: 2 } },
    // The sender's news after stock talk, opening a clause of its own.
    { code: "Hi [Name], I'm always keen to connect with people in [Industry], especially as we're opening our first clinic in [City] next spring and looking for local partners.", settings: { degree: 2 } },
    // A thing the sender's team weighs, named, and someone who has done it sought.
    { code: 'Hi Oskar, we are considering a move to usage-based pricing. Would love to connect with someone who has been through it.', settings: { degree: 2 } },
    // Their job read back with 'es' (usted), then what we deliver (es).
    { code: 'Hola [Nombre], vi que es [Cargo] en [Empresa]. Nosotros entregamos uniformes en 72 horas en todo el Bajío. ¿Le interesa una cotización?', settings: { degree: 3, lang: 'es' } },
    // Terse: thanks for something done for the sender; someone who thought the two should talk about a topic.
    { code: 'Kev — thanks again for covering my Saturday shift. adding you here so I can send that referral', settings: { degree: 1 } },
    { code: "Mia R. says hi 🙂 she thought we should talk re: the river cleanup grant — I'm applying too", settings: { degree: 2 } },
    // A talk where they met, placed ('en la charla'); a question asked without its marks; the same webinar attended (es).
    { code: 'Hola Ana, nos vimos en la charla del jueves, ¿te acuerdas? Yo era la de la chaqueta verde. ¡Conectemos!', settings: { degree: 3, lang: 'es' } },
    { code: 'Estimado Dr. Ibarra: soy residente de pediatría en Cuenca y quisiera preguntarle qué manual recomienda para preparar el examen de neonatología. Gracias.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Simón, creo que estuvimos en el mismo webinar el martes. Me gustaría conectar y compartir ideas.', settings: { degree: 3, lang: 'es' } },
    // Someone both know, named, suggested the two talk, and the sender says who they are (en, es).
    { code: "Hi Iris, Tom suggested we connect! I run a small joinery workshop. Would love to hear what you're working on.", settings: { degree: 2 } },
    { code: 'Hola Iris, Tomás Ruiz me sugirió escribirte. Soy Ana, de Carpintería Ruiz, y fabricamos escaleras a medida.', settings: { degree: 2, lang: 'es' } },
    // A job sought, their workplace read back, a question about their team.
    { code: "Hi {{ first_name }}, I'm looking for my next role as a {{ target_role }} and noticed you work at {{ company }}. Would you be open to telling me what the team is like?", settings: { degree: 2 } },
    // A school in common said "like you" (es); a job applied for at their team (es) or named at a company (en).
    { code: 'Hola Felipe, soy Marta, egresada de la Universidad de Salamanca como tú. Me encantaría que conectáramos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Gonzalo, vi que sos jefe de producto en Rumbolibre. Busco trabajo como diseñadora UX y me encantaría postularme al equipo de reservas.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Mr. Okoro, I'm a recent surveying graduate and very interested in the Junior Site Engineer role at Halden Build. Could we talk briefly about the team?", settings: { degree: 3 } },
    // Their line of work seen, which a pitch bears on.
    { code: 'Hi Wendy, I help dental practices with their recall systems and saw you\'re in orthodontics - figured we might have a few things to talk about. Open to connecting?', settings: { degree: 2 } },
    // Their company's growth or their job there, read by name, then a pitch (es).
    { code: 'Hola Olga, vi que Lácteos Arnedo está creciendo rápido. Ayudamos a empresas como la tuya a planificar turnos con IA.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Olga, vi que eres jefa de planta en Lácteos Arnedo. Somos una consultora de mantenimiento predictivo para envasadoras.', settings: { degree: 3, lang: 'es' } },
    // Written to about a named topic, on someone's advice or not (fr, nl, pt, it, de).
    { code: "Bonjour Léa, Karim m'a conseillé de vous écrire au sujet du recyclage des filets de pêche.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hoi Femke, Joost raadde me aan contact met je op te nemen over de herinrichting van de haven.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Olá Beatriz, o Caio sugeriu que eu entrasse em contato com você sobre a irrigação por gotejamento.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Giada, volevo contattarti riguardo alla potatura degli ulivi.', settings: { degree: 3, lang: 'it' } },
    { code: 'Hallo Jonas, gerne würde ich mit dir über Kältetechnik im Lager sprechen.', settings: { degree: 3, lang: 'de' } },
    // One company named as the kind a pitch serves is theirs (en, es, fr); their job at a company written out, then a pitch.
    { code: 'Hi Kofi, we help companies like Holtbrew track keg returns with tags. Worth a chat?', settings: { degree: 3 } },
    { code: 'Hola Nuria, ayudamos a empresas como Olvena a controlar la fermentación desde el móvil. ¿Te cuento más?', settings: { degree: 3, lang: 'es' } },
    { code: 'Bonjour Hugo, nous aidons des entreprises comme Duroc à tracer chaque meule du lait à la cave.', settings: { degree: 3, lang: 'fr' } },
    { code: "Hi Priya, I see you're Head of Facilities at Marlow Biotech. We service lab fume hoods on a four-hour callout.", settings: { degree: 3 } },
    { code: "Hi Priya, I see you're Head of Facilities at Marlow. We help teams like yours cut energy bills by a fifth.", settings: { degree: 3 } },
    // Their work on something named, praised; what they work on, noticed; someone's advice to write about a topic.
    { code: "Hi Ines, great work on the Bristol bus lane trial. I model traffic for councils. Let's connect.", settings: { degree: 3 } },
    { code: "Hello Ravi, I noticed you're working on cold-chain sensors at Frostline. I'm in the same area and would love to swap ideas.", settings: { degree: 3 } },
    { code: 'Hi Gemma, Tariq advised me to get in touch with you about kiln maintenance. Looking forward to connecting.', settings: { degree: 2 } },
    // Told to message them about something, in a slot.
    { code: 'hey {{ first_name }}, {{ referrer }} said to ping you re: {{ topic }}. would love to swap notes', settings: { degree: 2 } },
    // A job open at the place their profile names; news of their company read; a pitch of what our software does (es).
    { code: 'Hola [Nombre], estoy buscando empleo de [puesto] y vi que trabajas en [Empresa]. ¿Sabes si tenéis vacantes abiertas?', settings: { degree: 2 } },
    { code: 'Hola Marta, leí en la prensa que Ferreterías Ebro abrirá dos tiendas en Huesca. Me encantaría formar parte de tu red de contactos.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola {{nombre}}, como {{cargo}} en {{empresa}} seguro que pierdes horas con los turnos. Nuestra app los gestiona sola.', settings: { degree: 3 } },
    // What they work on, noticed; their job ad; how they chose something of theirs (en).
    { code: "Hi {first}, I noticed you're working on {topic} at {company}. I'm in the same field and would love to swap ideas.", settings: { degree: 2 } },
    { code: "Hi Stephen, our mutual friend suggested I get in touch about the night porter job you posted. I've done nights at two hotels.", settings: { degree: 2 } },
    { code: 'Hello Dr. Okafor, I am a second-year vet student. Could you tell me how you chose your internship and what helped most?', settings: { degree: 3 } },
    // Both on one piece of work, in a slot; what they work on asked about, with or without "more".
    { code: "Hi [Name], our mutual friend [Friend's Name] suggested we connect since we're both working on [shared interest].", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, I'd love to learn about what you're working on at {{company}}.", settings: { degree: 3 } },
    // What someone said of them, typed without "dass" (de); information asked about something of theirs (it).
    { code: 'hi, bin der kumpel von jonas. er hat gesagt du verkaufst deinen anhänger, ist der noch zu haben?', settings: { degree: 2 } },
    { code: 'Gentile dott. Neri, sono infermiera e vorrei chiederle informazioni sul corso di wound care che coordina.', settings: { degree: 3 } },
    // A job open at a place the note names, asked about, whatever talk is around it.
    { code: "Hi Tom, I'm a nurse looking for work in Leeds. Is St James's taking on staff this year?", settings: { degree: 3 } },
    { code: 'Hola [Nombre], estoy buscando trabajo en [sector]. ¿Hay alguna vacante en [Empresa] para [puesto]?', settings: { degree: 3 } },
    { code: 'Ciao Marco, cerco lavoro come sviluppatore a Torino. In Reply avete posizioni aperte nel team mobile?', settings: { degree: 3 } },
    // A reason beside a line of stock talk: their company's news seen or congratulated, a shared past, a job interview at their company, a referral with the sender's role (en, es).
    { code: 'Hi Maya, I came across your profile. Saw the news that Pellow Foods is opening two bakeries in Bristol. We build ordering software for bakeries.', settings: { degree: 2 } },
    { code: 'Hi Rosa, I came across your profile. Congrats to the Halden team on the new grinder launch. We make torque sensors for kitchen kit.', settings: { degree: 2 } },
    { code: 'Hi Ben, I came across your profile. We sat side by side for two years at Nokia and I only now noticed we never connected here.', settings: { degree: 2 } },
    { code: 'Hi Ana, I came across your profile. I have a second-round interview at Lumeo next Tuesday. Would you share what the panel tends to focus on?', settings: { degree: 2 } },
    { code: 'Hola Nerea, vi tu perfil. Leí en El Economista que Grupo Tuvisa abre almacén en Zaragoza. Trabajamos en seguridad de naves logísticas.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Raúl, vi tu perfil. Me dijo Lucía Gómez que te escribiera. Dirijo compras en Talleres Iru.', settings: { degree: 2, lang: 'es' } },
    // es: their career or their role looked at, then a pitch that serves it.
    { code: 'Hola {{nombre}}, vi tu perfil. Vi tu trayectoria en el área de compras de {{empresa}}. Estamos colaborando con responsables de compras para cerrar pedidos en dos clics.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola ${nombre}, vi tu perfil. Veo tu liderazgo como ${cargo} en ${empresa}. En Pedidix desarrollamos un motor de reposición para farmacias.', settings: { degree: 2, lang: 'es' } },
    // Beside a line of stock talk: what they focus on seen before a pitch, a pitch naming their organisation, an opening at their company with a referral asked, their thesis as why, what their team is looking at told by someone, a topic slot the sender explores, their company's engagement praised before a pitch.
    { code: "Hi Lena, I came across your profile. I see you focus on payroll compliance at Brightway. We've built a tool that flags overtime errors before payday.", settings: { degree: 2 } },
    { code: "Hi Mo, I came across your profile. Our scheduling app could support Leeds Beckett's placement office during the spring rush.", settings: { degree: 2 } },
    { code: 'Hi Sunil, I came across your profile. The data analyst openings at Quorra look like a strong fit for my SQL background. Would you be comfortable referring me?', settings: { degree: 2 } },
    { code: "Hi Aria, I came across your profile. Emma suggested you'd enjoy our reading group, given your thesis on urban heat islands.", settings: { degree: 2 } },
    { code: "Hi Pat, I came across your profile. Dan said Lumio's support team is looking at chat deflection, which is all we do.", settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile. I'm exploring [topic] and would value your perspective.", settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile. [Company]'s social engagement really stands out. I run sentiment analysis for retail brands.", settings: { degree: 2 } },
    // es, beside a line of stock talk: the one to ask, said by whoever passed the name on; what the sender is about to start; an earlier e-mail; a survey; their business looked at; a guest slot offered.
    { code: 'Hola Irene, vi tu perfil. Sonia dice que eres la persona a la que hay que preguntar sobre compras públicas. Preparo mi primera licitación.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Dani, vi tu perfil. Mi socio trabajó contigo en Seur y me recomendó hablar contigo antes de arrancar la migración de nuestro almacén.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marga, vi tu perfil. Te escribí el lunes al correo sobre la revisión de la caldera y no sé si llegó.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pilar, vi tu perfil. Estoy haciendo una encuesta a jefas de obra para mi TFG, son cinco minutos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Tomás, vi tu perfil. Vi que las fotos de tu restaurante en Google todavía son de antes de la reforma. Hago fotografía gastronómica.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Bea, vi tu perfil. Grabamos un episodio sobre cooperativas el día 9 y nos encantaría que vinieras como invitada.', settings: { degree: 2, lang: 'es' } },
    // Beside a line of stock talk: a search the sender was hired for; es: a call's topic taken up, something of theirs to copy, their leap known, what they made said by whoever passed the name on.
    { code: 'Hi Raj, I came across your profile. I am retained by a Nordic payments group to find their next head of risk.', settings: { degree: 2 } },
    { code: 'Licenciada Soto, vi tu perfil. Tal como quedamos en la llamada de ayer sobre el seguro de la nave, le agrego por aquí.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Laura, vi tu perfil. Queremos replicar el mapa de licencias abiertas que hicieron en Rosario.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Gonzalo, vi tu perfil. Sé que pasaste de auditoría a producto digital y yo me lo estoy pensando.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Vale, vi tu perfil. Rodri dice que sos la que armó el newsletter de producto en Rappi.', settings: { degree: 2, lang: 'es' } },
    // Beside a line of stock talk: the same leap made before, their thesis pointed to, a board formed for people like them, work ahead together, their fit said by whoever suggested them, their team at their company.
    { code: 'Hi Ravi, I came across your profile. I saw you made a similar switch from teaching into data work. Would you share what helped most?', settings: { degree: 2 } },
    { code: "Hi Tess, I came across your profile. A mutual friend pointed me to your thesis on coastal erosion. I'm surveying dunes in Norfolk this spring.", settings: { degree: 2 } },
    { code: "Hi Jon, I came across your profile. We're forming a six-person clinical advisory board for a triage app, and your A&E background fits.", settings: { degree: 2 } },
    { code: "Hi Ada, I came across your profile. I'm the new office manager at Harbour Dental and we'll be working together on the staff rota from May.", settings: { degree: 2 } },
    { code: "Hi Luc, I came across your profile. Marta Vidal thinks you'd be a great advisor for our move into the French market.", settings: { degree: 2 } },
    { code: 'Hi Sam, I came across your profile. Your payroll team at Orvita has the same month-end crunch we fixed at two clinics.', settings: { degree: 2 } },
    // A reason inside or beside stock talk: what their organisation is tendering for, read or understood; how something goes for them, asked; someone with their experience sought; a piece of their work named; whoever told the sender, in a clause of its own (es); a doubt about their programme; what they are still looking for; their company's launch read.
    { code: 'Hello Ms. Park, I came across your profile and, having read that your trust is tendering for a new patient-transport contract, I thought it worth being connected.', settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile while looking into [Company]'s new payroll app and would love to ask how you're handling holiday accruals.", settings: { degree: 2 } },
    { code: "Hi Jade, your background is impressive! I'm a PM at Cedar working on rota tools and I'd love to hear where handovers break down at your wards.", settings: { degree: 2 } },
    { code: 'Hello [First Name], your background in fleet procurement is impressive. We lease electric vans and I understand [Council Name] is re-tendering its fleet next spring.', settings: { degree: 2 } },
    { code: "Hi Greg, I came across your profile while looking for someone who's rolled out SAP in a hospital. Would you mind a quick call?", settings: { degree: 2 } },
    { code: "Hi there, I'm always looking to connect with people in UX, and your audit of the NHS app sign-in flow is one I keep sharing with my team.", settings: { degree: 2 } },
    { code: 'Buenas, Inés: vi tu perfil gracias a Sonia Vidal, que me dijo que llevas la parte de compras de Talleres Iru. Trabajo con proveedores de embalaje.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola, {{ nombre }}: vi tu perfil mientras investigaba {{ empresa }} y me surgió una duda sobre vuestro programa de distribuidores: ¿aceptáis tiendas pequeñas?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Iván, vi tu perfil y me encantó. Oye, ¿todavía están buscando devs de Rust en Kueski? Llevo dos años con Rust.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Cristina, espero que estés muy bien. Leí que Bankinter lanzó una cuenta para autónomos y tengo una app de facturación. ¿Te interesaría una demo?', settings: { degree: 3, lang: 'es' } },
    // Beside stock talk, far from offices: the sender's thesis on their work, what they did with something of theirs, their page or the news read, the sender's situation that calls for their trade, what they are after heard from someone; es: a colon opens the sender's own clause.
    { code: "Hi [Name], I'm always looking to connect with people in planning. My dissertation is on your firm's co-housing scheme in Bristol. Would you answer two short questions?", settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile and love what you've done with [Bakery]'s sourdough range. Could I drop off samples of our rye flour next week?", settings: { degree: 2 } },
    { code: 'Hi Tom, looking forward to connecting with more roofers in Kent. Noticed on your page you now fit solar tiles. We have 40 houses at Elm Park needing quotes.', settings: { degree: 2 } },
    { code: "G'day [Name], keen to connect with more folks in farming. Saw on the news [Company]'s opening a grain terminal in Geelong. I'm a fitter looking for a spot.", settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile while researching family lawyers in Leeds. We're a small charity facing our first trustee dispute. Would you take a scoping call?", settings: { degree: 2 } },
    { code: "Hi Gaz, your background is impressive, mate. Heard from Dave you're after a plasterer for the Mill Lane flats. I'm free from Monday.", settings: { degree: 2 } },
    { code: 'Hola Marta, vi tu perfil y me llamó la atención que diriges la unidad de diálisis del Hospital de Basurto: estamos montando algo parecido en Soria.', settings: { degree: 2, lang: 'es' } },
    // Beside stock talk, as published: a milestone of theirs seen, a search of theirs asked after beside the stock sentence; es: what their agency is busy with, what a company is trying after a 'te cuento que', what their fund looks at, something new of theirs praised after 'vi tu perfil y'.
    { code: "Hi {{first_name}}, I'm always looking to connect with finance leaders. Saw {{company}} just crossed 300 employees, when expense claims start eating a full-time role. We automate that.", settings: { degree: 2 } },
    { code: "Hey Leo, I'd like to join your LinkedIn network. Also, are you still looking for someone to share the van in August?", settings: { degree: 1 } },
    { code: 'Hola Lucas, vi tu perfil y que en tu agencia están con mucho laburo de Shopify. Soy dev freelance; si necesitan una mano, acá estoy.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ramiro, como siempre intento conectar con gente del vino, te cuento que vi que Bodegas Arce está probando riego por goteo, que es lo que hacemos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nicolás, Mateo Ferrer me recomendó escribirte: él dice que tu fondo mira justo proyectos de agtech como el nuestro.', settings: { degree: 2, lang: 'es' } },
    { code: '¡Qué tal, Paco! Vi tu perfil y me encantó la carta nueva de tu restaurante en Triana. Soy fotógrafo gastronómico.', settings: { degree: 2, lang: 'es' } },
    // Markdown's emphasis marks read as the spaces they are to the eye.
    { code: 'Hola Lourdes:\n\n**Tu** publicación sobre el alquiler de ropa infantil me encantó. **Soy** diseñadora textil y me gustaría comentarla contigo.', settings: { degree: 3, lang: 'es' } },
    // Asking after them is no stock talk either: a note read as nothing stays unsure after it.
    { code: "Hi Ravi,\n\nHope you're doing well.\n\nmy grandad's old allotment shed by the canal lock still has the bench you built with him in the nineties, and the council plans to clear the row in March if nobody claims it.", settings: { degree: 2 } },
    // Courtesy ("no commitment", "sin compromiso") is no stock talk: a note read as nothing stays unsure beside it, and concrete details still make a purpose.
    { code: "hey sam, the allotment plots behind the old mill are being handed out again next spring and your late mum's rhubarb patch is still going strong, thought you'd want first dibs on it. No commitment, obviously.", settings: { degree: 3 } },
    { code: 'hola marta, el huerto comunitario de detrás del polideportivo reparte parcelas otra vez en primavera y la de tu abuela sigue dando unas acelgas enormes, te la guardo si la quieres. Sin compromiso, ¿eh?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hi Priya, our two Bristol clinics both lost reception staff to the new Aldi depot on Kingsway this year. No commitment either way.', settings: { degree: 3 } },
    { code: 'Hola Jaime, en Burgos y en Soria nuestras dos cooperativas perdieron al mismo proveedor de envases este año.\n\nPD: sin compromiso.', settings: { degree: 3, lang: 'es' } },
    // Long notes in the writer's own words, read as nothing and without networking talk: unsure, so silent.
    { code: 'hey sam, my dad still talks about the old boatyard on the river where your grandad taught him to sand hulls, he turns 80 in may and would love a photo of the place if u ever pass by', settings: { degree: 3 } },
    { code: 'hola rocío, ayer en la cola del pan me acordé de cuando nos quedábamos hasta las tantas arreglando la impresora del insti, al final era siempre el cable suelto y no el driver, qué tiempos aquellos jaja', settings: { degree: 3, lang: 'es' } },
    { code: 'moin jana, die kita in der hafenstraße sucht seit monaten eine köchin und du hast doch früher in der kantine am markt gearbeitet, magst du dich da mal melden', settings: { degree: 3 } },
    // Something to do together, named (en); a rotation in their unit, coordinating what is under way (es).
    { code: 'Hi Anna, we both sell into hospital procurement and a joint pilot offer could shorten both our sales cycles. Fancy a call?', settings: { degree: 3 } },
    { code: 'Estimada Dra. {{apellido}}: soy residente de tercer año y me interesa rotar en su unidad de {{unidad}}.', settings: { degree: 3 } },
    { code: 'Hola Inés, te agrego aquí para coordinar mejor la visita al colegio de Vallecas.', settings: { degree: 1 } },
    // Work done with them, their firm's hiring asked with the role (en); their perspective sought, their question answered, questions about something, after a meeting (de); their question looked into, what their organisation published, what they invested in, their plan beside ours (nl).
    { code: 'Dear Margaret, it was a pleasure working alongside you on the Quayside tender last spring.', settings: { degree: 1 } },
    { code: "Hi Ryan, I'm a backend engineer in Calgary. Is Benevity hiring Go developers?", settings: { degree: 3 } },
    { code: 'Hallo Markus, Sie waren lange im Firmenkundengeschäft einer Sparkasse – genau die Perspektive, die wir für unser FinTech suchen.', settings: { degree: 3 } },
    { code: 'Hallo Frau Schmidt, Ihre Frage zur DATEV-Schnittstelle habe ich mit unserem Team geklärt.', settings: { degree: 3 } },
    { code: 'Hallo Herr Neumann, ich stehe kurz vor einer Series A und hätte zwei konkrete Fragen zu Term Sheets.', settings: { degree: 3 } },
    { code: 'Hoi Lotte, ik heb je vragen over de koppeling met Exact uitgezocht. Zal ik de antwoorden hier sturen?', settings: { degree: 3 } },
    { code: 'Beste meneer De Vries, ik zag dat uw gemeente de aanbesteding voor werkplekbeheer heeft gepubliceerd.', settings: { degree: 3 } },
    { code: 'Hoi Jeroen, jij plant de hubs bij Bezorgd.nl; wij bouwen routeringssoftware voor bezorgvloten.', settings: { degree: 3 } },
    // Their business beside ours (pt); their view on a named topic (nl).
    { code: 'Olá %NOME%, vocês atendem academias e nós fazemos check-in por QR code. Faz sentido uma parceria?', settings: { degree: 3 } },
    { code: 'Hi {firstName}, ik ben oprichter van een startup in gerecycled glas. Ik hoor graag hoe jij naar circulaire verpakking kijkt.', settings: { degree: 3 } },
    // A placement recalled (en); something to organise together, their experience just what is sought (es).
    { code: "Hi [Name], it's been three years since I placed you at [Company]! Coffee soon?", settings: { degree: 1 } },
    { code: 'Hola %FIRSTNAME%, te escribo de parte de %MUTUAL%: cree que nuestros grupos de UX en %CIUDAD% podrían organizar algo juntos.', settings: { degree: 2 } },
    { code: 'Hola Daniel, buscamos CTO y tu experiencia escalando la plataforma de pagos de tu anterior empresa es justo lo que necesitamos.', settings: { degree: 2 } },
    // A shared past missed or recalled; a role at their organisation sought (en).
    { code: 'Hey Anika! Finally on here — miss our Globex retros. Coffee soon?', settings: { degree: 1 } },
    { code: 'Salaam Imran bhai, we sat together in the Karachi office for two years. Keep in touch!', settings: { degree: 1 } },
    { code: 'Dear Sir, I am a fresher from NUST seeking a logistics internship at your esteemed organisation.', settings: { degree: 3 } },
    // Dutch hooks: a talk followed up with what, their opening, what they led, what the sender seeks, questions about something, an interview, vacancies there, what they prepare; their work beside the sender's (nl, en).
    { code: 'Hoi Bram, zoals gisteren bij de lunch besproken: hierbij de uitnodiging, dan stemmen we de beursplanning hier af.', settings: { degree: 1 } },
    { code: 'Hi Noor, je zoekt een data-engineer voor het team in Utrecht, las ik in je vacature.', settings: { degree: 2 } },
    { code: 'Hoi Femke, jij hebt bij een koffiebrander de uitrol naar België begeleid. Wat heb je geleerd over distributeurs?', settings: { degree: 3 } },
    { code: 'Beste mevrouw Claes, wij bouwen in Gent een koelhuis en zoeken een partner voor de koelketen.', settings: { degree: 3 } },
    { code: 'Hey Noah, mag ik je drie vragen stellen over je overstap van het onderwijs naar UX?', settings: { degree: 3 } },
    { code: 'Beste Karel, graag zou ik u daarover interviewen voor ons ledenblad.', settings: { degree: 2 } },
    { code: 'Beste [Voornaam], ik zag dat je bij [Bedrijf] werkt. Zijn er daar vacatures voor [functie]?', settings: { degree: 3 } },
    { code: 'Goedemiddag meneer Dijkstra, via Anouk Bos weet ik dat u de aanbesteding voor het nieuwe zwembad voorbereidt.', settings: { degree: 2 } },
    { code: 'Hoi Mees, jij bouwt drones voor de landbouw, ik maak software voor precisielandbouw. Koffie in Wageningen?', settings: { degree: 3 } },
    { code: 'Hi Mees, you build drones for vineyards, we make the software that plans their routes. Coffee in Bordeaux?', settings: { degree: 3 } },
    // Business done with them or asked of their practice (en, typed in a hurry too); what they offer, asked (es).
    { code: 'hey! we ship thru ur depot in rotterdam every week, would be good to put a face to the name', settings: { degree: 1 } },
    { code: "Hi Dr. Osei, I'm a practice nurse across town. Does your clinic take new referrals for sleep studies?", settings: { degree: 3 } },
    { code: 'hola, me pasas info de los cursos de tu academia de francés? precios y horarios porfa', settings: { degree: 3 } },
    // What they look for, told by someone; a partnership taken up again (pt). An expert invited, their experience seen, their role's burden (de).
    { code: 'Prezada Sra. Lia Matos, o Renato mencionou que a senhora procura apoio em compliance para a rede de farmácias.', settings: { degree: 1 } },
    { code: 'Sr. Antônio, assumi a empresa do meu pai e gostaria de retomar a parceria com a sua cooperativa.', settings: { degree: 1 } },
    { code: 'Guten Tag Frau Berger, ich würde Sie gern als Expertin für unseren Workshop zur Pflegedokumentation gewinnen.', settings: { degree: 1 } },
    { code: 'Servus {Vorname}! Ich suche Mitgründer:innen und hab gesehen, dass du Erfahrung mit Batteriespeichern hast.', settings: { degree: 1 } },
    { code: '%ANREDE% %NACHNAME%, als Leiter eines Bauhofs kennen Sie den Aufwand bei der Winterdienst-Planung. Darf ich Ihnen unsere App zeigen?', settings: { degree: 1 } },
    // An informational interview about their path (en, es); a promotion to a role said (es).
    { code: 'Hi [First Name], I am moving from teaching into UX research. Would you be open to a short informational interview about how you got into [their field]?', settings: { degree: 3 } },
    { code: 'Hola [Nombre], estoy pasando de la enfermería a la analítica de datos. ¿Tendrías 15 minutos para una entrevista informativa?', settings: { degree: 3 } },
    { code: 'Hola Rocío, ¡enhorabuena por el ascenso a directora de operaciones! Sigamos en contacto.', settings: { degree: 1 } },
    // Something of theirs come across (fr), their firm doing something named (fr), a desk shared at a dated event (en).
    { code: 'Salut Inès, je suis tombée sur ta thèse sur les sols urbains à Lyon.', settings: { degree: 3 } },
    { code: "Bonjour Monsieur Traoré, votre maison d'édition publie en bambara et notre association équipe des bibliothèques à Ségou. Pourrions-nous en parler ?", settings: { degree: 2 } },
    { code: 'Jonas! We shared a desk at the 2017 Junction hackathon, remember? Keep in touch.', settings: { degree: 1 } },
    // A meeting the note follows on from, said with when or what (en, fr); a reference for a field (it).
    { code: 'Dear Amir, following our lunch on Thursday in Porto, adding you here so I can send the quote.', settings: { degree: 1 } },
    { code: "Bonjour Monsieur Faye, suite à notre dîner de vendredi, je vous ajoute ici pour l'envoi du devis.", settings: { degree: 1 } },
    { code: 'Gentile Avvocata Greco, Paolo Riva mi ha indicato Lei come riferimento per il diritto del lavoro in Ticino.', settings: { degree: 2 } },
    // A question put to them about something of theirs, with a detail in it (en, es, fr): a specific question is a reason.
    { code: "Hi Dan, did the move to Snowflake pay off for your analytics team? We're weighing the same switch." },
    { code: 'Hi Dan, how long did it take your team to get SOC 2 with Vanta?' },
    { code: 'Hola Ana, ¿cómo os fue la migración a Holded? Estamos pensando en hacer lo mismo.' },
    { code: 'Hola Ana, ¿seguís buscando perfiles de datos en Valencia?' },
    { code: 'Bonjour Claire, comment votre équipe a-t-elle vécu le passage à Qonto ?' },
    // The same headache, something they did said of them, a history being written.
    { code: 'Hi Lena, we have the same headache: getting landlords to share meter data.' },
    { code: 'Hola Inés, me dijeron que fuiste tú quien arregló la integración con Bizum.' },
    { code: 'Dear Ms. Abernathy, I am writing a history of the apple export trade and would love your family’s side of it.' },
    { code: 'Hi Jo, Sam passed your name along after I moaned about our CRM migration. Apparently you did yours with zero lost deals.' },
    // What they did said of them, work built on theirs, questions on a topic (fr, de, it, nl, pt).
    { code: "Salut Karim, Léa m'a dit que c'est toi qui as refait le module de facturation chez Pennylane." },
    { code: 'Sehr geehrte Frau Albers, meine Masterarbeit über Korrosion in Kühltürmen baut auf Ihrem Versuchsaufbau von 2019 auf.' },
    { code: 'Hallo Tim, dürfte ich Sie nach dem Dachdecker fragen, der bei Ihnen war?' },
    { code: 'Ciao Marta, avrei due domande sulla rendicontazione del bando PSR.' },
    { code: 'Hoi Bram, heb jij die planning-app gebouwd voor de thuiszorg in Deventer?' },
    { code: 'Oi Marina, pergunta bem específica: como vocês resolveram a escala de plantão?' },
    // A pitch tied to something of their company's (a move noticed, a launch, found while researching) or their view from their seat asked for.
    { code: 'Hi [Name], I came across [Company] while researching sustainable packaging brands. We make compostable mailers for DTC brands. Open to connecting?' },
    { code: 'Hi {{first_name}}, loved the new {{product}} launch. We help product teams like yours collect in-app feedback.' },
    { code: 'Hi [Name], I work with CFOs at mid-size manufacturers on cash-flow forecasting and thought your perspective at [Company] would be valuable.' },
    { code: "Hi {{first_name}}, {{company}}'s growth in the EU market caught my attention. We help US brands handle VAT compliance across the EU." },
    { code: "Hi Ana, I'm very interested in the [Role] path and would be grateful for 20 minutes." },
    { code: "Hi [First Name], I noticed [Company]'s landing pages haven't changed since the rebrand — I have a few quick ideas if you're open to it." },
    { code: 'Hola Diego, ¿me recomendarías algún curso de Django avanzado?' },
    { code: 'Che Fede! Nico Ramírez dice que en Tiendalia andan buscando agencia para performance. Nosotros hacemos eso hace seis años.' },
    { code: 'Estimado Sr. Ruiz, me dirijo a usted como responsable de compras de Envasa. Representamos a un fabricante de envases compostables.' },
    // Something noticed about their company, an episode's topic, ideas for them (de, pt, it).
    { code: 'Hallo Tim, mir ist aufgefallen, dass Routix gerade fünf Stellen im Außendienst ausschreibt – unser Tool könnte helfen.' },
    { code: 'Oi Ana! A Bia sugeriu seu nome para um episódio sobre cooperativas de crédito.' },
    { code: "Buongiorno Marta, ho letto l'ultima newsletter di Lanificio e ho un paio di idee per aumentare le aperture." },
    // A job at their company asked for or asked about (es).
    { code: 'Buenas, Nico. Busco trabajo de analista y me encantaría que me tuvieras en cuenta para futuras oportunidades en Cabify.' },
    { code: 'Hola Ana, gracias a Pedro llegué a tu perfil. Me encantaría saber si en Glovo hay vacantes o a quién debería escribir.' },
    // Their opinion asked on a topic named in three words or more.
    { code: 'Hi Gonzalo, what do you make of the new EU rail interoperability rules?' },
    { code: 'Hola Gonzalo, ¿qué opinas del nuevo reglamento europeo de interoperabilidad ferroviaria?' },
    // Their current work asked about; people wanted for a board; a talk to go on with; their posts read (de, nl).
    { code: 'Hi {{first_name}}, keen to find out more about what your team is shipping over at {{company}}.' },
    { code: "Hello {{first_name}}, you've advised three climate funds. We're developing a carbon ledger and want seasoned investors on our advisory board." },
    { code: 'Hi Ana, great to meet you today. Happy to pick up where we left off on the pricing experiment.' },
    { code: 'Guten Tag Frau Weber, ich habe einige Ihrer LinkedIn-Beiträge über Pflegeroboter gelesen und würde mich gern vernetzen.' },
    { code: 'Hallo Jonas, als Einkaufsleiter schreiben Sie oft Beiträge über Lieferketten, die ich mit Interesse lese.' },
    { code: 'Beste Sanne, ik las een paar van uw berichten over warmtenetten. Graag verbind ik met u.' },
    { code: 'Olá Rita, gostaria de conectar para trocarmos experiências sobre logística reversa.' },
    // A topic after "talk with you on" is one.
    { code: 'Hi Sam, I would like to talk with you on cold-chain audits for vaccine depots.' },
    { code: "Bonjour Claire, j'aimerais échanger avec vous sur la méthanisation agricole." },
    { code: "Hey Priya, I'd love to talk about your LinkedIn ads playbook for clinics." },
    { code: 'Hi Priya, keen to talk about how we can share depot capacity in Leeds.' },
    { code: 'Buenas Irene, te escribo por el curso de soldadura que impartes en Avilés.' },
    { code: 'Hello [First Name], keen to hear more about your background in tidal energy permits.' },
    { code: 'Hello [First Name], I would appreciate your take on the market for second-hand e-bike batteries.' },
    { code: 'Hello [First Name], I am contacting you about a partnership on the Bristol repair café.' },
    { code: 'Buenas {{nombre}}, quisiera saber más acerca de tu recorrido en la restauración de órganos barrocos.' },
    { code: 'Buenas {{nombre}}, ¿hablamos un día sobre tu experiencia con las subvenciones Leader?' },
    // Their past move asked about, their product weighed up, a shared past, a promise kept, an idea from back then.
    { code: 'Hi Tom, when you migrated the Leeds depot to voice picking, did error rates fall?' },
    { code: 'Hi Tom, we are evaluating your platform for our 40 clinics and I have a question on SSO.' },
    { code: 'Hi Tom, ages since our apprenticeship at Rolls-Royce! I moved into drones as well.' },
    { code: "Hi Tom, here's the intro I promised at the school gate." },
    { code: 'Hi Tom, still keen on that allotment app idea we had at uni?' },
    { code: 'Hi Tom, we need mentors for our robotics club in Hull. Interested?' },
    { code: 'Hi Tom, I would love to learn more about how [Company] trains its night-shift pickers.' },
    { code: "Hi Tom, could I get your help with something on your Rust crate's async API?" },
    { code: 'Hi Tom, keen to compare notes on rota software for small GP practices.' },
    { code: "Hi Tom, we're raising a seed round for a cold-chain sensor startup and your fund backs logistics." },
    // Cómo trabajan ellos, dicho de otras formas (es, de, it); un equipo en marcha pensando en ellos (de).
    { code: 'Hola Irene, me gustaría charlar contigo sobre cómo montasteis el banco de alimentos del barrio.' },
    { code: 'Guten Tag Frau Roth, gern würde ich mich darüber austauschen, wie Sie bei [Firma] Lieferanten bewerten.' },
    { code: 'Hallo Jan, ich baue gerade ein Security-Team in Köln auf und dachte sofort an dich.' },
    { code: 'Ciao Marco, vorrei confrontarmi con te su come gestite le consegne refrigerate.' },
    { code: 'Hoi Sanne, via Joost las ik dat jullie een tweede vestiging openen in Gent.' },
    { code: 'Hola Irene, estoy buscando perfiles de QA para un proyecto de banca en Bilbao.' },
    // Algo leído de su organización, cómo lo hicieron, el mismo equipo que el nuestro, una referencia, un informe con tema (es).
    { code: 'Hola Irene, leí en el Diario de Navarra que vuestra cooperativa ha dejado el plástico en las bandejas.' },
    { code: 'Según la revista del colegio, en tu clínica habéis quitado las guardias de 24 horas. ¿Cómo lo negociasteis?' },
    { code: 'Hola Irene, usáis el mismo secuenciador que nosotros; ¿me pasarías vuestro protocolo de limpieza?' },
    { code: 'Hola Irene, mi tesis se basa en tus series de caudales del Ebro. ¿Te importaría que te nombre como referencia?' },
    { code: 'Hola Irene, preparo un informe sobre comedores escolares en Aragón. ¿Podrías responder a tres preguntas?' },
    { code: "Hi Tom, I'm researching a report on [topic] for our trade body and would value an interview." },
    { code: 'Hi Tom, I see we both volunteer at [Organization]. Would love to connect!' },
    // Facts of their organisation, asks of it, their product tried, a bug found, a comparison, a plan kept (en).
    { code: "Your council's move to four-day bin rounds was in our paper. I run waste services two towns over. How did the crews take it?" },
    { code: 'Does your clinic still see rescue greyhounds? Ours has a waiting list of nine.' },
    { code: 'I think there is a crash in your tide-tables library when the year rolls over; I can reproduce it.' },
    { code: 'Happy to trial the beta of your rota app on my ward and write up what breaks.' },
    { code: 'Our school is considering your reading-age software for years 3 to 6. Could you talk me through a rollout?' },
    { code: "Your orchard's cider sold out before ours again this year. What do you do differently with the apples?" },
    { code: "Mo! Let's finally do that lake swim we keep talking about." },
    { code: 'Kasia put your crew forward for the roof on our barn conversion. Can I send you the drawings?' },
    // A pitch tied to their company, with what it does said plainly.
    { code: 'Hi {{first_name}}, we help bakeries like {{company}} cut flour waste with demand forecasts. Happy to connect.' },
    { code: 'Hi {{first_name}}, our app helps practices like yours fill cancelled slots from a waiting list.' },
    // A plan of the sender's, a mentor sought, what worked for them asked (en).
    { code: "Hi Rui, I'm about to roll out e-prescribing at our two pharmacies. Could you tell me what worked for you?" },
    { code: "Hi Rui, we're both in the Tidewater Builders network. I'm looking for a mentor as I move into estimating." },
    // A fact of their organisation and how it went, a bug in their library, a team of old, news heard of them, a request (de, fr, pt, it, nl).
    { code: 'Hallo Frau Roth, Ihre Bäckerei hat als erste im Kreis auf Mehrwegbecher umgestellt. Wie lief das mit den Kunden?' },
    { code: 'Hallo Jan, in deiner Bibliothek pdf-merge fehlen seit 2.0 die Lesezeichen.' },
    { code: 'Hallo Jan, wir waren damals beim Roten Kreuz in Ulm zusammen im Katastrophenschutz.' },
    { code: 'Hallo Jan, die Mia hat erzählt, dass ihr im Hofladen jetzt Milch aus dem Automaten verkauft.' },
    { code: "Bonjour Luc, votre école vient de supprimer les notes en sixième. Est-ce que ça a changé l'ambiance en classe ?" },
    { code: 'Salut Luc ! Tu aurais un contact pour louer une presse à raisin en Anjou ?' },
    { code: 'Olá Rita, instalei a vossa app de reservas na clínica e tenho duas sugestões.' },
    { code: 'Ciao Marco, come siete riusciti a ottenere il permesso per il mercato serale in piazza?' },
    { code: 'Ciao Marco, Anna dice che sei tu ad aver scritto il regolamento del nostro orto comune: vorrei chiederti un parere.' },
    { code: 'Hoi Sanne, ik start in maart een podcast over zorgboerderijen en zou jou graag als gast hebben.' },
    // Reasons told as a story (en): a question on a thing of theirs, their words quoted, a shared past,
    // what they did that the sender now faces, their firm's work under way, something of theirs bought or read.
    { code: 'Is the Perth bakery still using the wood-fired oven, or did you finally replace it? We are about to choose.' },
    { code: 'Still got that spare trailer? Our scout troop lost theirs and camp is in July.' },
    { code: 'You said at the meetup that nobody reads runbooks. Ours is 90 pages; where would you start?' },
    { code: "Remember losing the pub quiz on the tie-break? It's back next month and we need a fourth." },
    { code: 'Our only sound engineer quit today, and you rebuilt the Leeds Grand crew after the same thing. Twenty minutes?' },
    { code: 'Your studio is restoring the Hull pier pavilion and I cast the iron railings for jobs like that.' },
    { code: 'The cider season starts early this year, so your pressing line is about to be flat out. We rent mobile presses.' },
    { code: 'Bought three of your walnut stools for our café and customers keep asking who made them.' },
    // The same stories in other languages.
    { code: 'Compramos vuestras básculas para la lonja hace un año y una marca mal con humedad.' },
    { code: 'Tu cambio a envases retornables nos obliga a rehacer los palés; ¿me cuentas las medidas?' },
    { code: 'Le marché du dimanche a-t-il survécu aux travaux de la place ? Nous organisons le même à Niort.' },
    { code: 'Vous avez relancé la fanfare municipale de Dole ; la nôtre va disparaître.' },
    { code: 'Hat sich die Vier-Tage-Woche in Ihrer Praxis in Jena gehalten? Wir überlegen dasselbe.' },
    { code: 'Sie haben in Erfurt die Lehrwerkstatt für Elektriker neu aufgebaut, genau das fehlt uns in Gotha.' },
    { code: 'Wir fahren seit einem Jahr mit Ihren Elektrorollern die Pflegetouren in Halle.' },
    { code: 'Ich habe dein Tool für Vereinskassen geforkt und einen CSV-Export ergänzt.' },
    { code: 'Ich bräuchte deinen Rat zur Anmeldung eines Vereins in der Schweiz.' },
    { code: 'Zé, ainda tem aquela tenda grande dos acampamentos? Preciso dela no sábado.' },
    { code: 'Juntar a sua padaria e a minha torrefação num pequeno-almoço de domingo em Braga?' },
    { code: 'Tu hai seguito la riconversione di due cantine in Langa: da dove comincio?' },
    { code: 'Draait de bakkerij in Gouda nog steeds op de oude oven sinds de overname?' },
    // Why them alone, a piece with a subject, a meal at their place, a question on their practice, their article, a shared past (en, es, fr, de).
    { code: "Hi Bryn, you're the only person I know who has restored a narrowboat engine, and I'm writing a short guide on it." },
    { code: 'Hola Álex, comí el domingo en tu taberna de Jerez. ¿Trabajas con algún proveedor de atún de almadraba?' },
    { code: "Bonjour Maître Roy, félicitations pour l'arrêt obtenu dans l'affaire du canal ! Acceptez-vous encore des dossiers collectifs ?" },
    { code: 'Guten Tag Frau Beck, Sie haben im Heft des Landesverbands den Artikel über Hofläden geschrieben.' },
    { code: 'Hi Lena! Erinnerst du dich an unser Praktikum in Mainz? Hättest du Zeit für eine Vertretung im Juli?' },
    // Un hueco en su agenda pedido para algo concreto, un protocolo con tema, una propuesta ligada a su equipo (es).
    { code: 'Hola Inés, busco ilustradora de etiquetas para una sidra asturiana. ¿Tienes hueco en marzo?' },
    { code: 'Hola Inés, preparo un protocolo de caídas para residencias y su opinión me ayudaría mucho.' },
    { code: 'Hola {{nombre}}, vi que en {{empresa}} crecéis en soporte. Ayudamos a equipos así a resolver tickets con plantillas.' },
    // A purpose said in a sentence framed as one of a kind; whether they own a thing.
    { code: "Hi [Name], as a fellow [Industry] founder, I'd love to swap notes on raising a seed round in [City]." },
    { code: 'Hey {{first_name}}, quick one: are you still the right person for supplier audits at {{company}}?' },
    { code: '¿Sigues siendo la persona indicada para homologar proveedores en {{empresa}}, {{nombre}}?' },
    { code: 'Hola [Nombre], escribo un boletín sobre retail y me gustaría contar cómo [Empresa] organiza sus rebajas.' },
    // A pitch to companies of a kind, the template's company among them, with a figure.
    { code: 'Hola [Nombre], ayudamos a empresas de logística como [Empresa] a recortar un 20 % los kilómetros en vacío.' },
    // Typed in a hurry: chat spellings read as the words they stand for.
    { code: 'hey [Name] thx for commenting on my [topic] post, rly liked what u said. lets connect n keep talking' },
    { code: 'hola Marta, vi tu charla en el T3chFest y q buena, xq justo estamos migrando a Kafka' },
    { code: 'Hi {fromFirstName} here. Would you consider referring me for the {interested_position} opening at {toCompany}?' },
    { code: '{Hola|Buenas} {{first_name}}, ¿compartimos puntos de vista sobre la logística de última milla?' },
    { code: 'Hi {firstName}, could we connect? Keen to hear more about {company} and the positions you have open.' },
    { code: "{Hi|Hello} {{first_name}}, {{mutual_connection}} said we should talk! I'd enjoy hearing about your work on cold-chain sensors." },
    { code: 'Hi {{first_name}}, lovely to meet you {{when_we_met}}. Happy to carry on our conversation about {{topic_discussed}}.' },
    { code: 'Hey [Name], big fan of where you are taking [Org]. Keen to compare approaches to volunteer onboarding across our charities.' },
    { code: 'Hi {Name}, lovely meeting you yesterday; I liked our discussion around {Subject}.' },
    // Asks and ties that need no "I'm": a favour of their team, their former pupil, what they coordinate, their years at a thing.
    { code: 'Hello Dr. Okafor, Anne mentioned we both volunteer at the food bank. Any chance your Saturday team needs a driver?' },
    { code: 'Hola Sr. Núñez, fui su alumna en el instituto de Alcalá y quería darle las gracias.' },
    { code: 'Estimada Sra. Quintero: el Dr. Ortiz me sugirió escribirle respecto al estudio que coordina.' },
    { code: 'Olá Dra. Sofia, a Inês falou-me do seu trabalho em direito do mar.' },
    { code: 'Bom dia, Sr. Antunes. Trabalhamos com várias gráficas como a vossa em faturação eletrónica.' },
    { code: 'Dear Ms. Hale, given your decade running clinical trials at Norvex, your advice would help as we redesign ours.' },
    { code: 'Hi {{first_name}}, I work on [what you do], and since you are in [their industry], a chat could be useful to both of us.' },
    { code: 'Guten Tag Frau Weber, als Einkäuferin veröffentlichen Sie hier auf LinkedIn immer wieder Beiträge über Lieferketten.' },
    { code: 'Hola {{first_name}}, vi que liderás compras en {{company}}. En Facturia armamos un conciliador que cuadra facturas en minutos.' },
    { code: 'Hello [First Name], lovely to meet you [today]; I keep thinking about what we discussed on [topic discussed].' },
    { code: 'Dear [First Name], a pleasure to meet you [today]. I would be glad to continue our discussion of [topic discussed].' },
    { code: 'Guten Tag Herr Roth, als Leiter der Logistik haben Sie einige Beiträge zur Tourenplanung verfasst, die ich gelesen habe.' },
    { code: 'Geachte heer Visser, mijn collega belt u volgende week inzake de gladheidsbestrijding in Zwolle.' },
    // Italian: a conversation to pick up with its topic, their open roles asked about.
    { code: 'Ciao Marta, piacere di averti conosciuta oggi: possiamo riprendere la chiacchierata sul magazzino automatico?' },
    { code: 'Gentile {{first_name}}, vorrei conoscere meglio {{company}} e le posizioni aperte nel team dati.' },
    // Regional turns: a politeness before the purpose, "a bit more about what you're working on".
    { code: 'Hello [First Name], a pleasure to meet you [today]! Kindly connect so that we can take forward our discussion regarding [topic discussed].' },
    { code: 'Hi [Name], [Mutual] is a mutual of ours. Keen to hear a bit more about what your team is shipping over at [Company].' },
    // Their role echoed, then something the sender built for such a role.
    { code: "Hi {{first_name}}, I see you're the {{title}} at {{company}}. We've built a scheduler that cuts no-shows for clinics by a third." },
    { code: 'Hola {{nombre}}, veo que diriges compras en {{empresa}}. Hemos creado una herramienta que concilia facturas en minutos.' },
    // Their work for someone both know; someone needed to explain a thing (es).
    { code: 'Hi Ana, the workshop you ran for my old team at Monzo was the best we had.' },
    { code: 'Hola Ana, necesito que alguien me explique cómo va lo del IVA para autónomos en Canarias.' },
    // Their profile merged in, then a pitch (fr, pt).
    { code: 'Bonjour {{prenom}}, je vois que vous êtes {{poste}} chez {{entreprise}}. Nous aidons les PME industrielles à réduire leurs rebuts de 20 %.' },
    { code: 'Olá {{nome}}, vi que você é {{cargo}} na {{empresa}}. Ajudamos redes de farmácias a reduzir rupturas de estoque.' },
    // Met somewhere named or a conversation to go on with: a (weak) reason.
    { code: 'Hi Sam, great meeting you at the conference last week!' },
    { code: 'Hi Sam, good to meet you today! Keen to continue the conversation about cold storage.' },
    // How they made a thing of theirs, asked.
    { code: 'Hey Cleo, saw the photo of your smokehouse. Did you build the firebox yourself or buy it?' },
    // Spanish: a problem solved and how, testers sought for a beta, their company in the sender's study.
    { code: 'Hola {nombre}, a muchas tiendas de {sector} se les descuadra el stock en rebajas; lo solucionamos con colas de eventos y te cuento cómo.' },
    { code: 'Hola [Nombre], buscamos 10 fisioterapeutas que prueben nuestra app de ejercicios en casa.' },
    { code: 'Hola {nombre}, {empresa} salió en nuestro ranking de marcas de moda sostenible.' },
    // Pitches tied to them: a funding round congratulated on, a problem their peers share and how it was fixed, a question
    // put to their role, their company found in research, a move they made that the sender made too, an integration.
    { code: 'Hello {{first_name}}, congratulations on closing your Series A. We help freshly funded startups close the books in days.' },
    { code: 'Hi {{first_name}}, most {{industry}} teams I talk to lose orders when stock syncs lag. We solved that with event-driven sync. Happy to share how.' },
    { code: "Hi {first_name}, quick question as a {job_title}: is hiring or retention harder this year? I ask because we're building for it." },
    { code: 'Hi {first_name}, {company} stood out in our benchmark of {industry} checkouts, and we help stores like it recover carts.' },
    { code: 'Hi {{first_name}}, your move from Heroku to Fly caught my eye; we are halfway through the same switch.' },
    { code: "Hi {{first_name}}, we just shipped an integration with {{company}}'s API and would love to list it in your marketplace." },
    // Their profile merged in, then a pitch: the pitch is tied to them.
    { code: 'Hi {{first_name}}, I see you run {{department}} at {{company}}. We help finance teams close the month two days faster.' },
    { code: 'Hola {{nombre}}, vi que eres {{cargo}} en {{empresa}}. Trabajamos con cadenas de farmacias en Perú reduciendo roturas de stock.' },
    // Information shared on a named subject, after the networking talk.
    { code: 'Bonjour Hugo, content de faire le lien et de comparer nos retours sur la méthanisation agricole.' },
    // The near misses of the stock talk below: a collaboration on something named, a brain picked about a thing of theirs.
    { code: 'Hi Omar, I would like to propose a collaboration on the cold-chain pilot your team runs in Jeddah.' },
    { code: 'Hi Omar, could I pick your brain about your move from Kafka to Pulsar?' },
    { code: 'Hola Omar, me gustaría intercambiar ideas sobre la migración de vuestro ERP a SAP.' },
    // Someone who knows a thing, sought; a thing of theirs asked after; a matter named with 'lo del'; their API to plug into.
    { code: "Hi Omar, I'm looking for someone who has run a cold-chain warehouse in the Gulf, and Ravi said you did." },
    { code: 'Hola Omar, estoy buscando a alguien que sepa de soldadura orbital para un cliente farmacéutico.' },
    { code: 'Hi Omar, saw your listing for the lathe. Is it still available?' },
    { code: 'Hola Omar, ¿sigue disponible la nave de Getafe que anunciabas?' },
    { code: 'Omar! te escribo por lo del torneo de pádel del sábado' },
    { code: 'Hola Omar, queremos integrar vuestra API de facturas en nuestro ERP y me surgen dudas.' },
    // Following up on an intro; a call about something; a role they are filling, in Spanish.
    { code: "Hi {{first_name}} - following up on {{mutual_connection}}'s intro email so we can find a time for the call about {{company}}'s rollout." },
    { code: 'Hola Andrea, Lucía me pasó tu perfil: buscáis a alguien para liderar el equipo de datos y creo que encajo.' },
    // What someone told them of you, and about what, in French, Dutch, German and Italian; a follow-up after an exchange.
    { code: 'Salut Julien, Margaux m’a dit que tu cherchais un dev Symfony pour votre appli de réservation.' },
    { code: 'Hoi Sanne, Pieter zei dat jij op zoek bent naar een cateraar voor het kerstdiner.' },
    { code: 'Sehr geehrter Herr Krüger, Dr. Brandt hat mir empfohlen, Sie wegen der Ausschreibung zur Schulverwaltung anzusprechen.' },
    { code: 'Ciao Marco, un amico in comune mi ha consigliato di scriverti: sviluppo gestionali per farmacie.' },
    { code: 'Bonjour Hélène, suite à notre échange de ce matin sur le chantier, je t’ajoute ici pour t’envoyer les plans.', settings: { degree: 1 } },
    { code: "Hey Katrin, wie läuft's in der neuen Praxis in Bremen?", settings: { degree: 1 } },
    // A clause of its own past the praise; both running the same thing; talking about something.
    { code: "Hi Wei, your experience with Kafka stood out and I have a staff data engineer opening you'd enjoy." },
    { code: "Hi Chris, I work with Tom at Ocado and he thought we should connect, since we're both running warehouse robotics pilots." },
    { code: 'Maria, great catching up last week. Connecting here so we can keep talking about that freelance idea.', settings: { degree: 1 } },
    { code: 'Hola {{nombre}}, tu trayectoria en la consultora me llamó la atención y tenemos una vacante de analista que encaja.' },
    // Years together on a team; how we could support their company.
    { code: '¡Hola, Quique! Te agrego para no perdernos la pista después de tantos años juntos en el equipo de logística.', settings: { degree: 1 } },
    { code: "Hi Priya, I lead partnerships at a payroll startup and would love to explore how we could support [Company]'s small-business clients." },
    // Filler leaves the rest of its sentence alone: the reason beside it still counts.
    { code: "Hi Mo, I'm exploring new roles and saw you lead product at Monzo, so I'd value ten minutes of advice." },
    // Touch lost since a shared past; asking how they got started.
    { code: "Salut Léa ! On s'est perdus de vue depuis l'ESSEC, ravi de te retrouver ici.", settings: { degree: 1 } },
    { code: 'Hi Dan, would you be open to sharing how you got started in developer relations?' },
    // A question about how they did something, and a problem in common, in each language.
    { code: 'Hola Ana, ¿cómo convencisteis a dirección de pasar a trabajo remoto?' },
    { code: 'Bonjour Marc, comment vous y êtes-vous pris pour recruter vos premiers commerciaux ?' },
    { code: 'Hallo Jan, wie habt ihr die Umstellung auf SAP S/4HANA im Lager gelöst?' },
    { code: 'Ciao Luca, come avete gestito il passaggio al cloud con i dati sanitari?' },
    { code: 'Olá Rita, como você lidou com a troca de ERP no meio do ano?' },
    { code: 'Hoi Fenna, in zes jaar van stagiair naar hoofd logistiek bij Vanderlande. Hoe heb je die stap naar leidinggeven aangepakt?' },
    { code: 'Sehr geehrte Frau Roth, als Leiterin Einkauf bei Vossberg arbeiten wir an ähnlichen Herausforderungen in der Beschaffung.' },
    // What is under way, in Italian and German; a shared past in German.
    { code: 'Ciao Vale, ti scrivo perché a ottobre organizziamo una rimpatriata degli ex del marketing.' },
    { code: 'Hallo Jan, wir planen die Einführung eines Lieferantenportals und ich würde gern Ihre Erfahrung hören.' },
    { code: 'Hey Basti, lange nicht gesehen seit dem Studium in Aachen!', settings: { degree: 1 } },
    { code: '' },
    { code: 'Hi Elena, great meeting you at the conference last week! Let us stay in touch.' },
    // A question about what they did or how they work; a problem in common, said with where it lies.
    { code: 'Hi Sam, you moved from support into product at Intercom. How did you make the case for the switch?' },
    { code: 'Hi Lee, what made you pick Rust over Go for the ingestion service?' },
    { code: "Hi Kim, we're wrestling with similar challenges in freight pricing. Keen to compare approaches." },
    // What they have written a lot about, and a beta opening for it.
    { code: "Hi Ingrid, you've written more about Terraform drift than anyone I follow, so I'd like you in our closed beta." },
    // Sent their way about something; roles to fill; what they run.
    { code: 'Hi Ana, Tom pointed me your way re: the SOC 2 evidence templates. Mind if I connect?' },
    { code: "Hi {{first_name}}, I'm a recruiter at {{agency}} and have two senior {{role}} roles you'd suit." },
    { code: 'Hi Jo, since you run a 12-person agency, our reporting tool may save your team a day a month.' },
    { code: 'Hola Elena, podríamos colaborar en la feria de Valencia: buscamos un socio para el stand.' },
    // Congratulations with something said after them; a project shared in the past.
    { code: "Hi Jo, congrats on the new role at Monzo! I'm hiring for a similar platform team and would love your take on on-call.", settings: { degree: 1 } },
    { code: 'Hallo Jan, schön, nach unserem gemeinsamen Projekt bei Siemens wieder von dir zu hören!', settings: { degree: 1 } },
    // A slot for a specific detail, their post or the event is where the template's user writes the reason.
    { code: 'Hello [Name], [the detail you noticed] stood out to me.' },
    { code: 'Hey {{ name }}, your {{ latest_article | default("article") }} changed how we plan sprints.' },
    { code: 'Hola [Nombre], me encantó tu charla en [Evento].' },
    { code: 'Hi Noor, we are building a climate data product and looking for sharp operators to join our advisory board.' },
    { code: 'Hola Noor, estamos buscando perfiles de operaciones para formar parte de nuestro consejo asesor.' },
    { code: 'Hi Laura, I see we have 12 connections in common. I run operations at a 3PL in Zaragoza and would love to connect.' },
    { code: "Hey Nadia! It's been ages since we shipped the Atlas release together at Brightwave." },
    { code: 'Hi Chris, I see you are hiring backend engineers at Loop. I am a Go developer with six years in payments.' },
    { code: 'Hi Mike, noticed Brewhaus opened two new taprooms this spring. We build loyalty apps and would love to connect.' },
    { code: 'Hi [Name], [Mutual Connection] suggested I reach out. I would love to hear your thoughts on [topic].' },
    { code: 'Hola Sergio, tenemos 15 contactos en común. Me gustaría conectar para intercambiar experiencias sobre logística de última milla.' },
    { code: "Bonjour Claire, je vois que vous dirigez la DSI d'un groupe de cliniques. J'aimerais échanger sur vos enjeux NIS2." },
    { code: 'Hallo Jonas, Katrin meinte, du suchst gerade Backend-Entwickler mit Kotlin-Erfahrung.' },
    { code: "Hey [Name], a mutual friend suggested I reach out since you scaled [Company]'s support team from 5 to 50." },
    { code: '¡Hola Marta! Me acordé de nuestro proyecto de fin de máster: lo estoy convirtiendo en startup.' },
    { code: 'Hi Ana, welcome to the Northwind Mentors circle!', options: { reasons: ['Northwind Mentors'] } },
    // Swapping notes about something, or a problem in common, is a purpose.
    { code: 'Hi Noor, I would love to compare notes on moving our support desk to Zendesk.' },
    { code: "Hi Noor, we're fighting the same on-call fatigue problem at Northwind. Would love to swap notes." },
    { code: 'Hola Noor, me gustaría intercambiar experiencias sobre logística inversa en farmacia.' },
    // A specific question about them, or a project that wants their view.
    { code: "Hi Noor, I'm curious how your team runs incident reviews across three time zones." },
    { code: 'Hola Noor, tengo curiosidad por cómo organiza tu equipo las revisiones de incidentes.' },
    { code: "Hi Noor, I'm putting together a report on cold-chain audits and would love your view on it." },
    // Their role said as theirs is why this person.
    { code: 'Guten Tag Frau Weber, ich habe Ihre Artikel als Leiterin der Kältelogistik bei Nordfrost gelesen.', settings: { lang: 'de' } },
    { code: 'Hallo meneer Jansen, ik volg uw werk in uw rol als hoofd inkoop bij een ziekenhuisgroep.', settings: { lang: 'nl' } },
    // A recruiter's opening, an account team's introduction.
    { code: "Hi Grace, I'm a recruiter at Google and I think you'd be a great fit for a Staff Engineer opening on our Cloud team." },
    { code: 'Hola Grace, soy reclutadora en Google y creo que encajarías muy bien en una vacante de Staff Engineer en nuestro equipo de Cloud.' },
    { code: "Hi Omar, I'm the new account executive covering your region at Salesforce and wanted to introduce myself." },
    { code: 'Hola Omar, soy el nuevo ejecutivo de cuentas que cubre tu región en Salesforce y quería presentarme.' },
    // A journalist's piece, a project that needs a mentor, life in common.
    { code: "Hi Victor, I'm a journalist at Bloomberg covering semiconductors. Would you be open to a short background chat?" },
    { code: "Hi Maya, I'm a volunteer at Code for Boston and we need a mentor for our civic data project. Would you consider it?" },
    { code: 'Hi Ivy, our kids are on the same soccer team! Nice to finally put a face to the name.' },
    { code: '¡Hola Ivy! Nuestros hijos están en el mismo equipo de fútbol. Por fin pongo cara al nombre.' },
    // The same industry, or their work asked about, beside a purpose of one's own.
    { code: "Hi [Name], we're both in the fintech space and I'm building a payments API for marketplaces. Would love your take on pricing." },
    { code: "Hi Ana, I'm moving into data engineering and I'd love to learn more about your work on Airflow at Spotify." },
    // A shared past asked about.
    { code: "Hello, you sat next to me in chemistry at St Anne's. Do you remember me from there?" },
    { code: 'Hola, ¿te acuerdas de mí del instituto?' },
    // Their channel, an offer to review something of theirs, a list they are on, news of theirs.
    { code: 'Hi Lou, we share an interest in woodworking robots. I saw your YouTube channel!' },
    { code: "Hi Pete, I'm a career coach and noticed you're open to work. Happy to review your resume for free." },
    { code: 'Hola Pete, soy coach de carrera y vi que estás buscando nuevas oportunidades. Puedo revisarte el CV gratis.' },
    { code: "Hi Tim, I'm compiling a list of the top 50 women in fintech for our annual report and you're on it!" },
    { code: 'Hola Tim, estoy preparando una lista de las 50 mujeres más influyentes del fintech para nuestro informe anual.' },
    { code: 'Hi Ed, your company just won the contract for the new bridge in Portland. We supply steel rebar and would love to be considered.' },
    { code: 'Hola Ed, tu empresa acaba de ganar el contrato del nuevo puente de Oporto. Suministramos acero corrugado.' },
    // Asked to something of the sender's, their name heard in a conversation about something, a tool of theirs, research under way.
    { code: 'Hi Rosa, I would love to invite you to our breakfast roundtable on warehouse robotics in Rotterdam next month.' },
    { code: "Ciao Marco, complimenti per l'acquisizione di Fintra!", settings: { lang: 'it' } },
    // A job sought, and the reader's role at a named workplace.
    { code: 'Hola Nuria, estoy buscando trabajo como auxiliar contable en Bilbao y vi que eres responsable de administración en Grupo Nervión. ¿Me permites enviarte mi CV?', settings: { lang: 'es' } },
    // An introduction made for something.
    { code: 'Hi Aisha, Professor Lee introduced us by email last week about the clinic externship.' },
    { code: 'Hi Aisha, Dana put us in touch about the Leeds depot tender.' },
    // A question put without a question mark, as formal notes put it.
    { code: 'Estimada Dra. Ruiz: soy bióloga y quisiera preguntarle si su grupo del CSIC acogerá estancias de investigación este otoño.', settings: { lang: 'es' } },
    { code: 'Hola Nerea, tenemos varios contactos en común y me encantaría hablarte de una vacante de analista de datos en Bilbao.', settings: { lang: 'es' } },
    { code: 'Hi Priya, we met at the conference last week. Would love to stay in touch.' },
    { code: 'Hi [First Name], I came across your profile while sourcing for a [Job Title] role at [Client Company]. Salary is [Salary Range]. Interested?' },
    // A piece of work of theirs named by what it is.
    { code: 'Hi Carlos, I just read the freight report you published and have two questions.' },
    { code: 'Hi Carlos, I read the study you co-authored on hospital readmissions.' },
    { code: 'Hola Carlos, la guía que escribió tu equipo me ayudó mucho.', settings: { lang: 'es' } },
    { code: 'Dear Gerald, now that I have retired I am keeping in touch with old colleagues here. It would be good to stay connected after our years on the licensing desk together.', settings: { degree: 1 } },
    { code: 'Hoi Sam, wat leuk dat we elkaar weer tegenkwamen bij Dreamforce! Laten we hier ook verbonden blijven.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Marta, enhorabuena por el nuevo puesto. Te invito a un café y me cuentas qué vais a montar allí.', settings: { degree: 1, lang: 'es' } },
    { code: "Bonjour Madame Petit, vous recrutez un chef de projet data chez Decathlon ; j'ai postulé hier. À qui adresser ma lettre de motivation ?", settings: { degree: 1, lang: 'fr' } },
    { code: 'Beste [Aanhef], ik ben op zoek naar een nieuwe uitdaging als [functie] en zag dat u bij [Bedrijf] de vacature voor [functietitel] open heeft staan.', settings: { lang: 'nl' } },
    // Contractions, written whole.
    { code: "Hi Noor, apparently you've done this migration twice." },
    { code: "Hi Noor, we've got benchmarks from 40 warehouses." },
    // A named piece of work to bid on; a co-founder sought, with words before the noun.
    { code: 'Good afternoon Mrs Adams, I run a small cleaning company in Harrow and would be pleased to quote for the village hall contract.' },
    { code: "Hi Aditya, we share a lot of connections here. I'm looking for a technical co-founder for a logistics idea. Interested in hearing the pitch?" },
    // Writing to a kind of people, for what: to ask them to an event.
    { code: 'Hi [Name], I am reaching out to [industry] leaders in [City] to invite them to an invite-only dinner on [Date]. Would you be interested?' },
    { code: 'Hola Rosa, me encantaría invitarte a nuestra mesa redonda sobre robótica de almacenes en Valencia.' },
    { code: 'Bonjour Rosa, je voudrais vous inviter à notre petit-déjeuner sur la robotique en entrepôt à Lille.' },
    { code: 'Ciao Rosa, vorrei invitarti alla nostra colazione di lavoro sulla robotica di magazzino a Bologna.' },
    { code: 'Olá Rosa, gostaria de convidar você para o nosso café da manhã sobre robótica de armazéns no Porto.' },
    { code: 'Hallo Rosa, ich würde Sie gerne zu unserem Frühstück über Lagerrobotik in Hamburg einladen.' },
    { code: 'Hi Olu, your name came up when I was chatting with our head of sales about territory planning.' },
    { code: 'Hola Olu, estuve hablando con mi socia de la planificación de territorios y salió tu nombre.' },
    { code: 'Hi Olu, I noticed your team uses Airtable for vendor onboarding. We built a sync that keeps it in step with NetSuite.' },
    { code: "Hi Olu, I'm researching how mid-size clinics schedule night shifts. Would you share ten minutes?" },
    // What they know, a move under way, notes compared on something, seen again after a named workshop.
    { code: "Hi Olu, Kofi said to ask you since you know the Accra fintech scene better than anyone. I'm relocating there in May." },
    { code: 'Hi Olu, would love to compare notes on pricing usage-based APIs.' },
    { code: 'Hola Olu, me encantaría intercambiar ideas sobre precios de APIs por uso.' },
    { code: 'Hallo Olu, schön, dich nach dem Workshop in Leipzig wiedergesehen zu haben!' },
    // Ideas for something of theirs; a group being put together; applying there and asking about it.
    { code: "Hi Olu, I've used your invoicing app since spring and have a couple of ideas for the export screen." },
    { code: 'Hola Olu, uso vuestra app de facturas desde la primavera y tengo un par de ideas para la pantalla de exportación.' },
    { code: 'Hola Olu, estoy armando un círculo de jefas de compras para revisar contratos de flota cada trimestre. ¿Te sumas?' },
    { code: 'Hola Olu, estoy postulando a las prácticas de Cabify. ¿Podría preguntarte por tu experiencia allí?' },
    // A shared past, since one of them left.
    { code: 'Hi Olu! Since you left the studio we have lost track of you; coffee when you are back in Leeds?' },
    { code: '¡Hola Olu! Desde que te fuiste de la editorial no sabemos nada de ti; ¿un café cuando vuelvas?' },
    // A CV sentence beside a real purpose leaves the purpose alone.
    { code: "Hi Olu, I'm a certified PMP with 12 years of experience. We're hiring a delivery lead for our Lagos office and you came recommended." },
    // A clause of the sender's own after a dash: the hook before it stands.
    { code: 'Hi Olu, Dana mentioned you run payroll ops at Kuda — we help payroll teams catch duplicate payments before month end.' },
    // A tool their company uses; a purpose of one's own before their story asked about.
    { code: 'Hola Olu, vi que en Cabify usáis dbt. Armé unas macros para testear modelos incrementales.' },
    { code: 'Hola Olu, estoy preparando un informe sobre logística inversa y me gustaría conocer tu experiencia.' },
    { code: 'Hi Olu, your journey from ward nurse to CTO is inspiring — would love to hear how you made the switch.' },
    // A pitch tied to their company by its slot, with what it does for them; the sender's introduction ends where their pitch starts.
    { code: "Hi [Name], I'm a [Job Title] at [Company] and we help fintech teams like [Their Company] cut card-dispute losses by 20%." },
    { code: 'Hola [Nombre], en [Empresa] ayudamos a empresas como [Su Empresa] a reducir su factura eléctrica un 20%.' },
    // What the sender studies; years since school together (1st degree).
    { code: 'Hola Alba, soy investigadora y estudio cómo las bodegas adoptan sensores de humedad. ¿Aceptarías una entrevista?' },
    { code: "Hi Alba, I'm studying how small vineyards adopt soil sensors. Would you take a short interview?" },
    { code: '¡Hola Alba! Qué alegría verte por aquí después de tantos años desde la facultad.' },
    { code: '¡Hola Alba! Cuánto tiempo desde las prácticas en Repsol. Te agrego por aquí.' },
    // Their company's news; a memory shared (1st degree); the team they posted about.
    { code: 'Hi Alba, I noticed Mollie is growing its sales team. We help teams like yours ramp new reps in half the time.' },
    { code: "Hey Alba! Still thinking about that night market in Taipei. Let's catch up when you're back." },
    { code: '¡Hola Maite! ¿Sigues con el taller de cerámica? Mi hermana busca regalos para su boda.' },
    { code: '¡Hola Carmen! Te agrego para que me pases el contacto del fotógrafo que me comentaste.' },
    { code: 'Olá Camila, a Vivi disse que você é a pessoa para falar de importação. Posso te fazer duas perguntas?' },
    { code: 'Ciao Martina, Simone mi ha detto che stai lanciando una linea di cosmetici bio.' },
    { code: 'Beste Willem, Ellen noemde jouw naam. Mag ik je een paar vragen stellen over subsidies?' },
    { code: 'Hi Kim, a mutual friend recommended I connect with you about the UX research role on your team.' },
    { code: "Hi Kim, I'm a consultant looking for a partner on a port project in Rotterdam." },
    // Work done together, a nomination; a named colleague who suggested writing about something.
    { code: "Hi Linda, it was great working with you on the ward refurb. I'm nominating you for the nursing award and need your title." },
    { code: 'Dear Ms Ade, our colleague Kunle Bakare suggested I contact you regarding filing rules for subsidiaries.' },
    { code: "Hi Alba, Lina tagged you in her post about hiring data engineers. I'm one and would love to hear more about the team." },
    // A plan with something in it, a recruiter's project, a shared past recalled (es).
    { code: 'Hola Inés, estamos migrando la facturación de tres hospitales a un único ERP y tú lo hiciste en Navarra. ¿Me cuentas cómo lo planteasteis?' },
    { code: 'Hola {nombre}, busco perfiles como el tuyo para un proyecto de visión artificial en {ciudad}. ¿Hablamos?' },
    { code: '¡Hola Pau! Me acordé de nuestro trabajo de fin de grado sobre riego por goteo: lo estoy llevando a una cooperativa y quiero contártelo.', settings: { degree: 1 } },
    { code: 'Hola Leire, ayudamos a clínicas como {{empresa}} a recortar las ausencias a citas con recordatorios por WhatsApp. ¿Lo vemos?' },
    // What their own pages say, where their money went, what their company does, tied to a pitch; a question on what they would point to.
    { code: "Hi Wen, your changelog says exports still cap at 10k rows. We've built a streaming exporter that plugs into tools like yours. Worth a look?" },
    { code: 'Hi Ola, you backed three cold-chain startups last year. We monitor vaccine fridges with a $25 sensor and have two hospital pilots. Open to a look?' },
    { code: 'Hi {{first_name}}, your clinic runs weekend physio for runners, and our app does the rehab plans between visits. Fancy a quick chat?' },
    { code: "Hi Cam, I'm entering the robotics challenge you're judging. Which motor drivers would you point a first-year team to?" },
    // A role with its title, typed or as a slot.
    { code: "Hi [Name], I'm a recruiter at [Agency] and have a [Job Title] role that fits your background. Open to a chat?" },
    { code: 'Hi Dana, I am filling a night-shift charge nurse position at St Anne’s. Could we talk?' },
    // What their company now does, seen and tied to a pitch.
    { code: 'Hi {{first_name}}, noticed {{company_name}} now runs its own cold stores. Once you hold the stock, spoilage cover changes; we write that cover for grocers. Worth a call?' },
    // Their firm's news, their tool's purpose, the same step, a role sought (de); citing them, their technology's purpose (it); an analysis of theirs made (nl); why a referral wrote (es).
    { code: 'Guten Tag Frau Berg, Ihre Bäckerei hat gerade eine zweite Filiale in Kassel eröffnet und zwölf Leute eingestellt. Wir machen Dienstpläne für Filialbetriebe. Kurz sprechen?', settings: { lang: 'de' } },
    { code: 'Hallo Tim, euer Tool für die Tourenplanung von Pflegediensten steht bei uns ganz oben. Habt ihr schon einen Lead für die Seed-Runde?', settings: { lang: 'de' } },
    { code: 'Guten Tag Herr Vogt, ich will vom Labor in den Vertrieb wechseln. Sie haben genau diesen Schritt gemacht: Welche Schulung hat Ihnen am meisten geholfen?', settings: { lang: 'de' } },
    { code: 'Sehr geehrte Frau Roth, für unser Projekt zur Abwärmenutzung suchen wir einen wissenschaftlichen Beirat. Darf ich Ihnen die Skizze senden?', settings: { lang: 'de' } },
    { code: 'Ciao Marta, vorremmo citare il vostro sistema di resi nel nostro rapporto sulla moda circolare. Ti va di rileggere il paragrafo?', settings: { lang: 'it' } },
    { code: 'Ciao Luca, la vostra piattaforma per tracciare i lotti di olio ci interessa: state cercando distributori in Germania?', settings: { lang: 'it' } },
    { code: 'Hallo Sanne, ik heb jullie webshop met drie andere fietsenwinkels vergeleken en een korte analyse van de checkout gemaakt. Zal ik het document sturen?', settings: { lang: 'nl' } },
    { code: 'Ing. Pardo, Lucía Gómez me sugirió escribirle porque en su planta quieren automatizar el paletizado. ¿Le muestro un caso parecido?' },
    // A slot for the subject stands for it.
    { code: "Hi [Name], I'd love to learn more about [topic you posted on]." },
    // A pitch tied to their role said in full (es).
    { code: 'Estimada {{nombre}}: como responsable de compras de una red de clínicas, quizá le interese nuestro servicio de esterilización por lotes. ¿Lo vemos?' },
    // A role asked about as many write it.
    { code: 'Dear Sir, I am writing regarding the site engineer position at your Lagos depot. I have 6 years in pipeline works.' },
    // How they handle something, asked (de, pt, nl).
    { code: 'Hallo Anna, auch ich bin Scrum Master bei einer Versicherung. Mich interessiert, wie ihr mit Abhängigkeiten zwischen Teams umgeht.', settings: { lang: 'de' } },
    { code: 'Olá Inês, também trabalho no calçado. Gostava de saber se a vossa fábrica já testou solas recicladas.', settings: { lang: 'pt' } },
    { code: 'Hoi Noor, ik ben ook recruiter in de logistiek. Hoe vinden jullie nu chauffeurs met code 95?', settings: { lang: 'nl' } },
    // Who owns something at their company, asked.
    { code: 'Hi {{first_name}}, quick question: who looks after supplier onboarding at {{company}}?' },
    // What they asked the sender for (es).
    { code: 'Hola Julián, ya estamos cerrando la ronda y me pediste que te avisara. ¿Te mando el deck?' },
    // What their company does, said concretely (es); someone with their experience in a field, for a named need.
    { code: 'Hola Gonzalo, vuestra academia prepara opositores de Hacienda y nuestra app cubre ese temario. ¿Hablamos?' },
    { code: 'Hola Andrés, monto un estudio de diseño y nos vendría bien alguien con tu experiencia en branding para dos proyectos de hostelería.' },
    // Their firm's news with more words before its verb (en, es).
    { code: 'Hi Pete, your gym chain just launched a corporate wellness tier. Our physio app already serves two of your clients. Open to a chat?' },
    { code: 'Hola Natalia, tu family office ha invertido en tres clínicas veterinarias este año. Tenemos cuatro en Asturias; ¿te interesa?' },
    // A promise kept, work offered, a role sought for a named project, met at a wedding (en, es).
    { code: 'Hi Raj, adding you as promised after Thursday’s squash. Send me that osteo’s number!', settings: { degree: 1 } },
    { code: "Dave, saw you've gone out on your own as a plasterer. I've got a kitchen refit in Roundhay next month if you want it.", settings: { degree: 1 } },
    { code: 'Hola Nico, buscamos sonidista para un rodaje en Salta en marzo. ¿Tenés fechas libres?' },
    { code: 'Priya! So good to bump into you at Maya’s wedding. Here’s me, as you asked.', settings: { degree: 1 } },
    // A guide's instruction in brackets stands for the specific detail.
    { code: 'Hi [Name], (mention one detail of their latest project). Would love to connect!' },
    // Their article read (de), thanks for time worked together (de), a worksite shared (it).
    { code: 'Sehr geehrte Frau Dr. Kurz, ich habe Ihren Fachartikel zur Abwärme in Rechenzentren gelesen und hätte eine Frage zur Wirtschaftlichkeit.', settings: { lang: 'de' } },
    { code: 'Liebe Frau Pohl, vielen Dank noch einmal für die Zusammenarbeit in meinem Praktikum am Klinikum.', settings: { degree: 1, lang: 'de' } },
    { code: 'Buongiorno Ing. Testa, ci siamo sentiti spesso durante il cantiere del ponte di Verona.', settings: { degree: 1, lang: 'it' } },
    // A hook after stock talk, where the same subject goes on to something of its own or a question follows a dash.
    { code: 'Hi {{first_name}}, I came across your profile and saw that {{company}} is opening in Lyon. We run payroll in France. Open to a chat?' },
    { code: "Hi [Name], I came across your profile while looking at [Company]'s new depot — are you hiring forklift trainers?" },
    { code: 'Hi [Name], I was impressed by your experience and wanted to ask about the [Job Title] opening on your team.' },
    // The same in Spanish: a hook after stock talk, where the sender goes on or asks after a colon.
    { code: 'Hola {{nombre}}, me encontré con tu perfil y vi que {{empresa}} está abriendo oficina en Lima. Llevamos la nómina en Perú; ¿hablamos?' },
    { code: 'Hola [Nombre], me encontré con tu perfil mirando el nuevo almacén de [Empresa] en Zaragoza: ¿estáis contratando carretilleros?' },
    // Run-on sentences: a named person opens a clause after stock talk; a question after a comma; their part in a project (en, es).
    { code: 'Hi Teresa, always nice to connect with fellow marketers, and Kevin told me you just finished the rebrand at Alder Bank. Could I ask how you tested the new name?' },
    { code: 'Hi Leo, love your content, and your post on cutting CI time was our problem exactly, did you move to self-hosted runners?' },
    { code: "Hi Omar, I'm a fan of your work and I noticed you're the maintainer of pg-backup-tools; we hit a restore edge case. Could I DM you the trace?" },
    { code: 'Buenas, Carla: siempre es un gusto conectar con gente del sector, y Andrés me comentó que diste la charla de pandas en la PyConES. ¿Compartes las diapositivas?' },
    { code: 'Hola Beatriz, me encantó tu trayectoria y quería preguntarte algo concreto: en el ensayo de Farmalia, ¿usasteis enfermeras a domicilio?' },
    // Experience said with what it is in; a named referral's news of their plans (en, es).
    { code: "Hi Lara, someone with your experience leading regulatory affairs for Class III devices is what we need: we're hiring a VP Regulatory in Galway." },
    { code: 'Hola Verónica, me dijo Tomás que estás pensando en levantar ronda para Kuvo. Invierto en edtech; ¿hablamos?' },
    // Back from a new account (en, es); questions on a subject, put to them (fr).
    { code: "Hi Priya, I lost access to my old account, so I'm re-adding you here. Still up for that hike in May?", settings: { degree: 1 } },
    { code: 'Hola Nacho, perdí el acceso a mi cuenta anterior, así que te vuelvo a agregar desde esta.', settings: { degree: 1 } },
    { code: "Bonjour Madame Roux, on m'a conseillé de vous poser mes questions sur le métier de géomètre.", settings: { degree: 1 } },
    // Their company's need; connecting to send them something of theirs; their rates or a quote asked for; a job for a season (en, es).
    { code: 'Hello Sir, I run a reefer fleet out of Nagpur. I noticed your company needs cold-chain trucks for the Pune route. Can we talk?' },
    { code: 'Hi Meena ji, Ravi from the Jaipur shoot here. Connecting so I can send you the raw files from Saturday.', settings: { degree: 1 } },
    { code: 'Hi Gwen, could you send me your day rate for product shots? We launch in March.' },
    { code: 'Hola Lupe, vi tus fotos de comida para restaurantes. Abro una taquería en Puebla en abril, ¿me pasás tus tarifas?', settings: { lang: 'es' } },
    { code: 'Buenas Ramón, me habló de ti Tere. Quiero pedirte presupuesto para la barra de una boda en junio.', settings: { lang: 'es' } },
    { code: 'Hola Iker, busco ayudante de cocina para la temporada en Zarautz. ¿Te animas?', settings: { lang: 'es' } },
    // A reference asked of them; a role offered (it); their time for a named month, what they teach, as agreed (de).
    { code: "Dear Reverend Okafor, it's Grace from the choir. I'm applying for a care assistant post and would be grateful if you'd write me a short reference.", settings: { degree: 1 } },
    { code: 'Cara Elena, sto mettendo su un coro a Trento e mi piacerebbe tanto averti come soprano. Ci sentiamo?', settings: { degree: 1 } },
    { code: 'Sehr geehrter Herr Wagner, wir sind eine Schreinerei in Freiburg und suchen Verstärkung. Hätten Sie im Oktober Kapazitäten für einen Einbau?', settings: { degree: 3 } },
    { code: 'Guten Tag Frau Kaya, da Sie an der Pflegeschule in Kassel unterrichten: Darf ich Ihnen unsere Stellenanzeige für Ihre Absolventinnen schicken?' },
    { code: 'Moin Lars, wir standen auf der Intergastro zusammen am Stand von Rösterei Nord. Schick mir gern die Adresse, wie besprochen!', settings: { degree: 3 } },
    // Their expert eye on a thing of the sender's.
    { code: "Hi Dr Abebe, I'm a conservator in Addis and we have a manuscript with a mould problem you'd know well. Could I send you a few photos for an opinion?", settings: { degree: 3 } },
    // A joint project proposed; a question about their unit or firm; what they teach, seen (es).
    { code: 'Hola Maite, también soy profe de Historia en Leganés y busco a alguien con quien hacer un intercambio de alumnos con Italia. ¿Te animas?', settings: { degree: 3 } },
    { code: 'Hola Lorena, las dos somos arquitectas en Jaén y me gustaría proponerte presentarnos juntas al concurso del nuevo mercado. ¿Lo hablamos?', settings: { degree: 3 } },
    { code: 'Hola Sergio, soy residente de Dermatología en Murcia. Quería preguntarte si aceptáis rotantes externos en tu servicio.', settings: { degree: 3 } },
    { code: 'Hola Josefina, ¿tu estudio sigue buscando delineante para obra? Termino el ciclo en junio.', settings: { degree: 3 } },
    { code: 'Hola Leti, buscamos formación para el claustro sobre evaluación y vi que impartes talleres sobre eso. ¿Podríamos hablar?', settings: { degree: 3 } },
    // What someone named said they need; a question after a colon; what they take on; a unit recruiting for; whether their place does something; an interview asked (es, de, pt, it).
    { code: 'Buenas, Quique. La Loli del bar de la plaza me ha dicho que buscas camarero para las fiestas de agosto. Tengo experiencia en barra. ¿Te llamo?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hallo, ich folge Ihren Beiträgen über Holzrestaurierung. Kurze Frage: Welchen Leim nehmen Sie für gerissene Furniere?', settings: { degree: 3, lang: 'de' } },
    { code: 'Guten Tag, ich suche eine Kanzlei für Zollfragen im Onlinehandel – betreuen Sie solche Mandate?', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Enf.ª Lopes, estamos a recrutar para a urgência do nosso hospital e o seu perfil encaixa. Podemos falar?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Oi Júlia, tenho uma pergunta específica: como vocês fazem o inventário rotativo num armazém de três turnos?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Olá, sou professora de ciências e queria saber se o museu onde trabalha recebe turmas do 7.º ano.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Buongiorno, sto scrivendo una tesi sulla logistica del freddo: accetterebbe una breve intervista di 20 minuti?', settings: { degree: 3, lang: 'it' } },
    // A promise kept, a memory of them, a question on their work or place, the post applied for, their product in use (fr, de, pt, it, nl).
    { code: "Bonjour Claire, comme promis au dîner de l'association, je t'envoie le modèle de statuts dont on parlait.", settings: { degree: 1, lang: 'fr' } },
    { code: 'Salut Marc, je me suis souvenu que tu faisais de la maçonnerie en pierre. Tu prendrais des chantiers en octobre ?', settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour Madame Faure, votre collège vient d'ouvrir un atelier radio et je suis journaliste. Pourrions-nous en parler ?", settings: { degree: 3, lang: 'fr' } },
    { code: 'Liebe Frau Busch, wie nach dem Seminar in Fulda versprochen, hier meine Anfrage zu den Praxislisten.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Ole, du hattest beim Sommerfest erzählt, dass ihr den Stall auf Wärmepumpe umstellt. Wie läuft es?', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Graf, ich bewerbe mich auf die Stelle als Wohnbereichsleitung bei Ihnen und hätte eine Frage zum Dienstplan.', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Rita, como combinado no almoço de domingo, aqui está o convite. Depois envio-te o contacto do contabilista.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Bom dia, Sr. Lima. O senhor saberia dizer se o edital de hortas escolares vai ser reaberto?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Ciao Dario, ti ricordi del corso da idraulico a Parma? Ora ho una ditta e cerco un socio. Ne parliamo?', settings: { degree: 1, lang: 'it' } },
    { code: 'Hoi Lisa, ik gebruik jullie roosterapp voor ons kinderdagverblijf en loop vast op de export. Is daar een oplossing voor?', settings: { degree: 3, lang: 'nl' } },
    // Their news congratulated (fr, pt); together after university, on a board (de, nl); their place seen, with a question (nl); their plant fits a need.
    { code: 'Bonjour {{prenom}}, félicitations pour la levée de fonds de {{entreprise}} ! Comment organisez-vous les recrutements qui suivent ?', settings: { degree: 3, lang: 'fr' } },
    { code: 'Olá {{nome}}, parabéns pela promoção a diretora de operações na {{empresa}}! Como está a transição?', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hallo {Vorname}, schön, dass wir uns nach dem Studium an der {Hochschule} wiedergefunden haben! Lass uns in Kontakt bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo [Voornaam], we hebben samen in het bestuur van [Vereniging] gezeten. Ik start nu een stichting en zou graag je advies vragen.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Beste [Voornaam], ik zag dat uw praktijk stageplekken voor fysiotherapie aanbiedt. Welke eisen stelt u aan stagiairs?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hi Marta, we need a second supplier of forged flanges. Your plant in Puebla looks like a fit. Could we set a call?', settings: { degree: 3, lang: 'en' } },
    // Customers both serve; a shared past at one company; they came to mind for a plan said; a new account (es).
    { code: 'Hi [Name], I run alliances at [Your Company]. Several of our joint customers want a [Their Product] connector. [Mutual Connection] said you own that roadmap.', settings: { degree: 2, lang: 'en' } },
    { code: 'Hi [Name], we never connected here after we both left [Company]. Would be great to stay in touch!', settings: { degree: 1, lang: 'en' } },
    { code: 'Hi [Name], I think we worked at [Company] around the same time! Let us reconnect.', settings: { degree: 2, lang: 'en' } },
    { code: '¡Hola [Nombre]! Hace mucho que no hablamos, pero voy a montar mi propio estudio y me acordé de ti. ¿Te robo un café?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {{nombre}}, soy [tu nombre], del equipo de [área]. Cambié de cuenta y estoy volviendo a agregar a mis excompañeros.', settings: { degree: 1, lang: 'es' } },
    // A recruiter's search in hand, a job of theirs applied for, a résumé put before their hiring manager.
    { code: "Hi [Name], I'm a recruiter at [Agency] hiring for a [Job Title] role with a healthtech client. Open to a quick chat?", settings: { degree: 3, lang: 'en' } },
    { code: 'Hi Noor, I applied for the open data analyst position on your team last week and would love to hear how the team works.' },
    { code: 'Hi Noor, would you be willing to pass my CV to the hiring manager for the platform role?' },
    // An idea of theirs kept, a question about their tools (es).
    { code: 'Hola Rocío, me quedé con tu idea de medir la retención por cohortes en la mesa redonda. ¿Te puedo preguntar cómo lo montasteis?', settings: { lang: 'es' } },
    // Them asked to speak; a debt from a shared past (1st degree); someone sought for a task said; their plans as the why (es).
    { code: "Hi {{first_name}}, Dana and I run a monthly Rust meetup and you'd be a great speaker for the June session. Interested?", settings: { degree: 2, lang: 'en' } },
    { code: 'hey Milo, finally on here! still owe you lunch for the flaky test you helped me fix last spring', settings: { degree: 1 } },
    { code: 'Hola Ana, preparo un taller de seguridad para pymes y busco a alguien que imparta la parte de normativa. ¿Te interesaría?', settings: { lang: 'es' } },
    { code: 'Hola Luis, como vas a montar el equipo de datos en Lima, te cuento que llevo tres años con dbt. ¿Hablamos?', settings: { lang: 'es' } },
    // A shared past and a plan (fr), a call agreed (it), their team's search, work done together, a plan ahead (es), material gathered for which theirs is asked (en).
    { code: "Salut Léo ! Ça fait longtemps depuis notre passage chez Criteo. J'organise un dîner des anciens en mars, tu viens ?", settings: { degree: 1, lang: 'fr' } },
    { code: 'Salut Léo, je monte une agence de traduction technique et ton avis sur le marché allemand me serait précieux.', settings: { lang: 'fr' } },
    { code: "Buongiorno dottor Rizzi, come d'accordo nella telefonata di ieri Le scrivo per inviarLe il preventivo.", settings: { degree: 1, lang: 'it' } },
    { code: 'Hola Sergio, Marta me sugirió escribirte porque buscas un diseñador de producto para tu equipo. Tengo dos perfiles que encajan.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada Lucía, fue un placer trabajar con usted en la obra del hospital de Toledo. Sigamos en contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hi Yuki, I see we are in the same Slack group. I am collecting onboarding examples for a talk. Any you would recommend?', settings: { degree: 3 } },
    // A slot for what both have is the specific detail.
    { code: 'Hi [Name], I noticed our [common background] and would love to compare notes on it.', settings: { degree: 3 } },
    // A programme of theirs asked about, a role applied for on their team, references lined up (1st degree), what a contact thought the sender's tool could do for them.
    { code: "Dear Dr. Moss, Prof. Ito suggested I ask you about your group's summer internship.", settings: { degree: 2, lang: 'en' } },
    { code: "Hello Tam, I'm applying for the data engineer role on your team and would value ten minutes.", settings: { degree: 3 } },
    { code: "Hi Jo, I'm lining up references for my nursing applications. Mind if we connect first?", settings: { degree: 1 } },
    { code: "Hi Jo, Sunil thought our rota app could help your pharmacy's weekend shifts. Open to a look?", settings: { degree: 2, lang: 'en' } },
    // A pitch tied to their firm with what it helps with (de, nl), their role as the why, a shared past (nl).
    { code: 'Guten Tag Frau Berger, wir unterstützen Kanzleien wie Ihre bei der Umstellung auf die E-Akte. Darf ich Ihnen zeigen, wie?', settings: { lang: 'de' } },
    { code: 'Beste Kees, wij helpen installateurs als Van Dijk Techniek met digitale werkbonnen. Mag ik een demo sturen?', settings: { lang: 'nl' } },
    { code: 'Beste Kees, Anouk raadde me aan u te benaderen, omdat u bij Heijmans de inkoop leidt.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Fleur, sinds ons afstudeerproject bij Philips werk ik in de zorg. Zin om bij te praten?', settings: { degree: 1, lang: 'nl' } },
    // A job of theirs applied for (de, it, nl); what their firm is building, heard (nl); news told before, a project made together (it, pt, 1st degree).
    { code: 'Guten Tag Frau Roth, ich bewerbe mich als Controllerin bei Miele und hätte eine Frage zum Team.', settings: { degree: 3, lang: 'de' } },
    { code: 'Buongiorno Anna, mi candido come analista in Illimity: posso farLe due domande sul team?', settings: { degree: 3, lang: 'it' } },
    { code: 'Beste Joost, ik solliciteer als planner bij Bol en hoor graag hoe het team werkt.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Beste Joost, een kennis vertelde dat Vanderlande een nieuw magazijnsysteem invoert; daar heb ik ervaring mee.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Ciao Marta, ho finalmente aperto la libreria di cui ti parlavo: passi a trovarmi?', settings: { degree: 1, lang: 'it' } },
    { code: 'Oi Lu, lembra do site que fizemos na faculdade? Quero relançar e queria sua opinião.', settings: { degree: 1, lang: 'pt' } },
    // What they did, then the sender's same problem (en); a team being built, what they look for, a tool sized for a team like theirs, a joint date (es).
    { code: "Hi Lee, I came across your profile and was impressed by how you moved Acme's billing to Stripe in a month — we're tackling exactly that this spring. Best, Ana", settings: { degree: 3 } },
    { code: 'Hola Vero, Nico me pasó tu contacto: armo un equipo de datos en Córdoba y tu perfil encaja. ¿Charlamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenos días, Pilar. Nuestro amigo común Andrés me indicó que usted busca un proveedor de catering. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Bea, nuestra herramienta de turnos encaja con un equipo como el tuyo en Hospital Sur.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Dani, los dos organizamos meetups de Python en Valencia. ¿Hacemos una sesión conjunta en marzo?', settings: { degree: 3, lang: 'es' } },
    // News about them read, a growth figure of theirs, a reunion (1st degree) (en); shifts shared in one hospital, a study staffed (es, 1st degree).
    { code: "Hi Kendra, saw the TechCrunch piece on Sproutly's move into Canada. We help startups hire there without an entity. Worth a chat?", settings: { degree: 3 } },
    { code: "Hey Jo, noticed your support team's headcount is up 40% since spring. We cut ticket volume with better docs; open to a look?", settings: { degree: 3 } },
    { code: 'Hey Dev, the rowing club alumni dinner is on 14 March at the boathouse. See you there?', settings: { degree: 1 } },
    { code: 'Hola Paula, compartimos guardias en La Paz durante la residencia. Ahora busco neurólogos para un ensayo sobre ictus, ¿te cuento?', settings: { degree: 1, lang: 'es' } },
    // A joint package proposed (it).
    { code: 'Ciao Davide, sto mettendo insieme alcune strutture di Bari per un pacchetto congiunto per l\'estate: ti va di parlarne?', settings: { degree: 3, lang: 'it' } },
    // What was said at a fair (1st degree), a branch they opened, why they are written to (es); a quote asked, a job they did for the sender (pt, 1st degree).
    { code: 'Hola Andrés, como te dije en la feria, te paso el catálogo de envases compostables.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Araceli, vi que abrieron una segunda sucursal en Zapopan. Llevamos la nómina de 40 restaurantes; ¿te armo un presupuesto?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Óscar, Daniela me pasó tu contacto porque queremos pasar la contabilidad a digital. ¿Tienes hueco esta semana?', settings: { degree: 2, lang: 'es' } },
    { code: 'Oi Bia, vocês fizeram nosso cardápio digital ano passado. Consegue mandar um orçamento para o delivery?', settings: { degree: 1, lang: 'pt' } },
    // A precise question (fr); a role sought, their role seen, a night shift shared, a call agreed by phone (it).
    { code: "Bonjour Maître Garnier, j'aurais une question précise sur une clause de non-concurrence.", settings: { degree: 3, lang: 'fr' } },
    { code: 'Ciao Serena, cerco una brand manager per il mercato tedesco e la tua esperienza in Lindt è perfetta.', settings: { degree: 3, lang: 'it' } },
    { code: 'Gentile dottoressa Vitale, vedo che Lei coordina il blocco operatorio di Mendrisio: posso farLe una domanda?', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Luca, ti ricordi? Facevamo i turni di notte insieme in pronto soccorso al Niguarda.', settings: { degree: 1, lang: 'it' } },
    { code: "Ciao Luca, come d'accordo al telefono ti mando qui il preventivo per l'impianto.", settings: { degree: 1, lang: 'it' } },
    // What their team is looking for and a question about it (1st degree), a thesis being written, a post applied for (de).
    { code: 'Moin Hauke, ich hab gesehen, dass ihr bei Nordex einen Schichtleiter sucht. Weißt du, wer das Team führt?', settings: { degree: 1, lang: 'de' } },
    { code: 'Grüezi Herr Aebischer, ich schreibe meine Masterarbeit über Lieferkettenrisiken und hätte zwei Fragen.', settings: { degree: 3, lang: 'de' } },
    { code: 'Guten Tag Frau Baumgartner, ich bewerbe mich gerade auf die Stelle als Juristin im Vergaberecht bei der Stadt Wien.', settings: { degree: 3, lang: 'de' } },
    // Whom they look for, what the sender is building up, whom the sender seeks (de); whom the sender seeks, a post applied for, what they launch (nl); a case the sender is in, a project of theirs (pt).
    { code: 'Servus Flo, der Basti sagt, du suchst für dein Team einen Embedded-Entwickler mit AUTOSAR-Erfahrung.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Jana, ich baue gerade eine Photovoltaik-Sparte auf und hätte Fragen zu Förderanträgen.', settings: { degree: 3, lang: 'de' } },
    { code: 'Sehr geehrte Frau Lindner, ich suche für unsere Kanzlei eine Expertin für Vergaberecht.', settings: { degree: 3, lang: 'de' } },
    { code: 'Beste Wouter, ik solliciteer zelf op de functie beleidsmedewerker bij het ministerie. Mag ik je bellen?', settings: { degree: 1, lang: 'nl' } },
    { code: 'Hoi Lieke, ik zag dat Vivera een nieuwe lijn plantaardige kazen lanceert. Staan jullie open voor een gesprek?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Olá Rita, o Tiago sugeriu que eu falasse com você por causa do projeto de energia solar na Lusosol.', settings: { degree: 2, lang: 'pt' } },
    // A launch fought through together (es, 1st degree).
    { code: 'Hola Nuria, ¡enhorabuena por el nuevo puesto! Me alegro un montón después de todo lo que peleamos juntas el lanzamiento de la tienda.' },
    // A specific question announced, then asked.
    { code: 'Hello Ms. Ade, I am a final year pharmacy student at OAU with a specific question: how does NAFDAC register herbal products?' },
    // Something begun together, taken up again (es); an offer of theirs still standing, years in one lab (en).
    { code: 'Hola Iker, ¿retomamos lo del boletín de escalada que dejamos a medias? Te escribo por aquí.' },
    { code: 'Hi Jonah, is your offer to review my grant proposal still open? Great to find you here after the Edinburgh lab years.' },
    // A favour owed; advice of theirs that paid off; something hacked together; the sender's old place in their work (1st degree).
    { code: 'Hey Priya! I still owe you a coffee for covering my shift during the Porto offsite. This month?' },
    { code: 'Hi Tomás, adding you here. P.S. Your tip about the rent-back clause saved us about £2k.' },
    { code: 'Hey Dev, remember the bus-times bot we hacked together in second year? I have a contract to build the real thing.' },
    { code: 'Hi %FIRSTNAME%, as your former account manager at %COMPANY%, I can still help with your renewal if useful.' },
    // Thanks for an intro of theirs; photos of a trip shared; a memory in a slot (1st degree).
    { code: 'Hi {{first_name}}, thanks again for the intro to {{intro_name}} last spring — it turned into my job!' },
    { code: 'Hi {{first_name}}, adding you here mostly so I can finally send you the photos from {{trip_name}}!' },
    { code: 'Hey {{first_name}}, remember {{shared_memory}}? Still the best offsite ever.' },
    // Una deuda, un favor, una promesa, un recuerdo de lo vivido juntos (1er grado); lo que se busca; lo que otro contó de lo suyo.
    { code: 'Pili, te debo las cañas por haberme cubierto la guardia de Nochevieja. Te agrego y las cuadramos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Javi, gracias otra vez por prestarme la cámara para la boda de mi hermana. Te debo una cena.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Nico, en la cena de fin de año te prometí que te escribiría por aquí. Con retraso, pero cumplo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Ana, todavía tengo la sudadera del hackathon de 2018, la del pingüino. ¡No estábamos conectadas!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Teresa, busco a alguien que sepa de certificación ecológica para bodegas pequeñas. ¿Tendrías un rato?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Bea, me contó Lucía que das talleres de encuadernación los jueves en Gràcia. ¿Hay plazas para enero?', settings: { degree: 1, lang: 'es' } },
    { code: 'Marta, thanks again for lending me your tripod for the conference shoot. I owe you a pint.', settings: { degree: 1 } },
    { code: "Hi Sam, I swore at Dave's leaving do that I'd send this the next morning. A year late, but here it is.", settings: { degree: 1 } },
    // Business to pass between two firms; a job opening of theirs; their title and a pitch tied to it; a need said in Spanish; a clause after a gerund.
    { code: "Hi [Name], our firms serve a lot of the same customers in [vertical], so there's room to refer clients to each other. Open to a chat?", settings: { degree: 2 } },
    { code: 'Hi {{first_name}}, {{referrer}} suggested I reach out about the {{role_title}} opening on your team. I have run that exact desk for six years.', settings: { degree: 2 } },
    { code: 'Hi [Name], I see you are Head of Facilities at [Company]. We supply refurbished office chairs to firms across [region] at half the list price.', settings: { degree: 3 } },
    { code: 'Hola {{nombre}}, vi que eres jefa de compras en {{empresa}}. En {{mi_empresa}} ayudamos a cadenas de hoteles a reducir un 20% su consumo de agua.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Memo, estoy buscando fotógrafa para el catálogo de una marca de cerámica de Oaxaca. Vi tu trabajo con Casa Tlali y me encantó.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{nombre}}: tenemos varios contactos en común y, revisando tu perfil, he visto que en {{empresa}} estáis migrando la facturación a la nube.', settings: { degree: 2, lang: 'es' } },
    // A hook, then their own background as the next clause's subject: the praise does not swallow the job.
    { code: "Hi Dana, I'm hiring for a staff data engineer at Finlo and your background in streaming caught my eye. Open to chat?", settings: { degree: 2 } },
    { code: 'Hola Dana, estoy contratando una ingeniera de datos para Finlo y tu experiencia en streaming me llamó la atención. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    // A beer still owed; a need asked around for; an opening on their team asked about; a fit with their product named.
    { code: 'Hey Jo!! Finally made a profile. I still owe you that pint from the Porto offsite 🍻', settings: { degree: 1 } },
    { code: 'Hi Gareth, Sue Allen gave me your name when I asked who still repairs lime render round Frome. Got a barn wall in April, fancy a look?', settings: { degree: 2 } },
    { code: "Hi Lena, I'm a project engineer looking for my next role in offshore wind. Are there any openings on your team?", settings: { degree: 3 } },
    { code: "Hi [First Name], I lead partnerships at [Your Company] and see a natural fit with [Their Company]'s app marketplace.", settings: { degree: 2 } },
    // Notes to swap on a named problem; a product built, as a slot, tied to their title; what they are contacted about (es).
    { code: "Hi [First Name], as a fellow ops leader in [sector], I'd value swapping notes on cutting weekend overtime; it's eating my year.", settings: { degree: 3 } },
    { code: 'Hi {{first_name}}, I noticed you lead {{department}} at {{company}}. We built {{product}} to cut month-end close by a week.', settings: { degree: 3 } },
    { code: 'Buen día, Mtra. Solís. La Dra. Vega me sugirió contactarla por el proyecto de teledermatología en Puebla.', settings: { degree: 2, lang: 'es' } },
    // How their venture ended up, asked (es, 1st degree).
    { code: 'Hola Quique, ¿al final montasteis la quesería en Soria? Vi una foto de la cava y me acordé de las prácticas. Estoy pensando en algo parecido.', settings: { degree: 1, lang: 'es' } },
    // Salesforce's merge fields; news of their company in a slot, the sender's pitch as its own clause; how their hiring went, asked (es).
    { code: 'Hola {!Contacto.Nombre}, soy {!Usuario.Nombre}. He visto que {!Cuenta.Nombre} acaba de abrir tienda en Valencia y ayudamos a cadenas como la vuestra con el inventario.', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Bea, busco prácticas en auditoría y vi que estás en KPMG Bilbao. ¿Te importaría contarme cómo fue tu proceso de selección?', settings: { degree: 3, lang: 'es' } },
    // Who the sender is to them, by a team once shared (1st degree); their business's news read by its name.
    { code: "hey mo, it's jun from the ludum dare team (the frog game lol). finally made a linkedin, let's keep in touch", settings: { degree: 1 } },
    { code: 'Hi Selin, saw Hotel Lale just reopened after the renovation, congrats! I help boutique hotels grow direct bookings.', settings: { degree: 3 } },
    // A debt in two words; a certification sought (es).
    { code: '¡Hola, Chus! Te agrego por aquí. P.D.: el Excel de turnos que montaste para el bar de la facultad sigue vivo. Te debo una.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado Lic. Cifuentes: el Ing. Byron Pérez me sugirió contactarlo. Represento a una cooperativa que busca la certificación de comercio justo.', settings: { degree: 2, lang: 'es' } },
    // Someone sought for a job said; something they want to set up; what is being validated; a service of theirs asked about (es).
    { code: '{{nombre}}, de parte de {{referido}}. Reformamos un local y buscamos electricista autorizado para el boletín. ¿Presupuesto esta semana?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ximena, soy directora de una primaria en Iztapalapa y queremos poner un huerto en la azotea. ¿Das asesorías a escuelas?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Noelia, me habló de ti Irene Ballesteros. Estamos validando un kit de PCR y buscamos clínicas que nos cedan muestras.', settings: { degree: 2, lang: 'es' } },
    // What they look for, a piece being written, a programme being designed (es).
    { code: 'Hola Marcos: vengo de parte de Teresa Alcalde. Traduzco del portugués y me dice que buscáis traductora para la colección nueva.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Elena: Quique Larrea me dijo que te escribiera. Preparo un reportaje largo sobre el CGPJ y me vendría bien contrastar fechas.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada Sra. Gallardo: Manuel Esteve me recomendó que le escribiera. Estamos diseñando un programa de retorno al empleo tras cuidados.', settings: { degree: 2, lang: 'es' } },
    // How they work now asked; customers in common; their product's launch by its slot; stories swapped at a mixer.
    { code: "Hi Dr. Okafor, I'm mapping sleep clinics in Kent for a parents' group. Do you currently see children under five?", settings: { degree: 3 } },
    { code: 'Hi Priya, we build a booking app for climbing gyms and your wall sensors keep coming up with our users. A tie-in would help both our customers.', settings: { degree: 3 } },
    { code: 'Hi [Name], the [Product] launch on Tuesday was slick. Congrats to the whole team!', settings: { degree: 3 } },
    { code: 'Hi [First Name], loved swapping war stories about on-call at the mixer on Thursday.', settings: { degree: 3 } },
    // A story in hand, a pitch from a trade tied to their role, their work as the next clause's subject (en).
    { code: "Hi Tara, I'm a reporter at the Ledger and I'm writing about how councils buy software. Could I ask you two questions?", settings: { degree: 2 } },
    { code: "Hi {first_name}, I see you're a buyer at {company}. I'm a roaster who closes sample orders within 48 hours of a call.", settings: { degree: 2 } },
    { code: 'Hi Tara, I run a forum for bakers (9k members) and your sourdough video on cold proofing is the one everyone shares. Could we feature it?', settings: { degree: 2 } },
    // What a shared contact suggested showing them, their study published, figures compared (es); a time since parting, a supplier sought (it); an application there, how their team works (fr); a supplier sought (de); a fact of theirs checked, their office asked, an invitation (nl).
    { code: 'Hola Marta: Pablo Ruiz me sugirió presentarte nuestro software de turnos para clínicas. ¿Te va bien el jueves?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, el estudio que publicasteis sobre movilidad en Zaragoza me pareció muy útil. ¿De dónde salen los datos de bicis?', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada Marta: [Contacto en común] me sugirió que habláramos. Me gustaría comparar con usted los costes de mantenimiento de flotas.', settings: { degree: 2, lang: 'es' } },
    { code: "Ciao Marco! Da quando abbiamo chiuso l'agenzia di Torino non ci siamo più sentiti. Come stai?", settings: { degree: 1, lang: 'it' } },
    { code: "Ciao Luca, il tuo contatto me l'ha passato Anna Neri: cerco un fornitore di imballaggi compostabili.", settings: { degree: 2, lang: 'it' } },
    { code: "Bonjour Claire, [Contact commun] m'a conseillé de vous écrire : je postule aux offres de comptable chez [Entreprise] et j'aimerais savoir comment votre équipe s'organise.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Jana, [gemeinsamer Kontakt] hat mir deinen Namen gegeben: Ich suche für unsere Brauerei einen Abfüller in Franken.', settings: { degree: 2, lang: 'de' } },
    { code: 'Goedemiddag {{aanhef}}, u bent verantwoordelijk voor inkoop bij {{organisatie}}. Wij leveren kantoormeubilair op huurbasis. Mag ik een voorbeeld sturen?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Sanne, jullie kwekerij is op led overgestapt. Klopt het dat jullie stroomverbruik daalde?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Beste heer Visser, neemt uw kantoor ook kleine btw-dossiers aan?', settings: { degree: 3, lang: 'nl' } },
    { code: 'Hallo Wouter, ik programmeer een jazzserie in Deventer en wil jullie graag uitnodigen voor het najaar.', settings: { degree: 3, lang: 'nl' } },
    // Their role said with what they do in it.
    { code: "Hi Aisha, I help Series A SaaS companies build their outbound engine. Given your role leading growth at Notion, I thought it'd be valuable to connect.", settings: { degree: 3 } },
    // The work their company does on a named thing; their company's news, named, with an offer (en, es).
    { code: "Hi Joy, love the work Figma is doing on multiplayer editing. I'm a frontend engineer interested in real-time collaboration and would love to connect.", settings: { degree: 2 } },
    { code: 'Hola Sofía, me encanta el trabajo que está haciendo Factorial en nóminas automáticas. Soy desarrolladora frontend y me encantaría conectar.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lucía, vi que Cabify acaba de abrir oficina en Lima, ¡enhorabuena! Ayudamos a equipos de operaciones a automatizar la facturación y me encantaría conectar.', settings: { degree: 2, lang: 'es' } },
    // What they build for companies like theirs, by its slot; run into at a named place.
    { code: '{mutual_connection} suggested I reach out. I run a small studio that designs packaging for craft breweries like {company}.', settings: { degree: 2 } },
    { code: 'Hi Rosa! So good to run into you at PDX on Friday. Connecting as promised.', settings: { degree: 1 } },
    // A time together long ago (de).
    { code: "Servus Flo, lang ist's her seit dem Erasmus in Lyon! Wie geht's dir?", settings: { degree: 1, lang: 'de' } },
    // Whether they take on work, openings on their team, a role they posted (en).
    { code: 'Hi Imogen, I have a condo association dispute that might be a fit. Are you taking new matters in Q3?', settings: { degree: 2 } },
    { code: "Hello {name}, I finished a frontend bootcamp and I'm interested in any junior openings on your web team.", settings: { degree: 2 } },
    { code: '{{first_name}}, saw {{company}} posted for a {{open_role}}. Usually that means onboarding is backing up.', settings: { degree: 2 } },
    // Their work of a named kind; referrals to swap.
    { code: "Hi Dr. Chen, I'm a student at Purdue and really interested in your tissue engineering work at Genentech. Would you be open to connecting?", settings: { degree: 3 } },
    { code: "Hi Ruth, I'm a fractional CFO in Bristol too — would be good to grab a coffee and swap referrals sometime.", settings: { degree: 3 } },
    // In chat register: not seen since a hackathon, the same squad now (en); a quick question, 'compis en el equipo' (es).
    { code: 'omg mark!! havent seen u since the hackathon in 2019 lol, still at shopify?', settings: { degree: 1 } },
    { code: "hi jen, adding u since we're on the same squad now at zendesk, excited to work w u on the billing revamp!", settings: { degree: 1 } },
    { code: 'hola! @laura.g me pasó tu perfil, te puedo hacer una pregunta rápida sobre particiones?', settings: { degree: 2, lang: 'es' } },
    { code: 'hola marta! ahora q somos compis en el equipo de pagos te agrego x aquí', settings: { degree: 1, lang: 'es' } },
    // Their dashboard shown by a contact (fr); a piece being written (nl); their office's way of working asked, posts advertised and questions about them (de).
    { code: 'Bonjour Hélène, Benoît Carré m\'a montré votre tableau de bord de consommation d\'eau. Pourrions-nous en parler ?', settings: { degree: 2, lang: 'fr' } },
    { code: 'Geachte mr. Visser, via Ellen Smit kwam ik bij uw naam terecht. Ik schrijf een artikel over mediation in arbeidszaken.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo Frau Dr. Öztürk, Ihre Praxis in Dortmund arbeitet noch mit Anamnesebögen auf Papier? Das hat mir Dr. Hannah Vogt erzählt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Sehr geehrter Herr Krause, ich habe gesehen, dass Ihr Team in Jülich zwei Stellen ausgeschrieben hat. Darf ich Ihnen dazu ein paar Fragen stellen?', settings: { degree: 2, lang: 'de' } },
    { code: 'Beste {voornaam}, als inkoper bij {bedrijf} heb je vast te maken met schommelende prijzen. Wij leveren gerecycled karton tegen een vaste prijs.', settings: { degree: 2, lang: 'nl' } },
    // Why them and no one else; their role read back with an offer (es).
    { code: 'Hola Jimena, estoy terminando Psicología y vos sos una de las pocas psicólogas organizacionales que encontré en Mendoza. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Rubén, vi que eres CTO en Factorial. En Nubeia ayudamos a equipos de ingeniería a recortar la factura de AWS un 30 %.', settings: { degree: 3, lang: 'es' } },
    // Their role read back with an offer (de); questions announced on a subject (fr).
    { code: 'Hallo Herr Krämer, Sie verantworten die Instandhaltung bei den Stadtwerken Kiel. Wir bieten Drohneninspektionen für Windkraftanlagen an.', settings: { degree: 3, lang: 'de' } },
    { code: 'Bonjour Maître Blanc, accepteriez-vous que je vous pose deux questions sur le métier ?', settings: { degree: 3, lang: 'fr' } },
    // Photos of a time shared, found again (1st degree).
    { code: 'hey man its been forever, i was cleaning out my old laptop and found all the pics from the robotics club trip to detroit lol', settings: { degree: 1 } },
    // Reasons said without the usual cues: their workaround that saved the sender, after a colon; the only one of its kind; two things that share a problem; deadlines that line up; their experiment's result; their fleet's stats (en).
    { code: 'Fellow Rust-in-production casualty here: your async-trait workaround in the tokio issue tracker kept our payments service alive.', settings: { degree: 2 } },
    { code: 'Your returns portal is the only one I know of that refunds before the parcel is even scanned. We run returns for 40 fashion brands.', settings: { degree: 2 } },
    { code: 'Two founders, one problem: your kombucha and my cold brew both blow their caps in summer distribution.', settings: { degree: 3 } },
    { code: '{{ my_name }} here. Your {{ city }} lease ends the same quarter as ours; splitting one floor cuts both rent bills by a third.', settings: { degree: 2 } },
    { code: 'Hi Priyanka, I was convinced your pricing-page experiment is why the trial conversion doubled. We run the same test in April.', settings: { degree: 2 } },
    { code: "Hi Matteo, your fleet's safety stats are the best in the city. We insure scooter fleets; a quote takes one CSV and a day.", settings: { degree: 3 } },
    // A shared past recalled, a working past together, a snag named, whether they still sell something (es).
    { code: 'Juanjo, ¿te acuerdas del torneo de pádel de la obra de Alcobendas? Este año lo organizo yo y nos faltan parejas. ¿Te apuntas?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Paqui, soy Lola, de cuando trabajábamos juntas en la residencia de Dos Hermanas. Me vendría bien tu consejo. ¿Un café?', settings: { degree: 1, lang: 'es' } },
    { code: '¡Hola Ceci! Desde que cerramos la panadería de tu tío en Mendoza no supe nada de vos, y ahora abro una propia.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Dra. Amores, Clara Viñas me sugirió escribirle. Estamos poniendo a punto organoides de colon y nos atascamos con la matriz.', settings: { degree: 2, lang: 'es' } },
    { code: 'Edu, me manda Pili: ¿aún vendes el tractor?', settings: { degree: 2, lang: 'es' } },
    // Roles by their slot, the same thing they did, notes from others who did it, users that overlap, a time shared by its slot.
    { code: "Hi {{candidate.firstName}}, I'm a recruiter at {{agency}} working on {{role_title}} roles in {{location}}. Open to connecting?", settings: { degree: 2 } },
    { code: "Hi <<first_name>>, it's <<my_name>> from the <<old_team>> days. We're about to do the same monolith split you led back then.", settings: { degree: 1 } },
    { code: 'Hi {first_name}, if the {competitor} renewal lands this year, I have migration notes from three teams who moved off it.', settings: { degree: 2 } },
    { code: 'Hi {{first_name}}, your app sits next to ours in the {{marketplace}} directory and our users overlap a lot. Worth a co-marketing swap?', settings: { degree: 2 } },
    { code: 'Hi Omar, I am hiring for a staff platform engineer on my team and your background in Kubernetes operators stands out.', settings: { degree: 2 } },
    { code: "Hi {first_name}, I help {role}s at {industry} companies halve their audit prep. Thought it might be relevant to what you're doing at {company}.", settings: { degree: 2 } },
    { code: 'Hi {name}, {referrer} sent me your way: he thought {product} could save your support team a day a week.', settings: { degree: 2 } },
    { code: 'Hi <%= first_name %>, rounding up everyone from the <%= team_name %> squad now that I am back in town. Would love to reconnect.', settings: { degree: 1 } },
    { code: 'Hola [Nombre], vi que ahora estás en [Empresa]. ¿Me cuentas cómo funciona su programa de prácticas?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Rocío, soy Dani, el de Compras en Mahou. Te agrego ahora que estás en Damm, ¡a ver si cae ese vermut pendiente!', settings: { degree: 1, lang: 'es' } },
    { code: 'Coucou Malik ! Content de te retrouver ici après notre alternance chez Decathlon. Tu es toujours dans la logistique ?', settings: { degree: 1, lang: 'fr' } },
    { code: 'Hi [Name], I am applying to [Company] this month and would be grateful for a referral if you are open to it.', settings: { degree: 2 } },
    { code: "Hi Priya, I'm a freelance UX writer. Fernly's pricing page still says 'beta' next to invoicing, and the plan names differ from the docs. Happy to tidy it up.", settings: { degree: 2 } },
    { code: 'Hi Jo, your support team at {{company}} keeps posting about ticket backlogs on weekends, and weekend coverage is all we do.', settings: { degree: 2 } },
    { code: 'Hi [Name], as someone leading growth at [Company], you might find our benchmark of 60 onboarding funnels useful. Happy to send it over.', settings: { degree: 2 } },
    { code: "Hi [Name], I'm interested in joining [Company]'s data team. Would you share what the interview process looked like for you?", settings: { degree: 2 } },
    { code: 'Hi {{first_name}}, as {{job_title}} at {{company}} you probably own vendor security reviews. We automate SOC 2 questionnaires end to end.', settings: { degree: 2 } },
    { code: 'Hola {{nombre}}, me postulé al programa de prácticas de {{empresa}} para este verano y me encantaría conocer tu visión del equipo de producto.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {nombre}, ¿cómo gestionan en {empresa} los lotes con proveedores pequeños? Trabajo en calidad y me gustaría comparar enfoques.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas, {{nombre}}. Una duda concreta: ¿en {{empresa}} usáis Airflow para todo o solo para la ingesta?', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenos días, [Nombre]. Vengo de la docencia y me interesa mucho cómo llegó usted a ese puesto de diseño instruccional en [Empresa].', settings: { degree: 2, lang: 'es' } },
    { code: 'Hallo [Vorname], ich bewerbe mich gerade auf das Praktikum im Controlling bei {firma}. Wie läuft der Einstieg in eurem Team ab?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Brandt, kurze Frage aus der Praxis: Plant Ihr Team die Touren noch in Excel?', settings: { degree: 2, lang: 'de' } },
    { code: 'Sehr geehrter Herr [Nachname], ich leite den Vertrieb eines Softwareanbieters und habe gesehen, dass {firma} ein drittes Werk eröffnet.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Frau Yilmaz, wie sind Sie damals zur Innenrevision der Sparkasse gekommen? Ich möchte denselben Schritt machen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hey Timo, lange nicht gesehen seit dem Zivildienst in Fulda! Bist du noch in Hamburg?', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Krüger, wir haben 2020 zusammen im Migrationsprojekt bei Continental gearbeitet. Schön, wieder in Kontakt zu sein.', settings: { degree: 1, lang: 'de' } },
    { code: "Ciao [Nome], mi piacerebbe candidarmi allo stage in logistica di {{azienda}}. Posso chiederti com'è organizzato il primo anno?", settings: { degree: 2, lang: 'it' } },
    { code: 'Buongiorno [Nome], il mio sogno è lavorare nella pasticceria di {{azienda}}. Ci sono posizioni aperte per la prossima stagione?', settings: { degree: 2, lang: 'it' } },
    { code: "Ciao Marta! Da quanto tempo, dall'ultimo anno di università a Padova. Che bello vederti qui!", settings: { degree: 1, lang: 'it' } },
    { code: 'Olá Dra. Nunes, estou a ponderar passar para auditoria interna. Como foi a sua transição para a equipa de auditoria do Novo Banco?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hoi Daan, korte vraag: plannen jullie bij Thuisbezorgd de ritten nog handmatig bij piekdrukte?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo [Naam], ik ben frontend developer en zou heel graag bij [bedrijf] werken. Zijn er binnenkort vacatures in jouw team?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hé Sven, leuk je hier te vinden na al die jaren bij de hockeyclub in Leiden!', settings: { degree: 1, lang: 'nl' } },
    { code: 'Hola Ignacio, me consta que vuestro despacho está creciendo en la oficina de Sevilla. Ayudamos a despachos medianos a automatizar la facturación de horas.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Natalia, ambas trabajamos en alimentación en Valencia y me encantaría intercambiar experiencias sobre cómo estáis adaptando el etiquetado a la nueva norma.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{nombre}}, como {{cargo}} en {{empresa}} seguro que te interesa reducir el tiempo de cierre. Con Cuadrapp automatizamos la conciliación bancaria.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi [Name], interested in the [Role] opening on your team. Could I ask two quick questions?', settings: { degree: 2 } },
    { code: "Hi {{first_name}}, we're forming an advisory board for {{my_company}} and your background in {{specialty}} fits. Could I tell you more?", settings: { degree: 2 } },
    { code: "Hey {{first_name}}, {{mutual_name}} thought we should talk. I'm curious how {{company}} handles the handoff from self-serve to sales.", settings: { degree: 2 } },
    { code: "[First Name]! Congrats on the new gig at [Company] 🎉 I'm thinking about a move into [field] myself. Could I ask how you made the switch?", settings: { degree: 1 } },
    { code: "Hi [Recruiter Name], I noticed you recruit for [Company]'s engineering org. Are there open roles where a backend engineer with 6 years in Go might fit?", settings: { degree: 2 } },
    { code: 'Bonjour [Prénom], je vois que vous êtes [poste] chez [entreprise]. Notre plateforme aide les équipes achats à gagner deux jours par mois.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Olá, [Nome], vi que você é [cargo] na [empresa]. Nossa ferramenta reduz em até 30% o tempo de fechamento contábil.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hi {{first_name}}, {{mutual_name}} suggested we talk. We help finance teams like yours at {{company}} close the books two days faster. Open to a quick call?', settings: { degree: 2 } },
    { code: "Hi Priya, Dev Shah mentioned you. I help support teams like Zendesk's cut first-response time with triage rules. Would love to connect.", settings: { degree: 2 } },
    { code: "Hi Lee, how does Figma's design team run critiques? Would love to connect.", settings: { degree: 2 } },
    { code: 'Hola {nombre}, {contacto} me habló de ti y de cómo estáis escalando el soporte en {empresa}. Ayudo a startups a montar su servicio al cliente.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Eva, qué gusto conocerte hoy en el desayuno. Me quedé pensando en lo que dijiste sobre la factura electrónica; ¿lo seguimos conversando?', settings: { degree: 3, lang: 'es' } },
    { code: "Monsieur, je m'intéresse de près à l'ouverture de votre site de Lyon. Auriez-vous quelques minutes ?", settings: { degree: 3, lang: 'fr' } },
    { code: "Madame, M. Paul Girard, que j'ai accompagné l'an dernier, m'a conseillé de vous écrire : vous préparez la migration de votre ERP.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Madame la Directrice,\n\nSur les conseils de Mme Anne Petit, je me permets de vous écrire : le renouvellement de vos contrats approche.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Jana, ich baue gerade ein Tool für Urlaubsplanung und würde gern hören, wie ihr das bei Personio handhabt.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hi Tom, lange nicht gesehen seit dem Barcamp in Köln! Hab mitbekommen, dass du jetzt bei Zalando bist. Lass uns mal telefonieren.', settings: { degree: 1, lang: 'de' } },
    { code: 'Guten Tag Frau Berg, Ihr Gedanke zur Viertagewoche im Handwerk hat mich beschäftigt. Gerne bleibe ich in Kontakt.', settings: { degree: 3, lang: 'de' } },
    { code: 'Sehr geehrte Frau Dr. Kraus, mit Interesse habe ich Ihre Stellenausschreibung für die Leitung Controlling gelesen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo [Vorname], [gemeinsamer Kontakt] hat mir empfohlen, mich bei Ihnen zu melden. Ich würde mich gern zu [Thema] austauschen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Gefeliciteerd met je nieuwe rol als {{functie}} bij {{bedrijf}}! Juist in de eerste maanden is een goede urenregistratie goud waard; daar help ik teams mee.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi %VOORNAAM%, als founder van %BEDRIJF% ken je het gedoe met facturen vast. Wij bouwden een tool die dat automatiseert.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hi Sandeep, greetings! Your ex-colleague Ravi Menon from Wipro shared your name for the data lead opening we have in Pune.', settings: { degree: 2 } },
    { code: 'Grüß Gott Frau Mayr, nochmals danke für die gute Zusammenarbeit beim Umbau der Filiale in Linz.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Vogel, ich bin Recruiterin und suche für einen Maschinenbauer in Ulm einen Leiter Qualitätssicherung. Hätten Sie Interesse?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Kühn, gemeinsame Kontakte erzählten mir, dass Sie bei den Stadtwerken Kiel das Thema Ladeinfrastruktur verantworten.', settings: { degree: 2, lang: 'de' } },
    { code: 'Guten Tag Frau Keller, Herr Arnold aus Ihrem Team hat mich gebeten, mich zu melden – es geht um die Wartung Ihrer Kälteanlagen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Frau Dietz, Glückwunsch zur Series A von {{firma}}! Wir unterstützen junge Teams beim Aufbau der Buchhaltung.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Frau Lenz, ich habe mitbekommen, dass Sie bei Zeiss in Jena Werkstudierende für die Optikentwicklung suchen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Rui, também trabalho com pagamentos na banca e gostava de trocar ideias sobre a implementação do PSD3 nas equipas de risco.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá [Nome], acompanho a [Empresa] e acredito que nossa solução pode ajudar o time de finanças de vocês a fechar o mês mais rápido.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo {{ first_name }}, {{ mutual_name }} gaf aan dat jij bij {{ company }} over inkoop gaat. Wij leveren duurzame verpakkingen aan foodbedrijven.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Beste {{aanhef}} {{achternaam}}, als recruiter help ik organisaties als {{bedrijfsnaam}} om sneller technici te vinden.', settings: { degree: 2, lang: 'nl' } },
    { code: "Salut Léo ! Content de te revoir ici après le hackathon de l'INSA. Toujours sur ton projet de serre connectée ?", settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour [Prénom], [Nom du contact commun] m'a suggéré de vous écrire. Je voudrais en savoir plus sur votre retour d'expérience avec le compostage industriel.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour M. Sawadogo, quelle est selon vous la principale difficulté pour exporter la mangue séchée vers l'Europe ?", settings: { degree: 2, lang: 'fr' } },
    { code: 'Ciao Simo, che bello rivederti alla cena di classe! Mandami quel contatto del caseificio di cui parlavi.', settings: { degree: 1, lang: 'it' } },
    { code: 'Gentile Dott. Rinaldi, sarebbe un piacere scambiare due parole sulle operazioni di leasing nel retail.', settings: { degree: 2, lang: 'it' } },
    { code: "Ciao Ale, Chiara me l'ha suggerito: anch'io lavoro nel retail farmaceutico e vorrei sapere come avete aperto le farmacie in Ticino.", settings: { degree: 2, lang: 'it' } },
    { code: "Hi Rafael, I'd like to add you to my network on LinkedIn. Also — are you still doing event photography? My brother's looking for someone for May.", settings: { degree: 1 } },
    { code: "Hi Dr. Osei, I'm a health reporter at The Guardian. Could I ask you three quick questions for a piece on malaria vaccines running Monday?", settings: { degree: 3 } },
    { code: 'Hola Santiago, Lucía me dijo que podrías estar abierto a nuevos desafíos. Tengo una búsqueda de líder de datos para un banco que creo que te va a interesar.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Mónica, soy recién egresado y busco prácticas en Alicorp. ¿Me podrías ayudar con una referencia?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hey {firstName}, i see u are head of growth at {company}. we make tool for linkedin automation, very good result for growth teams. connect?', settings: { degree: 2 } },
    { code: 'hola jaime!! soy yo, lucía, la del máster de periodismo en la complutense 😄 conectamos??', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {nombre}, {empresa} acaba de cerrar su Serie A, ¡enhorabuena! Ayudo a startups en crecimiento a montar su primer equipo comercial.', settings: { degree: 3, lang: 'es' } },
    { code: "Hi Leo, Ravelin's fraud scores would slot neatly into our checkout for marketplace sellers.", settings: { degree: 3 } },
    { code: 'Hola Iker, soy Unai, del equipo de remo de Orio. Este verano organizamos la cena de los 20 años de la trainera, ¿te apuntas?', settings: { degree: 1, lang: 'es' } },
    { code: 'Moin Hauke! Ich fange im Oktober bei einer Werft in Kiel an und wollte fragen, ob du noch Kontakt zur Berufsschule hast.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Krüger, wir waren zehn Jahre Nachbarn in der Lindenstraße. Mein Sohn hat sein Studium abgeschlossen!', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Chef! Hier ist Ayşe, Ihre ehemalige Azubine aus der Filiale Hörde. Ich wollte mich für Ihre Unterstützung bedanken.', settings: { degree: 1, lang: 'de' } },
    { code: 'Salut Romain, bravo pour ton arrivée chez Doctolib ! On réfléchit à la même intégration agenda ; un déj comme au bon vieux temps du master ?', settings: { degree: 1, lang: 'fr' } },
    { code: 'Sehr geehrte Frau Prof. Winter, ich promoviere in Aachen zu Festkörperbatterien und wüsste gern, ob Sie Kooperationen eingehen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Braun, wir exportieren Ersatzteile und kämpfen seit dem Brexit mit den Ursprungsnachweisen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Martin, ich bin Freelancer für Webflow. Habt ihr bei Pixelwerk gerade Bedarf?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Kuhn, wir möchten ab Herbst zwei Mechatroniker ausbilden und bräuchten Infos zur Verbundausbildung.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Jung, mir ist aufgefallen, dass Sie bei Nordlicht Energie die Finanzierung der Solarparks verantworten.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Lotte, ik ben HR-manager bij een zorginstelling en benieuwd hoe jullie de thuiswerkvergoeding hebben geregeld.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Tim, ik wil je graag benaderen over je ervaring met het opzetten van een Scrum-team bij een gemeente.', settings: { degree: 2, lang: 'nl' } },
    { code: "Hi {first_name}, saw you're heading RevOps at {company}. We help RevOps teams keep Salesforce and HubSpot in sync.", settings: { degree: 2 } },
    { code: "Hi Chris, adding you here so I can send over the deck from Thursday's board prep.", settings: { degree: 1 } },
    { code: 'Hallo {{Vorname}}, ich suche Ansprechpartner für Photovoltaik und würde gern verstehen, wie {{Firma}} das Thema angeht.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo Frau Dr. Albers, wir haben uns 2019 bei der Weihnachtsfeier der IHK Hannover unterhalten.', settings: { degree: 1, lang: 'de' } },
    { code: 'Dag {{voornaam}}, mijn collega {{salesRep}} sprak u vorige week kort over de vervanging van de koelinstallaties.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Guten Tag Frau Hartmann, mich würde interessieren, wie Sie die rollierende Forecast-Planung aufgesetzt haben.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hallo %VORNAME%, wir helfen Werken wie Ihrem, Ausfälle per Schwingungsanalyse früh zu erkennen.', settings: { degree: 3, lang: 'de' } },
    { code: 'Olá Vitória, gostaria de perguntar como vocês estruturaram a licença parental estendida na Loft.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Ciao Tommaso, complimenti per il round seed di Orbitalis appena annunciato!', settings: { degree: 3, lang: 'it' } },
    { code: 'Hey Lotte, super gezellig op de bruiloft van Daan en Fleur zaterdag! Nu we elkaar weer gezien hebben, stuur ik meteen een verzoek.', settings: { degree: 1, lang: 'nl' } },
    // Their profile handed back, then something specific: the echo is no networking talk.
    { code: "Hi Sam, saw you're leading growth at Brightwave — we recently helped Lumen increase conversions by 40% with onboarding emails.", settings: { degree: 1 } },
    { code: 'Hola Inés, vi que trabajas en Alvea. En marzo migramos 14 almacenes de Tarragona a SAP EWM.', settings: { degree: 1, lang: 'es' } },
    // A gain measured is a result, not a promise any seller makes.
    { code: "Hi Sam, I see you're the COO at Harlow. We help 3PLs like yours increase their productivity by 18%.", settings: { degree: 1 } },
    // Their company's news by its name; their work seen; their view asked on a topic.
    { code: 'Hi Sarah, I help law firms automate conflict checks. Saw Harper & Lowe just merged with Finch LLP and would like to show how two firms combined their databases in a week.', settings: { degree: 1 } },
    { code: "Hi Kate, I'm always keen to meet fellow engineers. I saw you maintain the Spark plugin for pandas-profiling; I found a memory leak and have a fix ready.", settings: { degree: 1 } },
    { code: 'Hola Irene, preparo una licitación de transporte y me ayudaría mucho tu visión sobre accesibilidad.', settings: { degree: 1, lang: 'es' } },
    // Their review asked for; their programme named as theirs, openings on their team; a reference letter asked for.
    { code: "Dear Mark, I'd like to add you to my professional network on LinkedIn. Mostly, I'm still hoping you will review my chapter on relay coordination before the March deadline.", settings: { degree: 1 } },
    { code: "Hi Ms. Ito, I'm a recent chemical engineering graduate and very interested in the battery recycling programme you lead at Umicore. I'd love to learn about possible openings on your team.", settings: { degree: 3 } },
    { code: 'Profe, soy Marta Ruiz, su alumna de Econometría de 2018. Quería pedirle una carta de recomendación para el doctorado.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Pili! Soy Nuria, del ciclo de administración del IES Las Lagunas. Te agrego, que te perdí la pista 😘', settings: { degree: 1, lang: 'es' } },
    // Their next milestone as what a pitch is for; their work as what would serve the sender's; a teacher thanked.
    { code: 'Hi Aoife, I run a small video studio and would love to work with Gale on your next product launch.', settings: { degree: 3 } },
    { code: 'Prof. Berg suggested I write to you. She thought your glacier melt dataset might fit my second chapter.', settings: { degree: 2 } },
    { code: 'Profe, soy Lucía, su alumna del taller de cerámica de 2020. ¡Quería darle las gracias!', settings: { degree: 1, lang: 'es' } },
    // A gain or a claim of experience that goes on to say how or on what is no promise to anyone.
    { code: "Hi {{first_name}}, saw you're at {{company}} — we work with a lot of companies in your space on cloud cost reviews.", settings: { degree: 1 } },
    { code: "Hi Sam, I see you're the COO at Harlow. We help 3PLs like yours improve efficiency with slotting changes.", settings: { degree: 1 } },
    // Their job as their profile shows it, then a pitch for it.
    { code: "Hi {first_name}, your profile popped up as someone leading {department} at {company}. I help teams like yours with {solution}. Let's connect!", settings: { degree: 1 } },
    // A pitch after their job handed back; a search that fits them; their contributions read; a topic to ask them about.
    { code: 'Hola Óscar, he visto que eres CTO en Mapfly. Nosotros hacemos observabilidad para equipos pequeños de backend.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Bea, ahora soy headhunter y tengo un proceso de directora financiera que te pega muchísimo. ¿Te llamo?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Verónica, coincidimos en el grupo de RR. HH. de Teruel y he leído tus aportaciones sobre rotación de personal. Tengo un cliente con ese problema.', settings: { degree: 1, lang: 'es' } },
    { code: "Hi {{first_name}}, I'd love to ask you about {{topic}}.", settings: { degree: 1 } },
    // An event they organise, their work and with what, a round being raised.
    { code: 'Hola Aitor, organizo un hackatón de energía en Bilbao y buscamos jurado. ¿Te animas?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Rita, me interesa mucho lo que hacéis en Sidera con la detección de fugas en redes de agua.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola [Nombre], estamos levantando ronda semilla para [Startup] y nos encantaría que nos conocieras.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Tomás: supe que tu agencia subcontrata ilustradores para campañas. Trabajo como freelance en packaging.', settings: { degree: 1, lang: 'es' } },
    // A seat on the board named; one company given as the kind a pitch serves, after "such as".
    { code: "Hi {first_name}, the way you've advised hardware startups is remarkable. We want seasoned builders to sit on our advisory board. Shall we connect?", settings: { degree: 2 } },
    { code: 'Hey {{contact.first_name}}, our team helps bakeries such as {{contact.company}} cut flour waste with demand forecasts.', settings: { degree: 2 } },
    // Reasons beside stock lines, in shapes the stock probes of this round brought.
    { code: "Hi Dev, I found your profile via @Maya Lin, who says you're short of a line cook for the Camden opening. I've cooked at two brasseries. Let's connect!", settings: { degree: 2 } },
    { code: 'Hello {{first_name}}, I came across your profile. I saw {{company}} recently filed for a trademark in Brazil.', settings: { degree: 2 } },
    { code: "Hi Rosa, I'm keen to grow my network with charge nurses, and also to ask: is the ICU rotation at St Anne's taking applications this spring?", settings: { degree: 2 } },
    { code: "Hi Ola, would love to connect with more builders. Also, we're both tendering for the Eastfield library refit, aren't we?", settings: { degree: 2 } },
    { code: 'Hi Theo, came across your profile and wanted to say hi. I heard your studio occasionally takes interns for the summer season.', settings: { degree: 2 } },
    { code: "Hi {{first_name}}, your background is impressive. We're staging a concert in Porto and need a conductor — I understand you direct the city youth orchestra. Let's connect!", settings: { degree: 2 } },
    { code: 'Hi [Name]! Your profile came up and I had to say hello — you run facilities at [Company], right? We install heat pumps for offices. Worth a call?', settings: { degree: 2 } },
    { code: "Hi {{first_name}}, congrats on the new role at {{company}}! I print lab labels and could set up an account for your new team when you're ready.", settings: { degree: 2 } },
    { code: 'Hello Chef Bako, I hope you are well. I read that your bakery is reopening after the flood — great news. I deliver flour across Leeds and would love to connect.', settings: { degree: 3 } },
    { code: "Hello Dr. Lenz, I hope you are well. I'm a PGY-1 in surgery and very interested in your trauma fellowship at Charité. Your research is inspiring.", settings: { degree: 2 } },
    { code: "Hi Noor, I admire your work. The reason I'm writing: we need a treasurer for our food bank and your audit experience would be ideal. Open to a chat?", settings: { degree: 2 } },
    { code: "Hi Sam, as Pedro probably mentioned, I'm the editor he recommended for your memoir. Happy to connect.", settings: { degree: 2 } },
    { code: 'Hola [Nombre], vi que compartimos muchos contactos y que acabas de abrir una vacante de [Puesto] en [Empresa]. Mi experiencia encaja; ¡me encantaría conectar!', settings: { degree: 2, lang: 'es' } },
    { code: '¡Hola Pilar! ¿Cómo va todo? Me acordé de lo que hablamos del huerto escolar. ¿Conectamos aquí?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Jo, como probablemente te dijo Ravi, soy el diseñador de vuestra nueva tienda.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, como seguramente te comentó Iván, soy la arquitecta que va a revisar la reforma de la nave. Encantada de conectar.', settings: { degree: 2, lang: 'es' } },
    // Their company's news told outright or read in the press, a part offered in the sender's event, a pilot proposed.
    { code: 'Hola Eva, quiero ampliar mi red con gente del sector hotelero y, ya que vi que en tu cadena empezáis a abrir en Canarias, que es justo mi zona, pensé en escribirte.', settings: { degree: 2, lang: 'es' } },
    { code: "Dear Sir/Madam, I came across your profile while searching for Pune-based hospital managers. We run laundry services for 4 clinics in Baner, and I believe [Company]'s 200-bed expansion could use them.", settings: { degree: 2 } },
    { code: 'Hi Anil, hope you are well. Your background is impressive. I read in Mint that your factory in Hosur is adding a paint shop; we service spray booths.', settings: { degree: 2 } },
    { code: 'Hi [First Name], warm greetings! Your background is impressive. [Resort] is opening in Muscat next spring, and we supply hotel linen across Oman. Would love to connect.', settings: { degree: 2 } },
    { code: 'Hello [Name], greetings of the day. I came across your profile. We came to know [Company] was awarded the metro depot contract. Kindly accept my request.', settings: { degree: 2 } },
    { code: 'Hello Ute, looking forward to connecting. I follow your work on heat pumps. We run a district heating loop and our brine pump keeps tripping — would you have time for a paid consult?', settings: { degree: 2 } },
    { code: "Hi Marco, I came across your profile. Nuvem just launched its new payroll module, and we'd like to connect our expense app to it. Do you handle partnerships?", settings: { degree: 3 } },
    { code: "G'day Ben, came across your profile — reckon your work on the Perth tram upgrade is seriously impressive. I'm pulling together a transport meetup in Fremantle next month and would love you to give a 10-min talk. Keen to connect!", settings: { degree: 2 } },
    { code: "Hi Esi, hope all's well in Kumasi! I see you're running the cold-chain rollout for AgroLink — I'm at a battery start-up and we'd love to pilot with you. Looking forward to connecting!", settings: { degree: 2 } },
    // What the search for them was for, their organisation asked about or seen to need, a referral with its topic, a title line over the greeting.
    { code: "Hi [Name], I came across your profile while looking into the Platform Engineer opening on your team at [Company]. I'd love to ask about the role. Looking forward to connecting!", settings: { degree: 2 } },
    { code: 'Hello <Name>, hope all is well. Quick question I could not find answered anywhere: does <Company> still accept unsolicited proposals for its river fund, or only through the spring call? Would love to connect either way.', settings: { degree: 2 } },
    { code: "Hi {{firstName}}, I've followed your content on pricing for a while. I noticed {{company}} is looking for a fractional CFO — I've done that for two SaaS firms. Let's connect!", settings: { degree: 2 } },
    { code: "Hi {{firstName}}, I came across {{company}}'s careers page — looks like the support team is growing fast. We help support teams hire. Let's connect!", settings: { degree: 2 } },
    { code: "Hi {first_name}, I'm always looking to connect with people in hospitality. I saw {company} just took over the Hilton in Leeds — congrats! Our laundry covers that area.", settings: { degree: 2 } },
    { code: "Hi Dee, I'm always looking to connect with leaders in health. I noticed you're the new director at Leeds General — congratulations! We run free first-aid courses and would love to bring one to your wards.", settings: { degree: 2 } },
    { code: "Hi {{firstName}},\n\nI'm always looking to connect with people in energy, and @Rita Gomes suggested I talk to you specifically about grid batteries.\n\nBest,\nJo", settings: { degree: 2 } },
    { code: "Hello [Name], hope you're well. I came across your profile because [Charity] is looking for a trustee and the listing named you. I'm a solicitor and would be glad to help.", settings: { degree: 2 } },
    { code: "**Hi [First Name],**\n**[Mutual Connection] thought we should meet** — we're both trying to get schools to adopt heat pumps. Always keen to connect!", settings: { degree: 2 } },
    { code: 'Hola {{firstName}}, según me contó Mateo, tu equipo está por lanzar una tarjeta prepago en Bolivia. Trabajamos en fraude para fintechs; me encantaría conectar.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lucía, espero que estés bien. Leí que Cabify abre en Oporto; llevo la parte legal de una flota allí y creo que podemos ayudaros. ¡Conectemos!', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{firstName}}, también soy de Bilbao y trabajo en logística, como tú. Buscamos jefa de almacén para la nave de Zamudio; ¿te interesaría hablar?', settings: { degree: 2, lang: 'es' } },
    // How the sender found them, a sentence by itself, leaves the note's details to make its purpose.
    { code: 'Hola [Nombre], Vi tu perfil. [Empresa] tiene una presencia en redes que llama la atención. Mido la reputación online de marcas andinas como [Marca 1] y [Marca 2].', settings: { degree: 2, lang: 'es' } },
    { code: "Hi {first_name}, I came across your profile. Your shop's reviews on Google really stand out. I track local reputation for bakeries such as {competitor_a} and {competitor_b}.", settings: { degree: 2 } },
    { code: 'Hi Nina, I came across your profile. I spend my days cleaning CRM data for RevOps teams at Hubspot shops in Ohio, and it is good to know people in this field.', settings: { degree: 2 } },
    // A programme of theirs applied to, a shift to shadow, the interview to come, their part in a role, letters thanked for; es: their programme or role, advice on something concrete, whether their company hires.
    { code: "Hello Dr. Osei,\nIt would be an honour to have you in my network. I'm applying to the nursing programme affiliated with your hospital; could I shadow a night shift?\nRespectfully,\nAma", settings: { degree: 2 } },
    { code: "Hi Lena, I'm always looking to connect with fellow designers! I'm the candidate you'll be speaking to on Monday and just wanted to say hi. See you then.", settings: { degree: 2 } },
    { code: "Hey {{firstName}} 👋 Let's connect!\n\nP.S. I'm eyeing {{company}}'s apprenticeship programme.", settings: { degree: 2 } },
    { code: 'Hi Professor Ruiz, thanks again for the recommendation letter last year. I have just started at Siemens and would love to stay connected.', settings: { degree: 1 } },
    { code: "Hi Naomi, I came across your profile: you're the hiring manager for the data apprenticeship at Starling. I'm a bootcamp grad and would love to ask a couple of questions.", settings: { degree: 2 } },
    { code: "Hi Tanya 👋 I've been following your content for a while and it's amazing. I'm returning to design after a break and would love to know if Canva's returnship is open this year.", settings: { degree: 2 } },
    { code: 'Buen día, Sr. Paredes. Estoy por egresar de Ingeniería Civil y me interesa su programa de practicantes de obra. Será un honor formar parte de su red.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buen día, señor Castañeda. Soy ingeniera química formada en Cuba. Su experiencia es admirable. ¿Podría orientarme sobre la certificación que piden en Bimbo para calidad?', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimado Ing. Salazar: soy técnico electricista y estoy revalidando mi título. Su trayectoria es admirable. ¿Sabe si la empresa contrata técnicos mientras se homologa el título?', settings: { degree: 2, lang: 'es' } },
    // Their intake asked about, their organisation's move as told, tips for their programme, their raise, their API, their app's fault, a reference asked, a question about their company's slot; es: what their club seeks, a candidacy, a talk taken up again, a contact passed on, a launch to come.
    { code: 'Hi Lena, quick one — is [Company] still taking on apprentice electricians for the spring intake? Always looking to connect with people in construction!', settings: { degree: 2 } },
    { code: 'Dear Ms. Dube,\n\nI hope this message finds you well. I understand your company commissioned a water treatment plant at [Site]; our firm audits such plants. It would be an honour to connect.\n\nYours sincerely,\n[Name]', settings: { degree: 2 } },
    { code: "hiya [Name] 👋 always keen to connect with actuaries!\nps — final-year student here, any tips for [Company]'s graduate scheme assessment? 🙏", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, I hear {{ union | default(\"your branch\") }} is balloting over the new rota — I'm a reporter at the local paper. Always looking to connect with people in the labour movement!", settings: { degree: 2 } },
    { code: "Hi Sofia — I came across your profile while reading up on {Company}'s Series A. Congrats! We help post-raise teams hire. Looking forward to connecting.", settings: { degree: 2 } },
    { code: "Hi Chidi, I'm always looking to connect with legal tech folks. Is Lexora's API open to third-party integrations? Looking forward!", settings: { degree: 2 } },
    { code: 'Hi Lara, congrats on the new role at Vantage! I sell payroll software to HR teams your size. Let\'s connect!', settings: { degree: 2 } },
    { code: "Hi Max, always nice to connect with fellow founders. Your app's bank sync breaks for Revolut users — I can send logs. Let's connect!", settings: { degree: 2 } },
    { code: "Hiya Raj, it's Mel from the old Leeds office. Looking to reconnect with old colleagues — and to ask if you'd be a reference for my CIPD. Hope all's well!", settings: { degree: 1 } },
    { code: "Hi [Name], always looking to connect w/ pros in logistics. Quick q tho: how did [Company] handle the move to the new customs portal? We're mid-migration. Thx!", settings: { degree: 2 } },
    { code: 'Estimado Sr. Iturbe:\nEspero que este mensaje le encuentre bien. Vi que el club busca preparadora física para la cantera y me gustaría presentarle mi candidatura. Sería un placer conectar.\nUn cordial saludo', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marisa, siguiendo con lo que hablamos en el museo el martes: te paso por aquí el contacto del ebanista. Me alegra tenerte en mi red.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado D. Ramón:\nEspero que se encuentre bien. He leído que Mapfre va a lanzar un seguro para huertos solares, y asesoro a varias cooperativas. Sería un placer incluirle en mi red.', settings: { degree: 2, lang: 'es' } },
    // How they were found, alone, leaves a note the rules cannot read to the unsure rule.
    { code: 'Hi Ana, I came across your profile. Our two clinics are four kilometres apart and both lost their practice manager in June, so sharing one for a season might work for both of us.', settings: { degree: 2 } },
    // Mass templates' typed slots beside stock lines: a seat offered, a property of theirs, the party the sender acts for, their company's move, a role they came to mind for; es: what they just did, what someone said they are doing.
    { code: "Dear {{ first_name }},\n\nI'm the careers officer at {{ school }} and always keen to connect with graduates. Would you join our mentoring panel this autumn?\n\nWarm regards,\n{{ sender_name }}", settings: { degree: 2 } },
    { code: 'Hi Tom, I noticed your shop on [Street] is listed for lease — I represent a tenant looking for exactly that size. Always happy to connect with property people.', settings: { degree: 2 } },
    { code: "Hi {{first_name}}, I'm always looking to connect with landlords in {{city}}. Noticed your building on {{street}} still has a vacancy sign; I have two tenants ready.", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, I came across your profile and had to ask: how is {{company}} handling audit evidence now that you sell to banks? Let's connect!", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, hope you're keeping well. I see {{company}} has taken on the {{contract_name}} contract. Insurance limits on those jobs run high; happy to have a look. Let's connect.", settings: { degree: 2 } },
    { code: 'Dear {{candidate_name}},\nGreetings! Hope you are doing well. We have an opening for {{designation}} at {{client}}, matching your experience in {{skill}}. Kindly connect.\nRegards', settings: { degree: 2 } },
    { code: 'Hola {{first_name}}, me topé con tu perfil buscando responsables de {{area}} y vi que acabáis de abrir oficina en Oporto. ¡Me encantaría añadirte a mi red!', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{nombre}}, siempre busco conectar con profesionales del sector y, como {{amigo_comun}} me comentó el otro día que en {{empresa}} estáis cambiando de ERP, pensé en presentarme.', settings: { degree: 2, lang: 'es' } },
    // Stock talk of a kind of people ends at them, not past a comma.
    { code: "Hi {{first_name}}! I'm always looking to connect with inspiring professionals, and since {{company}} just posted a {{job_title}} opening, I thought we should talk.", settings: { degree: 2 } },
    // A piece of theirs asked for, their framework to license, a plan once talked about, their company's work cited.
    { code: "Hi Chen, I'm editing a collection of essays by maintainers and would love a piece from you on funding small libraries. I'm always looking to connect with people doing this work.", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, I came across your profile on the Pulse 2025 speaker list. Always looking to connect with CS leaders — and your churn-cohort playbook is one we'd like to license for our training. Open to a chat?", settings: { degree: 2 } },
    { code: "Hi Naomi, hope all's well with you and the kids! I'm finally starting the bakery we always talked about and would love your help with the logo. Looking forward to connecting!", settings: { degree: 1 } },
    { code: "Hi Bruno, hope you're well! I came across your profile while looking for sponsors for our jazz weekend. Given Coral's festival activations last summer, you seemed the right person. Looking forward to connecting!", settings: { degree: 2 } },
    // Their company's news told by its shape, whatever the verb, after stock talk and a new clause (en, es).
    { code: "Hi Dev, I'm always looking to connect with professionals in cold-chain logistics, and I heard Frostline Freight is retiring its diesel reefers on the Leeds route. We build the telematics for that.", settings: { lang: 'en' } },
    { code: 'Hola Inés, siempre me gusta conectar con gente del sector, y leí que Hortofrutícola Segura está exportando ya a Noruega. Nosotros hacemos el etiquetado en noruego.', settings: { lang: 'es' } },
    // A full stop before a word in lower case ends the stock sentence, so the purpose after it stands (typed in a hurry).
    { code: 'hi Sam, always looking to connect with professionals in ops. would love to hear how u handled the 3PL switch', settings: { lang: 'en' } },
    // A piece of their past work seen with its object; their goods wanted by the sender's shop; what they may know that the sender needs.
    { code: "Hi Beatriz, I'm always looking to connect with professionals in regulatory affairs. I noticed you worked on the Orvena renal device filing and I'm preparing a similar one.", settings: { lang: 'en' } },
    { code: "Hey Marta! I'm always looking to connect with local makers. Would love to stock ur sourdough at our deli.", settings: { lang: 'en', degree: 1 } },
    { code: "Hi Jo, I'm always looking to connect with professionals in health. I think you might know about school nursing posts in Otago, so I'd love to connect.", settings: { lang: 'en', degree: 1 } },
    // es: the tool they use, seen, and a pitch about it; their experience doing something concrete.
    { code: 'Hola Ana, vi tu perfil y noté que usan Holded en Panadería Ruiz. ¡Encantado de conectar!', settings: { lang: 'es' } },
    { code: 'Hola {{first_name}}, vi tu perfil y me pareció impresionante. En {{my_company}} crecemos en Quito, y tu experiencia internacionalizando {{company}} encaja perfecto. ¿Hablamos?', settings: { lang: 'es' } },
    // Years spent at the same company, after stock talk and a new clause.
    { code: 'Hi Tom, I came across your profile and saw we both spent two years at Ocado Technology, you in search, me in ops. Would be great to reconnect.', settings: { lang: 'en' } },
    // es: a question put to them in the imperfect of vosotros, or with "le" for them; someone introduced them in person, somewhere (en, es).
    { code: 'Hola Álvaro! Vi tu perfil. En la obra del puerto de Vigo, cómo organizabais los turnos de noche? Me toca algo parecido.', settings: { lang: 'es' } },
    { code: 'Buenos días Sr. Ortega. Siempre busco conectar con profesionales del sector. Quería preguntarle si en Eroski siguen comprando a proveedores locales de Lleida.', settings: { lang: 'es' } },
    { code: 'hola Tomi!! Siempre busco conectar con gente del sector. Nos presentó Sergio en el asado del sábado, vos eras el de los drones.', settings: { lang: 'es' } },
    { code: 'hey Tom! Sergio introduced us at the barbecue on Saturday, you were the drone guy. would love to add you to my network', settings: { lang: 'en' } },
    // Something they did, told by its shape; what their company has open; work passed to them; their company's plan read, after a flag that closes the stock sentence.
    { code: "Hi Dana, I'm always looking to connect with professionals in law. I saw you argued the Kessler tenancy appeal in May.", settings: { lang: 'en' } },
    { code: "Hi [Name], I'm always looking to connect with HR leaders. We run payroll in Ghana and Kenya, and I noticed [Company] has openings in both.", settings: { lang: 'en' } },
    { code: "Hi Sam, I'm always looking to connect with local trades. We keep getting damp-proofing calls in Bury; could we send those jobs your way?", settings: { lang: 'en' } },
    { code: 'Hey {{first_name}}! Fellow Kiwi in Berlin here 🇳🇿 I read in Gründerszene that {{company}} will open an office in Auckland.', settings: { lang: 'en' } },
    // Contact they already had off LinkedIn, with what it was about, after stock talk (Spanish lists had it: "gracias por la llamada de ayer sobre…").
    { code: "Hi Lena, thanks again for the demo of Rotaflow. I'm always looking to connect with people in healthcare ops.", settings: { lang: 'en' } },
    { code: "Hi Felix, loved our Slack huddle about your Remix migration. I'm always looking to connect with frontend folks.", settings: { lang: 'en' } },
    { code: "Hi Kim, you emailed back about our invoicing pilot saying 'after Easter' — fair! I'm always looking to connect with finance leaders.", settings: { lang: 'en' } },
    { code: "Hi Jess, I'm the candidate you interviewed on Monday for the data analyst role. I'm always looking to connect with people in analytics.", settings: { lang: 'en' } },
    { code: "Hi Omar, per our email exchange, I'm the illustrator you were considering for the spring catalogue. I came across your profile and would love to connect.", settings: { lang: 'en' } },
    // es: what their business does, seen; their job post shared and the application; their company's news in the preterite; a referral said as a suggestion; their programme to replicate.
    { code: 'Hola Javier. Siempre busco conectar con profesionales del sector. Vi que usted exporta aceite de oliva a Japón; ¿le interesaría ver nuestras botellas?', settings: { lang: 'es' } },
    { code: 'Hola Mauricio, me encontré con su perfil porque compartió la oferta de analista en Rappi. Tengo tres años en datos.', settings: { lang: 'es' } },
    { code: 'Estimado Sr. Benítez: me encontré con su perfil y noté que su cadena inauguró recientemente dos hoteles en Tulum. Sería un placer conectar.', settings: { lang: 'es' } },
    { code: 'Hola Lucía, siempre busco conectar con profesionales de RR. HH. {{mutual}} me habló de cómo organizó las mentorías en {{company}}; quisiera replicarlo en mi equipo.', settings: { lang: 'es' } },
    // Partnerships and money: a fund told by what it backs, a fit with its thesis, their product in an integration, a reseller's ask, their place shortlisted, their product's offer seen; someone tagged them in a post the sender is in; news with a longer subject.
    { code: "Hi Ada, I came across your profile and noticed your fund backs seed logistics software in Kenya. We're raising $600k for a freight app.", settings: { lang: 'en' } },
    { code: "Hi [Name], I came across your profile and your background is impressive. Our clinic customers keep asking for [Company]'s booking API. Open to a chat? Looking forward to connecting.", settings: { lang: 'en' } },
    { code: "Hi [Name], I came across your profile. We're a 12-person Shopify agency and would like to become a certified reseller. Looking forward to connecting!", settings: { lang: 'en' } },
    { code: "Hi Sven, I'd love to add you to my network: your bakery is on our shortlist for the bread partner at the Lund food fair.", settings: { lang: 'en' } },
    { code: "Hi {{ first_name }}, I'm always keen to connect with people in payments. Saw that {{ company }} now supports refunds in pesos — we'd love to use that.", settings: { lang: 'en' } },
    { code: "Hi Amelia — Jonas Weber tagged you in his post about our robotics fair jury, so I'm introducing myself. Looking forward to connecting!", settings: { lang: 'en' } },
    { code: "Hi Peter, your background in clinical trials is impressive. Saw that Corvex Bio's second cohort readout slipped to May — we help sponsors recruit faster.", settings: { lang: 'en' } },
    // es: worked under them, and a reference asked for.
    { code: 'Estimado Sr. Ramírez: tuve el gusto de trabajar bajo su dirección en Holcim. Siempre busco conectar con profesionales de su trayectoria.', settings: { lang: 'es' } },
    // Media and travel: a blurb or an interview asked of them by what it is, their work on the sender's longlist after "mostly because", passing by their place after a dash (en); their place's news in the present, their opening as the motive, passing by their plant (es).
    { code: "Hi Meera, I came across your profile and I'm always eager to connect with fellow writers. Would you read an early draft of my memoir and, if it lands, write a blurb?", settings: { lang: 'en' } },
    { code: "Hi Julia, I'm always looking to connect with professionals in sustainability. Would you do a 20-minute interview about how Nordvik reports its water use?", settings: { lang: 'en' } },
    { code: "Hi Tomás, I came across your profile and thought we should connect — mostly because your bakery's zero-waste programme is on our longlist for the Lisbon food awards.", settings: { lang: 'en' } },
    { code: 'Hi Dev, I help logistics teams cut freight costs — could I drop by your Leeds depot for 20 minutes next week?', settings: { lang: 'en' } },
    { code: 'Hola Lorena, ¡siempre es un gusto conectar con gente del sector! Vi que el hotel de Isla Mujeres reabre en marzo; llego a Cancún en febrero.', settings: { lang: 'es' } },
    { code: 'Hola [Nombre], vi tu perfil y tu trayectoria en [Empresa] es impresionante. Como abrís oficina en [Ciudad], te cuento cómo lo hicimos nosotros.', settings: { lang: 'es' } },
    { code: 'Hola Sergio, me gustaría añadirte a mi red de contactos en LinkedIn porque la semana que viene paso por vuestra planta de Zaragoza con el equipo de compras.', settings: { lang: 'es' } },
    // A question about a named place of work, asked directly or indirectly ("keen to know if", "me preguntaba si", "me interesaría saber si"), is put to someone there (en, es).
    { code: "Hi Ava, I'm always looking to connect with people in edtech. I'm keen to know if Duolingo's schools team works with bootcamps.", settings: { lang: 'en' } },
    { code: 'Qué tal Rodrigo, siempre busco conectar con gente del sector. Me preguntaba si en Glovo siguen usando dark stores.', settings: { lang: 'es' } },
    { code: 'Sr. Olmedo, buenos días. Siempre busco conectar con profesionales del sector. Me interesaría saber si en Conservas del Norte homologan nuevos proveedores este año.', settings: { lang: 'es' } },
    // A question after stock talk in its own sentence is read from where it opens: at "¿" or at the asking words (en, es).
    { code: 'Hola Sergio, siempre busco conectar con profesionales de la hostelería: ¿cómo están gestionando en Vips las reservas con la nueva app?', settings: { lang: 'es' } },
    { code: 'Hola {{first_name}}, siempre busco conectar con gente de {{industry}}: ¿qué herramienta usáis en {{company}} para planificar turnos?', settings: { lang: 'es' } },
    { code: 'Buenos días Sra. Lago, vi su perfil y quería preguntarle si en Eroski siguen comprando queso a queserías locales de Ordizia, tenemos una en el pueblo.', settings: { lang: 'es' } },
    // "Qué tal" asks after them only on its own: what it is like to work somewhere, or how something went, is asked of them (es).
    { code: 'Hola Iker, también soy diseñador en Bilbao. ¿Qué tal es trabajar para Idealista desde aquí? Me encantaría conectar.', settings: { lang: 'es' } },
    { code: 'Hola Nuria, espero que estés bien. Me preguntaba qué tal os ha ido con la migración a Odoo en Cervezas Alhambra, ya que nosotros empezamos en enero. Siempre es un placer conectar con gente del sector.', settings: { lang: 'es' } },
    // "How are you finding…", "would you be open to sharing whether…" ask them something (en).
    { code: "Hi Omar, Lina from our old Uber squad pointed me your way. How are you finding growth marketing at Deliveroo, and would you recommend it? Always keen to connect with people in the region's tech scene.", settings: { lang: 'en' } },
    { code: "Hi Grace, I came across your profile on the speakers page. Would you be open to sharing whether Shopify's apprenticeship accepts people without a degree? Let's connect!", settings: { lang: 'en' } },
    // The sender's introduction ends where a question or a dash starts, so what is asked is no detail of theirs (en).
    { code: "Hi Grace, I'm a final-year student at [University] and keen to know if [Company]'s graduate scheme takes people from humanities. I'm always looking to connect with professionals in consulting.", settings: { lang: 'en' } },
    { code: "Hi Jun, I came across your profile and your background is impressive. Let's connect!\n\nP.S. I'm working from Seoul for a year — does Kakao's design team run any meetups I could join?", settings: { lang: 'en' } },
    // The project they are doing, told as theirs (en).
    { code: "hey, you're doing the cold-chain pilot out at the depot and I've been testing the same sensors. keen to connect!", settings: { lang: 'en' } },
    // Why the referral: their company hiring (es).
    { code: 'Hola [Nombre],\n[Contacto] me recomendó que te escribiera porque [Empresa] contrata [perfil]. Vi tu perfil y creo que puedo aportar.', settings: { lang: 'es' } },
    // A job seeker's reasons: their company's role by its possessive, a listing of theirs by its title, the career move they made (en).
    { code: "Hi {{first_name}}, I'm always looking to connect with professionals in fintech. I also just applied to {{company}}'s Risk Analyst II role. I'd love your honest take on the day-to-day.", settings: { lang: 'en' } },
    { code: "Hi [Name], I came across your profile and your background is impressive. I'm a final-year engineering student interested in [Company]'s graduate programme. Thank you!", settings: { lang: 'en' } },
    { code: "Hi {{first_name}}, I'm always looking to connect with professionals in public health, and I'm especially interested in {{org}}'s research team since I saw the Data Officer listing.", settings: { lang: 'en' } },
    { code: "Hi Zoe, I noticed we share 9 mutual connections! I'm a nurse moving into health informatics and saw you made that exact switch at Epic. Let's connect!", settings: { lang: 'en' } },
    // A call with what it was about, "as per our telephonic conversation"; their staff invited, their organisation named (en).
    { code: 'Respected Madam, as per our telephonic conversation yesterday regarding the bulk order for [Company], I am sending this request. Kindly accept.', settings: { lang: 'en' } },
    { code: "Dear Sir, greetings of the day! I'm always looking to connect with leaders in manufacturing. We are conducting a safety training at our centre next month and would like to invite staff from [Company Name]. Please accept.", settings: { lang: 'en' } },
    // Something of theirs after a dash is a clause of its own (en).
    { code: "Hi Omar, I'm always keen to connect with people in water tech — and your work running the desalination pilot at Aqaba port is exactly what our team studies. Open to a short chat?", settings: { lang: 'en' } },
    // Their template in use (es).
    { code: 'Hola Marina 👋 Tu plantilla de Notion para OKRs me la pasó medio equipo y ya la usamos cada trimestre. Siempre busco conectar con gente que comparte así su trabajo.', settings: { lang: 'es' } },
    // Their move, a migration of the sender's, the sender's move with what they do there: reasons still (en).
    { code: "Hi Sam, you're moving to {{city}} next month and our co-working space there has a desk for your team. Let's connect!", settings: { lang: 'en' } },
    { code: "Hi {{first_name}}, I'm moving to Denver in June and starting to meet people in the local climate-tech scene. Would love to grab a coffee once I'm settled!", settings: { lang: 'en' } },
    // A pitch tied to their company's news, told every way a sales note tells it (en): reported with "told me … that", a product now stocked, "whilst reading about", a question whose subject is their company, a plan reported, a news item as a noun.
    { code: 'Hi Marta, one of your buyers told me at the trade fair last month that Lindqvist Foods orders most packaging by fax, which is exactly what our portal replaces. Always happy to connect with procurement leaders in Malmö!', settings: { lang: 'en' } },
    { code: "Hiya Aoife, hope all's well. Noticed Boyne Valley Cider is now stocked in Dunnes — brilliant. We handle retailer compliance for small producers; happy to chat. Would love to have you in my network.", settings: { lang: 'en' } },
    { code: "Dear Mr. Okonjo, I hope this message finds you well. I came across your profile whilst reading about your firm's merger with Apex Fabrication. We have run three similar ERP consolidations. I would be delighted to connect.", settings: { lang: 'en' } },
    { code: "Hello Joost — quick one, is Van Dijk Transport still handling customs paperwork in-house after the new Antwerp depot? We automate that for nine Belgian forwarders. I'm always looking to connect with logistics professionals.", settings: { lang: 'en' } },
    { code: "Hey Carla, your COO said on the investor call that Mercato Retail wants to halve checkout queues this year; our self-scan kiosks did that at a chain your size. Hope you'll accept!", settings: { lang: 'en' } },
    { code: "Hi Tomas, hope you're well! I came across your profile while reading about Nordvik Robotics opening its Gdansk plant. We install palletising cells. I'm always looking to connect with operations leaders in Poland.", settings: { lang: 'en' } },
    { code: "Hi Priya, as someone who sells into pharma, I noticed Curalis's recent FDA approval — congrats. We help biotech teams build launch playbooks. I'd love to add you to my network.", settings: { lang: 'en' } },
    // An item of a list is a sentence of its own (en).
    { code: "Hi [Name],\n\nWhy I'm writing:\n• I'm always keen to connect with people in water policy\n• your background is impressive\n• I'm researching a piece on river restoration in Yorkshire and your trust's 2022 project is the example I keep citing\n\nOpen to a short call?", settings: { lang: 'en' } },
    // Why them, said by whoever sent the sender; the career move they made (es).
    { code: 'Hola Andrés, Marta Gil me ha dicho que eres la persona a quien preguntar por las becas de ingeniería en Iberdrola. ¡Me encantaría conectar contigo!', settings: { lang: 'es' } },
    { code: 'Hola Sara, dudo entre especializarme en backend o en datos, y como tú pasaste de backend a datos en Cabify, me encantaría escuchar tu opinión. ¡Conectemos!', settings: { lang: 'es' } },
    // Their company's news as Spanish sales notes tell it: «vi que en Ripley migraron a…», «me llamó la atención que en Mercadona estáis contratando…», «acaba de abrir», «me he enterado de que Endesa licita…», a growth figure not read as people in common (es).
    { code: 'Hola Marta, ¡espero que estés genial! Me topé con tu perfil y vi que en Ripley migraron a SAP Commerce. Somos partner y llevamos 9 implementaciones. Sería bacán tenerte en mi red.', settings: { lang: 'es' } },
    { code: 'Hola Laura, vi tu perfil y me llamó la atención que en Mercadona estáis contratando 40 personas para logística en Valencia. Nuestro software acorta la formación. Me encantaría añadirte a mi red.', settings: { lang: 'es' } },
    { code: 'Hola Julia, vi tu perfil y me llamó la atención que Honest Greens acaba de abrir local en Bilbao. Ayudamos a cadenas a reducir mermas. Me encantaría añadirte a mi red.', settings: { lang: 'es' } },
    { code: 'Hola Cristina. Me encanta conectar con profesionales de la energía, y me he enterado de que Endesa licita su nueva web. Hemos hecho las de dos eléctricas. ¿Conectamos?', settings: { lang: 'es' } },
    { code: 'Hola Paula. Soy Marcos, de Cobee. Siempre me gusta conectar con gente de people. Vi que Factorial ha pasado de 200 a 500 personas este año, y a ese ritmo la nómina se complica. ¿Lo hablamos?', settings: { lang: 'es' } },
    // Their situation as trade playbooks tie a pitch to it (en): their own company's application seen, a merger or a breach by its name, plans approved, a company expanding given as why, a lease ending.
    { code: "Hi Daniel, hope you're well. Saw on the council portal that your company has applied to extend the Millbrook depot — we own the plot next door. Let's connect?", settings: { lang: 'en' } },
    { code: "Hey Tom! I came across your profile while reading about the Atlas/Nordic merger — are you the one running the payroll integration? We merged two payroll systems last year and I'd happily share the playbook. Let's connect.", settings: { lang: 'en' } },
    { code: 'Hi {{ first_name }}, I read about the data breach at {{ company }} last month — sorry you had to deal with that. I place cyber cover for firms your size. Would love to connect.', settings: { lang: 'en' } },
    { code: "Hi Felix, I'm always looking to connect with property people in Leeds. Saw Harrow Homes's plans for the Kirkstall site got approved — congrats. We're a local visualisation studio.", settings: { lang: 'en' } },
    { code: 'Greetings Mr. Iyer, I came across your esteemed profile. As Kaveri Spinning is expanding its dyeing unit in Erode, I wished to offer our compliance consulting. Kindly accept my request to connect.', settings: { lang: 'en' } },
    { code: 'Hi Peter, your career is really impressive. I gather the Brightwell acquisition means your options vest early. I advise employees through exactly that. Happy to connect.', settings: { lang: 'en' } },
    { code: "Hi Hamza, I came across your profile and saw you're Head of Facilities at Quayside Labs. With your lease at Quayside House ending next spring, I'd love to show you two lab-ready buildings nearby. Let's connect!", settings: { lang: 'en' } },
    // Insights, best practices or knowledge traded on a topic, as notes or ideas are (en, es).
    { code: 'Hi Lena, Omar suggested I write to you. I would love to trade best practices on {{topic}}.', settings: { degree: 2, lang: 'en' } },
    { code: 'Hi Lena, Omar suggested I write to you. Keen to exchange perspectives on hiring nurses in rural clinics.', settings: { degree: 2, lang: 'en' } },
    { code: 'Hola Lena, Omar me sugirió escribirte. Me encantaría intercambiar conocimientos sobre {{sector}}.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lena, Omar me sugirió escribirte. Me gustaría compartir buenas prácticas de mantenimiento predictivo.', settings: { degree: 2, lang: 'es' } },
    // es: the role their profile names, with a pitch, an ask or a question of their own (workshops given, "me pongo en contacto porque", mentors sought, what they'd recommend, the jump they made, what someone said they built).
    { code: '¡Hola Marta! Estoy ampliando mi red con profesionales de la educación. Vi que diriges [Colegio]. Impartimos talleres de robótica para primaria; ¿os interesaría una sesión de prueba?', settings: { degree: 1, lang: 'es' } },
    { code: 'Buenos días, {{nombre}}. Su perfil es impresionante. Me pongo en contacto con usted porque dirige el área de compras de {{empresa}} y hemos creado un sistema de pedidos para hostelería.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Sergio, espero que estés teniendo una buena semana. Estoy buscando mentoras en ciencia de datos y vi que lideras [comunidad] en [ciudad]. ¡Conectemos!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {nombre}, ¿cómo va? Vi tu perfil. ¿Qué certificación me recomendarías para arrancar en ciberseguridad? ¡Me encantaría conectar!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Irene, vi tu perfil y tenemos mucho en común: las dos venimos del periodismo y ahora estamos en marketing. ¿Cómo fue tu salto? Estoy a punto de darlo.', settings: { degree: 1, lang: 'es' } },
    { code: 'Che Dani, ¿todo bien? Me contó Lucía que vos montaste el equipo de soporte en {empresa}. Estoy por hacer lo mismo y me encantaría escucharte. ¡Conectemos!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Paula, hace tiempo que quiero ampliar mi red con gente del mundo del vino y, viendo que llevas la exportación de Bodegas Sur, que es justo lo que yo hago, pensé en escribirte.', settings: { degree: 1, lang: 'es' } },
    // en: company news heard ("I gather"), openings counted at their company.
    { code: "Hey Max, I'm always happy to connect with people in insurtech. I gather Harbor Life closed a seed round last month, congratulations.", settings: { degree: 1, lang: 'en' } },
    { code: 'Hi [First Name], your background is impressive. I lead a small search firm and noticed [Company] has four open engineering manager roles; that is exactly our niche.', settings: { degree: 1, lang: 'en' } },
    // Guard: what was achieved, said, is specific (es).
    { code: 'Hola Nerea, ¡enhorabuena por todo lo que habéis conseguido con la ampliación de la planta de Vigo! Me encantaría conectar.', settings: { degree: 1, lang: 'es' } },
    // es, written by hand: the role their profile shows, in a clause of its own ("y veo que", after a colon), with what the sender makes; what in particular interests them; their company hiring, seen.
    { code: 'Hola Nuria, espero que estés bien. Vi tu perfil y veo que llevas el área de compras en Mercadona. Yo fabrico cajas de cartón reciclado en Valencia y creo que encaja.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Andrés, un placer saludarte. Siempre busco conectar con gente del sector logístico, y en concreto me interesa cómo gestionáis en Seur las rutas de última milla, que es lo que hago yo en Correos.', settings: { degree: 1, lang: 'es' } },
    { code: 'Qué tal Lupita, espero que estés bien. Vi tu perfil y vi que eres la compradora de juguetes en Liverpool. Somos importadores de peluches con bodega en Monterrey. ¿Te mando el catálogo?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Beto! Vi que eres CFO de una fintech de pagos, yo hago conciliaciones bancarias. ¿Conectamos?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Iker! Siempre intento conectar con gente del sector del videojuego. Vi que Mercury Steam anda buscando programadores de IA y llevo tres años con Unreal. ¿Sabes si aceptan perfiles junior?', settings: { degree: 1, lang: 'es' } },
    { code: 'Buenas tardes, Lic. Ramos. Vi su perfil: usted dirige Mantenimiento en Vitro. Nosotros reparamos compresores industriales en Monterrey. Me encantaría tenerlo en mi red.', settings: { degree: 1, lang: 'es' } },
    // en, written by hand: what they did at their company; their job stated, then a pitch; how a piece of their work is going.
    { code: "Hi Priya, I'm always keen to learn from experienced leaders. You scaled the support team at Lumen to three shifts. I'm about to do that and would love one tip.", settings: { degree: 1, lang: 'en' } },
    { code: "Hey Dana, I help fintech teams fix their KYC drop-off. Noticed you're Head of Product at Paylane — if onboarding is on your list this quarter, would love to connect.", settings: { degree: 1, lang: 'en' } },
    { code: "Hi Omar, your profile came up in my feed. You're the CTO at Ticketbay, and we're a small team that does load testing for ticketing sites before big sales. Happy to connect.", settings: { degree: 1, lang: 'en' } },
    { code: "Hi Ben, congrats on the new role! Leading data at Oakleaf must be a change from consulting. How are you finding hiring analysts in this market? We're doing the same.", settings: { degree: 1, lang: 'en' } },
    // es, formal register: what in particular after stock talk ("en su caso"), their post with a "como responsable de … {{ empresa }}" pitch, where they stand asked, their chain's plan seen, how they validate, what a client needs, a shortlist being drawn up, an introduction about something, their area with both slots, what someone told of their programme.
    { code: 'Buenos días, Dra. Ramírez. Siempre busco conectar con profesionales del sector bancario; en su caso, además, me interesa saber cómo está resolviendo su equipo la verificación de identidad en remoto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado {{ tratamiento }} {{ apellido }}: Vi su perfil y su trayectoria es impresionante. Como responsable de logística de {{ empresa }}, quizá le interese nuestro servicio de trazabilidad de palés, que reduce las pérdidas a la mitad.', settings: { degree: 1, lang: 'es' } },
    { code: 'Apreciado Dr. Vélez: me encontré con su perfil buscando quién lleva la acreditación de laboratorios en Cali. Acompañamos esos procesos y quisiera saber en qué etapa están ustedes.', settings: { degree: 1, lang: 'es' } },
    { code: '¡Buen día, Lic. Ortega! Vi que la cadena de ópticas donde dirige expansión abrirá 25 tiendas este año; hacemos la obra civil llave en mano. ¡Conectemos!', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimada Ing. Mora, cordial saludo. Una pregunta concreta sobre su proceso: ¿cómo validan hoy la presión del agua en las redes rurales que opera su empresa? Ofrecemos telemetría y quisiera conocer su experiencia. Un gusto conectar.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado Ing. Rivas, me encontré con su perfil y su experiencia liderando equipos de mantenimiento es justo lo que un cliente de Querétaro busca para su planta. ¿Podemos platicar?', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado Ing. Flores: Mi excompañera Lucía me dio su nombre: armo una terna para jefe de planta en Arequipa. Su trayectoria es impresionante. ¿Conversamos?', settings: { degree: 1, lang: 'es' } },
    { code: 'Cordial saludo, Ing. Gómez. Andrés Mejía nos presentó por correo a propósito de la depuradora de Envigado. Aprovecho para conectar por aquí, como hago con profesionales del sector.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {{ nombre }}, espero que esté bien. Vi que en {{ empresa }} lidera {{ area }}; en {{ mi_empresa }} ayudamos a equipos como el suyo a acortar los cierres contables. Me encantaría conectar.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Rocío, vi que @Pablo Gil también te tiene en su red; él me contó lo de vuestro club de lectura para ingenieras y me encantaría sumarme. ¡Espero que estés bien!', settings: { degree: 1, lang: 'es' } },
    // Guard: their post with a pitch said as what the sender automates for them.
    { code: 'Hola {{first_name}}, espero que te encuentres bien. Como responsable de compras en {{company}}, seguro que el alta de proveedores te roba horas. Lo automatizamos para distribuidoras medianas.', settings: { degree: 1, lang: 'es' } },
    // Founders, investors and formal notes (en, es): a reason owned up to after stock talk ("concretely:"), their company's news as when they were found, a search "partnering with" someone, what a person both know said their school needs (after a colon).
    { code: "Hi Amara, let's explore synergies. Concretely: you sell expense software to clinics, we run billing for the same clinics, and 300 of ours keep asking for exactly your product.", settings: { degree: 1, lang: 'en' } },
    { code: "Hi Dani, I'm a partner at Elm Fund and I came across your profile when Rootwise announced its seed. Our thesis is soil health, and I'd love to be on your radar.", settings: { degree: 1, lang: 'en' } },
    { code: 'Dear Mr. Al Hosani, Your background is impressive. I am partnering with a semi-government entity in Dubai to appoint a Head of Procurement and would welcome a discreet conversation.', settings: { degree: 1, lang: 'en' } },
    { code: 'Estimado Lic. Prado: Vi su perfil y no dudé en escribirle: Marta, a quien ambos conocemos del club de golf, me contó que su colegio busca proveedor de comedor para 2026.', settings: { degree: 1, lang: 'es' } },
    // es, formal referrals with a purpose: what someone advised asking them for, what they are known to evaluate, what the sender needs.
    { code: 'Estimada Prof. Ortiz: vi su perfil y me pareció impresionante. Le escribo además porque el Dr. Luis Paz, director de mi tesis, me recomendó pedirle bibliografía sobre derecho agrario.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimado Sr. Rivas: vi su perfil y su trayectoria es impresionante. Me dio su nombre un amigo en común. Ofrecemos detección de incendios por satélite y sé que evalúan opciones para este verano. Quedo atento.', settings: { degree: 1, lang: 'es' } },
    { code: 'Estimada Sra. Coll: Le escribo a instancias de Jordi Vila, que me indicó que usted lleva privacidad en su despacho. Necesitamos una auditoría de datos para un ensayo clínico. ¿Podemos hablar? Será un placer conectar.', settings: { degree: 1, lang: 'es' } },
    // es, founders and investors: what interests them, told by someone; what their fund invests in, read; their company in the sender's thesis.
    { code: 'Hola Sara, ¡qué ganas tenía de escribirte! Sigo tu trabajo desde hace tiempo. Te cuento: Nacho Ruiz dice que te interesa invertir en fintech, y en Cobro abrimos una ronda de 300k. ¿Te paso info?', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Ana, un gusto saludarte. Vi tu perfil y me pareció excelente. Soy analista en Andes Partners; nuestra tesis es software para clínicas en LatAm y Turnito encaja de lleno.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Martín, vi tu perfil y me pareció muy interesante. Leí que Ñandú Capital invierte en agtech; somos Raíz, biofertilizantes para maíz. ¿Te mando el deck?', settings: { degree: 1, lang: 'es' } },
    // es: "aprovechando que" opens the clause of what was seen, after stock talk.
    { code: 'Hola Luis, siempre busco conectar con gente del sector y, aprovechando que estáis abriendo oficina en Valencia, te escribo.', settings: { degree: 1, lang: 'es' } },
    // Time in the reader's lab; their company in the sender's field; opinions a mutual contact says they hold; a matchmaking pitch after their role; a shared past in the imperfect (es).
    { code: "Dear Dr. Mensah,\nIt was a joy to intern in your lab during my PhD. I'm now at the Broad Institute and would be glad to stay in touch about the sepsis work.\nBest,\nTomi Adeyemi", settings: { degree: 1 } },
    { code: "Hi {firstName}, I'm a partner at {fund} investing in {sector}. Saw that {company} is in that space — would love to hear what you're building.", settings: { degree: 3 } },
    { code: "Hi Noor, Felix and I shared a stage last week and he suggested you'd have strong opinions on how clinics use triage bots. Would love to connect and hear them.", settings: { degree: 2 } },
    { code: "Hi Ada, I'm Ravi — we match charities with pro-bono designers. Saw you're the volunteer lead at Riverside Trust. Would you like to join as a partner?", settings: { degree: 3 } },
    { code: '¡Enhorabuena por el ascenso en {{empresa}}, {{nombre}}! Me acuerdo de cuando negociábamos juntos los contratos de flota. Si algún día necesitáis proveedor en {{region}}, ya sabes dónde estoy.', settings: { degree: 1, lang: 'es' } },
    // Interviews coming up at a named company; their latest piece with its noun left out; a new release after their role; how people in their seat choose, studied; a recruiter's search with its pay; a favour dated (en); a programme they run, an MBA to be taken, a call's criteria asked, profiles sought for a named clinic, what the sender needs «del informe … que revisábamos juntas» (es).
    { code: "Hi Priya, I'm prepping for interviews at Monzo next month and would be grateful for any advice.", settings: { degree: 3 } },
    { code: "Hi [Name], I've been reading your posts on supply chains for a while — your latest on port congestion was spot on.", settings: { degree: 3 } },
    { code: "Hi {firstName}, I noticed you're the VP of Engineering at {companyName}. We just released a developer-productivity dashboard built for teams your size — would you be open to a demo?", settings: { degree: 3 } },
    { code: "Hi [First Name], I'm talking to a few [Job Title]s in [Region] to learn how they choose [Product Category]. Not selling anything. Up for a 15-minute chat?", settings: { degree: 3 } },
    { code: "Hi {{first_name}}, your profile came up in a search I'm running for a {{role}} at a {{client_descriptor}} in {{location}}. Compensation is {{comp_range}}. Worth a conversation?", settings: { degree: 3 } },
    { code: 'Hi {{first_name}}, thanks again for the intro last week: {{candidate}} starts at Ardent on Monday!', settings: { degree: 1 } },
    { code: 'Estimado [Nombre]: me dirijo a usted porque estoy interesada en su programa de becas en [Empresa]. Quedo a su disposición.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola [Nombre], me planteo cursar el MBA de [Escuela] el año que viene y me encantaría conocer tu experiencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada [Nombre]:\n\nNuestro conocido en común, [Nombre del contacto], me indicó que usted forma parte del jurado de ayudas a la creación del Ayuntamiento. Dirijo una compañía de danza de Cali y quisiera conocer mejor los criterios de la próxima convocatoria.\n\nCordialmente,\n[Tu nombre]', settings: { degree: 2, lang: 'es' } },
    { code: '¡Hola {{Nombre}}! Soy amiga de {{Conexion}} y estoy buscando perfiles de fisioterapia para la Clínica {{Clinica}}. Me han dicho que conoces a mucha gente del sector, ¿me echas una mano con la difusión?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ingrid, te agrego por aquí para no perder el contacto. Te dejo mi correo por si necesitas algo del informe de licencias que revisábamos juntas.', settings: { degree: 1, lang: 'es' } },
    // Who does a job at their place, asked (en); a webinar they gave, attended (es); how their new thing goes asked after a line break (es).
    { code: 'hey {{first_name}} saw u work at {{company}} - do u know who handles supplier onboarding there? trying to get our ISO docs to the right person', settings: { degree: 3 } },
    { code: 'Estimada Sra. {{apellido}}:\nAsistí al webinar «IVA en el comercio electrónico» que impartió para el Colegio de Economistas. Trabajo en una gestoría y me gustaría tenerla en mi red para seguir sus publicaciones.', settings: { degree: 3, lang: 'es' } },
    { code: 'hola {nombre}, que tal todo? vi q te mudaste a bilbao y yo tambien estoy alli desde enero\nte apetece un cafe y me cuentas q tal la nueva tienda??', settings: { degree: 1, lang: 'es' } },
    // A role fitted to their background, a plan both made, a debt owed, a former teammate (en); the thing about something both know, a job someone says they seek (es).
    { code: "Hi Maya, I'm a recruiter at Northwind with a Principal Android role that fits your Kotlin background. Open to hearing more?", settings: { degree: 3 } },
    { code: 'Hi Jo, lost you when I deleted my old account 🙈 re-adding! Still up for that kayaking trip?', settings: { degree: 1 } },
    { code: "Hi {firstName}, I'd like to add you to my professional network on LinkedIn. Also, I still owe you that charger from the Lisbon offsite, bringing it Friday!", settings: { degree: 1 } },
    { code: "{{first_name}}! Former teammate from {{old_company}} here — I'm hiring for {{role}} and thought of you first. Free this week?", settings: { degree: 1 } },
    { code: '¡Ey Lucía! Por fin te encuentro por aquí. Te paso lo del curso del martes por DM 😉', settings: { degree: 1, lang: 'es' } },
    { code: 'hola Caro!! me dijo el Nacho que buscan diseñadora UX, me re interesa 🙏', settings: { degree: 2, lang: 'es' } },
    // A job opening followed up; their company raising, said by someone; their line a fit for the sender's labs (en); whether something is on their roadmap (es).
    { code: 'Respected Sir, as discussed on phone today regarding the [Position] opening, I am sending request here. Kindly go through my profile and revert.', settings: { degree: 1 } },
    { code: "Hey {firstName}, a mutual friend told me {company} is raising. I'm a partner at {fund} investing in fintech at seed — would love to see the deck.", settings: { degree: 2 } },
    { code: "Hi [Name], our mutual connections suggested I reach out. We make private-label haircare and [Brand]'s vegan line looks like a great fit for our labs. Could I send over a few samples?", settings: { degree: 2 } },
    { code: 'Hola <Nombre>, uso <Empresa> desde 2020 y echo de menos una función: exportar informes a Excel. ¿Sabes si está en el roadmap?', settings: { degree: 2, lang: 'es' } },
    // The sender's product a fit for their menu (es).
    { code: 'Hola Álvaro, @Lucía Benítez me pasó tu contacto. Hago quesos curados de oveja y creo que encajarían muy bien en la carta de tu restaurante. ¿Te llevo unas muestras?', settings: { degree: 2, lang: 'es' } },
    // Years or a team shared, said on leaving or on getting back in touch (es).
    { code: 'Hola {Nombre}, ha sido un placer compartir estos tres años en {Empresa}. Te deseo mucha suerte en la nueva etapa; seguimos en contacto por aquí.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola {{first_name}}, me gustaría añadirte a mi red profesional en LinkedIn. Hace poco cambié de trabajo y quiero recuperar el contacto con los que estuvimos en el equipo de ventas de {{old_company}}.', settings: { degree: 1, lang: 'es' } },
    // Something of theirs the sender's trade would redo
    { code: "Hey {{first_name}} — I run an agency that builds Webflow sites for B2B startups, and {{company}}'s site looks due for a refresh. Open to a chat?", settings: { degree: 2 } },
    { code: 'I build mobile apps for clinics. Your booking app could use a redesign; happy to show how.', settings: { degree: 2 } },
    // A move of their company's, told by someone
    { code: 'Hi Ana, Dana mentioned the expansion of your clinic to Leeds. We did the same move last year.', settings: { degree: 2 } },
    // Un paso de su empresa, contado por alguien
    { code: 'Hola Ana, Lucía me contó lo del lanzamiento de vuestra app en México. Nosotros lanzamos algo muy parecido allí el año pasado.', settings: { degree: 2, lang: 'es' } },
    // Their company's news beside stock talk
    { code: "Hi Elif, we seem to move in the same circles. I noticed BookRight's new public API went live last month.", settings: { degree: 2 } },
    { code: 'Hola Ricardo:\n\nCompartimos 23 contactos, casi todos del mundo fintech. Leí que Finvia obtuvo la licencia de IFPE el mes pasado.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Catalina:\n\nVi que tenemos varios contactos del mundo retail en común. Sé que en Supermercados Austral lo implementaron el año pasado.', settings: { degree: 2, lang: 'es' } },
    // Their need passed on, what the referrer said in a clause of its own, their round, a reunion slot
    { code: "Hi [First Name], Nadia forwarded your note about needing a fractional CFO for the Series A. That's exactly what I do.", settings: { degree: 2 } },
    { code: "Hi {{first_name}}, we're both in {{mutual_name}}'s orbit, and she mentioned you led the Medicaid redesign at {{company}}. I'd love to learn from your experience.", settings: { degree: 2 } },
    { code: 'Hola Ana, vi que cerrasteis una ronda de 12.500.000 €.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi {{first_name}}, it was great to reconnect at {{reunion_name}}! Let's not wait another ten years.", settings: { degree: 1 } },
    // Their job in a slot as what a pitch bears on
    { code: 'Hi {{first_name}}, as a {{title}} you probably spend hours on reporting. We built a tool that automates it. Worth a look?', settings: { degree: 3 } },
    { code: 'Hola {{nombre}}, como {{cargo}} seguramente dedicas horas a los informes. Hemos creado una herramienta que los automatiza. ¿Le echas un vistazo?', settings: { degree: 3, lang: 'es' } },
    // A shared past, and what the sender runs with someone
    { code: 'Hi [First Name] – we played five-a-side together on Thursdays before I moved away. Coffee sometime?', settings: { degree: 1 } },
    { code: 'Hello {{first_name}}, I hope this note finds you well. We collaborated briefly while I was at {{old_company}}. I would be glad to remain in touch.', settings: { degree: 1 } },
    { code: 'Dear Mrs. [Last Name], you may recall that your firm handled our office relocation in [Year]. I would welcome the opportunity to remain in contact.', settings: { degree: 1 } },
    { code: "Hello [Name], as one of my longtime clients at [Your Business], I'd love to stay connected here.", settings: { degree: 1 } },
    { code: 'Hi {first_name}, {mutual_contact} and I are running a fintech meetup in May. Want to speak?', settings: { degree: 2 } },
    { code: 'Hola Marta, ¡ex compañeros de Inditex! Te agrego por acá 🙌', settings: { degree: 1, lang: 'es' } },
    // pt: a notícia e o projeto dela
    { code: 'Oi Ana, vi que a Nubank abriu vagas de dados. Vocês ainda estão contratando?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Oi Ana, o Pedro me falou do seu projeto de migração para a nuvem. Podemos conversar?', settings: { degree: 2, lang: 'pt' } },
    // de, nl, it, en: hooks from this round's probes (a pitch weighed for their product line, a meeting's topic, years in their team; their piece about something, vacancies asked about; their new job asked about, a move; their offer thanked for, a referral for one role)
    { code: 'Guten Tag Herr [Nachname], wir fertigen Gehäuse aus Aluminium und würden gerne prüfen, ob wir für Ihre neue Produktlinie als Lieferant infrage kommen.\nMit freundlichen Grüßen\n[Vorname Nachname]', settings: { degree: 2, lang: 'de' } },
    { code: 'Liebe Frau Özdemir, es war schön, vier Jahre lang in Ihrem Team an der Hochschule Bremen zu arbeiten. Ich bleibe gern in Kontakt.', settings: { degree: 1, lang: 'de' } },
    { code: 'Goedemiddag [Naam], ik ben op zoek naar een baan als verpleegkundige. Zijn er bij u op de afdeling vacatures? Ik stuur u graag mijn cv.', settings: { degree: 2, lang: 'nl' } },
    { code: "Ciao Marta, ci siamo persi di vista da quando hai lasciato lo studio. Raccontami com'è il nuovo lavoro!", settings: { degree: 1, lang: 'it' } },
    { code: "Ciao Luca, dalla tua bio vedo che ti stai trasferendo a Lisbona: ci vivo da tre anni e lavoro anch'io nel fintech.", settings: { degree: 2, lang: 'it' } },
    { code: "Hi Nora, following on from Sam's intro, thank you for offering to look over our pricing page. Connecting here so I can send it.", settings: { degree: 2 } },
    { code: "Hello Raj, I hope you are doing well. I'm exploring opportunities in data engineering and would really appreciate it if you could refer me for the Platform Engineer role at Finlo.", settings: { degree: 2 } },
    // de, nl: a meeting's topic in more words; their piece in a paper about something
    { code: 'Hi {{first_name}}! Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Wir hatten ja gestern über die Umstellung der Kassen gesprochen.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Bas, een gemeenschappelijke connectie stuurde me je stuk in Trouw over de huurmarkt. Ik ben makelaar in Delft en herken veel van wat je schrijft. Graag in contact!', settings: { degree: 2, lang: 'nl' } },
    // fr, nl, pt, it: hooks from the second probes (their help thanked for, their leaving a shared workplace, what a meeting agreed; what they do there, an invitation to speak, their company's news, time together; a shared team missed; a view asked about something, documents to pass on, their team hiring)
    { code: "Bonjour Élise,\n« J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn » — voilà, c'est fait 😄 Merci encore pour ton aide sur le dossier Morel la semaine dernière !", settings: { degree: 1, lang: 'fr' } },
    { code: 'Salut Marco ! On avait perdu le contact après ton départ de chez Michelin. Tu es toujours dans le pneu ?', settings: { degree: 1, lang: 'fr' } },
    { code: 'Hoi Imke, we zitten allebei in de Utrechtse IT-wereld en hebben wat gedeelde contacten. In mei organiseer ik een meetup over testen en ik zag dat jij daar bij Bol veel mee doet. Zin in een lightning talk?', settings: { degree: 2, lang: 'nl' } },
    { code: 'E aí, %FIRST_NAME%! Saudade do time de futsal da firma. Ainda jogando às terças?', settings: { degree: 1, lang: 'pt' } },
    { code: 'Salve [Nome], come concordato con [Contatto in comune] le invio la richiesta di collegamento per poterle girare la documentazione tecnica della pompa.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao [Nome], noto che il tuo team pubblica spesso annunci per sviluppatori. Faccio recruiting da anni: se ti va ti mando due profili.', settings: { degree: 2, lang: 'it' } },
    { code: "Buongiorno dott. Zanella, anch'io sono un ex Barilla (Parma, 2012-2016). Avrei bisogno di un parere sui fornitori di grano: potrebbe concedermi una telefonata?", settings: { degree: 2, lang: 'it' } },
    // fr, nl: what a meeting agreed beside the stock sentence; their company's news and time together
    { code: 'Bonjour, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn. Comme évoqué lors de notre réunion de jeudi, je vous envoie les chiffres par courriel dans la journée.', settings: { degree: 1, lang: 'fr' } },
    { code: '[Naam], wat een mooi nieuws over de overname van [bedrijf]! Daar heb jij jarenlang hard aan getrokken, dat weet ik nog van onze tijd samen. Laten we weer eens contact houden.', settings: { degree: 1, lang: 'nl' } },
    // nl, it, pt, de, fr: hooks from the third probes (one-line notes and long letters: a former colleague, a new job, what they know, what they were recommended for, a role, their vacancies; a shared past, a contact passed on for something; time since a workplace, the right person, their expansion; a role for them, their advertised post; a long time since, their search, seen again)
    { code: 'Hé [Voornaam], oud-collega van [vorige werkgever] hier 👋 Leuk om elkaar weer te vinden!', settings: { degree: 1, lang: 'nl' } },
    { code: 'Dag Elke, Bram Verstraete zegt dat jij alles weet over de KMO-portefeuille. Mag ik je daar eens iets over vragen?', settings: { degree: 2, lang: 'nl' } },
    { code: '{{voornaam}}, @Lotte van den Berg raadde jou aan voor ons panel over circulair bouwen. Open voor een kort belletje?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo [Naam], ik ben recruiter bij [Bureau] en heb een mooie rol als [functietitel] in [regio]. Interesse?', settings: { degree: 3, lang: 'nl' } },
    { code: "Giulia!! finalmente ti ritrovo qui, non ci sentivamo dai tempi dell'Occhialeria Bellunese 🙂", settings: { degree: 1, lang: 'it' } },
    { code: '[Nome]! compagni di banco al Poli, che bello ritrovarti 😄', settings: { degree: 1, lang: 'it' } },
    { code: 'ciao Vale! Simo mi ha passato il tuo contatto x il restyling del sito, ci sentiamo?', settings: { degree: 2, lang: 'it' } },
    { code: 'Olá {{first_name}}! Ex-colega da equipa de auditoria da {{empresa}} — voltemos a falar!', settings: { degree: 1, lang: 'pt' } },
    { code: '{firstName}, a {{mutual_name}} disse que você é a pessoa certa pra falar de ERP no agro. Conectamos?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá %FIRST_NAME%, o %MUTUAL_NAME% contou-me que estão a expandir para Espanha. Falamos?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo %FIRST_NAME%, %MUTUAL_NAME% sagt, du schaust dich gerade nach einer neuen Vertriebsrolle um – ich hätte da was Passendes.', settings: { degree: 2, lang: 'de' } },
    { code: 'Salut Manon ! Ça fait une paye depuis Capgemini 😄 je me lance en freelance data, un café un de ces jours ?', settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour %PRENOM%, c'est %CONTACT_COMMUN% qui m'envoie pour votre recherche de locaux à Nantes.", settings: { degree: 2, lang: 'fr' } },
    { code: "Hello {{first_name}}, content de t'avoir revu au pot de départ de {{collegue}} hier, on garde le contact !", settings: { degree: 1, lang: 'fr' } },
    // de, pt, nl, it, fr, es: hooks from the fourth probes (degree-1 shared pasts; a topic slot for their work; a desk shared; someone who knows their unit)
    { code: 'Servus Michi, immer noch so verrückt wie damals beim Lauftreff vom TSV Murnau? Lass uns mal wieder zusammen laufen gehen.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo [Name], hier ist [Dein Name] von nebenan (Hausnummer [Nr.]) 😊 Ich wusste gar nicht, dass Sie auch in der Logistik arbeiten!', settings: { degree: 1, lang: 'de' } },
    { code: 'Oi [Nome], a {{mutual_name}} falou muito bem do seu trabalho com {{tema}} e sugeriu que a gente conversasse. Vamos nos conectar?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Prezado Sr. {{sobrenome}},\n\nFoi um privilégio trabalhar sob sua gestão na {{empresa_anterior}}. Gostaria de manter o contato.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Chefe! 😄 Só queria dizer que muito do que faço hoje aprendi com você na {{empresa}}. Obrigado por tudo.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Hey [Naam], nog eens bedankt voor de [product] die jullie vorig jaar bij ons geleverd hebben. Ik hou je graag in mijn netwerk.', settings: { degree: 1, lang: 'nl' } },
    { code: '{% spin %}Hoi|Hé|Hallo{% endspin %} {{first_name}}, lang geleden sinds {{gedeelde_werkgever}}! Ik ben benieuwd hoe het met je gaat.', settings: { degree: 1, lang: 'nl' } },
    { code: "Ciao Matteo, «vorrei aggiungerti alla mia rete professionale su LinkedIn» suona un po' freddo per due che hanno condiviso la scrivania in Accenture per quattro anni.", settings: { degree: 1, lang: 'it' } },
    { code: 'Bonjour [Prénom], nous étions voisins à [ville/quartier] il y a quelques années ! Je serais ravi de garder le contact.', settings: { degree: 1, lang: 'fr' } },
    { code: 'Hola Marta, vi que también estás en la UCI del Hospital Cruces. Llevo tres meses de correturnos y me vendría bien alguien que sepa cómo funcionan los cambios de turno en la unidad.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Antonio, vi que eres técnico de la ATRIA de olivar en Jaén. Vendo sondas de humedad de suelo y creo que podrían interesar a vuestros socios. ¿Conectamos?', settings: { degree: 3, lang: 'es' } },
    // de, nl: a shared past in a longer letter (their chair, what they taught, their former intern)
    { code: 'Sehr geehrter Herr Professor Lindner,\nich war von 2011 bis 2013 Hilfskraft an Ihrem Lehrstuhl in Passau und habe nun selbst eine Stelle in der Forschung angetreten. Es wäre mir eine Freude, mit Ihnen vernetzt zu sein.\nMit freundlichen Grüßen\nJulia Hartmann', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Petersen, Sie haben mir damals im Praktikum in der Lokalredaktion der Kieler Nachrichten so viel beigebracht. Ich bin jetzt selbst Volontärin beim NDR und würde mich freuen, in Kontakt zu bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Beste heer [Achternaam],\n\nAls uw voormalige stagiair op de afdeling [Afdeling] denk ik nog vaak terug aan wat ik toen van u heb geleerd. Inmiddels werk ik als [functie] bij [bedrijf] en ik zou het fijn vinden om in contact te blijven.\n\nHartelijke groet,\n[Naam]', settings: { degree: 1, lang: 'nl' } },
    // a shared past or occasion in each language, as degree-1 notes say it (colleagues once, a choir or team together, a collaboration thanked for, last night's team dinner)
    { code: "Salut Paul, on était collègues chez Renault à l'époque. Content de te retrouver ici !", settings: { degree: 1, lang: 'fr' } },
    { code: 'Salut Léa, on chantait ensemble dans la chorale de la fac. Ravi de te retrouver !', settings: { degree: 1, lang: 'fr' } },
    { code: 'Bonjour Marc, merci pour la belle collaboration sur le chantier de Lyon. Restons en contact.', settings: { degree: 1, lang: 'fr' } },
    { code: "Salut Tom, super soirée hier au pot de l'équipe ! On reste connectés.", settings: { degree: 1, lang: 'fr' } },
    { code: 'Hallo Lea, wir haben zusammen im Unichor gesungen. Schön, dich wiederzusehen!', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Tom, war ein toller Abend gestern beim Teamessen! Jetzt auch hier vernetzt.', settings: { degree: 1, lang: 'de' } },
    { code: 'Olá Paulo, fomos colegas na Petrobras há uns anos. Bom te reencontrar aqui!', settings: { degree: 1, lang: 'pt' } },
    { code: 'Olá Marcos, obrigado pela ótima parceria na obra de Campinas. Vamos manter contato.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Oi Tom, foi ótimo o happy hour de ontem com o time! Agora conectados aqui também.', settings: { degree: 1, lang: 'pt' } },
    { code: "Hoi Paul, we waren collega's bij Philips destijds. Leuk je hier te vinden!", settings: { degree: 1, lang: 'nl' } },
    { code: 'Hoi Lea, we zongen samen in het studentenkoor. Leuk je weer te zien!', settings: { degree: 1, lang: 'nl' } },
    { code: 'Hoi Marc, dank voor de fijne samenwerking bij de verbouwing in Gent. Laten we contact houden.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Hoi Tom, super gezellig gisteren op de teamborrel! Nu ook hier verbonden.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Ciao Paolo, eravamo colleghi in Fiat qualche anno fa. Che bello ritrovarti qui!', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Marco, grazie per la bella collaborazione sul cantiere di Torino. Restiamo in contatto.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Tom, serata fantastica ieri alla cena di squadra! Ora collegati anche qui.', settings: { degree: 1, lang: 'it' } },
    { code: 'Hi Paul, we were colleagues at Renault back then. Great to find you here!', settings: { degree: 1 } },
    { code: 'Hi Tom, great evening yesterday at the team dinner! Now connected here too.', settings: { degree: 1 } },
    { code: 'Hola Tom, ¡qué buena noche ayer en la cena del equipo! Ya conectados también aquí.', settings: { degree: 1, lang: 'es' } },
    // fr: a partnership with their network as the purpose beside a referral
    { code: 'Bonjour Stéphanie, Vincent Leroy nous a mis en relation par mail la semaine dernière, je vous ajoute ici pour faciliter nos échanges sur le partenariat avec votre réseau de franchisés.', settings: { degree: 2, lang: 'fr' } },
    // pt, nl: what was asked that led to them, their move with help offered
    { code: 'Bom dia, {{Nome}}. A {{Contato}} deu-me o seu nome quando perguntei quem percebia de candidaturas ao PRR. Podemos falar dez minutos?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ha Freek, ik hoorde via Annemiek dat je naar Kopenhagen verhuist voor je nieuwe baan. Ik heb daar vier jaar gewoond en help je graag op weg.\nGroet, Ilse', settings: { degree: 2, lang: 'nl' } },
    // degree-1 reconnections: not talked since a shared time, their role over the sender once (manager, intern), long since a shared club
    { code: "Salut Marc, on ne s'est pas parlé depuis la fac ! Content de te retrouver ici.", settings: { degree: 1, lang: 'fr' } },
    { code: 'Bonjour Paul, vous étiez mon manager chez Orange. Je garde un excellent souvenir de cette période.', settings: { degree: 1, lang: 'fr' } },
    { code: 'Hallo Herr Schulz, Sie waren mein Chef bei der Telekom. Ich denke gern an die Zeit zurück.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Tom, lange her seit dem Fußballverein! Lass uns in Kontakt bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Oi Marcos, a gente não se fala desde a faculdade! Bom te achar aqui.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Olá Paulo, você foi meu gestor na Vivo. Guardo ótimas lembranças dessa época.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Beste Paul, je was mijn manager bij KPN. Ik denk met plezier terug aan die tijd.', settings: { degree: 1, lang: 'nl' } },
    { code: "Ciao Marco, non ci sentiamo dall'università! Che bello ritrovarti qui.", settings: { degree: 1, lang: 'it' } },
    { code: 'Buongiorno Anna, sono stata la sua stagista in Ferrero nel 2018. Vorrei restare in contatto.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Paolo, sei stato il mio responsabile in TIM. Ricordo con piacere quel periodo.', settings: { degree: 1, lang: 'it' } },
    { code: "Hi Marc, we haven't talked since university! Great to find you here.", settings: { degree: 1 } },
    { code: 'Hi Paul, you were my manager at Orange. I have great memories of that time.', settings: { degree: 1 } },
    // en, es: a degree-1 reconnection remembering something done together, or what they did for the sender
    { code: 'Hi Sam, remember the hackathon we won in 2019? Good to find you here.', settings: { degree: 1 } },
    { code: 'Hi Sam, you trained me when I joined Ocado. Still grateful for that.', settings: { degree: 1 } },
    { code: 'Hola Sara, jugábamos en la misma liga de fútbol sala hace años. Qué bueno encontrarte aquí.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Sara, tú me formaste cuando entré en Mercadona. Todavía te lo agradezco.', settings: { degree: 1, lang: 'es' } },
    // Their contact passed on for something (fr «m'a filé ton contact pour le tournoi»), or when the sender said what they look for (it «quando le ho detto che cerco un mentore»); what they did, told by someone (pt «me contou que vocês reformaram o escritório»); nl a job asked about at the place their profile names («zijn er daar mogelijkheden?»)
    { code: "Yo Tom, c'est Maxime qui m'a filé ton contact pour le tournoi de foot inter-entreprises, on cherche encore une équipe !", settings: { degree: 2, lang: 'fr' } },
    { code: "Buongiorno [Nome], [Contatto in comune] mi ha passato il tuo contatto quando le ho detto che cerco un mentore per passare all'instructional design.", settings: { degree: 2, lang: 'it' } },
    { code: 'Oi Thaís! O Léo Batista me contou que vocês reformaram o escritório com uma arquiteta incrível. Posso te chamar?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo [Naam], ik ben op zoek naar een nieuwe uitdaging als [functie]. Ik zie dat u bij [Bedrijf] werkt; zijn er daar mogelijkheden?', settings: { degree: 3, lang: 'nl' } },
    // A battery in five languages: what someone told of them with the pronoun dropped (pt «contou-me que abriste…», it «mi ha raccontato che hai aperto…»), their contact passed on for something (pt «passou-me o teu contacto para…», nl «gaf me je contactgegevens voor…»), seen presenting at a named event
    { code: 'Olá Ana, o Julião Costa contou-me que abriste uma segunda loja em Braga. Como montaste a equipa?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Anna, Giulio Rossi mi ha raccontato che hai aperto una seconda sede a Torino. Come hai costruito il team?', settings: { degree: 2, lang: 'it' } },
    { code: 'Olá Ana, o Julião Costa passou-me o teu contacto para a feira de emprego de março, procuramos oradores.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Anne, Julian de Vries gaf me je contactgegevens voor de banenbeurs in maart, we zoeken nog sprekers.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Olá [Nome], o [Nome do contato] disse-me que procuras um programador mobile.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Frau Weber, ich habe Sie auf der Hannover Messe Ihr Projekt vorstellen sehen.', settings: { degree: 3, lang: 'de' } },
    // Questions announced on a topic (a battery of eight common shapes in five languages: 3 of 40 wrong, these): pt «fazer-lhe duas perguntas sobre…», nl «twee vragen stellen over…», it «farti due domande sul…»
    { code: 'Olá Ana, estou a começar como UX designer e queria fazer-lhe duas perguntas sobre a passagem de agência para in-house.', settings: { degree: 3, lang: 'pt' } },
    { code: 'Hallo Anne, ik begin net als UX-designer en wil je graag twee vragen stellen over de overstap van bureau naar inhouse.', settings: { degree: 3, lang: 'nl' } },
    { code: 'Ciao Anna, sto iniziando come UX designer e vorrei farti due domande sul passaggio da agenzia a in-house.', settings: { degree: 3, lang: 'it' } },
    // The same battery: what someone said they are doing (pt «disse-me que estás a montar…»), told of their project (de «hat mir von Ihrem … erzählt»), what they look for given as why (de «weil Sie … suchen», nl «omdat je … zoekt», pt «porque procuras…»), a topic of theirs to talk or write about (fr «qu'on parle de votre…», pt «falássemos da tua…», it «parlarti della vostra…», nl «het over jullie … hebben», «schrijf ik je over jullie…»), the right person for a topic (fr, de)
    { code: 'Olá Ana, a Júlia Matos e eu trabalhámos juntas na EDP; ela disse-me que estás a montar uma equipa de dados.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Frau Weber, Julia Meier, die ich vom Segelclub am Ammersee kenne, hat mir von Ihrem Genossenschaftsprojekt erzählt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Frau Weber, Julia Meier hat mir Ihr Profil weitergeleitet, weil Sie einen freien Grafiker suchen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Ana, a Júlia Matos reencaminhou-me o teu perfil porque procuras um designer gráfico freelancer.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Anne, Julia Jansen stuurde me je profiel door omdat je een freelance grafisch ontwerper zoekt.', settings: { degree: 2, lang: 'nl' } },
    { code: "Bonjour Claire, Julie Martin (mon ancienne collègue chez Axa) pense que vous êtes la bonne personne pour parler d'assurance cyber.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Frau Weber, Julia Meier (meine frühere Kollegin bei der Allianz) meint, Sie seien die richtige Ansprechpartnerin für Cyberversicherungen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Ana, por sugestão da Júlia Matos, escrevo-te por causa do vosso concurso de projetos.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Anne, op aanraden van Julia Jansen schrijf ik je over jullie projectoproep.', settings: { degree: 2, lang: 'nl' } },
    { code: "Bonjour Claire, Julie Martin vous passe le bonjour et m'a suggéré qu'on parle de votre salon du livre.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Olá Ana, a Júlia Matos manda cumprimentos e sugeriu que falássemos da tua feira do livro.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Anne, Julia Jansen laat je groeten en stelde voor dat we het over jullie boekenbeurs hebben.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao Anna, Giulia Conti ti saluta e mi ha suggerito di parlarti della vostra fiera del libro.', settings: { degree: 2, lang: 'it' } },
    { code: 'Hallo Frau Weber, ich bin ein Freund von Julian Koch; er hat mir von Ihrer Keramikwerkstatt erzählt.', settings: { degree: 2, lang: 'de' } },
    // A battery of template referrals in five languages (10 of 25 wrong at the round's start, none now): a topic the sender works on, left as a slot («ich arbeite gerade an [Thema]», also English «I'm working on [topic]»), ideas exchanged on a slot's topic, writing to them about something of theirs
    { code: 'Olá {{nome}}, o {{contato_em_comum}} aconselhou-me a escrever-te sobre o teu projeto de recrutamento.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo {{voornaam}}, {{gemeenschappelijke_connectie}} raadde me aan je te schrijven over je wervingsproject.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo [Vorname], wir kennen beide [Name des Kontakts]; ich arbeite gerade an [Thema] und Ihre Meinung würde mich interessieren.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá [Nome], acho que conhecemos ambos o [Nome do contato]; estou a trabalhar em [tema] e gostava da tua opinião.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo [Voornaam], we kennen allebei [naam van het contact]; ik werk aan [onderwerp] en ben benieuwd naar je mening.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao [Nome], conosciamo entrambi [nome del contatto]; sto lavorando su [argomento] e mi interessa il tuo parere.', settings: { degree: 2, lang: 'it' } },
    { code: 'Hallo {voornaam}, we hebben {aantal} gemeenschappelijke connecties, onder wie {gemeenschappelijke_connectie}. Graag wissel ik van gedachten over {onderwerp}.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao {nome}, abbiamo {numero} collegamenti in comune, tra cui {contatto_comune}. Mi piacerebbe confrontarmi su {tema}.', settings: { degree: 2, lang: 'it' } },
    // English and Spanish: a topic the sender works on, left as a slot
    { code: "Hi [First Name], we both know [Mutual Connection]; I'm working on [topic] and would value your opinion.", settings: { degree: 2 } },
    { code: 'Hola [Nombre], los dos conocemos a [Contacto en común]; estoy trabajando en [tema] y me interesa tu opinión.', settings: { degree: 2, lang: 'es' } },
    // A former role of theirs said outright, leaving a workplace, a referral to write, people joining a team (en/es)
    { code: "Hi Priya, it was an honour to have you as my PhD supervisor. I've just started at the Met Office and would like to stay in touch.", settings: { degree: 1 } },
    { code: "Hey Sam, you were the best team lead I've had. Let's keep in touch.", settings: { degree: 1 } },
    { code: 'Hi Jo, tomorrow is my last day at Fernway, so connecting here before my email goes.', settings: { degree: 1 } },
    { code: "Anna Ruiz suggested that I write. I'm a nurse at Leeds General.", settings: { degree: 2 } },
    { code: 'Hola Marta, fue un privilegio tenerte como tutora de prácticas. Sigamos en contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Luis, fuiste el mejor jefe que he tenido. Te agrego para no perder el contacto.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Ana, mañana es mi último día en Fernway, así que te agrego por aquí.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Carla. Estamos sumando gente senior al equipo de pagos y tu perfil es justo lo que buscamos.', settings: { degree: 2, lang: 'es' } },
    // Their articles on a topic read, a committee served on together, a meeting already set (en)
    { code: 'Hi Marta, I keep reading your articles on food waste in hospitality. I run a zero-waste kitchen in Porto.', settings: { degree: 3 } },
    { code: "Rev. Adams, it was a privilege to serve with you on the hospice board last year. I'd value keeping in touch here.", settings: { degree: 1 } },
    { code: 'Hi Noor, Dana Ruiz introduced us by email this morning, so connecting here too. See you on Friday.', settings: { degree: 2 } },
    // How they did something asked about, what they cover, their advice on a topic thanked for (es)
    { code: 'Hola Irene, trabajo en farmacovigilancia en Alcalá y me interesa mucho cómo habéis organizado las notificaciones desde la farmacia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Silvia, soy estudiante de Periodismo y quiero especializarme en información agraria, que es justo lo que cubres. ¿Te puedo hacer dos preguntas?', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola Ernesto, gracias por el café y por los consejos para vender queso a tiendas gourmet. Te mando la invitación.', settings: { degree: 1, lang: 'es' } },
    // A context is a reason: an exchange of the two, a scene of the two at a named occasion
    { code: 'Hi Mina, I filed three issues on tilemill-lite over the summer, all about the tiling cache. Would be glad to connect.', settings: { degree: 3 } },
    { code: 'Ms. Obi, you were a panellist and I was the moderator who ran out of time. Apologies again, and glad to connect.', settings: { degree: 3 } },
    // A job search tied to their company ('whether Clearvoice needs freelance interpreters', leave asked to send a showreel), work to pass between the two, one issue of their bulletin
    { code: "Hi Lena, I'm a freelance animator looking for work in children's TV. I saw you're a producer at Brightwave — would you be open to me sending my showreel?", settings: { degree: 3 } },
    { code: 'Hello Mr. Hart, I am a German–English interpreter with ten years in court settings, looking for new work in the Midlands. I would welcome the chance to discuss whether Clearvoice needs freelance interpreters.', settings: { degree: 3 } },
    { code: 'Soy suscriptor de «Notas de Cantera» y el número sobre la restauración de la piedra de Villamayor me sirvió para el proyecto. ¿Puedo agregarte, Elvira?', settings: { degree: 3, lang: 'es' } },
    // Work to pass between the two
    { code: 'Hi Ana, we have a few connections in common in the translation world. I work Spanish to English for medical clients and like knowing other translators I can pass overflow to. Happy to connect?', settings: { degree: 2 } },
    // A pitch tied to their company's growth by the sender's experience; a clause of the sender's own after «y» parts a hook from talk of value; what the sender has under way (es)
    { code: 'Hola {{nombre}}, vi que {{empresa}} está creciendo en {{país}}. Tenemos experiencia ayudando a empresas a contratar talento local allí. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: "Hi {{name}}, I see you're the {{title}} at {{company}}. We have years of experience helping companies hire local talent there. Want to chat?", settings: { degree: 2 } },
    { code: 'Estimado/a [Nombre]: me pongo en contacto con usted porque [Empresa] busca [perfil] y creo que mi experiencia en [área] podría aportar valor.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana, vi que eres experta en logística inversa. Estoy empezando un proyecto sobre eso y me vendría genial tu consejo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Tomás, estamos organizando unas jornadas de riego por goteo en Murcia y tu experiencia con almendros encajaría muy bien.', settings: { degree: 2, lang: 'es' } },
    // Un consiglio o una domanda su qualcosa, come 'advice on' e «consejo sobre»
    { code: 'Ciao [Nome], sto cercando lavoro come [ruolo] e vedo che sei [posizione] in [Azienda]. Avresti qualche consiglio su come farsi notare dal tuo team?', settings: { degree: 3, lang: 'it' } },
    { code: 'Ciao Davide, abbiamo un amico in comune e so che anche tu hai fatto Ingegneria Biomedica a Pavia. Sto cercando lavoro nei dispositivi medici e mi piacerebbe un tuo parere su come muovermi.', settings: { degree: 2, lang: 'it' } },
    // Portuguese and Dutch as French and English: their funding round congratulated before a pitch, their role read in the European Portuguese second person, their view asked as a journalist
    { code: 'Olá [Nome], vejo que lideras as compras na [Empresa]. Ajudamos fabricantes a reduzir para metade o registo de fornecedores. Podemos falar?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá [Nome], parabéns pela ronda! Ajudamos equipas SaaS a escalar o suporte sem duplicar a equipa.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hoi [Naam], gefeliciteerd met de investeringsronde! Wij helpen SaaS-teams hun support op te schalen zonder het team te verdubbelen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi [Naam], ik ben journalist bij [Medium] en schrijf over [onderwerp]. Ik zou graag je kijk horen als [Functie] bij [Bedrijf].', settings: { degree: 2, lang: 'nl' } },
    // A new profile after losing the old one is a reason to reconnect (en, es, pt)
    { code: 'Hey Gui! I made a new profile because the old one got hacked. Add me again 🙏', settings: { degree: 1 } },
    { code: '¡Hola Gui! Me creé un perfil nuevo porque me hackearon el otro. Agrégame de nuevo 🙏', settings: { degree: 1, lang: 'es' } },
    { code: 'Fala, Gui! Criei um perfil novo porque o antigo foi hackeado. Me adiciona de novo aí 🙏', settings: { degree: 1, lang: 'pt' } },
    // Deutsch wie Englisch: Dank für ihre Hilfe bei etwas, lange nicht gesprochen, beide an etwas, ein Vorschlag, sich auszutauschen
    { code: 'Hi Lea! Danke nochmal für deine Hilfe beim Büroumzug letzte Woche 🙌 Jetzt sind wir auch hier verbunden, oder?', settings: { degree: 1, lang: 'de' } },
    { code: 'Hi {{first_name}}, wir haben seit {{jahr}} nicht mehr gesprochen – jetzt bin ich über deinen neuen Job bei {{company}} gestolpert. Wie läuft der Start?', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo <Vorname>, <Name Kontakt> hat mir vorgeschlagen, dass wir uns mal austauschen – wir arbeiten beide an <Projekt/Thema>. Freue mich auf die Vernetzung!', settings: { degree: 2, lang: 'de' } },
    // Dutch and French as English: tagged under the sender's post, lost touch, a question on how; worked together, leaving a company, recommended for a need
    { code: 'Hé [Naam], @[Mutual Connection] tagde je onder mijn post over [onderwerp]. Jouw reactie zette me aan het denken.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi [Voornaam], lang geleden! Sinds we samen bij [oud bedrijf] werkten, ben ik je een beetje uit het oog verloren.', settings: { degree: 1, lang: 'nl' } },
    { code: "{{prenom}}, je quitte {{entreprise}} vendredi après six belles années. Je t'ajoute ici pour ne pas perdre le contact.", settings: { degree: 1, lang: 'fr' } },
    { code: "Salut {{first_name}}, on a bossé ensemble chez {{company}} et je réalise qu'on n'est même pas connectés ici 😅", settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour %FIRST_NAME%, %MUTUAL_CONNECTION% m'a recommandé votre cabinet pour un audit RGPD. Seriez-vous disponible la semaine prochaine ?", settings: { degree: 2, lang: 'fr' } },
    // Português como inglês: uma necessidade deles contada por alguém, um trabalho feito juntos, quem escreve lembrado
    { code: 'Oi Vivi! A Carol da Hering falou que você tá procurando freela de design de estampa. Te mando meu portfólio?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Caro Sr. Gonçalves, foi um prazer trabalhar consigo na auditoria da EDP. Gostaria de manter o contacto para futuros projetos.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Cris, não acredito que a gente não estava conectado ainda! Depois de três anos dividindo mesa na Ambev... bora!', settings: { degree: 1, lang: 'pt' } },
    { code: 'Oi Rafa, sou eu, o Dudu do estágio na Ambev em 2016! Te achei aqui por acaso. Bora reconectar?', settings: { degree: 1, lang: 'pt' } },
    // What the sender and the person in common were talking about when the reader's name came up, in every language as in English.
    { code: 'Hoi {{first_name}}, {{mutual_name}} noemde je naam toen we het hadden over {{topic}}. Zin om daar eens verder over te praten?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo {{first_name}}, {{mutual_name}} hat deinen Namen erwähnt, als wir uns über {{topic}} unterhalten haben. Lust, mal weiter darüber zu reden?', settings: { degree: 2, lang: 'de' } },
    { code: "Bonjour {{first_name}}, {{mutual_name}} a cité votre nom quand nous parlions de {{topic}}. Envie d'en discuter ?", settings: { degree: 2, lang: 'fr' } },
    { code: 'Olá {{first_name}}, {{mutual_name}} mencionou seu nome quando falávamos sobre {{topic}}. Topa conversar sobre isso?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao {{first_name}}, {{mutual_name}} ha fatto il tuo nome mentre parlavamo di {{topic}}. Ti va di parlarne?', settings: { degree: 2, lang: 'it' } },
    { code: 'Hi {{first_name}}, {{mutual_name}} brought up your name while we were discussing {{topic}}. Up for a chat about it?', settings: { degree: 2 } },
    { code: 'Hola {{first_name}}, {{mutual_name}} te nombró cuando comentábamos lo de {{topic}}. ¿Lo hablamos?', settings: { degree: 2, lang: 'es' } },
    // Work passed between two in one trade, in every language; a standard in capitals is a detail, not another language's article («UNE» is no «une»).
    { code: "Hi {{first_name}}, we're among the few voice actors in the area who also do commercial voiceover. Shall we connect and pass each other work when there's too much?", settings: { degree: 2 } },
    { code: 'Hola {{first_name}}, somos de los pocos actores de doblaje de la zona que también hacemos locución comercial. ¿Conectamos y nos pasamos trabajo cuando sobre?', settings: { degree: 2, lang: 'es' } },
    { code: 'Bonjour {{first_name}}, nous sommes parmi les rares comédiens de doublage de la région à faire aussi de la voix publicitaire. On se connecte pour se passer du travail quand il y en a trop ?', settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo {{first_name}}, wir sind zwei der wenigen Synchronsprecher hier, die auch Werbung sprechen. Sollen wir uns vernetzen und uns gegenseitig Aufträge zuschieben, wenn es zu viel wird?', settings: { degree: 2, lang: 'de' } },
    { code: 'Oi {{first_name}}, somos dos poucos dubladores da região que também fazem locução comercial. Bora conectar e passar trabalho um pro outro quando sobrar?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao {{first_name}}, siamo tra i pochi doppiatori della zona che fanno anche speakeraggio pubblicitario. Ci colleghiamo per passarci lavori quando siamo pieni?', settings: { degree: 2, lang: 'it' } },
    { code: 'Hoi {{first_name}}, we zijn een van de weinige stemacteurs in de regio die ook commercials inspreken. Zullen we connecten en elkaar klussen toespelen als het te druk wordt?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Buenos días, [Nombre]. Veo que es usted responsable de mantenimiento en [Hospital]. Nuestra empresa revisa y certifica equipos de climatización de quirófanos según la norma UNE 100713. ¿Le interesaría que le enviara información?', settings: { degree: 2, lang: 'es' } },
    // What someone said of them or their firm, in Italian and Spanish as in English: «mi ha riferito che il Vostro stabilimento sta valutando…», «dice Flo que eres experto en…».
    { code: 'Buongiorno Ing. Ferraro, il collega Gianluca Testa mi ha riferito che il Vostro stabilimento di Brescia sta valutando nuovi sistemi di visione artificiale. Sarei lieto di mostrarLe qualche caso applicativo.', settings: { degree: 2, lang: 'it' } },
    { code: 'Hola Michi, dice Flo que eres experto en subvenciones del IDAE. ¿Te puedo llamar un momento?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Michi, dice Flo que tú controlas de subvenciones del IDAE. ¿Te puedo llamar un momento?', settings: { degree: 2, lang: 'es' } },
    // What someone said they know, in English as in Spanish and German.
    { code: 'Hi Michi, Flo reckons you know your way around BAFA funding applications. Could I give you a quick call?', settings: { degree: 2 } },
    // Their win at a named event congratulated, in German and Dutch as in English.
    { code: 'Hallo Zoë, Glückwunsch zum Sieg bei den Dutch Startup Awards gestern! Ich saß im Publikum.', settings: { degree: 3, lang: 'de' } },
    { code: 'Hoi Zoë, gefeliciteerd met de winst bij de Dutch Startup Awards gisteren! Ik zat in de zaal.', settings: { degree: 3, lang: 'nl' } },
    // Reasons between people who know each other or work in one trade, in English, German and Italian alike: worked together or alongside them on something, years on the same floor, thanks for their recommendation, a coffee to catch up, their new job heard of and how they find it, who writes and from where, slides to send, a thesis defended with them, what they make, their career at a named firm fitting a role, an experience like theirs.
    { code: "Hi {{first_name}}, after {{years}} years at {{company}} I'm starting something new on {{date}}. I don't want to lose sight of the people I loved working with, hence the request here. Thanks for everything!", settings: { degree: 1 } },
    { code: "Hello Ms Nowak, \"I'd like to add you to my professional network on LinkedIn\" – but seriously: after eight years on the same floor it's about time! I hope purchasing at Heller is going well.", settings: { degree: 1 } },
    { code: "Hello [Name], I'd like to add you to my network, but above all I wanted to thank you for your recommendation at [Company]. Without your good word I wouldn't have got the job.", settings: { degree: 1 } },
    { code: "Hi Marco, I've moved to Gestisoft in sales, shall we grab a coffee to catch up?", settings: { degree: 1 } },
    { code: "Good morning Prof. [Surname], I'm [Name], I defended my thesis in [subject] with you in [year]. Today I work in [sector] and would like to stay in touch here too.", settings: { degree: 1 } },
    { code: 'Hallo Herr Demir, es war mir eine Freude, Sie bei den Lieferantenaudits der letzten drei Jahre zu begleiten. Nach meinem Wechsel zum TÜV Süd würde ich gern mit Ihnen in Kontakt bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo {{vorname}}, nach {{jahre}} Jahren bei {{firma}} starte ich ab {{datum}} etwas Neues. Ich will die Menschen, mit denen ich so gern gearbeitet habe, nicht aus den Augen verlieren, daher die Anfrage hier. Danke für alles!', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Tim, hier ist Lars vom Segelverein 😀 Hab gesehen, du bist jetzt bei SAP, Glückwunsch! Lass uns auch hier connecten.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Frau Nowak, „ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen“, aber im Ernst: Nach acht Jahren auf dem gleichen Flur wird das Zeit! Ich hoffe, im Einkauf bei Heller läuft alles rund.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo [Name], ich würde Sie gern in mein Netzwerk aufnehmen, vor allem aber wollte ich mich für Ihre Empfehlung bei [Firma] bedanken. Ohne Ihr gutes Wort hätte ich die Stelle nicht bekommen.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Marco, ich bin zu Gestisoft in den Vertrieb gewechselt, gehen wir mal einen Kaffee trinken und tauschen uns aus?', settings: { degree: 1, lang: 'de' } },
    { code: 'Hey [Name], ich habe gesehen, dass du zu [Neue Firma] gewechselt bist, Glückwunsch! Wollen wir uns wieder vernetzen? Erzähl gern, wie es dir dort gefällt, vielleicht bei einem Kaffee, wenn du wieder in [Stadt] bist.', settings: { degree: 1, lang: 'de' } },
    { code: 'Guten Tag {{name}}, es war eine Freude, mit Ihnen an der Lieferung für die Baustelle {{baustelle}} zu arbeiten. Ich vernetze mich auch hier, um für die nächsten Projekte in Kontakt zu bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Franzi, wir sehen uns Donnerstag im Abteilungsmeeting zum Budget; ich füge dich schon mal hier hinzu, damit ich dir die Folien schicken kann.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo Davide, ich habe gehört, du bist bei Satispay angefangen, viel Erfolg! Ich bin noch bei Nexi: Wenn du Kontakte im Zahlungsverkehr brauchst, frag einfach.', settings: { degree: 1, lang: 'de' } },
    { code: 'Guten Tag Frau Prof. [Nachname], ich bin [Name] und habe [Jahr] bei Ihnen meine Abschlussarbeit in [Fach] verteidigt. Heute arbeite ich in [Branche] und würde gern auch hier in Kontakt bleiben.', settings: { degree: 1, lang: 'de' } },
    { code: 'Hallo [Name]! Auch ehemals bei [Firma]? Laut Profil warst du von [Jahr] bis [Jahr] dort, ich kam direkt danach. Schön, andere Ehemalige kennenzulernen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Jan, ich habe gesehen, dass wir viele gemeinsame Kontakte in der Zulieferbranche haben. Ich bin im Einkauf bei ZF und immer auf der Suche nach neuen Lieferanten für Gussteile. Was genau fertigt ihr bei Eisenwerk Hoeger?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Yilmaz, ich bin Beraterin bei Müller & Partner und betreue aktuell die Position einer Werkleitung für einen mittelständischen Automobilzulieferer. Ihr Werdegang bei ZF und Mahle passt sehr gut.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Brandt, mein ehemaliger Kollege Dr. Stefan Wirth hat Sie mir als Ansprechpartner für die Zulassung von Medizinprodukten nach MDR empfohlen. Wir sind ein Start-up aus Leipzig kurz vor der Zertifizierung.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Dr. Lorenz, unser gemeinsamer Kontakt Ralf Eichhorn hat mir die Aufzeichnung Ihres JAX-Talks „Monolithen sind nicht böse“ geschickt; danach haben wir im Team zwei Stunden diskutiert. Ich würde mich freuen, vernetzt zu sein.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Frau Richter, ich bin Recruiterin bei Talentwerk und unterstütze ein Medizintechnik-Unternehmen bei der Suche nach einer Leitung Regulatory Affairs. Ihre MDR-Erfahrung bei Dräger passt sehr gut. Darf ich Ihnen Details schicken?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo [Name], ich bin [Name], Gründer von [Startup]. Wir schließen gerade unsere Pre-Seed-Runde und suchen Business Angels mit Erfahrung in [Branche] wie Ihrer. Darf ich Ihnen das Deck schicken?', settings: { degree: 3, lang: 'de' } },
    { code: 'Guten Tag {{name}}, ich bin {{mein_name}}, Einkaufsleiter bei {{meine_firma}}. Wir wählen neue Lieferanten für Verpackungen aus Recyclingkarton für 2025 aus, und Ihr Unternehmen steht auf unserer Shortlist. Hätten Sie Zeit für ein erstes Gespräch?', settings: { degree: 2, lang: 'de' } },
    { code: 'Buongiorno sig. Demir, è stato un piacere accompagnarla negli audit fornitori degli ultimi tre anni. Dopo il mio passaggio a TÜV Süd vorrei restare in contatto.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao {{nome}}, dopo {{anni}} anni in {{azienda}} dal {{data}} inizio qualcosa di nuovo. Non voglio perdere di vista le persone con cui ho lavorato così volentieri, da qui la richiesta. Grazie di tutto!', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Tim, sono Lars del circolo velico 😀 Ho visto che ora sei in SAP, complimenti! Colleghiamoci anche qui.', settings: { degree: 1, lang: 'it' } },
    { code: 'Buongiorno sig.ra Nowak, "vorrei aggiungerla alla mia rete professionale su LinkedIn", ma seriamente: dopo otto anni sullo stesso piano era ora! Spero che gli acquisti in Heller vadano bene.', settings: { degree: 1, lang: 'it' } },
    { code: 'Buongiorno [Nome], vorrei aggiungerla alla mia rete, ma soprattutto volevo ringraziarla per la sua raccomandazione in [Azienda]. Senza la sua buona parola non avrei avuto il posto.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Marco, sono passato in Gestisoft lato vendite, ci prendiamo un caffè per aggiornarci?', settings: { degree: 1, lang: 'it' } },
    { code: 'Ehi [Nome], ho visto che sei passato a [Nuova Azienda], complimenti! Ci ricolleghiamo? Mi farebbe piacere sapere come ti trovi, magari davanti a un caffè quando torni a [Città].', settings: { degree: 1, lang: 'it' } },
    { code: 'Buongiorno {{nome}}, è stato un piacere collaborare con lei sulla fornitura per il cantiere di {{cantiere}}. Mi collego anche qui per restare in contatto in vista dei prossimi progetti.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Franci, ci vediamo giovedì alla riunione di reparto per il budget; intanto ti aggiungo qui così ti giro le slide.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao Davide, ho saputo che sei entrato in Satispay, in bocca al lupo! Io sono ancora in Nexi: se ti serve qualche contatto nel mondo dei pagamenti chiedi pure.', settings: { degree: 1, lang: 'it' } },
    { code: 'Buongiorno Prof.ssa [Cognome], sono [Nome], ho discusso con lei la tesi in [materia] nel [anno]. Oggi lavoro nel settore [settore] e mi farebbe piacere restare in contatto anche qui.', settings: { degree: 1, lang: 'it' } },
    { code: 'Ciao [Nome]! Anche tu ex [Azienda]? Ho visto sul profilo che ci sei stato tra il [anno] e il [anno], io sono arrivato subito dopo. Fa sempre piacere conoscere altri ex colleghi.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Jan, ho visto che abbiamo molti contatti in comune nel settore della subfornitura. Sono agli acquisti in ZF e cerco sempre nuovi fornitori di getti. Cosa producete esattamente in Eisenwerk Hoeger?', settings: { degree: 2, lang: 'it' } },
    { code: 'Buongiorno dott. Yilmaz, sono consulente in Müller & Partner e sto seguendo la posizione di direttore di stabilimento per un fornitore automotive. Il suo percorso in ZF e Mahle è molto in linea.', settings: { degree: 2, lang: 'it' } },
    { code: "Buongiorno dott. Brandt, il mio ex collega Stefan Wirth me l'ha indicata come referente per l'approvazione dei dispositivi medici secondo MDR. Siamo una startup di Lipsia vicina alla certificazione.", settings: { degree: 2, lang: 'it' } },
    { code: 'Buongiorno dott. Lorenz, il nostro contatto comune Ralf Eichhorn mi ha mandato la registrazione del suo talk al JAX "I monoliti non sono cattivi"; poi ne abbiamo discusso due ore in team. Mi farebbe piacere collegarci.', settings: { degree: 2, lang: 'it' } },
    { code: "Buongiorno dott.ssa Richter, sono recruiter in Talentwerk e sto supportando un'azienda medtech nella ricerca di un responsabile Regulatory Affairs. La sua esperienza MDR in Dräger è molto in linea. Posso mandarle i dettagli?", settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao [Nome], sono [Nome], founder di [Startup]. Stiamo chiudendo il pre-seed e cerchiamo business angel con esperienza nel [settore] come la tua. Posso mandarti il deck?', settings: { degree: 3, lang: 'it' } },
    { code: 'Buongiorno {{nome}}, sono {{mio_nome}}, responsabile acquisti di {{mia_azienda}}. Stiamo selezionando nuovi fornitori di imballaggi in cartone riciclato per il 2025 e la vostra azienda è nella nostra shortlist. Sarebbe disponibile per una prima chiamata?', settings: { degree: 2, lang: 'it' } },
    // Spanish and Dutch as English, German and Italian: the people one loved working with, years on the same floor, thanks for their recommendation, a coffee to catch up, worked together on something, a thesis defended with them.
    { code: 'Hola {{nombre}}, después de {{años}} años en {{empresa}} empiezo algo nuevo el {{fecha}}. No quiero perder de vista a la gente con la que tanto me gustó trabajar, de ahí la solicitud. ¡Gracias por todo!', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Sra. Nowak, «me gustaría añadirle a mi red profesional en LinkedIn», pero en serio: ¡después de ocho años en la misma planta ya tocaba! Espero que en compras de Heller vaya todo bien.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hola Marco, me he pasado a Gestisoft en ventas, ¿nos tomamos un café para ponernos al día?', settings: { degree: 1, lang: 'es' } },
    { code: 'Buenos días, profesora [Apellido], soy [Nombre], defendí con usted mi trabajo de fin de máster en [materia] en [año]. Hoy trabajo en [sector] y me gustaría seguir en contacto también aquí.', settings: { degree: 1, lang: 'es' } },
    { code: 'Hoi {{voornaam}}, na {{jaren}} jaar bij {{bedrijf}} begin ik op {{datum}} aan iets nieuws. Ik wil de mensen met wie ik zo graag heb samengewerkt niet uit het oog verliezen, vandaar dit verzoek. Bedankt voor alles!', settings: { degree: 1, lang: 'nl' } },
    { code: 'Beste mevrouw Nowak, "ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn", maar serieus: na acht jaar op dezelfde gang werd het tijd! Ik hoop dat het goed gaat bij inkoop bij Heller.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Beste [Naam], ik voeg u graag toe aan mijn netwerk, maar vooral wilde ik u bedanken voor uw aanbeveling bij [Bedrijf]. Zonder uw goede woord had ik de baan niet gekregen.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Hoi Marco, ik ben overgestapt naar Gestisoft in sales, zullen we een koffie drinken om bij te praten?', settings: { degree: 1, lang: 'nl' } },
    { code: 'Goedemorgen {{naam}}, het was een genoegen met u samen te werken aan de levering voor de bouwplaats {{bouwplaats}}. Ik connect ook hier om in contact te blijven voor de volgende projecten.', settings: { degree: 1, lang: 'nl' } },
    { code: 'Goedemorgen professor [Achternaam], ik ben [Naam], ik heb in [jaar] bij u mijn scriptie over [vak] verdedigd. Nu werk ik in [sector] en ik blijf graag ook hier in contact.', settings: { degree: 1, lang: 'nl' } },
    // French and Portuguese as the other languages: years on the same floor, a coffee to catch up, a pleasure to have worked together on something, slides to send, the people one loved working with.
    { code: "Bonjour Madame Nowak, « je souhaite vous ajouter à mon réseau professionnel sur LinkedIn », mais sérieusement : après huit ans dans le même couloir, il était temps ! J'espère que tout va bien aux achats chez Heller.", settings: { degree: 1, lang: 'fr' } },
    { code: 'Salut Marco, je suis passé chez Gestisoft côté ventes, on se prend un café pour se raconter les nouvelles ?', settings: { degree: 1, lang: 'fr' } },
    { code: 'Bonjour {{nom}}, ce fut un plaisir de collaborer avec vous sur la fourniture du chantier de {{chantier}}. Je me connecte aussi ici pour rester en contact en vue des prochains projets.', settings: { degree: 1, lang: 'fr' } },
    { code: "Salut Franci, on se voit jeudi à la réunion budget du service ; en attendant je t'ajoute ici pour t'envoyer les slides.", settings: { degree: 1, lang: 'fr' } },
    { code: 'Oi {{nome}}, depois de {{anos}} anos na {{empresa}}, começo algo novo em {{data}}. Não quero perder de vista as pessoas com quem gostei tanto de trabalhar, daí o convite. Obrigado por tudo!', settings: { degree: 1, lang: 'pt' } },
    { code: 'Olá Sra. Nowak, "gostaria de adicioná-la à minha rede profissional no LinkedIn", mas falando sério: depois de oito anos no mesmo andar, já era hora! Espero que as compras na Heller estejam indo bem.', settings: { degree: 1, lang: 'pt' } },
    { code: 'Oi Marco, fui para a Gestisoft na área de vendas, vamos tomar um café para colocar o papo em dia?', settings: { degree: 1, lang: 'pt' } },
    { code: 'Oi Franci, nos vemos quinta na reunião de orçamento do departamento; enquanto isso te adiciono aqui para te mandar os slides.', settings: { degree: 1, lang: 'pt' } },
    // From the last probe wave, in German and French as in English: their firm at the top of the sender's list and whom to ask, lost touch since a named exam, their job advertisement, a follow-up of a meeting, their piece that helped, a referral with its purpose, a shared past at a firm, their advertisement seen.
    { code: 'Hallo Herr Vogt, wir haben einige gemeinsame Kontakte aus dem Maschinenbau. Ich suche nach zehn Jahren als Konstrukteur eine neue Aufgabe, und Ihr Unternehmen steht ganz oben auf meiner Liste. Hätten Sie einen Tipp, an wen ich mich am besten wende?', settings: { degree: 2, lang: 'de' } },
    { code: 'Liebe Anna, seit dem Abschluss an der TU Graz haben wir uns völlig aus den Augen verloren. Ich bin jetzt bei den Stadtwerken in Linz. Würde mich freuen, von dir zu hören!', settings: { degree: 1, lang: 'de' } },
    { code: 'Guten Tag Frau Huber, Ihre Bäckerei in Bern sucht laut Inserat eine Konditorin. Wir vermitteln seit Jahren Fachkräfte im Lebensmittelhandwerk und hätten zwei passende Profile.', settings: { degree: 3, lang: 'de' } },
    { code: 'Bonjour Madame Roy, suite à notre rendez-vous du 12 mars concernant le salon de Lyon, je vous invite à rejoindre mon réseau pour faciliter nos échanges.', settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour Paul, ravi de vous retrouver ici après la formation à Namur ! Votre atelier sur la négociation m'a beaucoup servi depuis. Restons en contact.", settings: { degree: 1, lang: 'fr' } },
    { code: "Bonjour Monsieur Petit, Claire Morel m'a suggéré de vous contacter pour coordonner les livraisons de la prochaine vendange. Bonne journée.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Salut Léa, félicitations pour ton nouveau poste ! On avait bien rigolé chez Decathlon, je serais ravi de garder le contact.', settings: { degree: 1, lang: 'fr' } },
    { code: "Salut Yann, j'ai vu passer l'annonce pour un développeur chez vous à Genève. Je connais quelqu'un de très bien pour ce poste. Tu veux que je te le recommande ?", settings: { degree: 2, lang: 'fr' } },
    // No phrase of the lists reads a reason here, but sixteen words or more make one likely by the Spanish word model (languages/es/reason-model.ts): unsure, the rule is silent.
    { code: 'Hola Omar, ahora soy yo el tesorero de la asociación de huertos urbanos que tú presidiste hasta el año pasado.', settings: { degree: 1, lang: 'es' } },
    // An opening of the sender's, named by its slot, is a reason; so is what they think of the reader for it after how they found them.
    { code: 'Hi [Name], I came across your profile and was impressed by your background in [skill]. We have an opening for a [Role] at [Company] that I think would suit you.', settings: { degree: 3 } },
    { code: 'Hi [Name], your profile came up as I was searching for a [Role] for [Company]. Would you be open to a quick chat?', settings: { degree: 3 } },
    { code: "Hi [Name], I came across your profile and think you'd be a great fit for a [Role] opening we have at [Company].", settings: { degree: 2 } },
    { code: 'Hola [Nombre], vi tu perfil y creo que encajarías muy bien en una posición de [Puesto] que tenemos abierta en [Empresa].', settings: { degree: 3, lang: 'es' } },
    { code: 'Hola [Nombre], encontré tu perfil buscando un/a [Puesto] para [Empresa]. ¿Te interesaría hablar?', settings: { degree: 3, lang: 'es' } },
    // The same work in hand as theirs, or their work taken over, is a reason.
    { code: "Hi Marco, your profile stood out because of your experience with Kafka at scale. I'm designing a similar pipeline for a payments company.", settings: { degree: 2 } },
    { code: "Hi Ben, I'd like to connect with you. I'm taking over the Hartwell account you used to manage and would love a quick handover chat.", settings: { degree: 2 } },
    { code: "Hi [Name], I came across your profile and it looks like you've scaled [function] teams from 5 to 50 — I'm about to do the same.", settings: { degree: 2 } },
    // Openings of the sender's with the role and the place named are a reason.
    { code: 'Hola [Nombre], si te interesa conocer más sobre nuestras vacantes de enfermería en el Hospital de Cruces, te cuento.', settings: { degree: 3, lang: 'es' } },
  ],
  invalid: [
    // Following their content in general, however long the note; their newsletter read for years; a job seeker's formulas asked of anyone; connections in common as the whole point.
    { code: "Hey [Name], I came across your profile. You don't know me but I've been a lurker on your posts for about two years now. Finally saying hello. 👋", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A note quoted whole, its blessing as the signature.
    { code: '“Madam I am from very poor family and need work urgently. Any work I can do. Please help madam. God bless you.”', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hey [Name], you don't know me but I've been lurking on your posts for about two years now, mostly on the train to work. Finally saying hi. 👋", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Good morning [Name], I've read your newsletter for a few years. Would love to connect here too.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Sir, I am a fresher from B.Com and looking job in your esteemed organisation. Kindly connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Respected Madam, I am having 6 years of experience in SAP FICO. Currently I am serving notice period of 60 days and looking for a change. If there is any suitable opening in your organization kindly refer me, I will be very thankful. Kindly do the needful.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi, I'm Joy from Cebu. I saw you have 40+ connections with my colleagues, so I am sure we know same people. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Help with anything, some day: no reason; their town and trade as the sender's; growing a network or meeting the ecosystem, writing in case it interests (es); a group both are in (es, pt), their sector seen as the sender's (it).
    { code: "Hi Ivy, I'm a florist in Leeds. Let me know if I can ever help with anything 🌷", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ed, I saw you are based in Porto too and work in insurance! Would be nice to connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Teo, te escribo porque quiero crecer mi network en el ecosistema healthtech de Lima. ¡Saludos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ana, soy la nueva Head of Data en {{company}}. Estoy conociendo a la gente del rubro, ¿conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, {{nombre}}. Creo que puedo ayudarte a conseguir más clientes. Te escribo por si te interesa.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Bea, compartimos grupo de Telegram. ¡Me encantaría conectar!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá, faço parte do grupo Vendas B2B Brasil e vi que você também. Vamos trocar ideias!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buongiorno, vedo che anche Lei lavora nel settore arredo a Torino. Sarebbe un piacere averLa tra i miei contatti.', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // The slots of a signature above a postscript say nothing of why.
    { code: 'Dear <title> <surname>,\n\nIt would be a great pleasure to connect with so eminent a member of the <field> community.\n\nKind regards,\n<your_name>, <post_nominals>\n\nP.S. No pressure at all.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Their career to follow, courtly and no more.
    { code: 'Dear General Okoye,\n\nWith the utmost respect, it would be an honour to follow your illustrious career here.\n\nVery respectfully,\nCapt. R. Amadi', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Advice or a mentor asked for as anyone starting out in a field would ask it; news or everything at their company congratulated, no more.
    { code: "Hi Tamsin, I'd be grateful for any pointers you might share on getting into museum conservation. Thanks for reading!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello! Any tips for a recent graduate breaking into urban planning?', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Mr. Osei, I am looking for a mentor in the field of supply chain. Could you guide me?', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Saw the news about {{company}} — congratulations! 🎉', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Your profile is impressive. Congrats on everything at Pellworth Labs lately!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A LinkedIn group in common, its name in quotes.
    { code: 'Hi Jo, we\'re both members of the "Remote Ops Leaders" group here on LinkedIn. Let\'s connect!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // The same town and the same trade, and being connected as the point of it (es, Argentina).
    { code: 'Hola Vero, también soy de Rosario y laburo en logística como vos. Me pareció bueno que estemos conectados.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Their posts on LinkedIn name no topic; followed for long, and nothing more.
    { code: 'Liebe Frau Keller, ich verfolge Ihre Beiträge zur Energiewende schon lange. Herzliche Grüße, Simone', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Lena, I follow your posts on LinkedIn with interest. Would be glad to connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Whether they remember the sender says nothing of why.
    { code: 'Good morning. I was wondering if you might remember me? My name is Priya.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // Any suitable position anywhere in their company; people of a trade met in general; a LinkedIn group both are in, and joining the sender's network.
    { code: "Hi Maya, I'm job hunting in Austin and would appreciate it if you could refer me to any suitable position at your company. My resume is attached. Thanks!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey! Fellow Denverite in the fintech space here 👋 Just graduated and trying to meet people in the industry. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ricardo, ambos somos miembros del grupo «Compras Industriales Chile» aquí en LinkedIn. Me gustaría sumarte a mi red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The same field and city, connecting because it fits; what someone told of them only praise.
    { code: 'Hi Ethan, we have 17 shared connections and we both work in B2B sales in Leeds, so it made sense to connect!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey Ava 👋 A mutual friend told me you're one of the sharpest people in proptech. Would love to learn from you and grow my network!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A gain any seller promises, with their company's slot after it; a sales network still stock talk when it is the sender's; not being connected yet, and nothing more.
    { code: 'Hola {{nombre}}, ayudamos a empresas a crecer y en {{empresa}} seguro que también. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao [Nome], sto ampliando la rete professionale e mi piacerebbe collegarmi con te.', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Heyy Sam! Can't believe we weren't connected on here yet 😅 let's sort that!", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Sam! No puedo creer que todavía no estuviéramos conectados por aquí 🙈', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A job of any kind anywhere asked for, however put: a referral for any job, any opening in their company, a job in a global company, eagerness for any organisation, the sender back in their field.
    { code: 'hi, can u refer me for any job in ur company? i am very hardworking and quick learner.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi, I am Ravi. I did my masters in US and now searching job. I have knowledge of Python, Tableau, Power BI. If any opening in your company please refer me. Thank you sir.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Mr. Nakamura, I recently graduated from a Japanese university. I am trying to get a job in a global company in Tokyo. I am happy if I can connect with you.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear [Name], I am a PhD candidate at [University] finishing in [Month]. I am passionate about research and eager to contribute to a dynamic organization. I would welcome the chance to connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello [Recruiter Name], I'm a recent graduate with a B.S. in Biology. I'd love to be considered for any opening you're recruiting for. Thank you!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey! I'm returning to work after a 5-year career break, now back in project management and PMP certified. Open to opportunities, would be grateful for any leads", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Marta, vi que também fazemos parte do grupo Marketing Digital Portugal aqui no LinkedIn. Gostava de te ter na minha rede!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm a freelance copywriter. If you ever need help with your website, emails or ads, happy to help!\n\nP.S. No pressure at all.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Gains any seller promises, even after their company or title: growth and efficiency, scaling with AI, their team's full potential, processes optimised (Spanish); help with anything; a demo of the seller's own product.
    { code: 'Hi Ana, we partner with companies like Ardent to drive growth and efficiency. Would love to connect!', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi {{firstName}}, as a {{title}} you know how important efficiency is. I help businesses scale with AI automation. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{firstName}}, noticed you're Head of Sales at {{company}}. We help sales leaders unlock their team's full potential. Would love to connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, ayudamos a empresas como {{empresa}} a optimizar sus procesos y mejorar resultados. ¿Te apetece conectar?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas Rocío, somos una agencia de marketing: SEO, SEM, redes sociales, diseño web, branding y vídeo. Cualquier cosa que necesites, no dudes en escribirme.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Lucas, I'd love to give you a 15-minute demo of Fieldnote, our AI note-taker for sales calls. Does Tuesday work?", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // The same to a stranger, or their news alone, says nothing of why.
    { code: 'Congrats on the new job at Monzo, Tom! Drinks soon to celebrate?', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ana, ¡enhorabuena por el nuevo puesto en Glovo! Me encantaría conectar.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The sender's own career to figure out; a LinkedIn group both are in (German, Portuguese); growth any agency promises (Dutch).
    { code: "Hi Sam, I'm trying to figure out my next step. Any advice?", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo {Vorname}, wir sind beide in der LinkedIn-Gruppe „Industrie 4.0 DACH“ aktiv. Ich würde mich freuen, wenn wir uns vernetzen.', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Marta, nós duas fazemos parte do grupo «Indústria 4.0» no LinkedIn. Vamos conectar?', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo {voornaam}, wij zijn een full-service marketingbureau uit Utrecht en helpen bedrijven groeien met SEO, SEA en social media. Benieuwd wat we voor jou kunnen betekenen?', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    // A pitch to anyone, or to their role with a gain any seller promises; their trade shared, and nothing more.
    { code: 'Hi {{firstName}}, I help sales leaders at 50-person companies build predictable outbound pipeline. Would love to connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{firstName}}, I help {{title}}s grow. Would love to connect.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], vi que tú también trabajas en logística. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A group both are in; someone unnamed who said to connect (Spanish).
    { code: 'Both in the Data Engineering Leaders group here, hi!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Alguien me dijo que debería conectar contigo', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A recruiter's position of no kind (Italian), the same trade and town (French).
    { code: 'Ciao {nome}, ho una posizione davvero interessante che potrebbe fare al caso tuo. Ti scrivo in privato?', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Salut ! On travaille tous les deux dans la finance à Genève, ça te dit de se connecter ?', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    // A saying quoted without quotes, help in general, the degree LinkedIn shows, buzzwords for a topic, that they know someone, that all goes well for them.
    { code: "Hi Karen, as Simon Sinek likes to say, it's all about trust — so here I am! Would love to connect and see how we can help each other grow.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, I see you're 2nd degree to me through Mark. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, I run a staffing agency for nurses. Thought I'd say hello and connect in case you ever need support.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, me encantaría intercambiar ideas sobre inteligencia artificial y sostenibilidad. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, veo que tú también conoces a {{contacto_comun}}. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Jo, always happy to help if you need anything on the finance side. Let\'s connect!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Dressed up, still stock talk: a question about their work in general, their profile's figures, their posts always praised, a service for anyone, all going well for them.
    { code: "Hi Ken, hope you're well! What are you working on these days? Always love hearing what fellow designers are up to.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ken, your profile really stands out: 800 connections and a clear passion for fintech. Happy to connect!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ken, your posts are always the best thing in my feed. Keen to connect with sharp people!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenos días, Ing. Pérez. Nuestra firma ayuda a empresas de todo tipo de sectores a reducir costos. Quedo atento.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'We help businesses of all sizes streamline their operations. Open to a quick chat?', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola Juanma! Cuánto tiempo. Veo que te va genial. ¡Conectemos!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Their profile fit to openings of no kind in particular.
    { code: 'Dear {{title}} {{last_name}}, I am contacting you because your background fits several positions we are recruiting for. Best regards, {{signature}}', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimada {{nombre}}: le escribo porque su perfil podría encajar con algunas vacantes que gestionamos. Atentamente, {{firma}}', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A recruiter's openings for anyone in their field, a gain promised to any firm like theirs, the value the sender could add: no reason.
    { code: "Bonjour {{prénom}}, chargé de recrutement chez {{cabinet}}, j'ai souvent des postes intéressants dans votre secteur. Au plaisir d'échanger !", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Herr Weber, wir helfen Firmen wie Ihrer, schneller zu wachsen. Gerne zeige ich Ihnen, welchen Mehrwert wir bieten.', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, I help firms like yours scale sustainably. I'd be happy to show you the value I can add.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // An achievement or a launch congratulated on with nothing said of what; an opportunity for them of no kind; a job asked for anywhere.
    { code: 'Congratulations on your great accomplishment! 🎉', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Lucía, ¡felicidades por el premio! Seguro que os va genial.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, le escribo porque tengo una propuesta laboral muy atractiva para usted.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I'm writing because I have an exciting career opportunity for you.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Respected Madam, I am MBA fresher seeking job in finance field. Kindly give me any opportunity in your organisation. I am hard working.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, soy técnica en enfermería y busco empleo. Te agradecería que me tengas en cuenta para próximas vacantes.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Teo, nos conocemos de amigos comunes. Si alguna vez necesitas algo para tu negocio, aquí me tienes.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Samuel, he trabajado con varios de tus compañeros de Santander y siempre hablan bien de ti. Encantado de conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola! Te invito a unirte a mi comunidad de ahorradores en Telegram 👉 t.me/ahorro', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Paula, ¡siempre admiré tu trabajo en la televisión! Sigamos en contacto.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Jaime, he visto tu perfil y me ha parecido muy completo. Tu experiencia en academias de idiomas es justo lo que admiro.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimada Sra. Quintero, me gustaría conocer más sobre su labor. Quedo atento.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pedro 👷 Veo que tú también andas en obra. ¡A conectar!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ruby, I read your memoir last month and absolutely loved it! It would be an honour to connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Tomás, me encantaría intercambiar ideas sobre el futuro de la logística. ¡Saludos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], me encantaría conectar contigo para intercambiar ideas sobre la industria cosmética.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi {First Name}, we share lots of connections through the Scottish Wedding Planners group. Always keen to meet other planners.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], your work on [platform] really caught my eye. I'd love to learn more about your business!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Nikhil, as fellow QA auditors in Dublin we should definitely connect! 😊', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Gonzalo, creo que tenemos intereses en común y podríamos colaborar en futuros proyectos de datos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], fue un placer coincidir. ¡Nos vemos pronto!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Joanne, our mutual friends speak very highly of you. I'd love to connect and hear what you're working on at the studio.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Mark, I think we could do great things together. I run a growth consultancy and I'm always looking for partners. Let me know!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Bella, I've watched your career from afar and I think you're doing amazing things for women in tech.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Owen, loved your recent posts! Your perspective on devrel is always spot on.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Jaime, veo que compartimos 31 contactos, casi todos de Renfe. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pilar, también soy controladora aérea en Barcelona. Me encantaría tener más contactos de la profesión.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Inés, me encantó tu trabajo en Vueling. ¡Un saludo!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola! Vi que tenemos un contacto en común y que también trabajas en formación. Sería un gusto conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola, {{ nombre }}. Por lo que veo nos movemos en los mismos círculos de retail y franquicias. Cualquier cosa que necesites, aquí me tienes.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Julio, me encanta lo que están haciendo en {{ empresa }}. ¡Felicidades por el crecimiento!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey {{first_name}}! Love what you're doing at {{company}} 🚀 Keen to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Dana, hope you don't mind a request from a stranger 🙈 Always nice to meet new people in fintech!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], I see we have a mutual connection and I'd love to learn more about your research work.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, {{ nombre }}. Vi su trabajo en {{ institucion }} y me pareció muy interesante. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Raúl, me encanta tu forma de entender el baloncesto, se nota que vives cada partido. Ojalá coincidamos algún día.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hola Sara, te escribo porque las dos estamos en el grupo 'Marketing Deportivo España'. Me gustaría sumarte a mis contactos.", settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Elena, he visto que te interesa la pesca sostenible. ¡A mí también! Sería genial conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Nico, vi que en {{ empresa }} hacen cosas muy interesantes. Me gustaría conocerte y ver en qué podemos colaborar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, Laia. Te escribo porque te he visto en muchas publicaciones de gente del tercer sector y creo que podemos colaborar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Diego, ambos somos parte de la gran familia del rugby chileno 🏉 Sería bueno estar en contacto.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Amir, I saw that you work in oncology at the Royal Marsden. That's inspiring!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Lena, several of our connections work at Universal Music, so it seemed right that we connect too.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Theo, we share a love of vintage synths and both work in radio in Bristol, so I thought I'd say hello.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi all, happy International Women's Day! Grateful for everything you do.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola! ¡Feliz Día Mundial de la Salud! 🌍 Gracias por todo lo que haces.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], ¡estamos contratando en [Empresa]! Echa un vistazo a nuestras vacantes: https://ejemplo.com/empleo', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ola, we're both Berliners writing Go for payments — feels like we should know each other!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ben, I see we have 31 connections in common in the fintech space. Would be great to link up!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ana, I noticed we work in the same industry and thought it would be great to swap ideas about retail.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Carmen, vi que tú también estudiaste Económicas. ¡Qué coincidencia!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes, le escribo porque creo que podría aportarle mucho valor a su equipo. Quedo atento.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Javier, te escribo porque tienes una trayectoria impresionante en banca. Me encantaría que formaras parte de mi red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola Lucía! Vi que también trabajas en farmacia en Sevilla 🙂 Sería genial estar en contacto.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pedro, como tú, llevo quince años en compras de automoción. Seguro que tenemos mucho de qué hablar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Samuel, los dos somos de Huesca y del mundillo del SEO. ¡Hay que apoyarse entre paisanos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Mariana, tu trabajo de subtitulado es impresionante. ¡Enhorabuena por todo lo que haces!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Maya, I see you're very active on here talking about logistics. Happy to connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi there! I'm reaching out because I'm the founder of a PR agency that works with exciting startups. Let's see where we can collaborate!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Ines, I saw you're in the UX Researchers Network group too. Would be great to connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pilar, te escribo porque creo que te puede interesar lo que hacemos. ¿Hablamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Julián, los dos estamos en el aceite de Jaén, así que tiene sentido estar conectados, ¿no?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Ji-woo, I'm a network engineer too (we run a small ISP in Idaho). Always nice to know others in the field. Connect?", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Kemi, I'd love your thoughts on {topic}! Survey: {{survey_link}}", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pilar, mi empresa crece y busco contactos de RR. HH. para el futuro.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Gerardo, los dos trabajamos en RR. HH. en Monterrey, así que deberíamos conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Dana, your background in employee relations caught my eye. I'd like to learn more about what you do.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas, Sr. Ruiz. Tengo una propuesta para usted que le puede interesar. Saludos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Marta, tengo una propuesta para ti. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{ nombre }}, estudio {{ carrera }} y tu perfil me parece muy inspirador. Me encantaría que fueras mi mentor/a. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, Ing. Salas. Soy practicante de arquitectura y busco un mentor que me guíe en esta etapa. Quedo atento.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Dr. Okafor, I am a motivated student seeking mentorship from accomplished leaders in healthcare. I believe your insights would be invaluable to my growth.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Priya, as a fellow woman in robotics I really look up to you. Is mentoring someone like me something you'd consider?", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, te escribo porque estoy metida en una investigación y me encantaría conocer tu opinión. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Marta, estoy haciendo un TFM y me encantaría tu opinión. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tomás, would you be open to a quick chat about my research?', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Tomás, I'm reaching out because I'm conducting research and I think your experience would help. Can we connect?", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ana, ayudamos a agencias como la tuya a conseguir más clientes. ¿Quieres saber cómo?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Busco mentor y tu nombre sale siempre.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ximena me animó a escribirte. Interés en tu perfil.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Anyone praised as a hire, no role said.
    { code: "Hi Ethan, you'd be a perfect addition to our team at Stripe! Let me know if you're open to new opportunities.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Chloé, we're looking for someone exactly like you at our startup 🙂", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A compliment's slot is praise, not a detail; a topic remembered is no shared past.
    { code: "Hi [First Name], [Compliment about their work]. I'd love to connect!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi [First Name], {{personalised compliment}} — let's grow together!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Dani, me acordé del tema y te agrego.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Sending the invitation itself says nothing.
    { code: 'Hola Pili, nos conocemos desde hace años, así que te mando la invitación para tenerte en mi red.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Their field named and praised ("your work in the fintech space", «tu trabajo en el sector fintech»).
    { code: 'Hi Steve, your work in the fintech space caught my eye. Always happy to meet people shaping finance.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Ryan, especially your experience in cybersecurity. Always keen to connect.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Mariana, tu trabajo en el sector fintech es admirable. Sería un placer formar parte de tu red.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Small talk asked, any opening anywhere.
    { code: 'Hola, ¿me cuentas qué tal te va? ¡Te agrego!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Kindly consider me for any opening in your organisation.', settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    // Ideas that "could help your team" name none.
    { code: 'Hi Ben, I have some ideas that could help your team ship faster.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // An earlier email of the sender's, without what it was about.
    { code: 'Hola Leti, te escribí por correo la semana pasada. Un saludo.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Estimada Sra. Ruiz, le envié un correo ayer. Me encantaría ampliar mi red.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Oliver, following up on my email. Looking forward to connecting!', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sam, following up on my email from {{ email_date }}. Hope to connect.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // A letter's courtesies say nothing of why.
    { code: 'Dear Mr. Okoye, It is with the greatest respect that I write to you. Colleagues such as yourself are always welcome in my network. Yours faithfully, Dr. Ian Blake', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Dear Ms. Reyes, having followed the sector for thirty years, I'd welcome the connection and would be delighted to explore how I might be of service. Best wishes, Hugh Tanner", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Las cortesías de una carta no dicen por qué.
    { code: 'Estimada Sra. Luna: por medio de la presente me permito saludarla y ponerme a sus órdenes para lo que guste. Atentamente, Lic. Pablo Rey', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes, don Tomás. Soy socio del Casino de Madrid desde 1990 y me gustaría contar con usted entre mis contactos. Atentamente.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The same job, and no more.
    { code: 'Hi Lee, I teach GCSE Chemistry too! Adding you to my network.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Their field noticed, praise anyone could be given: no reason.
    { code: "Hi Kwame, I noticed your work in renewable energy. I'm in the same field and always keen to meet peers.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Sofia, a friend told me you're amazing to work with. You'd be a great fit for my network!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Praise anyone could be given, and sharing with each other; a blessing: no reason.
    { code: 'Dear Mr. Chen, a colleague told me you are the best in this field. Let us share useful information with each other.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear brother Tariq, may Allah reward you for your kindness. Jazak Allah khair, let us stay connected.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // Conectar con alguien con su experiencia no dice por qué.
    { code: 'Hola Tomás, tu perfil me parece muy interesante. Me encantaría conectar con alguien con tu experiencia en logística.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Heard of, found in a group's member list, the same field and city: nothing of why.
    { code: 'Hello Ana, a former colleague told me about you and I would love to be in contact. Best, Tom', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Bart, I spotted you in the members list of the Rust Belgium group. Nice to see so many people with the same interest!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Lena, I noticed you also work in fintech in Vienna. Happy to have you in my network.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Writing at all, as a second-language writer puts it, with a close in their own language: no reason.
    { code: 'Dear Madam, I am working by Bosch since a long time and would be very happy to exchange with you. Mit freundlichen Grüßen, Dipl.-Ing. Klaus Berger', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Mr. Rossi, I take the liberty to contact you because I also work in the packaging sector in Emilia. Looking forward to know you better. Kind regards, Ing. Marco Bianchi', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A count of "common connections" says nothing of why.
    { code: 'Hi Joris, we have 41 common connections, so it makes sense to connect. Groeten, Wim', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Que la tengan en cuenta para lo que sea no dice por qué a esta persona.
    { code: '¡Hola! Soy asesora de Seguros Levante y me encantaría que me tuvieras en cuenta para lo que necesites 🙂', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Many connections at a company, a list of top innovators; es: «te escribo porque» followed by help for both and nothing more.
    { code: "Hi {first_name}, we share a lot of connections at Sainsbury's, so it made sense to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Marcel, I'm putting together a list of the top retail innovators in Europe and you're on it!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Manuel, le escribo porque creo que podemos ayudarnos mutuamente en el sector. Quedo atento.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // es: both in one trade and town, seen.
    { code: 'Hola Mónica, vi que ambas trabajamos en seguros en Heredia. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A few of their videos, none named; es: knowledge shared with anyone, their field as the whole reason.
    { code: 'Hi Beth, I watched a few of your videos and love your energy!! Connecting 💛', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola, soy Luis, analista SOC. Quería conectar contigo para compartir conocimientos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Andrés, vi que tenemos contactos en común y que trabajas en ciberseguridad. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Both in one trade and town, a network of a field built, many mutual friends from a scene, a second-language courtesy signed "Cordially", the same job without its article; es: both in one trade, things done together unnamed, contacts shared through a professional body.
    { code: 'Hi Jess, we both work in HR in Denver — would be great to be connected.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Phil, I'm building my L&D network and would love to add you. Happy to help however I can!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jess, we have a lot of mutual friends from the Boston fintech scene. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Dear Mrs. Reyes, good morning. I would like to be in contact with you. Cordially, Luis Alberto', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Luiz, I am also Data Analyst in Curitiba. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marcos, como ambos trabajamos en selección IT, creo que sería interesante estar en contacto.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Andrea, leí tu perfil y me parece que podríamos hacer cosas juntos. Te dejo mi Calendly.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, Esther. Compartimos muchos contactos del Colegio de Arquitectos y me encantaría ampliar mi red.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // the same place and trade said at length, a third person's network, a seller's vague gain after 'like yours to'; in Spanish the same trade as the whole reason, a sector by name, something made together and nothing more.
    { code: "Hi Rohan, I see you're also in nonprofit fundraising in Portland. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Gabriel, I noticed you work at a fast-growing fintech company. We partner with companies like yours to boost customer loyalty. Could we connect?', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{ first_name }}, I work for {{ exec_name }}, founder of {{ company }}. He wants to grow his network with people in {{ industry }}.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Maya, my director wants to expand her network among architects in Lisbon and Porto.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Teresa, como también trabajas en logística pensé que sería buena idea conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Susana, somos del mismo gremio, ¡enfermeras en Valencia! Te sigo.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Raúl, me encantaría que habláramos sobre el sector de la construcción.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Bea, soy ceramista y creo que podemos crear algo juntas ✨', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // The future of a field, an idea they will love and how busy they are.
    { code: "Amazing profile! 🔥 Let's connect and share ideas about the future of AI.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Rosa, I know you're busy, so I'll keep it short: I've got an idea I think you'll love. Can we talk?", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Volunteering alike, a name mentioned by someone unnamed and a hello, a suggestion list and their work at a company, help whenever; es: working together some day.
    { code: "Hi Noah, I see we both volunteer with food banks. Let's share ideas sometime!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey Will, a friend from Figma mentioned your name. Thought I'd say hello.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Greta, your profile popped up in my 'People you may know' and your work at Lumi caught my eye.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm a freelance translator DE/EN/PL. If you ever need translations, I am here for you!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola, te sigo en Behance y en Instagram, tu estilo es brutal. Ojalá algún día colaboremos 🙌', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: how they are doing, asked in those words.
    { code: 'Hola Cristian, me encantaría que me contaras cómo te va.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The same work in the same city, a season congratulated, the sender's own remit after a count in common.
    { code: 'Hi {{ first_name }}, I noticed we both work in communications in Denver. Would be great to connect with local PR pros.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Mateo, congrats on the great season! Would be good to connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ruth, I see we have 14 connections in common. I manage group sales at the Parkview Hotel and would love to connect.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Their experiences in general; their work at a slot, praised and no more; a list of leading voices they are on; es: the same work in the same city.
    { code: "Hi [Name], I'm a {{ major }} major at [University] interested in {industry}. I'd love to connect and learn about your experiences.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{name}}, I noticed your excellent work at {{company}}. I'd love to connect and learn from professionals like you.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Erin, I'm putting together a list of leading voices in rail planning and you're on it!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, veo que las dos trabajamos en RR.HH. en Sevilla. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: much in common and forces joined, the same job in the same region, the job market and help for both, writing to ask for a job; en: a fellow of the same title and a busy month, synergies, a fellow alum with no school, growth for both.
    { code: 'Hola Mónica, como tú, llevo años trabajando por la infancia en Castilla-La Mancha y creo que tenemos mucho en común. ¡Sumemos fuerzas!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Verónica, vi que también eres profe de Lengua en la Comunidad de Madrid. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], como bien sabes, el mercado laboral está complicado. Yo vengo de la hostelería y estoy reinventándome. Creo que podemos sumar mutuamente.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado Ing. Carvajal: Le escribo porque estoy buscando empleo como ingeniero civil. Soy colombiano residente en Chile y mi título está en proceso de convalidación.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{first_name}}, as a fellow {{job_title}} at a fast-growing {{industry}} company, I know how hectic {{current_month}} gets. Thought we should connect!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I see you're in {{industry}}. We work with a lot of {{industry}} companies and have helped them drive growth. I think there could be synergies!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Fellow alum! Always good to keep the old crew together.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm a results-driven professional with ten years across operations and change. I'm always looking to connect with inspiring leaders and learn from people who make a difference. I believe we could support each other's growth, so I'd be delighted to connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // es: found in a group, and that seemed reason enough.
    { code: 'Hola, te encontré en el grupo Investigadores en Salud y me pareció interesante conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: where they work, noticed, and what they do in general; interests alike and something to do together some day; the same world (chat spellings and an emoji); en: friends in common unnamed and a request sent for it.
    { code: 'Hola {{nombre}}, vi tu perfil y me llamó la atención que trabajas en {empresa}. Me encantaría saber más de lo que haces.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {nombre}, tenemos intereses profesionales similares y creo que podríamos colaborar en algo interesante en el futuro.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Dani! vi q trabajas en Mango 😮 yo tb soy del mundo moda! conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tegan, we've got a few friends in common from the Dunedin running scene so figured I'd send a request.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Job seekers' notes with only their own degree, year and skills; the same trade in the same city; their work at a slot, and no more; a stock line signed with a brand in brackets.
    { code: "Hello, I'm a BCom graduate from Mumbai University, passed out 2024. I am skilled in Tally, Excel and GST filing. Kindly consider me for any opening in your organisation.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello Ma'am, I am Kiran, final year student. I want to do internship in your company. Please give me a chance, I will learn fast. Kindly do the needful.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Aisha, I'm a fellow nurse educator in Nairobi. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Dana, I came across your profile and thought it would be great to connect. Looking forward to learning more about your work at {company}!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, I'd like to add you to my professional network on LinkedIn. Best, Tara (eXp Realty)", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // es: how busy they must be, then people like them; the same trade in the same city («.NET» one word).
    { code: 'Hola Marta, sé que estás muy ocupada, pero quería conectar con gente top del sector logístico como tú.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ambos somos desarrolladores .NET en Quito 🇪🇨 ¡Conectemos y compartamos conocimiento!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: admiration for what a named hospital does, and congratulations on everything.
    { code: 'Hola Dr. Roldán, admiro mucho la labor que hacen en el Hospital del Mar. ¡Enhorabuena por todo!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Reconnecting with nothing in it: since they last spoke, back in touch; a mutual friend's opinion of them as the reason.
    { code: "Hi Ben, hope all has been well since we last spoke! Let's get back in touch.", settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Ben, your profile is great as always! Good to be back in touch.', settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ben, I'm reaching out because a mutual friend thought you'd be a great person to know.", settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // A slot for the sender's closing line is no reason (en, es).
    { code: "Hi [Name], I'd like to connect. [your closing line]", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], me gustaría conectar contigo. [tu frase de cierre]', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Knowing how hard it is (en); future projects in general, knowing a lot about a topic, the sender's own work after "como tú," (es).
    { code: "Hi Rob, as a fellow race organiser I know how hard volunteers are to find. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimada Sra. Ruiz, le escribo porque me gustaría colaborar con usted en futuros proyectos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Óscar, se nota que sabes mucho de patrocinios. Te agrego.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Luz, como tú, trabajo en marketing en Quito. Conectemos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Growth seen and nothing more; a bio read back; networking believed in; their job echoed (en); a fan of their work (es).
    { code: "Saw that {{company}} is growing fast 🚀 Let's chat!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sienna, read your bio: ex-Bain, now a founder. Impressive!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello, I'm reaching out because I think networking is key in this industry.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sven, I see you work at {company} as a data engineer. Me too!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Soy muy fan de tu trabajo en logística, Inés. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Teams like theirs, a biggest fan, a move to a slot with nothing after (en, es).
    { code: "Hi Ravi, I've worked with teams like yours on growth. Would love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Ravi, I'll be your biggest fan. Would love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, me mudo a [Ciudad] y me encantaría ampliar mi red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Growth offered to anyone, their channel only its object; a community of many.
    { code: "Hi [Name], I'd love to help you grow your YouTube channel. I've worked with 40+ creators in tech. Open to a quick call?", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi there! I'm building a community of 10,000+ creators and would love for you to be part of it. Accept and I'll send the invite link!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Suggested as someone who could help, with nothing said of what.
    { code: 'Hello {Name}, {Mutual Name} suggested you as someone who could help me grow.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Respect for what they built, and nothing more; companies like theirs everywhere.
    { code: "Hi {first_name}, lots of respect for what you've built at {company}. Hope we can connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {name}, we help companies like yours in every industry grow.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A recruiter's lines for anyone: the kind of talent they look for, an exciting opportunity, several roles that could fit.
    { code: "Hi [First Name], you're exactly the kind of talent we look for. [Company] has a culture you'd love and new roles opening every month.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, there's an exciting opportunity at {{company}} I think you'd want to hear about.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hello, I came across your profile and was very impressed by your experience. I have several roles that could be a great fit.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Ms. Lee, we are conducting a search for top talent.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // An event over is no errand (en); an institution's head praised and nothing asked (es).
    { code: "Hi Sam, the event is done and I'd love to connect.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Estimado Sr. Director: su destacada labor al frente de la institución es un referente para todos. Reciba un cordial saludo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: told to greet them, nothing more; the sender's own profile link.
    { code: 'Hola Nuria, Pablo me ha dicho que te salude.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Facu, te agrego para pasarte el enlace de mi perfil.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Ideas on a field's weather in general; what they built at their company, admired and nothing more.
    { code: "Hi Connor, as a fellow designer I'd enjoy swapping ideas on the ever-changing design landscape.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Sam, I'm a huge admirer of what you've built at Ardent. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Seeing them share the sender's passion is no hook; going "from strength to strength" is praise; written "here" is no subject (es).
    { code: "Hi Sam, I'm passionate about fintech and see you are too! Always happy to connect with fellow fintech folks.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, you went from strength to strength this year. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ana, Hugo insistió en que te escribiera por aquí.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A pitch to any company like theirs.
    { code: "Hi Ana, I came across your profile. Our platform could support companies like yours. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ana, I came across your profile. I think we'd be a great fit for growing teams. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // es: asking to connect, and nothing else.
    { code: 'Hola Bea, vi tu perfil. Me encantaría que conectáramos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // es: a job change known, an agreement with no topic.
    { code: 'Hola Carla, vi tu perfil. Sé que cambiaste de trabajo. Conectemos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Gracias por la llamada de hoy, Tomás. Te agrego como quedamos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // The sender's own guess at what they would enjoy.
    { code: "Hi Ana, I came across your profile. I thought you'd enjoy our newsletter. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Their career looked at, and nothing else.
    { code: 'Hola Ana, veo tu trayectoria en el área jurídica de Acme. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // What they do at their company praised, and nothing else (en, es).
    { code: 'Hola Andrea, vi tu perfil. Me encanta lo que estáis haciendo en Arbola. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, I came across your profile and love what you're doing at Arbola. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Courtesy and a request to connect, and nothing else (en, es).
    { code: "Hi Ana, no pressure at all, but let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ana, sin compromiso: ¿conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A conversation kept going, with nothing said of what about.
    { code: "Hi Kit, good to meet you on Tuesday! Let's keep the great convo going.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // A company of two words watched from afar, and nothing else.
    { code: "Hi Bo, I've kept tabs on what Northwind Labs has been up to for ages. Would be great to connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Who writes and where from, after a comma, is the sender's own detail.
    { code: 'Buenas, [nombre]. Te escribe {vendedor}, del taller Mecánica Ruiz de Albacete.\n\n¿Te apetece que conectemos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Talk of linking up makes a long note of nothing in particular sure of itself; a profile that crossed a feed, praise of what they did at a slot.
    { code: 'Hi Ravi, I care deeply about urban transport and I would be really glad to link up with you and maybe pick up a couple of useful tricks along the way.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi {{name}}, your profile crossed my timeline and what you've achieved at {{company}} stands out. Happy to connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A profile found by chance, then the sender's own course and tools: no detail of theirs; a vague project teaser; the same in Spanish.
    { code: "Hi Omar, bumped into your profile today. I'm finishing the Ironhack UX course and know Figma and Miro, and I'd love to hear how people in design ended up where they are.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Omar, I have a side project in the works that might be right up your street. Shall I tell you more?', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, di con tu perfil buscando gente de logística. Acabo el máster de la UPM y manejo SAP y Power BI.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{name}}, I'd be keen to find out more about what you're up to.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, me encantaría conocer un poco más de lo que estáis desarrollando.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A fit for nothing said: "an exciting opportunity that you'd be a great fit for."
    { code: "Hi {{first_name}}, I came across your profile and was impressed by your background. I have an exciting opportunity that I think you'd be a great fit for. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A talk had "this morning" says no topic; a LinkedIn group both belong to; ties to an industry (es).
    { code: 'Gracias por la conversación de esta mañana, Tomás. Te agrego como quedamos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Tomás, ambos pertenecemos al grupo Auditores de Chile aquí en LinkedIn. Me sería grato contar con usted en mi red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buen día, Ing. Peralta. Como colega del sector eléctrico en Rosario, le envío esta invitación con la idea de fortalecer lazos profesionales en la industria.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Found by a search anyone runs; their field read back before a claim any seller makes or a gain any seller promises.
    { code: 'Hi [Name], found you through a quick search for logistics leaders in [City]. I run a recruitment agency. Connect?', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, noticed you're in [Industry] — we work with lots of companies in your space. Let me know if you'd ever like to chat.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I noticed you're in [Industry]. We've helped many firms like yours improve their productivity.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Their field read back, then nothing but connecting.
    { code: "Hi Noor, I noticed you work in procurement. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Where they work read back, an em dash, then flattery; working together on some project or other (es).
    { code: "Hi Noor, I noticed you work at Tillbury — such an exciting time to be there! I'd love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Noor, me encanta tu perfil y creo que podríamos colaborar en algún proyecto.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The sender's name, title and workplace are the sender's, not details of why (en, es, nl).
    { code: "Hi Sam, I'm Priya Nair, growth lead at Brightmoor. Cheers!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Sara, soy Alejandro Gil, CEO de Nubeluz. ¡Un abrazo!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Goedemorgen Sam, mijn naam is Pieter de Groot en ik help graag mensen verder in hun loopbaan. Zullen we connecten?', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    // Where they work, read back by name, then help offered to anyone; talk of ideas signed on the same line.
    { code: "Hi Priya, I noticed you work at Brightmoor. I've partnered with similar firms and would love to connect and see if I can help.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, always keen to swap ideas with people in logistics. Let me know if you'd be open to connecting! Priya Nair", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // The sender's own papers to look over, which anyone could do; a fellow member of a body, which is no school.
    { code: 'Hello Greta, could you please give me some feedback on my resume? Thank you!', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sarah, as a fellow member of the Chartered Institute of Marketing I thought we should connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Their profile fits what the sender looks for in a community: no need named.
    { code: 'Hi {{first_name}}, your profile is exactly what we are looking for in our community.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // What the team explores is opportunities in general.
    { code: "Hi Bea, we're exploring new opportunities in the Nordic market. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Seen only that they know the same person, then a pitch to anyone (it, nl).
    { code: 'Salve, vedo che abbiamo in comune Paolo Riva. Mi occupo di consulenza e aiuto le imprese a crescere. Sarebbe un piacere entrare in contatto!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo, ik zie dat we allebei Sanne de Wit kennen. Ik help bedrijven om meer uit hun marketing te halen. Laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    // As many write English who learnt it later: a network enlarged, cooperation of no kind, the same town and trade, collaboration between professionals.
    { code: 'Bonjour Hugo, I read your profile and I find it very interesting. I would like to connect with you to enlarge my network. Cordialement, Denis', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Mr. Tran, we have many mutual friends in the logistics sector of Da Nang. I want to connect for cooperation opportunity in the future.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour Manon, I see that you are also in Nantes and working in the packaging industry. It would be a pleasure to be connected.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello dear friend! I hope this message finds you very well. I am a very enthusiastic professional, always looking to learn and meet new people. I believe in the power of networking and collaboration between professionals. Greetings from Oaxaca', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // Value and the next level promised to anyone, with talk of connecting (de); the same town and field as everyone's (nl).
    { code: 'Hi Lukas, ich unterstütze Gründerinnen dabei, ihr Business auf das nächste Level zu bringen. Ich bin sicher, dass ich auch dir einen Mehrwert bieten kann. Lass uns connecten!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi Noor, ik zie dat jij ook in Zwolle in het onderwijs werkt. Lijkt me leuk om te connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    // Written because they know people in common (es).
    { code: 'Sra. Lozano, buen día. Le escribo porque conocemos gente en común en el sector naviero de Valparaíso. Saludos cordiales.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Someone both know suggested it, and nothing more.
    { code: 'Hi Iris, Tom Okafor suggested I reach out.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // The sender's own tips, not advice asked for.
    { code: "Hi %s, let's connect! I share weekly tips on cold email 🚀", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Their company praised by its name, nothing said of what.
    { code: "Hi Lauren, I've long admired what Northwind Robotics is building. Would be great to be connected!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Written because of connections in common (en, es); a wish to connect beside the sender's own details (es).
    { code: "Hi Dev, I'm reaching out because we share a few connections in common. Open to connecting?", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Nuria, te escribo porque somos contactos de Andrés Peña. ¡Un saludo!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Nuria, me gustaría conectar contigo. Soy abogada laboralista y asesoro a cooperativas de la Ribera Alta. ¡Saludos desde Alzira!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Their line of work seen, and nothing else.
    { code: "Hi Wendy, saw you're in orthodontics. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Their job at a company read back, and nothing else (es).
    { code: 'Hola Olga, vi que eres jefa de planta en Lácteos Arnedo. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Written to about an opportunity, which says nothing of what.
    { code: "Bonjour Léa, je me permets de vous contacter au sujet d'une opportunité.", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    // Several named are the sender's customers; a gain any seller promises; their town is not their job.
    { code: "Hi Kofi, we help companies like Holt and Marsh grow. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Nuria, ayudo a empresas como Olvena a crecer. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Priya, I see you're also in Leeds. We help companies automate their payroll.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Ines, great work on your profile!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Where the sender works is no detail about the reader (es), as in English.
    { code: 'Hola [Nombre], los dos conocemos a [Contacto en común]. Trabajo en [Empresa] como [Cargo]. ¡Un saludo!', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // A job search with no place asked about.
    { code: "Hi Tom, I'm looking for a new role in logistics. If you hear of any openings, please let me know!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ana, estoy buscando trabajo como contable. Si sabes de alguna vacante, avísame, por favor.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Marco, cerco lavoro come sviluppatore. Se senti di posizioni aperte, fammi sapere!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // As long, but talk of networking itself: judged, and no reason in it.
    { code: "Hi Tom, I make a habit of getting to know the good people in the shipping world, and from what I can tell you are one of them. Hope you don't mind a hello.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hello Tomás, I plan maintenance for a group of wind farms up north and over the years I have come to value knowing people who do similar work, so it felt natural to reach out and connect.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Tomás, planifico el mantenimiento de varios parques eólicos del norte y con los años aprendí a valorar conocer a gente que hace un trabajo parecido, así que me pareció natural escribirte y conectar.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // Backgrounds alike, the same city and field (en); following them for a while (nl); the same LinkedIn group (it).
    { code: "Hi Jasmine, I think we'd have lots to talk about given our similar backgrounds. Looking forward to connecting!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], we're both in [City] and both in [Industry], so figured we should know each other.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi Niels, ik volg je al een tijdje en vind je posts altijd inspirerend. Laten we connecten!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Giorgia, siamo entrambi nel gruppo LinkedIn «Marketing Italia». Mi farebbe piacere connettermi!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Building one's own network (de).
    { code: 'Hi {{first_name}}, ich baue gerade mein Netzwerk im Bereich {{ branche | default("Logistik") }} aus und würde mich freuen, dich dabei zu haben!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Offering oneself in case they organise events (es).
    { code: 'Hola Paula, soy conferenciante sobre liderazgo. Si organizas eventos, me encantaría estar en tu radar.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Kinship with a trade and place, connections shared in a field, an opportunity never said, small talk (en); the sender and someone else working together is no past with the reader.
    { code: 'Hi Greg! Fellow Austin fintech person 🤠 Let us connect.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Priyanka! We share connections in the HR space in Pune. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Greetings of the day! I am writing to you regarding an opportunity. Kindly revert.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Noor, we share 40+ connections so figured it is time. Working on anything fun?', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [Name], [Mutual Connection] and I worked together at [Company]. Looking forward to connecting!', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Their content followed or admired in general, staying up to date, growing together (nl); the same work said of both with nothing in it (en).
    { code: 'Hoi [First Name], ik volg je content al een tijdje en vind je posts over [Topic] echt inspirerend!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: '{{ first_name }}, ik ben onder de indruk van wat {{ company }} doet. Ik wil graag connecten om op de hoogte te blijven.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Beste {{voornaam}}, ik heb al uw posts gelezen. Laten we samen groeien!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Mees, you build great things and I build great things too.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    // The same city or trade, the sender's own line of work, and nothing more (en, es).
    { code: "Hi [Name], I'm based in [City] too and work in [industry]. Would be great to connect with local professionals!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Adrián, soy de [ciudad] como tú y también trabajo en logística. Me encantaría conectar.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Their profile or path come across is stock talk (fr).
    { code: "Bonjour, je suis tombée sur votre parcours et j'aimerais élargir mon réseau.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Following a meeting with no when, where or what says nothing of why (en); flattery in the
    // courteous form (it), whose capitals ("Lei", "Sua") name no one.
    { code: 'Hi Amir, following our call, adding you here.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Gentile Dr.ssa Neri, ho ammirato il Suo profilo. Sarebbe un onore far parte della Sua rete. Posso contare su di Lei?', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A question for the sender's sake, out of politeness or about what the sender assumes, is no reason.
    { code: 'Hi Dan, hope you are well! How is everything going at Stripe?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Dan, are you also based in Chicago?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ana, ¿usted también trabaja en Iberdrola?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Dan, would you be interested in a demo of Cuentix next week?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Gonzalo, what do you think of the idea of connecting here?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola, ¿qué opinas de la idea de conectar por aquí?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Esteban, siempre estoy abierto a ampliar horizontes.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Verónica, ¡qué buen perfil! Me dedico a la consultoría. Conectemos.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenos días, soy comercial de seguros y me encantaría que me tuvieras en cuenta para cualquier necesidad.', errors: [{ messageId: 'noReason' }] },
    { code: "Hi [Name], I came across your profile while researching packaging brands. Let's connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, {{company}}'s growth caught my attention. Let's connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi there! I'm open to new opportunities as a [Job Title]. Feel free to reach out if you're hiring.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Marina, vi que também é de Curitiba e trabalha com tecnologia. Seria ótimo ter você na minha rede!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Beste heer Bos, als interim-manager kan ik zeker waarde toevoegen. Ik kijk uit naar uw acceptatie.', errors: [{ messageId: 'genericOnly' }] },
    // Kinship with a place or a trade, and nothing more.
    { code: 'Hey, always great to find more of us over here in Lisbon!', errors: [{ messageId: 'genericOnly' }] },
    { code: "Another Glasgow person in fintech! There can't be many of us.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Howdy from Denver. Collecting interesting humans, and you qualify.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm a [your role] at [your company]. Keen to be in touch with more [their role]s around [their city].", errors: [{ messageId: 'genericOnly' }] },
    // Where they would connect (the platform) is no topic of talk.
    { code: "Hello {{first_name}}, I'd like to connect with you on LinkedIn.", errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sam, great to connect with you on here!', errors: [{ messageId: 'noReason' }] },
    { code: "Bonjour Claire, ravie d'échanger avec vous sur LinkedIn.", errors: [{ messageId: 'noReason' }] },
    // A talk with no topic: the platform, anything at all, helping each other in general (en, es, fr, nl).
    { code: "Hey Priya, let's connect on LinkedIn!", errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Priya, happy to chat about anything and everything.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Priya, keen to talk about how we can support each other.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Priya, I am writing to you for the first time, so hello!', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas Irene, te escribo por aquí para saludarte y conectar.', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas Irene, me encantaría charlar sobre cómo podemos ayudarnos.', errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Hugo, je vous écris pour la première fois.', errors: [{ messageId: 'noReason' }] },
    // Their story, their field or working together, with nothing said of what.
    { code: 'Hello [First Name], keen to hear more about your background so far!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello [First Name], I would appreciate your take on the market.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello [First Name], I am contacting you about potential partnerships in [Region].', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello [First Name], one question: would you be open to new connections?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello [First Name], I want to learn how you made it this far.', errors: [{ messageId: 'noReason' }] },
    { code: "Hello [First Name], I'm writing because I really respect what you have achieved.", errors: [{ messageId: 'genericOnly' }] },
    // One of a kind connecting with the others, sharing tips in general, a greeting with no agenda.
    { code: 'Hey Tom, forever keen to link up with talent like yourself.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, I coach under-12 football and love connecting with other coaches. Would be great to share tips and ideas!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Tom, greetings from another fellow [Role]. No agenda!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Namaste Arjun ji, we are in the same line of work and I would like to stay in touch.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, I often read your posts and find them useful.', errors: [{ messageId: 'genericOnly' }] },
    // Asks and talk with nothing to them: a connect appreciated, plenty to chat about, some ideas of the sender's.
    { code: "Hi Tom, I'd appreciate a connect.", errors: [{ messageId: 'noReason' }] },
    { code: "Hi Tom, I'm sure we'd have plenty to chat about.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, I'd love your input on some ideas I'm working on.", errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tom, I would love to pick your brain about the field over a coffee.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tom, your work at [Company] is really inspiring!', errors: [{ messageId: 'genericOnly' }] },
    // Insights valued, best practices, their work followed, their experiences, advice on something.
    { code: 'Hi Tom, I want to understand the [Sector] world better and would appreciate your wisdom.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tom, keen to compare notes on best practices.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tom, happy to connect and keep up to date with your posts.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, I would enjoy hearing more about your experiences.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, could I get your help with something quick?', errors: [{ messageId: 'noReason' }] },
    // A pool of people built, a raise with nothing said of it, what they build asked about in general.
    { code: "Hi Tom, I'm growing a talent network of great engineers and share roles now and then.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, we're fundraising soon and would love to be on your radar.", errors: [{ messageId: 'noReason' }] },
    { code: "Hi Tom, I'm working on a project and would love your help.", errors: [{ messageId: 'noReason' }] },
    // Growth promised to companies like theirs is no tie to them.
    { code: 'Hi {{first_name}}, we help firms like {{company}} scale faster. Happy to connect.', errors: [{ messageId: 'noReason' }] },
    // A chat group in common, LinkedIn's suggestion, the same kind of employer.
    { code: "Hi Rui, we're in the same Signal group for night-shift paramedics in Porto.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Rui, LinkedIn keeps suggesting you as someone I may know!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Rui, we both work at Iberian bus operators, different ones. Good to connect.', errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Luc, je fais partie du groupe « Maraîchage Bio » comme vous. Au plaisir !', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hé Lotte! Leuk je hier te zien. Laten we verbonden blijven.', errors: [{ messageId: 'noReason' }] },
    { code: 'Liebe Frau Roth, Ihre Freude am Gärtnern spricht aus jedem Ihrer Beiträge.', errors: [{ messageId: 'noReason' }] },
    { code: 'Fellow Glaswegian in insurance here! Always nice to meet people from home.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Greetings from a fellow member of the Northern Makers network!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Bryn, remember how cold last March was? This year is no better up here.', errors: [{ messageId: 'noReason' }] },
    { code: '¡Hola {{nombre}}! Estoy conectando con profesionales de {{sector}} en Perú. ¿Te sumas?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Inés, te invito a seguir la página de nuestra agencia de viajes.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Congratulations on your new position! I'd love to follow your next chapter.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, people with your background in shipping have so much to teach.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, we're both in the Northern Founders network. Great to see you here!", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, as an angel I'd enjoy hearing about what you're building whenever suits.", errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, quisiera saber más acerca de tu recorrido profesional.', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, ¿hablamos un día sobre tu experiencia?', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, me gustaría entender cómo has llegado hasta aquí.', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, charlemos sobre cómo podemos colaborar de cara al futuro.', errors: [{ messageId: 'noReason' }] },
    // Todo un sector, los negocios, un adelanto vacío, el elogio como razón (es, fr, pt, it).
    { code: 'Buenas {{nombre}}, ¿charlamos de todo lo relacionado con la hostelería?', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, ¿un café virtual para hablar de negocios?', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas {{nombre}}, tengo una idea que te puede interesar, ¿te la cuento?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimada {{nombre}}: le contacto porque su trayectoria en {{empresa}} me parece realmente brillante.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Bonjour {{prenom}}, ravi d'échanger sur tout ce qui concerne la logistique.", errors: [{ messageId: 'noReason' }] },
    { code: 'Oi {{nome}}, bora trocar uma ideia sobre tudo que envolve vendas?', errors: [{ messageId: 'noReason' }] },
    { code: 'Olá {{nome}}, gostaria de saber mais sobre o seu percurso 🙂', errors: [{ messageId: 'noReason' }] },
    { code: 'Oi {{nome}}, também sou designer em Recife! Vamos conectar?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Ciao {{nome}}, anch'io lavoro come copywriter a Torino. Colleghiamoci!", errors: [{ messageId: 'genericOnly' }] },
    // Oportunidades que surjan, hablar de alguien, contactos contados, perfiles buscados siempre (es); fr; nl.
    { code: 'Hola {{nombre}}, me gustaría saber más sobre posibles oportunidades que puedan surgir.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, un colega me habló de ti. ¡Conectemos!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, tenemos muchos contactos del sector y siempre estoy buscando talento.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Bonjour {{prenom}}, ravie d'échanger sur les synergies possibles.", errors: [{ messageId: 'noReason' }] },
    { code: "Bonjour {{prenom}}, j'aimerais échanger sur nos défis communs !", errors: [{ messageId: 'noReason' }] },
    { code: "Bonjour {{prenom}}, heureux d'échanger avec vous sur votre parcours et vos projets.", errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi {{voornaam}}, ik zag dat je ook in Utrecht werkt. Leuk!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Irene, tu experiencia en derecho laboral me parece muy valiosa. Cuenta conmigo para lo que sea.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Irene, coincidimos en el grupo de Enfermería de Aragón. ¡Un placer conectar!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, me encantaría saber algo más sobre tu trabajo en {{empresa}}.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, ¿cómo empezaste en el sector?', errors: [{ messageId: 'genericOnly' }] },
    // A Slack or a group in common is no reason (en, es), however it is said.
    { code: 'Hi Grace, I see we are both in the Product Led Growth group. Would love to connect!', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ana, we're both members of the Rust Belt Founders Slack. Thanks for all you share there!", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hola Ana, formamos parte del mismo grupo de 'Marketing en Galicia'. ¡Conectemos!", errors: [{ messageId: 'genericOnly' }] },
    // How they built a career is their story in general.
    { code: "Hi Ana, how did you build your career in logistics? I'd love to learn from you.", errors: [{ messageId: 'genericOnly' }] },
    // Their profile merged back in, or the same field, in French, Italian, German and Portuguese.
    { code: "Bonjour {{prenom}}, je vois que vous êtes {{poste}} chez {{entreprise}}. Au plaisir d'échanger !", errors: [{ messageId: 'genericOnly' }] },
    { code: "Ciao [Nome], anch'io lavoro nel settore [Settore] a [Città]. Colleghiamoci!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo {{vorname}}, {{firma}} leistet tolle Arbeit in der {{branche}}. Bleiben wir in Kontakt!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá {{nome}}, vi que você é {{cargo}} na {{empresa}}. Vamos nos conectar!', errors: [{ messageId: 'genericOnly' }] },
    // Met with no where or what: 'meeting' is the meeting, not an event.
    { code: 'Hi Sam, so nice meeting you yesterday! Let us stay in touch.', errors: [{ messageId: 'noReason' }] },
    // Their company echoed in voseo, then the same field.
    { code: 'Buenas {{nombre}}! Vi que trabajás en {{empresa}} y como yo también estoy en el rubro pensé que estaría bueno conectar.', errors: [{ messageId: 'genericOnly' }] },
    // Ideas about 'the industry', an opportunity believed in, their goals; a chat 'the other day' with nothing of where or what (es).
    { code: 'Hi Lena, you have a remarkable profile. Keen to swap ideas on the industry sometime.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Lena, I'm reaching out because I believe we could do great things together. I'd love to learn more about your goals.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Lena, fue un placer charlar contigo el otro día. ¡Conectamos!', errors: [{ messageId: 'noReason' }] },
    // Their profile merged back in, in Spanish; working with a kind of company in general.
    { code: 'Hola {nombre}, vi que diriges {departamento} en {empresa}. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], espero que todo vaya bien en [Empresa].', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], trabajo con empresas de [Sector] en [Región] y creo que sería bueno conectar.', errors: [{ messageId: 'genericOnly' }] },
    // Telling them how one can help them is stock talk.
    { code: 'Hola [Nombre], soy diseñadora web. ¡Conectemos y te cuento cómo puedo ayudarte!', errors: [{ messageId: 'genericOnly' }] },
    // A pitch with a demo offered, and nothing about them.
    { code: 'Hi {first_name}, we help agencies book 20% more calls with AI outreach. Happy to show you how it works!', errors: [{ messageId: 'genericOnly' }] },
    // A LinkedIn group in common is no reason.
    { code: 'Hi Bo, we are both members of the Cold Chain Logistics group on LinkedIn. Would love to connect!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Bo, somos miembros del grupo Logística Fría en LinkedIn. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    // Their profile merged back in, and nothing more.
    { code: "Hi {{first_name}}, I see you're the {{title}} at {{company}}. Would love to connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [Name], noticed you lead [Department] at [Company]. Let us connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [First Name], hope all is well at [Company] in [City]!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{first_name}}, {{company}} is doing exciting work in {{industry}}. Happy to connect.', errors: [{ messageId: 'genericOnly' }] },
    // French networking talk around two details; a Portuguese CV with a stack and an employer.
    { code: 'Bonjour Hugo, au plaisir de suivre les actualités et les initiatives de Qonto.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour Hugo, développeur Python depuis 6 ans chez Ubisoft, au plaisir de suivre votre activité.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Hugo! Engenheiro de dados há 5 anos, Airflow e dbt no Nubank. Aberto a vagas remotas!', errors: [{ messageId: 'genericOnly' }] },
    // Their field seen, their work followed in general, an honour to have them.
    { code: 'Bonjour Hugo, je vois que vous travaillez dans la logistique. Ravi de vous ajouter à mon réseau.', errors: [{ messageId: 'noReason' }] },
    { code: 'Olá Hugo, acompanho o seu trabalho na {{empresa}} e admiro a sua trajetória como {{cargo}}. Seria uma honra ter você na minha rede!', errors: [{ messageId: 'genericOnly' }] },
    // Collaboration, a partnership or an alliance with anyone; career praise and a story asked for in general; the industry's future.
    { code: "Hi Omar, I'm always open to collaboration on new projects. Let's connect!", errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Omar, your background with {{company}} is truly remarkable.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Omar, would love to pick your brain some time about your career.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Omar, I'd value your take on the future of {{industry}}.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Omar, I'd love to learn how you got started in the industry.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, busco una alianza con profesionales del sector. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, siempre abierto a colaborar en proyectos nuevos.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Omar, me encantaría saber cómo llegaste a tu puesto.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, me interesan los retos a los que te enfrentas en tu día a día.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, me llamó la atención tu perfil. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Omar, me gustaría explorar oportunidades de colaboración.', errors: [{ messageId: 'genericOnly' }] },
    // Looking for people in general is no reason.
    { code: "Hi Omar, I'm looking for people who are passionate about growth. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    // LinkedIn's older invitation to join a network is no invitation to anything.
    { code: "Hi Rosa, I'd like to invite you to join my professional network.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [Name], I am reaching out to [industry] leaders to invite them to join my network.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, we'd love to bid on your next project.", errors: [{ messageId: 'noReason' }] },
    // The reader's own field, said from their side.
    { code: 'Hola Pilar. Investigo en ecología fluvial en el CSIC de Sevilla, en tu mismo sector. Sería genial conectar.', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pilar. Enseño química en el IES Goya de Zaragoza, del mismo campo que usted. Un saludo.', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimada Dra. Ochoa: me impresionó profundamente su trayectoria, con más de 15 años en oncología y su liderazgo en el Hospital Clínic. Sería un honor conectar con usted.', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Keeping up with whatever they do; connecting for its own sake.
    { code: "Hi Alex, hope your week is going well. I'd love to reconnect and stay in the loop on everything you're up to.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, I'm reaching out because I believe in the power of connection. Looking forward to seeing where this goes.", errors: [{ messageId: 'noReason' }] },
    // Some event or other: no where.
    { code: 'Hi Priya, I think we were both at an event in March. Would love to stay in touch.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Marta, coincidimos en un evento hace unas semanas. ¡Seguimos en contacto!', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Stock talk as writing assistants draft it, in more languages.
    { code: "Bonjour Julie, j'aide les dirigeants de PME comme Vignolles à accélérer leur croissance. Je suis convaincu que je pourrais vous apporter de la valeur. Échangeons !", settings: { lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Caro Eng. Matos, tenho acompanhado com enorme admiração a sua trajetória: o prémio de Gestor do Ano e a liderança no Banco Atlântico. Seria um privilégio contar consigo na minha rede.', settings: { lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Sanne, ik kwam je profiel tegen terwijl ik op zoek was naar experts in circulaire bouw. Altijd fijn om gelijkgestemden te leren kennen!', settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Sehr geehrte Frau Roth, mit großem Interesse verfolge ich Ihre Beiträge und Ihren beeindruckenden Weg bei Kessler Logistik. Es wäre mir eine Freude, von Ihrer Expertise zu lernen.', settings: { lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dag Pieter, ik lees al jaren je columns en blogs en ben groot fan van je werk. Zou leuk zijn om verbonden te zijn!', settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey! Saw you in the Product Ops Europe group. Let's connect 🙌", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ey Vale, ¿qué tal? ¿Me echás una mano con una cosa? Te escribo por privado 🙏', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado/a [Nombre]: me permito contactarle para solicitar su consejo profesional. Quedo muy agradecido. Atentamente, [Firma]', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // The sender's CV or profile to be passed around, whoever gets it.
    { code: 'Hey Daan, we kennen allebei Thijs 😄 Zou je mijn cv willen doorsturen naar wie maar interesse heeft?', settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bom dia, Dr. Rocha! Sou recém-formada em Economia e procuro minha primeira oportunidade. Vi que o senhor tem uma rede de contatos muito ampla, por isso peço que compartilhe meu currículo com quem puder se interessar.', settings: { lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buonasera, anche Paolo Riva è tra i nostri contatti. Sto cercando un tirocinio: potrebbe far girare il mio CV?', settings: { lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // A job search or an introduction to anyone, in more languages.
    { code: 'Guten Tag [Vorname], ich bin derzeit auf der Suche nach neuen beruflichen Möglichkeiten. Könnten Sie mir vielleicht helfen? Danke!', settings: { lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Gentile {{Nome}}, abbiamo in comune {{contatto}}. Le scrivo per sapere se potrebbe presentarmi a qualcuno della Sua rete. Grazie', settings: { lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi <voornaam>! Ik zoek een stage voor dit najaar. Weet jij iets? Tips zijn welkom 🙏', settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    // A job search with nothing of theirs; someone who spoke of them, no more (fr).
    { code: "Salut, une amie commune m'a parlé de toi. Tu pourrais me présenter à quelqu'un qui recrute ? Merci !", settings: { lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour {{prenom}}, je cherche un poste en logistique dans la région. Auriez-vous des pistes à me recommander ? Cordialement', settings: { lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    // A favour, advice or help of no kind; a drink (es).
    { code: 'Hola Marcos, te escribo para pedirte consejo: estoy pensando en cambiar de sector. ¿Podríamos hablar?', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola, tenemos una amiga en común y me dijo que podías ayudarme. ¿Hablamos?', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Qué tal, Dani. ¿Me pasas el contacto de alguien que busque diseñadores? Te invito a una cerveza 🍺', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Who both know, said and no more.
    { code: "Good morning Ben, Alicia Gomez and I used to work together and I see you two are connected. Let's connect.", errors: [{ messageId: 'noReason' }] },
    { code: "Hi Lena, our mutual friend Paul Weber mentioned your name a while ago. I'm open to work and would appreciate any support.", errors: [{ messageId: 'genericOnly' }] },
    // A network to join, whoever is in it.
    { code: "Hi Sam, I'd love to add you to my network of HR leaders in Boston.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello, I'd love for you to join my network and follow my page for more content.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Aisha, Dana put us in touch about a month ago.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Nuria, estoy buscando trabajo como auxiliar contable en Bilbao. ¿Me permites enviarte mi CV?', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Rosa, vorrei invitarti a far parte della mia rete professionale.', errors: [{ messageId: 'noReason' }] },
    // Ideas to share, with nothing said of which, after the same field; the same city said as a find (es).
    { code: 'Hi Olu, I see we both work in {{industry}}. It would be great to connect and share ideas.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Olu, ¡veo que también estás en Sevilla! Siempre viene bien conocer gente del sector.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Olu, estoy ampliando mi red de contactos en el sector logístico.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Olu, vi que temos alguns amigos em comum. Seria ótimo alargar a minha rede na área.', errors: [{ messageId: 'genericOnly' }] },
    // A CV, however detailed, says nothing of why this recipient; nor does their career praised with its details.
    { code: 'Hello! A bit about me: 11 years of experience shipping ERP rollouts for Nestlé, Shell and Vodafone across three continents.', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola! Soy Marta, tengo 9 años de experiencia en selección IT y he trabajado en Indra, NTT Data y Everis.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes, soy ingeniera química recién egresada y estoy en búsqueda activa. Le agradecería que me tenga en cuenta para cualquier vacante.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{first_name}}, your background in retail analytics at {{company}}, 15 years and four markets, is truly impressive. Glad to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, tu trayectoria de más de 10 años en seguros, pasando por Mapfre y Allianz, es impresionante.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour {{prénom}}, votre parcours de 15 ans dans la cosmétique, de Chanel à Dior, est remarquable.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Jo, congratulations on your work anniversary! 7 years at Canva is a great milestone.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, it's been a while! Hope all is well with you. Let's stay in touch.", errors: [{ messageId: 'noReason' }] },
    { code: 'Hello Ms. Bello, I would be honoured to have you in my network. Looking forward to learning from your posts!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}, ¡vi que ya cumplís 4 años en {{empresa}}! Qué lindo recorrido.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Olu, veo que también sos de Rosario y laburás en diseño. ¡Sumemos contactos!', errors: [{ messageId: 'genericOnly' }] },
    // Companies like theirs, said with nothing of them, and vague value after it.
    { code: 'Hi Olu, we help companies like yours scale outbound. Happy to add value!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{first_name}}, I help companies like {{company}} grow. I can add real value to your team.', errors: [{ messageId: 'genericOnly' }] },
    // A capital after opening punctuation starts its sentence; it names nothing.
    { code: 'Hey {firstName}! Me gusta lo que hacéis en {company}. ¿Todo bien? ¡Hablamos!', errors: [{ messageId: 'genericOnly' }] },
    // A postscript's letters are no detail.
    { code: 'Hi Ana, your profile is impressive. Would love to connect!\n\nP.S. Have a great week!', errors: [{ messageId: 'genericOnly' }] },
    // Time gone by, with nothing said of what was shared; any vacancy, for anyone.
    { code: '¡Hola Alba! ¡Cuánto tiempo! Te agrego por aquí.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello Julien 👋 ça fait longtemps ! On reste en contact ?', errors: [{ messageId: 'noReason' }] },
    { code: 'Olá Alba, estou em transição de carreira para UX. Se souber de alguma vaga, agradeço a indicação!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marcos, los dos trabajamos en consultoras de SAP en Monterrey. Siempre es bueno conocer colegas.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{first_name}}, puedo aportar mucho valor a tu equipo de {{departamento}}. ¿Hablamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Sir/Madam, I am writing to request your acceptance of my connection request. I am an ACCA accountant seeking opportunities in the UAE.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Salve, sto cercando lavoro come impiegata nella zona di Padova. Se avete posizioni aperte, vi sarei grata.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Kim, I noticed we have a lot in common professionally, both in B2B SaaS sales. Would love to connect.', errors: [{ messageId: 'genericOnly' }] },
    // LinkedIn's sentence, and a bare name under it after a blank line: a signature.
    { code: 'Hola Olu,\nMe gustaría agregarte a mi red profesional en LinkedIn.\n\nLucía Pardo', errors: [{ messageId: 'noReason' }] },
    // The way they talk about things is praise of what they post, not something to talk about.
    { code: 'Hi Olu, I follow your content and the way you talk about hiring is inspiring. Would love to learn from people like you.', errors: [{ messageId: 'genericOnly' }] },
    // Meeting a kind of people, help offered with nothing said of what, the same field and city.
    { code: 'Hi {firstName}, always keen to meet fellow product designers in the {city} area. Let me know if I can ever be of help!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Rui, vi que também trabalhas em logística aqui em Lisboa. Conta comigo para o que precisares.', errors: [{ messageId: 'genericOnly' }] },
    // A new job congratulated on and nothing more; looking for a job; a quota of people met.
    { code: 'Hi {{first_name}}, congratulations on the new position at {{company}}! 🎉', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, ¡enhorabuena por tu nuevo cargo en Iberdrola! Mucho éxito en esta nueva etapa.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Dan, I'm a data engineer with six years of Spark and Airflow at two fintechs. I'm currently exploring new opportunities.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, this quarter I'm aiming to connect with 200 founders in {{city}}. Would love you to be one of them.", errors: [{ messageId: 'genericOnly' }] },
    // A free sales call offered to anyone; people met or followed in general; collaborating on nothing said.
    { code: 'Hi {{first_name}}! We built a tool that books meetings for SDRs. Want a FREE 20-min demo? No commitment.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, I go to plenty of meetups like DevOpsDays and love meeting people in the industry. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Lee, I read everything you write on product ops, you're one of the best voices out there.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Elena, creo que podríamos colaborar. ¡Conectemos!', errors: [{ messageId: 'noReason' }] },
    { code: "Hi {{first_name}}, I'm a full-stack developer with 6 years of React and Node. Feel free to reach out if you ever need help.", errors: [{ messageId: 'genericOnly' }] },
    // Asking how they are, or how they feel about connecting, asks nothing of their work.
    { code: 'Hi Sam, how are you? Would love to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Sam, how do you feel about connecting?', errors: [{ messageId: 'noReason' }] },
    // A count seen is no reason.
    { code: "Bonjour Léa, j'ai vu votre profil et je serais ravi d'échanger avec vous. Au plaisir !", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour Manon, vous travaillez aussi dans la logistique, comme moi. Content de vous avoir dans mon réseau.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [First Name], I help recruiters save 10 hours a week with AI sourcing. Mind if I connect?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], as a fellow [Industry] professional, I'd love to connect and exchange ideas.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Alex, would love to pick your brain sometime! -Jo', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jamal, I'm also a CPA in Atlanta. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    // A meeting with no where or what; praise of what they build; a free call offered to a kind of leader.
    { code: "Hi Nick, great to meet you yesterday! Let's stay in touch.", errors: [{ messageId: 'noReason' }] },
    { code: "Hey Lena! Love what you're building. I'd love to connect and support however I can.", errors: [{ messageId: 'genericOnly' }] },
    { code: "{{first_name}}, this month I'm offering a free 30-minute strategy consultation to [Industry] leaders. Let's connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Pablo, ambos somos del sector logístico en Valencia. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    // The same sector or city said otherwise; their posts praised as a whole; a stock note behind a title.
    { code: 'Hola {{nombre}}, vi que estás en el sector de la construcción en Valencia como yo. Me encantaría conectar.', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola {{nombre}}! Soy de la misma ciudad que vos (Rosario) y también trabajo en agro. Me encantaría sumarte a mi red.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes, Lic. Hernández. Me gustaría agregarlo a mi red de contactos.', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Olá Larissa, gostaria de fazer parte da sua rede. Vi que temos várias conexões em comum!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{ nombre }}, veo que tenemos {{ contactos_en_comun }} contactos en común. Me encantaría conectar.', errors: [{ messageId: 'noReason' }] },
    { code: 'Estimada Lucía: un amigo en común me habló muy bien de su trabajo en la consultora. Me gustaría conocerla.', errors: [{ messageId: 'genericOnly' }] },
    // The same industry, their career praised, their work asked about with nothing said of it.
    { code: "Hi [Name], I noticed we're both in the [Industry] space. I'd love to connect and share insights.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], your experience at [Company] caught my eye. I'd love to connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], tu experiencia en [Empresa] me llamó la atención. ¡Me encantaría conectar!', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sarah, I'd love to connect and hear about your journey.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Sara, me encantaría conectar y conocer tu trayectoria.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, me gustaría conocer más sobre ti y tu empresa.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Marta, I'd love to learn more about you and your company.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, te escribo para conectar contigo. ¡Saludos!', errors: [{ messageId: 'noReason' }] },
    // The same sector and a shared vision are everyone's.
    { code: 'Hola Sam, los dos estamos en el mismo sector y compartimos visión. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, I think we share the same vision for the industry. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], soy [Tu nombre], [Tu cargo] en [Tu empresa]. Me encantaría conectar y saber más sobre tu trabajo en [Su empresa].', errors: [{ messageId: 'genericOnly' }] },
    {
      code: 'Hello [Name], hope all is well. This is [Your Name], [Your Position] with [Your Company]. Keen to connect and learn more about your work at [Their Company].',
      errors: [{ messageId: 'genericOnly' }],
    },
    // Connecting with a kind of people is no reason to connect with this one.
    { code: "Hi Tara, I'm reaching out to connect with HR leaders in the Bay Area. Hope to connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Tara, quiero conectar con líderes de RR. HH. de Madrid. ¡Espero conectar!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {name}, I am always keen to network with {role}s working in {industry}. Happy to have you in my circle.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{firstName}}, loved what you're building at {{company}}! Let's connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Buenas {firstName}! Admiro lo que haces en {company}. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi!', errors: [{ messageId: 'noReason' }] },
    // A job title is not a detail about why this person.
    { code: "Hi John, I'm a Senior Data Engineer. Would love to connect.", errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Juan, soy Ingeniera de Datos Senior. Me encantaría conectar.', errors: [{ messageId: 'noReason' }] },
    { code: '👋🙂', errors: [{ messageId: 'noReason' }] },
    { code: 'https://calendly.com/someone/15min', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sam, let us connect!', errors: [{ messageId: 'noReason', line: 1, column: 9 }] },
    { code: 'Hi Beth! Big fan of your work 🙂', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Raj, I'm a junior data analyst and I'd love to learn from experienced people like you.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi there, I am a student looking to grow my network. Please accept my request!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [Name], your profile came up in my feed and your experience in [industry] looks great.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm [Your Name], a [your role] at [Your Company]. I'd love to connect with you.", errors: [{ messageId: 'noReason' }] },
    { code: 'Dear [Name], I am writing to introduce our company, [Company Name], a leading provider of [service]. We offer our services.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Laura, we are both connected to Pedro Alonso. Let us connect!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Daniel, sigo tu contenido desde hace tiempo. ¡Me encantaría conectar contigo!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenos días, estoy buscando nuevas oportunidades y me encantaría ampliar mi red de contactos.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello [Name], I have been following [Organisation]'s work for years. Glad to connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Giulia, ho visto il tuo profilo e mi piacerebbe connettermi con te. Buona giornata!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Guten Tag Frau Schulz, ich bin auf Ihr Profil gestoßen und würde mich gern mit Ihnen vernetzen.', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola [Nombre]! Veo que tenemos 35 contactos en común, ¿por qué no conectar? 😊', errors: [{ messageId: 'noReason' }] },
    { code: "Bonjour [Prénom], je vois que nous avons 23 relations en commun ! Je suis consultant RH et je serais ravi d'échanger avec vous.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I've been reading your newsletter for a while and really enjoy your content. Would love to connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Mr. Okafor, I have been following your impressive career and would be honoured to learn from your experience and insights.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {first_name}, we help B2B SaaS companies triple their pipeline. Open to a quick 15-min call this week?', errors: [{ messageId: 'genericOnly' }] },
    // The sender's own company, in their introduction, is no detail about the recipient.
    { code: 'Hola {{first_name}}, soy {{seller_name}} de Panadería La Espiga. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: "Hi Sam, I'm Priya from Northwind Analytics in Leeds. Shall we connect?", errors: [{ messageId: 'noReason' }] },
    { code: '¡Hola {{first_name}}! Aquí {{seller_name}}, del equipo de Ferretería Soler. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Iván, soy {vendedor} y trabajo en Ferretería Soler. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Dana, Sam here from Orbital Ventures. Keen to connect!', errors: [{ messageId: 'noReason' }] },
    // A company watched from afar; one of a kind of people, connecting with all of them.
    { code: "Hi [Name], I've been keeping up with what [Company] is doing in [Industry]. Happy to stay in touch.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey Mo, I've kept an eye on Lumen Bank's growth in payments for a while. Let's keep in touch.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hey Mo, fellow growth marketer here! I connect with everyone working in this space.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], as a fellow [Industry] professional, I'd love to connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: "hey [First Name], [Company]'s growth in [industry] has been on my radar for ages. lets connect n stay in touch? thx", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear {{first_name}}, I have been following the work of {{company}} in {{industry}} with interest and would be pleased to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], llevo tiempo siguiendo lo que hace [Empresa] en [Sector]. Un placer conectar.', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Ey {{first_name}}! Me topé con lo que estáis montando en {{company}}, qué pasada. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], I'd like to show you something we're building that could interest you. Your experience at [Company] caught my eye when I looked at your profile.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hey [First Name] 👋 Been keeping tabs on what [Company] is doing in [industry]. Would be nice to connect!', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Buenas, {{first_name}}! {{seller_name}} por aquí, de Óptica Miravalle. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: "Hello {{first_name}}, your track record at {{company}} stood out. I'm developing something I think you'd like. Happy to tell you more.", errors: [{ messageId: 'noReason' }] },
    // A title in the greeting and a signature with no closing are no details: "Dear Dr. Ruth Okoye", "Nina Park, Talent Partner".
    { code: 'Dear Dr. Ruth Okoye, data engineer here. Happy to connect if you are.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi! It is Dev here, not sure you still remember me?\n\nDev Arora\nAccount Executive', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi there, yes, a real recruiter is writing to you.\n\nNina Park, Talent Partner', errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas, Sr. {{last_name}}: le escribe {{seller_name}}, del equipo de Ferretería Soler. ¿Le parece que conectemos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Dear Mr. {{ last_name }}, I was struck by your experience at {{ company }}. Happy to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: "Dear Ms. {{last_name}}, {{company}}'s growth is something I've watched for a while. Glad to connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Sam, I am now moving into the field after a bootcamp on React, Node and AWS. Hope we can connect!', errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Buenas, {{first_name}}! Acá {{seller_name}}, te escribo desde Ferretería Soler. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Buen día {firstName}. Nos movemos en el mismo rubro y tenemos una visión muy parecida. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Greetings [First Name], I am following the work [Company] is doing in [industry] since long. I would like to stay in touch.', errors: [{ messageId: 'genericOnly' }] },
    // "In touch" places nothing: "talk soon" is no talk met at.
    { code: 'hey sam so nice to be connected, keep in touch so yeah talk soon', errors: [{ messageId: 'noReason' }] },
    // A subject line above the greeting is frame, its words no detail.
    { code: 'Connection request\n\nDear John,\n\nI work as a Data Engineer. Happy to link up.\n\nBest regards,\nMila Novak', errors: [{ messageId: 'noReason' }] },
    { code: 'hey [first name] so for a while now i have been watching what [company] gets up to in [industry] so yeah keep in touch', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Salve [Nome], seguo da tempo le attività di [Azienda] nel campo [settore]. A presto!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao {{first_name}}, sto lavorando a un progetto che potrebbe incuriosirti. Collegiamoci!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buongiorno, sto cercando lavoro: se avete posizioni aperte, collegatevi con me.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Te escribe {{seller_name}} 🙌 (Panadería La Espiga)\n\n¿Conectamos, {{first_name}}?', errors: [{ messageId: 'noReason' }] },
    // Their news read in general, never a reason: "schon lange", "al jaren".
    { code: 'Hallo Jan, ich lese Ihre Beiträge schon lange. Lassen Sie uns vernetzen.', errors: [{ messageId: 'genericOnly' }] },
    // A plan with only a brochure's adjective in it, people sought in general, their experience in general (es).
    { code: 'Hola {{nombre}}, estamos montando algo muy especial y buscamos perfiles ambiciosos. ¿Te sumas?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], estamos lanzando un proyecto increíble. ¿Hablamos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Tomás, tengo un canal sobre finanzas personales y busco invitados con experiencia como la tuya. ¿Te animas?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], acabo de terminar un máster y me gustaría conocer tu experiencia profesional. ¡Gracias!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], estoy con un estudio y me encantaría contar con tu participación.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, en nuestra agencia ayudamos a marcas como {{empresa}} a crecer. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes {firstName}, queremos presentar nuestro equipo a {companyName}. Quedo atento a tu respuesta.', errors: [{ messageId: 'noReason' }] },
    // Written to many at once, a fit for nothing said, a brain to pick on their career path (en).
    { code: "Hi [Name], we're reaching out to founders who care about accessibility ahead of our launch. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {firstName}, we're planning next spring's summit and looking for inspiring speakers. Would love to connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, I host a circle of 300 product managers and think you'd be a great fit. Connect?", errors: [{ messageId: 'noReason' }] },
    { code: 'Hey! Could I pick your brain about your career path one day? Open to connecting?', errors: [{ messageId: 'noReason' }] },
    // A new title congratulated as everyone does.
    { code: 'Hi [Name], congratulations on your recent promotion to [Title]! Well deserved.', errors: [{ messageId: 'genericOnly' }] },
    // A group in common however said, people sought in general (fr, de, it, nl, pt); an offer of one's services or a nameless friend's recommendation (es).
    { code: "Bonjour Léa, j'ai vu que nous sommes dans le même groupe Supply Chain France. Connectons-nous !", settings: { lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour, nous recherchons des partenaires stratégiques en Afrique de l’Ouest. Échangeons !', settings: { lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Jana, ich habe gesehen, dass wir in derselben Gruppe HR Netzwerk Nord sind. Lass uns vernetzen!', settings: { lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Paolo, ho visto che siamo nello stesso gruppo Logistica Italia. Colleghiamoci!', settings: { lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hoi Bram, we zitten allebei in de LinkedIn-groep 'Data Nederland'. Leuk!", settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Rui, a nossa empresa procura parceiros estratégicos em Cabo Verde. Vamos trocar contactos?', settings: { lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado Sr. Lara: me permito escribirle para ofrecerle nuestros servicios de limpieza industrial.', errors: [{ messageId: 'noReason' }] },
    // A formal greeting with a slot and a colon, then a pitch of one's own firm (es).
    { code: 'Estimado/a [Nombre]: me dirijo a usted para presentarle nuestra consultora, referente en [sector]. Quedo a su disposición.', errors: [{ messageId: 'noReason' }] },
    // The same city or interest seen, their experience in a field praised (es).
    { code: 'Hola {nombre}, vi que trabajas en Vigo como yo. ¡Conectemos!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {nombre}, veo que te interesa la ciberseguridad, igual que a mí. ¿Conectamos?', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, tu experiencia en {{industria}} es justo lo que busco en mi red.', errors: [{ messageId: 'genericOnly' }] },
    // Small talk and well-wishing as many write them: a greeting from another language, "how are you brother", time since they talked.
    { code: 'Salam Yusuf, how are you brother? Hope all is well with family.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Mei, it is long time since we talk. Let us stay connected!', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Greetings from Doha! I am procurement professional with keen interest in Supply Chain Excellence. Connecting will be Mutually Beneficial.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour, nous faisons tous les deux partie du groupe « RH Occitanie ». Au plaisir !', settings: { lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    // A named mutual connection alone; admiring what they build; their profile and work at their company praised (en, es).
    { code: 'Hi Aylin, Tom Reid is a mutual connection. Would love to connect!', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Luis, admiro mucho lo que estáis construyendo. ¡Conectemos!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, me impresionó tu perfil y tu trabajo en {{empresa}}. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    // A proposal made to measure, experts sought to interview, their experience in general (es).
    { code: 'Hola [Nombre], somos una consultora de selección. ¿Te preparo una propuesta a medida?', errors: [{ messageId: 'noReason' }] },
    { code: 'Estimado/a {{nombre}}, buscamos expertos para entrevistar en nuestro blog. ¿Le interesa?', errors: [{ messageId: 'genericOnly' }] },
    // People sought in general, however said (en, es).
    { code: "Hi Bilal, I host a podcast on rural broadband and we're always on the lookout for remarkable guests. Could we record?", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Sarah, we are raising a pre-seed and talking to investors who share our vision. Could I send the deck?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Meredith, I'm interviewing people across the industry for a course project. Could you spare 20 minutes?", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Adrián, fabricamos termostatos y buscamos desarrolladores con talento. ¿Te suena?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Tomás, nos gustaría colaborar con empresas innovadoras como la tuya.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Lidia, buscamos un perfil directivo y creo que alguien con tu trayectoria encajaría. ¿Hablamos?', errors: [{ messageId: 'genericOnly' }] },
    // A fit for nothing said before a dash; industry experts in general.
    { code: "Hi Tariq, I run a reading group in Leeds. You'd be a great fit — want in?", errors: [{ messageId: 'noReason' }] },
    { code: "Hi Wen, I'm a student reaching out to industry experts. Could you spare 20 minutes?", errors: [{ messageId: 'genericOnly' }] },
    // Season's greetings, a network rebuilt, any event at all, the biggest community, someone else's old colleague (en, es).
    { code: "Hi Luis, Happy New Year! Thought I'd add you here.", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Morning Ben, new job so rebuilding my contacts on here. Hope all is well!', settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, seguro nos cruzamos en algún evento jaja. Agregame!', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{first_name}}, estamos creando la mayor comunidad de diseñadores de Latinoamérica. ¿Te sumas?', errors: [{ messageId: 'noReason' }] },
    { code: "Hi Rachel, Tom Becker's old colleague here. Would be great to have you in my network!", errors: [{ messageId: 'genericOnly' }] },
    // The same field seen (de), other people met in general (it).
    { code: 'Hallo Timo, ich habe gesehen, dass du auch in der Logistikbranche unterwegs bist. Lass uns vernetzen!', settings: { lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Paolo, sto cercando di conoscere più ristoratori del Trentino. Colleghiamoci!', settings: { lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    // Stock talk going on to more stock talk.
    { code: 'Hi [Name], I came across your profile and would love to connect with a fellow PM working on payments.', errors: [{ messageId: 'genericOnly' }] },
    // The future of a field, all their achievements, posts seen in general, their years in a sector (en, es).
    { code: "Hello Ruth, it's great connecting with HR leaders, so I'd love to hear your thoughts on the future of work sometime.", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Michael, congrats on all your achievements! Would love to connect.', errors: [{ messageId: 'noReason' }] },
    { code: "Hi Brian, I've seen a lot of your posts. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Héctor, vi que llevas muchos años en el sector. ¡Conectemos!', errors: [{ messageId: 'genericOnly' }] },
    // Plans written to anyone: a fit for the team, speakers with deep expertise, a community of inspiring founders, a plan with nothing after it (en, es).
    { code: "Hi, I came across your profile and was impressed. You'd be a great fit for our team. Can we connect?", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Pat, we're organizing a virtual summit for HR leaders and are looking for speakers with deep expertise.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello Ayo, I'm building a community of inspiring Black founders in Europe. Would love to tell you more!", errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola! Estamos contratando y buscamos talento como el tuyo. ¿Conectamos?', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Clara, estoy creando una comunidad de mujeres en tecnología y creo que aportarías muchísimo. ¿Te apuntas?', errors: [{ messageId: 'genericOnly' }] },
    // A title in the greeting is the greeting's, not a detail; flattery of their research; a stand-by offer; a friend in common unnamed, a sign-off from a city (en, es).
    { code: 'Dear Professor Okonkwo, I trust you are well. I am a PhD candidate in economics and would be glad to connect with respected academics.', errors: [{ messageId: 'noReason' }] },
    { code: 'Dear Dr. Lindqvist, huge fan of your research! Honoured to connect.', errors: [{ messageId: 'noReason' }] },
    { code: 'Estimada doctora Ibarra: le escribo para ponerme a su entera disposición. Un saludo.', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas, una amiga en común me habló muy bien de ti. Me encantaría estar en contacto. ¡Bendiciones desde Santo Domingo!', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // The same trade is everyone's; opportunities to share with anyone; a friend's greeting and kisses, nothing else (es).
    { code: "Hi Liam, we're both in the roofing trade in Cork, so figured we should connect.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, let's connect so I can share great opportunities!", errors: [{ messageId: 'noReason' }] },
    { code: 'Ey Maite, te agrego por aquí. ¡Besos!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Wanting them as a contact (it); an aunt greeted, nothing else (nl); a dear friend greeted and kissed, nothing else (pt).
    { code: 'Ciao Luca, sarebbe bello averti come contatto!', settings: { degree: 1, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi tante Wil, ook eindelijk op LinkedIn!', settings: { degree: 1, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Querida Bia, que bom te ver por aqui! Beijos', settings: { degree: 1, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Years of experience and a city are the sender's, not a reason.
    { code: 'Dear Sir, I am a quantity surveyor with over 9 years of experience in Accra and I am keen to be part of your network.', errors: [{ messageId: 'noReason' }] },
    // A call asked for with nothing about them (fr).
    { code: 'Bonjour, nous aidons les PME à réduire leurs coûts. Seriez-vous disponible pour un court échange ?', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    // An opportunity or roles with only their fit said.
    { code: 'Hi [Name], I have an exciting opportunity that could be a great fit for your background. Let me share more!', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], your experience stands out! I think you'd be a great fit for some roles I'm hiring for.", settings: { degree: 3, lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // A third person's past with the sender; praise passed on; help with whatever they need.
    { code: 'Hi Joss, Priya and I worked together at Monzo for years. Would love to add you!', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Joss, my sister says you're lovely to talk to. Let's connect!", errors: [{ messageId: 'noReason' }] },
    { code: "Hi Joss, I'm a new bootcamp graduate, glad to help with whatever your company needs. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    // Growing as the why; their field alone (es).
    { code: 'Hola Iván, te escribo porque quiero crecer profesionalmente y rodearme de gente como tú. ¿Conectamos?', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Iván, vi que trabajas en logística. ¡Conectemos!', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Two others who worked together; reading them every week; connecting as promised; a mention and nothing said; a whole page liked; the sender's own stack.
    { code: 'Hi Grace, my manager is Tyler Nguyen and I noticed you two worked together. Always happy to grow my network!', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Emily, I read your newsletter every week. Keep it up!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Fatima, lovely chatting earlier! Connecting as promised.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hello Fatima, a mutual colleague mentioned you as well. Hoping to connect!', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Omar, Lukas says hi 👋 Love your GitHub!', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello [First Name], I'm a friend of [Mutual Connection]. I'm a backend dev passionate about Go and Postgres. Looking forward to connecting!", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    // Praise passed on; being told to write, and nothing more (es).
    { code: 'Hola Tere, la Chelo me dijo que eres de lo mejor en selección en Puebla. ¡Un gusto!', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Rocío, un conocido me dijo que te escribiera. ¡Saludos!', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Knowing a contact, praise passed on, and nothing else (fr, it); time since and a hug (es); the same place and field (en).
    { code: "Bonjour Claire, j'ai vu que vous connaissiez Paul Martin ! Je serais ravi de vous ajouter.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Claire, une amie commune m\'a parlé de vous en très bons termes. Au plaisir !', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buongiorno Sara, un collega in comune mi ha parlato molto bene di Lei. A presto!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ramón, ¡cuánto tiempo sin saber de ti! Un abrazo.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi {first_name}, I'm also based in {{city}} and work in {{industry}}. Always good to know people nearby!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // A role that "could be a great fit", hiring with nothing said, a talent pipeline, open to opportunities, their career goals (en); growth promised to firms like theirs (de, nl); the same port (nl); contacts in common seen (pt).
    { code: 'Hi Jamal, I have a role that could be a great fit for you. Open to connecting?', errors: [{ messageId: 'noReason' }] },
    { code: "Hi {{first_name}}, we're hiring at {{company}}! See {{careers_url}}", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm building a diverse talent pipeline and would love to connect with you.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Ana, any chance you are open to new opportunities?', errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello [First Name], I'm a recruiter in fintech. I'd love to learn more about your career goals.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo {{first_name}}, wir unterstützen Firmen wie {{company}} dabei, effizienter zu werden. Lassen Sie uns vernetzen!', settings: { lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Goedendag meneer Bakker, we werken allebei in de Rotterdamse haven. Graag voeg ik u toe aan mijn netwerk.', settings: { lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Rita, estou mudando de carreira para UX. Vi que temos contatos em comum!', settings: { lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Their time together with no where (1st degree); a contact says they are a wonderful person to know.
    { code: "Hi Sam, it's been far too long! I've been thinking about our time together. Let's stay in touch here.", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Hana, Lena says you're a wonderful person to know. I'd be delighted to connect.", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    // Good news of no kind, someone worth knowing, others talking of how impressive they are (en); writing to reconnect, time since, growth in figures, a greeting in slang (es).
    { code: 'Hi Wes, congrats on all the exciting things happening over at Corvid! Happy to connect.', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Sam, a mutual friend says you're someone worth knowing. Let's connect!", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ricardo, te escribo para retomar el contacto. ¡Un abrazo!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Ricardo, ¡cuánto tiempo desde aquella época! Me alegra verte bien.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Mauricio, ¿te interesa duplicar tus ventas en 30 días? Escríbeme y te cuento cómo.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Wena Cata! Tanto tiempo po. Conectemos 😊', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // The same groups, in the plural.
    { code: "Hi Jo, noticed we're both in the same groups. Let's connect and grow together!", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // Still in the trade, and nothing more (es); the same group (pt).
    { code: 'Hola Rosa, ¡tanto tiempo! Vi que sigues en el rubro. Un abrazo 🙏', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Prezado Carlos, participamos do mesmo grupo de varejo aqui no LinkedIn. Será um prazer manter contato.', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    // The same field, a career, the sender's own trade and place (fr, it, es); the same group (es).
    { code: "Allo Kevin! Je vois qu'on est dans le même domaine à Québec, ce serait le fun de se connecter. Bonne fin de semaine!", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Bonjour Claire, votre profil est très intéressant ! Au plaisir d'échanger sur nos métiers.", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buongiorno signor Ferrari, sono un artigiano falegname di Bellinzona e mi farebbe piacere far parte della Sua rete.', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buongiorno Marta, ho visto che lavora nel settore farmaceutico come me. Restiamo in contatto!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], ¡felicidades por tu trayectoria en [Asociación]! Me encantaría formar parte de tu red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Luis, compartimos el grupo de LinkedIn de Organizadores de Congresos. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Their posts followed in general (de); growing a network, sharing knowledge, the same group, the same trade, a count in common (nl).
    { code: 'Hoi Kevin, ik ben recruiter in Utrecht en ben mijn netwerk aan het uitbreiden. Groetjes, Mirthe', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Beste mevrouw Wuyts, ik sta open voor kennis delen met collega's uit de farmasector. Vriendelijke groeten uit Antwerpen, Katrien", settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi Stefan, we hebben 27 connecties gemeen en werken allebei in de machinebouw in Eindhoven. Groet, Joost', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    // Their podcast team, growing a network in a sector, people to learn from (nl); the same job and place (pt); a nice word passed on, a vague partnership (en).
    { code: 'Beste mevrouw Jansen, graag zou ik mijn netwerk in de bouwsector uitbreiden en met u connecten.', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá Sofia, somos ambas funcionárias públicas em autarquias do Minho. Faz sentido ligarmo-nos aqui!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Petra, Ahmed said nice things about you. Always keen to meet great CS leaders!', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Elena, love what you're building at Northbeam! Our teams should talk.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Their business named and no more; results promised to anyone, services listed.
    { code: 'Hi Dev, I would love to connect and explore how we can support your business.', errors: [{ messageId: 'noReason' }] },
    { code: 'Hi {first_name},\n\nWe offer:\n✅ SEO\n✅ Paid ads\n\nOur clients see an average 3x growth in leads within 90 days. Let us connect!', errors: [{ messageId: 'genericOnly' }] },
    // Their experience in a field praised; how long they have been there; the sender's own school and internships.
    { code: 'Hi Kwame, your experience in [industry] really stands out. Would love to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [Name], I noticed you have been at [Company] for [X] years, which is rare! Would be great to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi there! I am a final-year CS student at Waterloo looking for backend roles. I have interned at Shopify and Wealthsimple. Open to connecting?', errors: [{ messageId: 'genericOnly' }] },
    // Written to many at once: what they are asked is everyone's.
    { code: 'Hi [Name], I am reaching out to a few people in [Role] roles to hear how they got where they are. Would you accept?', errors: [{ messageId: 'genericOnly' }] },
    // The sender's own news, a parenthesis and all; a past of no kind in particular; one slot written twice.
    { code: 'Jamie, hope you are well! I just started as Head of Growth at Fernleaf (Series B, 140 people, 3x ARR). Would be great to connect.', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Olu, we just closed a $4.2M seed round at Tallyhand and we are growing from 6 to 25 people by Q3. Would be great to connect!', errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hey, do you still remember me? Kai, from back in the day 😅', errors: [{ messageId: 'noReason' }] },
    { code: 'Hey Arjun, our mutual friend Chloe Martin says good people in [industry] are hard to find. Your experience in [industry] really stands out.', errors: [{ messageId: 'genericOnly' }] },
    // What they have been up to, whatever it is; praise varied by spintax, their company a slot.
    { code: "Hello {{first_name}}! It's been a while. I'd love to hear what you've been up to lately. Talk soon!", errors: [{ messageId: 'noReason' }] },
    { code: "{% spin %}Hi|Hey{% endspin %} {{first_name}}, {% spin %}love what you're doing|really admire what you do{% endspin %} at {{company}}. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    // Fandom of all their work; people sought by kind and place; results claimed for everyone helped.
    { code: "Hi Björn, I'm a huge fan of your work on distributed systems. Would be great to have you in my network.", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sakura, I'm starting out in UX and looking to connect with experienced designers in Tokyo. Would you accept?", errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Reza, I run a growth agency. We've helped 200+ SaaS brands double their MRR. Let's connect!", errors: [{ messageId: 'genericOnly' }] },
    // Felicitar por todo; su empresa admirada por su nombre; dónde trabaja, y nada más.
    { code: '¡Felicidades por todo, Manu! Te lo mereces. Un abrazo.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Alba, admiro muchísimo lo que hace Cabify en Latinoamérica. Me encantaría conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Nuria, lo que habéis conseguido en Portugal es impresionante. Sería un placer conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Laura, vi que trabajas en Glovo. ¡Me encantaría conectar contigo!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Flattery among the few worth following; writing to a kind of people to show them the product; the same city and field as slots (es).
    { code: "Hi {{first_name}}, you're one of the few voices in {{industry}} worth following. Would be an honour to connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {first_name}, I'm reaching out to {title}s in {industry} to share our new scheduling platform. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], veo que las dos somos de [ciudad] y trabajamos en [sector]. ¡Sería genial conectar!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The same field and city as slots; a network built with anyone, collaborating on nothing said, the same city and field (es).
    { code: "Hi [Name], I see we're both in [industry] in [city]. Would be great to connect with a fellow local.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Juanchi! Estoy armando mi red con gente de todos los rubros. ¡Abrazo grande!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], me pongo en contacto contigo porque creo que podríamos colaborar en proyectos interesantes.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola {{nombre}}! Vi que sos de {{ciudad}} y trabajás en {{industria}} como yo. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Years at their firm congratulated on; a career praised in one breath; a CV; 'quiubo' greets and a remembered name is no reason (es).
    { code: "Hi Rowan! Congrats on 7 years at Wise 🎉 What a journey. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Fifteen years at EY and a CFA on top, impressive track record, Sophie. Would be glad to have you in my network.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello, I am a recent MBA graduate (finance, 3.8 GPA) with two Big Four internships. I am looking for analyst roles and would be grateful to connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola #nombre#, #anios# años en #empresa# y ahora #cargo#, ¡qué trayectoria tan admirable! Me encantaría tenerla en mi red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola! soy dev backend (Go, Rust) con 5 años de exp, busco chamba remota 🙏 si sabes de algo me avisas', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Quiubo Santi, ¿se acuerda de mí? 😄', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // All their posts liked, none named: following in general.
    { code: "Hey {{first_name}} 👋 Love your energy and your posts! 🚀 Let's connect and grow together 💪", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A community built for everyone is no reason (es).
    { code: 'Hola {{first_name}}! Estamos creando la mayor comunidad de emprendedores de habla hispana. ¿Te sumas? 🚀', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A trade and a town in common, profiles looked through by kind, a network built up, a passion of the sender's, advice on getting into a field.
    { code: "Hi Jo, I noticed we're both in product design here in Leeds. Would be nice to connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{first_name}}, your name came up while I was researching founders in {{industry}}. Keen to connect!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name]! I'm building up my network of [industry] people, hope that's OK.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello [Name], I'm reaching out because I'm passionate about [Industry] and always keen to build genuine relationships.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I'd love your advice on breaking into {{industry}} sometime.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // The sender's own name and floor are no reason.
    { code: 'Hey, it\'s me, Marco from the 2nd floor! Finally joined LinkedIn 😄', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // A masthead alone, folks in the space, the same circles, a consultancy named, their channel praised (en); a bare name signed under a stock sentence (en, pt).
    { code: "Hi Tara, I'm a reporter at the Ledger. Your career is impressive, I'd love to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tara, I host a founders' dinner club and I'm always keen to meet folks in the space!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hey Tara, we seem to run in the same circles in the Leeds fintech scene. About time we connected.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tara, I run a small HR consultancy in Braga. I'd like to connect with you.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Tara, fellow gardener here. Love what you're doing with your channel. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tara,\nI'd like to add you to my professional network on LinkedIn.\nJon Amaral", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // A proposal for anyone (es), a network built (it), a project that might interest anyone, other professionals met (fr), the sender's trade and town (nl).
    { code: 'Hola {{nombre}}, tengo una propuesta que seguro te interesa. ¿Hablamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao {{nome}}! Sono neolaureato a Pavia e sto costruendo la mia rete professionale. Ti aggiungo volentieri.', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour {{prenom}}, je travaille sur un projet qui pourrait vous intéresser. On en parle ?', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Bonjour, je suis graphiste et je cherche à rencontrer d'autres professionnels du design. Ravi d'échanger avec vous.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Goedemiddag, ik ben zelfstandig boekhouder in Leiden en zou graag met u connecten.', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    // Their work in the field as a whole (en, es).
    { code: 'Hi Joy, love the work Figma is doing in the space.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Sofía, me encanta el trabajo que estáis haciendo en el sector.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Time and money saved for anyone, the reason given.
    { code: "Hi Maria, I'm reaching out because we've helped companies like yours save time and money. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Openings for anyone (es); the sender's trade and town (it).
    { code: 'Hola, soy Ana, de una consultora tecnológica. Contamos con múltiples oportunidades para perfiles IT. Si estás abierta a nuevos retos, ¡conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buonasera, mi chiamo Enrico e sono sommelier a Verona. Sarei felice di restare in contatto.', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // Something that might interest anyone, an NGO admired by name, a profile fact handed back, the same field, a career praised whole, a company followed, a profile that stood out (es).
    { code: 'Hola Iván, he visto tu perfil y estoy trabajando en algo que te puede interesar. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola Rocío! Admiro muchísimo el trabajo de Cruz Roja. Me encantaría conectar contigo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ainhoa, veo que eres abogada laboralista en Garrigues Bilbao. ¡Encantada de conectar!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Sara, trabajas en Siemens Gamesa y yo también estoy en eólica. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Rebeca, tu experiencia de 12 años en Laboratorios Pisa y tu formación en la UNAM son impresionantes. Me encantaría conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, Borja. Sigo desde hace años lo que hace Tetuan Valley. Me encantaría conectar contigo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Natalia, me ha llamado mucho la atención tu perfil. Me encantaría conectar contigo y seguir tus publicaciones.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A greeting and time passed (it); a profile fact handed back (fr, it); a name passed on is no purpose (fr).
    { code: 'Ehi Simone, quanto tempo! Spero tutto bene. Un abbraccio', settings: { degree: 1, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Sébastien, je vois que vous êtes directeur d\'usine chez Michelin à Clermont-Ferrand depuis 2019. Ravi de vous compter parmi mes relations.', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Elena, vedo che sei responsabile HR in Barilla. Piacere di connetterci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour Claire, Julien Morel m\'a transmis votre nom. Je serais ravi d\'échanger avec vous.', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    // Staying connected with a kind of people; a mentor for anyone's career.
    { code: 'Dear Mr. Haddad, I lead executive search at Brennan & Tate, and I make a point of staying connected with senior operations leaders across the Midwest. I would be glad to have you in my network.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Sir, I am a final-year engineering student and I am looking for a mentor who can guide me in my career.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A circle of a kind of people.
    { code: 'Hi {{first_name}}, building a circle of {{job_title}}s in {{industry}} to swap ideas with. Would be great to have you in it!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ana, thought this might be relevant to what you're doing at {company}. Happy to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre]: tenemos 30 contactos en común y veo que también trabajas en [sector]. Me encantaría sumarte a mi red.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado [Nombre]: soy [tu profesión] con [X] años de experiencia en [sector]. Busco nuevos retos profesionales y me encantaría formar parte de la red de profesionales como usted, de quienes sin duda podría aprender.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{firstName}}, just following up on my previous message. Did you get a chance to look? Let us connect!', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi there! Triple your pipeline in 60 days or you do not pay. Accept and I will send over the details.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [First Name], your profile came up today and I thought you'd be a great fit for our new AI scheduling assistant. Let's connect for a quick demo.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi [First Name], I run Brightlane, a full-service growth partner: ads, SEO, outbound and CRM, so you can focus on what you do best. Would love to connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Chen, I'm starting out in product marketing and trying to surround myself with smart people. Mind if I connect?", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], as a [Job Title] at [Company] you must have great insights into where the market is going. I'd be honoured to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], being a [Job Title] at a company like [Company] must be so rewarding. I'd love to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Dr. Osei, as Chief Medical Officer at Valewood Health you must have a fascinating perspective on care. I would love to connect.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], puedo ayudarte a hacer crecer tu negocio. Llevamos años acompañando a emprendedores como tú. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm building something in the [Industry] space and think you'd find it interesting. Would love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi [Name], as a fellow [Job title] in [City], I figured we should connect. Let me know if you ever want coffee!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Candidate, greetings from Talentreach! We are hiring for multiple positions in Java, SAP and QA for our clients. Please share your CV.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name]! I'm a tech recruiter and would love to connect. Always up for a chat about your career goals 🙂", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi [Name], as a career coach I help job seekers like you land interviews faster. I would love to connect!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm building a community of [Role]s in [Region] for future openings at [Company]. I'd love to add you to my talent network!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo [Vorname], als [Beruf] in [Stadt] möchte ich mein Netzwerk mit Gleichgesinnten aus der Region erweitern. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá, [Nome]! Estou expandindo minha rede com profissionais de [cidade]. Vamos nos conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao [Nome], sto ampliando la mia rete con professionisti del [settore] di [città]. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Dana, Sam Cole mentioned you. I help sales teams like everyone's close more deals. Would love to connect.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear {{first_name}}, we are {{company}}, a leading provider of cloud and data solutions. With 200+ satisfied clients, we can deliver exceptional value. Looking forward to connecting!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenos días, Sr. Ortega. Le escribo porque su despacho figura entre los mejores de Valencia. Nos encantaría que formara parte de nuestra red.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Raúl, vi que también trabajas en ciberseguridad industrial en Bilbao. Me gustaría conectar con colegas del sector.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Madame la Directrice,\nJ'ai le plaisir de vous inviter à rejoindre mon réseau. Ce serait un honneur de compter une professionnelle de votre envergure parmi mes relations.\nRespectueusement", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Gentile Dottoressa, Le scrivo per restare in contatto anche su LinkedIn. Cordiali saluti', settings: { degree: 1, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Gentile Signore, ho il piacere di invitarLa a collegarsi con me. Potremo crescere insieme.', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Frau Kern, ich habe gesehen, dass Sie auch in Leipzig leben und im Einkauf arbeiten. Vernetzen wir uns?', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Mr. Ansah,\n\nI humbly request to join your network. I am a diligent and honest graduate of Economics with First Class Honours, seeking opportunities to contribute to a reputable firm.\n\nYours faithfully,\nKwame Mensah', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dear Sir,\n\nIt would be a great honour for me to be connected with a stalwart of the banking industry like yourself.\n\nRegards,\nSuresh', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá, vi que somos da mesma área. Aceita meu convite?', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi Bas, ik zag dat je ook in Utrecht woont en in de IT zit. Leuk om te connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo <First Name>, ik zie dat u bij <Company> werkt als <Job Title>. Ik sta open voor een kennismaking!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour, la Belgique a besoin de plus de liens entre pros de la logistique. Rejoignez mon réseau !', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour, je vois que vous travaillez dans la cosmétique comme moi. Connectons-nous !', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao! Vedo che lavori in Gucci. Bello!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Andrea, ho visto che lavori in Lamborghini. Il mio sogno! Possiamo connetterci?', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Brooke, love your content! Would love to feature you on my podcast sometime 🎧', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Hugo, I think you'd be a great fit for an upcoming project. Let's connect and I'll share more!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Patrick, saw your post on LinkedIn. Great insights! Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Buenas, Mateo. Busco inversión para mi startup. ¿Me aceptas?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Gabriela, me encanta tu pódcast, ¡sigue así! Conectemos 🎙️', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas, estoy ampliando mis contactos del sector logístico. ¡Gracias por aceptar!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I'm reaching out because I'm building relationships with {{persona}}s across {{region}}. Would be great to connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hey Maddie!! So much has happened. I'm trying to be more active on here and reconnect with everyone. Hope things are good!", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Coucou Sandrine ! J'essaie de réactiver un peu mon LinkedIn et de retrouver tout le monde. Bisous !", settings: { degree: 1, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Guten Tag Herr Becker, es wäre mir eine Ehre, mit Ihnen vernetzt zu sein.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Iris, wat een mooie carrière heb je opgebouwd! Zou leuk zijn om verbonden te zijn ✨', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Wessel! Vette profielfoto trouwens 😂 Connecten?', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I see you're also based in {{city}} and working in {{industry}}. Always good to know people nearby, let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, I see you're the COO at Harlow. We help 3PLs like yours increase their productivity. Let's connect!", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, saw you're leading growth at Brightwave — great background! Would love to connect with fellow marketers in Austin.", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Verónica, tu visión sobre el liderazgo me parece inspiradora. Encantado de conectar.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hey Gary, just saw you're on here! Hope the shop's going well.", settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    // A group in common, however it is said: read there, seen to be in it.
    { code: 'Hola Ale, te leo siempre en el grupo de Diseñadores de Producto de Chile y me gustaría tenerte en mi red.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola, vi que estás en el grupo de Logística Sostenible España. ¡Te agrego!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Carlos, me dedico a la consultoría fiscal. Si en algún momento necesitas ayuda, aquí me tienes.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], sigo de cerca el sector del vino. Estaría bien compartir ideas de vez en cuando.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Jonas! Found you at last 🎉 Connect?', settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buongiorno, facciamo parte entrambi del gruppo HR Italia. Sarebbe un piacere ampliare la rete con professionisti del settore.', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // A talk recalled with no topic, or a field both work in, says no more than stock talk.
    { code: '¡Hola Luis, qué buena charla tuvimos! Quedo atento a lo que hablamos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Ana, I see we're both working in HR in Leeds. Always great to connect with fellow HR folks!", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Courtly flattery with a signature in the note's own closing: no reason, the sender's name no detail.
    { code: 'Hi Mr. Obi, it is an honour to send you this request. Your leadership is an inspiration to all of us, and I would be grateful to be part of your network.\nWith best regards and respect,\nTunde Bello', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Someone in common seen to be connected is no news of theirs.
    { code: "Hi {{firstName}}, I saw that {{mutualConnection}} is connected with you too. I'm the founder of {{myCompany}} and would love to add you to my network.", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Not when the sentence asks to connect, or other stock talk stands beside it.
    { code: 'Hi Sam, I came across your profile and wanted to connect. I work at Acme in Berlin.', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, I came across your profile. I'm always looking to expand my network. I work at Acme in Berlin.", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // Doing well in general, told in the same shape, is no news (en, es).
    { code: "Hi Dev, I'm always looking to connect with professionals in logistics, and I heard Frostline Freight is doing great things. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Inés, siempre me gusta conectar con gente del sector, y vi que Hortofrutícola Segura ha crecido muchísimo. ¡Conectemos!', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Many things in general, their network or time: no purpose (en).
    { code: "Hi Beatriz, I'm always looking to connect with professionals in regulatory affairs. I noticed you worked on a lot of projects. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Jo, I'm always looking to connect with professionals in health and would love to know if you might know anyone hiring. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // es: using LinkedIn is no tool of theirs.
    { code: 'Hola Ana, vi tu perfil y noté que usas LinkedIn a diario. ¡Conectemos!', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Introduced by email, with nothing said of why (en, es).
    { code: "Hi Sofia, Gabriel introduced us by email. I'd love to add you to my network!", settings: { lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Sofía, Gabriel nos presentó por correo. ¡Me encantaría añadirte a mi red!', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Contact off LinkedIn with nothing said of what about: no more than "great to meet you" (en, es).
    { code: "Hi Zoe, thanks for the call earlier. I'm always looking to connect with people in SaaS. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Gracias por la conversación de esta mañana, Tomás. Te agrego como quedamos.', settings: { lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // A fund or a company praised, not told by what it does (en).
    { code: "Hi Ada, I came across your profile and your portfolio is impressive. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Ada, I'm always keen to connect with founders. I noticed Acme offers great products. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // A call asked for in general is no ask of them by what it is (en).
    { code: "Hi Julia, I'm always looking to connect with professionals in sustainability. Would you be open to a quick call? Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // A question opened after stock talk still needs a detail of its own (es, en).
    { code: 'Me encantaría conectar con profesionales de Inditex como tú, ¿te parece?', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Eli, I came across your profile at Stripe and wanted to ask if you'd be open to connecting.", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // People from anywhere invited is no one of theirs (en).
    { code: 'Hello Madam, we would like to invite people from all backgrounds to our webinar. Please accept.', settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // No reason, though the rules once read one: a graduate "como tú" is no one who studied with them (es); the same city beside an emoji; the sender's own move to a city; help "in any way" (en).
    { code: 'Hola {{first_name}}, tu carrera es admirable. Soy recién titulada y me encantaría aprender de profesionales como tú. ¡Conectemos!', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hello Sir, I saw you are also from Nagpur 🙂 Always good to connect with professionals from my city.', settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}}, I'm moving to {{city}} soon and I'm always looking to connect with people in {{industry}}. Would love to add you to my network!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello {first_name}, I'm a driven marketing professional and would be glad to support your team in any way I can. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    // The field in general changing is no news of theirs (en).
    { code: "Hello Ana, I read that the industry is changing fast. I'm always looking to connect with professionals in retail.", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    // The market growing is no company of theirs; their praise with "y me llamó la atención" is still praise (en, es).
    { code: "Hi Ana, as the market is expanding fast, I'm always keen to connect with leaders. Let's connect!", settings: { lang: 'en' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ana, di con tu perfil y me llamó la atención tu trabajo en {{ empresa }}. Me gustaría conectar contigo.', settings: { lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // The same with nothing said of what about, or only the field (en, es).
    { code: 'Hi Lena, Omar suggested I write to you. Would love to share insights on the industry.', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Lena, Omar me sugirió escribirte. Me encantaría compartir conocimientos sobre el sector.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Congratulations on everything they achieve, an event of no name they went to: nothing in particular (es, en).
    { code: '¡Felicidades por todo lo que estás logrando, {nombre}! Me encantaría tenerte en mi red.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Congrats on everything your team has built, Omar! Let\'s connect.', settings: { degree: 1, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi [Name], I saw you attended an event recently, hope it went well! Would love to add you to my network.', settings: { degree: 1, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    // es: congratulations on all their achievements, and nothing more.
    { code: '¡Hola Tere! Felicitaciones por todos tus logros, se nota el esfuerzo. ¡Conectemos!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Where the sender writes from is no reason (en).
    { code: 'Dear Mr. Al Zaabi, Greetings from Abu Dhabi. It would be my pleasure to connect with a distinguished leader such as yourself and to explore avenues for future cooperation.', settings: { degree: 1, lang: 'en' }, errors: [{ messageId: 'noReason' }] },
    // No reason (es): only to reconnect, admirable work in general after «me pongo en contacto porque», their sector seen with where; a pitch with the sender's clients as examples (en, es).
    { code: 'Estimado [Nombre]:\nMe pongo en contacto con usted porque {{ empresa }} está realizando un trabajo admirable. Me encantaría conectar.\nSaludos cordiales.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, te escribo para volver a conectar.\n{{firma}}', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Marta, veo que también te mueves en el sector de la energía solar en Murcia. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi [Name], I'm [Your Name] at [Agency]. We've partnered with brands like [Client A], [Client B] and [Client C]. Open to a chat?", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], soy [Tu nombre], de [Agencia]. Hemos trabajado con empresas como [Cliente 1], [Cliente 2] y [Cliente 3]. ¿Hablamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Buzzwords any reader would do for, and nothing more (en, es); a fan of their podcast and no more (es).
    { code: "Hi {{first_name}}, I'd love to connect to exchange ideas about leadership and professional growth.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {{nombre}}, me gustaría conectar para compartir ideas sobre innovación y liderazgo.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Marta, soy fan de tu podcast. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // No reason: the sender's own studies (en); their channel or blog followed and no more (en, es).
    { code: 'Hello Sir, I am a 200 level Mechanical Engineering student at OAU. I would like to connect with you to learn from your wealth of experience.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi [Name], I watch your YouTube channel. Keep it up!', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], te sigo leyendo en tu newsletter, ¡me encanta lo que escribes! Un abrazo.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // No reason: a cause's letter closing 'In solidarity' (en); years in a job, a post found fascinating, admiration or interest in their work as the reason for writing, a count of shared contacts (es).
    { code: 'Dear [Name],\n\nI have always admired the work that organisations like yours do for our communities.\n\nAs someone passionate about change, I am keen to connect with leaders across the charity sector. Together we can do more.\n\nIn solidarity,\n[Your Name]\n[Your Role]\n[Organisation]', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Marta, he visto que trabajas en Transportes Beltrán desde hace 8 años. Me encantaría conectar contigo y seguir tu trayectoria.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Rocío, vi que llevas más de 12 años en banca privada. ¡Impresionante trayectoria! Me encantaría conectar.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola <Nombre>, he visto que eres <Cargo> en <Empresa> y me parece un puesto fascinante. ¡Me encantaría conectar!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado/a Dr./Dra. <Apellido>:\n\nMe permito escribirle para expresarle mi admiración por su trayectoria. Su contribución al campo de la <disciplina> es un referente.\n\nSoy estudiante de <Grado> en la <Universidad> y me encantaría aprender de profesionales de su nivel.\n\nAtentamente,\n<Nombre completo>', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado/a Prof. <Apellido>:\n\nMe permito contactarle porque sigo con gran interés su trabajo. Su trayectoria es un ejemplo para todos.\n\nSería un honor conectar con usted.\n\nReciba un atento saludo,\n<Nombre>', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado/a {firstName}:\n\nSu perfil me ha causado una excelente impresión y he comprobado que coincidimos en {mutualConnections} contactos.\n\nSerá un placer contar con usted en mi red.\n\nUn saludo,\n{senderName}', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // No reason: the sender's own round (en); great things done, none named, and congratulations on everything at their company (es).
    { code: "Hi Sam, we're raising. Would love to connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {Nombre}, tu equipo en [Empresa] está haciendo cosas increíbles. ¡Me encantaría conectar!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '{Nombre}, enhorabuena por todo lo de {Empresa}. ¡Sigamos en contacto!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Long letters that keep the reason back: circles both move in, a teaser, asking after them
    { code: 'Dear Harold,\n\nI have been meaning to write to you for some time. As we move in the same professional circles in logistics, it seemed only natural that we should be connected.\n\nWishing you all the best,\nGeorge', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hello Sam,\n\nIt's been ages since we last spoke, and I've often wondered how you've been.\n\nWarm wishes,\nLee", settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Ismael,\n\nI'm reaching out about something I think you'll find interesting. I'd rather not go into detail here, but once you accept I'll explain everything.\n\nAdrian", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{first_name}},\n\nI'm reaching out because we both work in {{industry}} and share a number of mutual connections.\n\n{{sender_name}}", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Ismael:\n\nTe escribo por un tema que creo que te puede interesar bastante. Prefiero no extenderme por aquí, pero si aceptas la invitación te lo cuento con calma.\n\nAdrián', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Buenas tardes, Sra. Márquez:\n\nLe escribo por recomendación de un colega. Siempre es un gusto ampliar la red con profesionales de su nivel.\n\nSaludos cordiales,\nRafael', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Longer notes with nothing about this person: what was talked about left unsaid, the sender's own product, their team named in passing, a generic gain, a profile visit, an empty referral
    { code: "Hi Grace,\n\nIt was so great chatting with you the other day! I'm still thinking about everything we talked about.\n\nTalk soon,\nAmir", settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi <First Name>,\n\nI'm <Your Name>, co-founder of <Startup>, where we're building AI tools for modern teams. I came across your profile and was impressed by your background.\n\nAll the best,\n<Your Name>", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi {{ first_name }},\n\nI hope all is well with you and the team at {{ company }}. Just wanted to reconnect here on LinkedIn.\n\nAll the best,\n{{ sender.name }}', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hello {first_name},\n\nWe've helped dozens of companies like yours double their inbound leads in six months. Would you be open to connecting?\n\nThanks,\n{sender_name}", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi {{first_name}}, I noticed you recently viewed my profile. Let me know if I can help with anything!', settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    { code: '¡Hola {{nombre}}!\n\nUn conocido en común me dijo que tenía que conocerte sí o sí. Así que acá estoy 😊\n\n¡Abrazo!\n{{remitente}}', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Estimado {{nombre}}:\n\nLe escribo para reanudar el contacto y mantenernos al tanto de nuestras actividades.\n\nReciba un cordial saludo,\n{{remitente}}', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Contact details are no detail of why
    { code: 'Hola Andrés, ¿te acuerdas de mí? Nos conocimos hace tiempo. Te dejo mi móvil: 612 345 678. ¡Un abrazo!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Ana, great to reconnect! Reach me at sam@pickbot.ai or www.pickbot.ai anytime.', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // …not with a gain any seller promises
    { code: 'Hi {{first_name}}, as a {{title}} you probably want to grow. We help teams grow faster.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // pt: o que ambos têm, quem só falou da pessoa, a área do perfil, ampliar a rede
    { code: 'Oi, tudo bem? Vi que conhecemos muita gente em comum no mercado de seguros. Vamos ampliar nossa rede! 🤝', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Oi! Um amigo em comum me falou de você. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Oi! Sou novo em São Paulo e estou expandindo meu networking na área de tecnologia. Vamos conectar? 😊', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá [Nome]! Vi que somos ambos do setor das energias renováveis. Acredito que nos podemos ajudar mutuamente. Fica o convite!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Oi [Nome], você trabalha com [área de atuação]. Vamos conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Figures that are no reason: their follower count, the sender's agency and its results
    { code: 'Hola <Nombre>, ¡qué perfil tan impresionante! 15 años en <Sector>, wow 🤩 Sería un gusto conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], ¡felicidades por tus 10.000 seguidores! Me encantaría formar parte de tu red.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola %FIRST_NAME%, me uno a tu red. Ayudo a CEOs a escalar a 7 cifras en 12 meses 🚀 #growth', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre] 👋\n\nHe visto que tenemos [X] conexiones en común.\n\nDirijo [Empresa], una agencia que ha generado +25 M€ en ventas para sus clientes de e-commerce.\n\n¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Sam, congrats on hitting 10k followers! Would love to be part of your network.', settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // de, nl, it: talk from this round's probes (the same network, their name seen everywhere, the same world)
    { code: 'Hallo Sven, da wir offenbar im selben Netzwerk unterwegs sind, dachte ich, wir verbinden uns auch direkt. Viele Grüße', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi Lies, ik kom je naam steeds tegen bij mensen van het Maasstad Ziekenhuis – tijd om te connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao [Nome], siamo entrambi nel mondo [settore] a [città]: facciamo rete!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // de, fr, nl, pt, it: talk from the second probes (a group's member, the same sector as a clause; the same milieu or region; common ground unnamed, posts seen in the feed; a LinkedIn group; the network widened)
    { code: 'Guten Tag Herr Huber,\nwir sind beide Mitglied in der Gruppe „Einkauf Bayern“ – da dachte ich, es wäre schön, auch direkt vernetzt zu sein.\nSchöne Grüße', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo {{vorname}}, da wir beide in der {{branche}} unterwegs sind und zahlreiche gemeinsame Kontakte haben, würde ich mich sehr über eine Vernetzung freuen.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Bonjour {prénom}! On vient tous les deux du Lac-Saint-Jean, à ce que je vois. Toujours le fun de croiser du monde de chez nous à Québec.', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: '{% spin %}Hoi|Hallo{% endspin %} {{first_name}}, ik zie veel raakvlakken tussen wat jij bij {{ company }} doet en mijn eigen werk. Wie weet welke synergieën er liggen!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hoi [Voornaam] 👋 Je komt regelmatig voorbij in mijn tijdlijn en je posts zijn altijd to the point. Ik volg je al een tijdje!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Olá! Estamos ambos no grupo "Logística Brasil" aqui do LinkedIn. Conectamos?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao [Nome], mi presento: sono [Il tuo nome] e lavoro nel settore [settore] come te. Sto cercando di allargare il mio network con professionisti in gamba.', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Ciao, faccio parte anch'io del gruppo \"Marketing Italia\" e mi farebbe piacere allargare la rete con gli altri membri.", settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre]! Nos movemos en círculos parecidos (MWC, 4YFN, Tech Barcelona…). Estaría bien tenernos en la red 🙌', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // fr: the same milieu in the same city
    { code: 'Bonjour,\nÉtant tous deux actifs dans la gestion de fortune à Genève, il me semble que nous aurions intérêt à échanger. Au plaisir !', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    // nl, it, pt, de: talk from the third probes (posts followed in general, learning from people like them; the same field; general admiration; value promised to their firm)
    { code: 'Gentile Prof. [Cognome],\n\nsono un ricercatore che si occupa, come Lei, di scienza dei materiali. Credo che lo scambio tra studiosi dello stesso ambito sia sempre proficuo.\n\nCon i migliori saluti,\n\nDott. [Nome Cognome]', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Estimado Eng.º Paulo Correia,\n\nEspero que se encontre bem.\n\nSempre admirei o seu profissionalismo e a sua postura exemplar, e é com todo o gosto que volto a estabelecer contacto consigo.\n\nCom os meus mais respeitosos cumprimentos,\nRui Tomé', settings: { degree: 1, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Oi [Nome], lembra de mim? 😅', settings: { degree: 1, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Sehr geehrter Herr Dr. Reinhardt,\n\nals erfahrener Berater begleite ich seit über zwanzig Jahren Unternehmen in Veränderungsprozessen.\n\nIch bin überzeugt, dass ich auch Ihnen und Ihrem Haus einen echten Mehrwert bieten kann.\n\nMit freundlichen Grüßen\n\nBernd Kühne', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    // de, nl, it, es: talk from the fourth probes (a similar sector, people like you; entrepreneurs of the region, a fan of their work; people in common counted; a LinkedIn group)
    { code: 'Guten Tag, Ihr Profil wurde mir in meinen Vorschlägen angezeigt. Da wir in einer ähnlichen Branche tätig sind, würde ich mich über eine Vernetzung freuen.\nMit freundlichen Grüßen\nAnna Berger', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo [Name], ich verfolge schon länger Ihre Beiträge und lerne viel daraus. Es wäre toll, mit Menschen wie Ihnen vernetzt zu sein.', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Dag {{first_name}}, ik ben net gestart als zelfstandig boekhouder in Leuven en contacteer graag ondernemers uit de streek. Misschien kunnen we elkaar ooit verder helpen.', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Beste mevrouw Van den Broeck, ik ben een grote fan van uw werk bij Fluvius. Het zou mij een eer zijn om met u verbonden te zijn.', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Ciao Matteo, vedo che conosciamo un po' di gente in comune nel mondo del design a Torino. Sarei felice di aggiungerti.", settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], veo que estamos los dos en el grupo "Jefes de Obra España". ¡Un saludo y a seguir levantando!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [First Name], veo que compartimos muchas conexiones del Ejército de Tierra. Un placer conectar contigo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // de: a LinkedIn group named after «der», a field after «im» (E-Commerce) are no detail
    { code: 'Hi {{vorname}}, wir sind beide in der LinkedIn-Gruppe „{{gruppenname}}“ aktiv – da können wir uns doch auch direkt vernetzen. Freue mich auf den Austausch! {{name}}', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hey {Vorname}! Wir sind beide in {Stadt} und im E-Commerce unterwegs – lass uns connecten 🙂', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    // Near misses: what someone said of them that is praise («me disse que você é ótima»)
    { code: 'Oi Thaís! O Léo me disse que você é ótima. Vamos conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Near misses: questions on no topic
    { code: "Ciao Anna, anch'io sono UX designer. Posso farti qualche domanda? Grazie!", settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    // Near misses: what someone said of them that is praise, a topic of nobody's
    { code: 'Olá Ana, a Júlia Matos disse-me que estás ótima. Vamos ligar-nos?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Anne, Julia Jansen stelde voor dat we het eens over het weer hebben. Groetjes!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    // A battery of forty notes that give no reason in five languages (2 wrong at the round's start): de following them and praising their posts in general is no reason
    { code: 'Hallo Frau Weber, ich folge Ihnen schon lange und finde Ihre Beiträge super. Viele Grüße!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Frau Weber, Julia Meier hat nur Gutes über Sie erzählt. Lassen Sie uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    // Near misses: the last day of an event, a role with no one in it, people added to one's network (en/es)
    { code: 'See you on the last day at PyCon!', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: "You were the best. Let's connect.", settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola, estoy sumando profesionales a mi red. Conectemos.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola, nos vemos el último día en el congreso.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // How they were found through someone, and the writer's own studies introduced with here (en/es)
    { code: 'Hi there! A colleague of a colleague pointed me to your profile.', settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola {nombre}! Estudiante de {carrera} en {universidad} acá. Me encantaría aprender de profesionales como vos.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {name}! {major} student at {university} here. I'd love to learn from professionals like you.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Near misses: fans of their threads, a goodbye with no meeting set (en)
    { code: "Hi Kimi! Big fans of your threads here. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Noor, see you around!', settings: { degree: 1 }, errors: [{ messageId: 'noReason' }] },
    // Near misses: thanks with no topic, interest with no how (es)
    { code: 'Hola Ernesto, gracias por el café. Te mando la invitación.', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Irene, me interesa mucho tu perfil. Conectemos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Near misses: a job search with nothing of theirs, whether anyone at all needs the sender, a number of contacts
    { code: "Hi Sam, I'm looking for new opportunities in marketing. Would love to connect.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Sam, I wonder whether anyone needs freelance designers these days. Let's connect.", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Elvira, el número de contactos en común es alto. ¿Conectamos?', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    // Some events of the same kind, guessed at, are no reason
    { code: "Hi Lena, we share many connections in the Lisbon fintech scene and I'd guess we've been at some of the same events. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // Su trabajo alabado con «se ve» o «luce», y nada más
    { code: 'Hola [Nombre], tu trabajo en [Empresa] se ve increíble. ¡Me encantaría conectar!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Camila, tu trabajo en Mercado Libre luce espectacular. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // No reason: what the sender has under way is a network, or value promised to anyone
    { code: 'Hola [Nombre], estoy montando una red de profesionales del sector. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], estoy lanzando una agencia de marketing en Cali y creo que te puedo aportar mucho valor. ¿Hablamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // Nessun motivo: consigli che il mittente condivide
    { code: 'Ciao [Nome], condivido ogni settimana consigli su produttività e crescita. Connettiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    // No reason: a birthday congratulated, their view on anything
    { code: 'Hoi [Naam], gefeliciteerd met je verjaardag! Laten we connecten.', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Olá [Nome], vejo que trabalhas na [Empresa]. Vamos conectar!', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Kein Grund: Dank für die Annahme, beide in derselben Branche
    { code: 'Hallo [Vorname], danke für die Annahme! Wir arbeiten beide in der Logistik. Lass uns vernetzen.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    // Geen reden: iets vertellen over niets; pas de raison : travailler dans le même secteur
    { code: 'Hoi [Naam], leuk om te connecten! Laten we contact houden.', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour [Prénom], nous travaillons dans le même secteur. Connectons-nous !', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    // Sem motivo: alguém disse algo de nada
    { code: 'Oi [Nome]! A Carol falou muito de você. Vamos conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // A spin block is read as its first alternative, not all of them run together: a stock close stays stock.
    { code: "{% spin %}Bonjour|Hello|Salut{% endspin %} {{first_name}}, {% spin %}je vois qu'on a des contacts en commun|on partage pas mal de relations{% endspin %} dans {{industry}}. {% spin %}Au plaisir d'échanger|Ravi de se connecter{% endspin %} !", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi {{firstName}}, {% spin %}I noticed|I saw|I came across{% endspin %} that you work in {{industry}}. {% spin %}Let's connect!|Would love to connect.|Happy to connect!{% endspin %}", settings: { degree: 2 }, errors: [{ messageId: 'genericOnly' }] },
    // A talk proposed, not had, about nothing in particular.
    { code: "Bonjour Hélène, Paul m'a parlé de vous. J'aimerais que nous parlions de nos métiers. Au plaisir !", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    // Thanks for a chat of the two with no topic («la charla de hoy» is theirs together, not the reader's talk); their posts read unseen for long.
    { code: 'Gracias por la charla de hoy, {{first_name}}. ¡Seguimos en contacto!', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hey {{first_name}}, been lurking on your posts for ages. Figured it's time to actually connect 😄", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    // Near misses: learning from people, a new job and a growing network, a coffee sometime, thanks for accepting, years in a trade, people in common, a pleasure to have worked together with nothing about what, a profile that fits what the sender does.
    { code: "Hi Tom, I'd love to connect with people I enjoy learning from. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, I just joined Acme and I'm growing my network. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: "Hi Tom, let's grab a coffee sometime. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hi Tom, thanks for accepting. Looking forward to connecting!', settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi Tom, I've been in marketing for eight years. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, ich vernetze mich gern mit Menschen, von denen ich lernen kann. Lass uns vernetzen!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, ich bin neu bei Acme und baue mein Netzwerk aus. Lass uns vernetzen!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hallo Tom, lass uns mal einen Kaffee trinken. Lass uns vernetzen!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, danke fürs Annehmen. Ich freue mich auf den Austausch!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, ich bin seit acht Jahren im Marketing. Lass uns vernetzen!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, wir haben viele gemeinsame Kontakte. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Tom, mi piace collegarmi con persone da cui imparare. Colleghiamoci!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Tom, sono appena entrato in Acme e sto ampliando la mia rete. Colleghiamoci!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Ciao Tom, prendiamoci un caffè prima o poi. Colleghiamoci!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Tom, grazie per aver accettato. A presto!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Tom, lavoro nel marketing da otto anni. Colleghiamoci!', settings: { degree: 3, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao Tom, abbiamo molti contatti in comune. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo [Vorname], es war schön, mit dir zusammenzuarbeiten. Bleiben wir in Kontakt!', settings: { degree: 1, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Ciao [Nome], è stato un piacere lavorare con te. Restiamo in contatto!', settings: { degree: 1, lang: 'it' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hi Tom, du wurdest mir als Kontakt vorgeschlagen und dein Profil passt super zu dem, was ich mache. Connecten?', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    // Near misses in Spanish and Dutch: learning from people, a new job and a growing network, a coffee sometime, years in a trade, a pleasure to have worked together with nothing about what (Dutch).
    { code: 'Hola Tom, me encanta conectar con gente de la que aprender. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Tom, acabo de entrar en Acme y estoy ampliando mi red. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Tom, a ver si nos tomamos un café algún día. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola Tom, llevo ocho años en marketing. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi Tom, ik connect graag met mensen van wie ik kan leren. Laten we connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi Tom, ik ben net begonnen bij Acme en breid mijn netwerk uit. Laten we connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi Tom, laten we een keer koffie drinken. Laten we connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi Tom, ik werk al acht jaar in marketing. Laten we connecten!', settings: { degree: 3, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hoi Tom, het was fijn om met je samen te werken. Laten we in contact blijven!', settings: { degree: 1, lang: 'nl' }, errors: [{ messageId: 'noReason' }] },
    // Near misses in French and Portuguese: learning from people, a new job and a growing network, a coffee some day, years in a trade, a pleasure to have worked together with nothing about what.
    { code: "Bonjour Tom, j'aime me connecter avec des gens dont je peux apprendre. Connectons-nous !", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: "Bonjour Tom, je viens de rejoindre Acme et j'agrandis mon réseau. Connectons-nous !", settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Tom, on se prend un café un de ces jours ? Connectons-nous !', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Tom, je suis dans le marketing depuis huit ans. Connectons-nous !', settings: { degree: 3, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Bonjour Tom, ce fut un plaisir de travailler avec toi. Restons en contact !', settings: { degree: 1, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Oi Tom, gosto de me conectar com pessoas com quem posso aprender. Vamos conectar!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Oi Tom, acabei de entrar na Acme e estou ampliando minha rede. Vamos conectar!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Oi Tom, vamos tomar um café qualquer dia. Vamos conectar!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Oi Tom, trabalho com marketing há oito anos. Vamos conectar!', settings: { degree: 3, lang: 'pt' }, errors: [{ messageId: 'noReason' }] },
    // Near misses: their profile admired, lost touch with no one named, a meeting followed up with nothing, a job search with no firm named.
    { code: "Chère Madame Roy, votre profil m'a beaucoup inspirée. Je vous adresse cette invitation avec plaisir.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hallo Tom, ich suche eine neue Aufgabe im Marketing. Lass uns vernetzen!', settings: { degree: 3, lang: 'de' }, errors: [{ messageId: 'noReason' }] },
    // A pitch to anyone is stock talk: the word model is not asked, however likely its words make a reason.
    { code: 'Hi Leo, we help logistics firms cut fuel costs by 25% with smarter route planning. Open to a quick call next week?', settings: { degree: 1 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola Leo, ayudamos a empresas de logística a reducir un 25 % el gasto en combustible. ¿Te viene bien una llamada rápida la semana que viene?', settings: { degree: 1, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // An opening with no role named, or a fit for the sender's network, is still no reason.
    { code: "Hi [Name], we have an opening for the right person. Let's connect!", settings: { degree: 3 }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi [Name], I came across your profile and think you'd be a great addition to my network.", settings: { degree: 3 }, errors: [{ messageId: 'genericOnly' }] },
    { code: 'Hola [Nombre], vi tu perfil y creo que serías una gran incorporación a mi red. ¡Conectemos!', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'genericOnly' }] },
    // A network like theirs is no work in common.
    { code: "Hi Ana, I'm building a similar network of professionals in fintech. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    // What is seen is someone both know, named, or the sender's own openings in general: no reason.
    { code: 'Hola [Nombre], vi que [Contacto en común] y tú coincidisteis en un proyecto. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
    { code: "Hi [Name], I saw that [Mutual Connection] and you worked together. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noReason' }] },
    { code: 'Hola [Nombre], soy [cargo] en [empresa]. Si quieres saber más sobre nuestras vacantes, escríbeme.', settings: { degree: 3, lang: 'es' }, errors: [{ messageId: 'noReason' }] },
  ],
});
