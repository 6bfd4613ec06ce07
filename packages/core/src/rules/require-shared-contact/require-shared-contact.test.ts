import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const two = { degree: 2 } as const;

testRule(rule, {
  valid: [
    // A name in lower case opening the referral, capitals elsewhere; the one who referred named after "foi" (pt).
    { code: 'hey Tom, priya from the running club said ur hiring at Brightwell?? we make payroll tools.', settings: { degree: 2 } },
    { code: 'Bom dia, Ana. Quem me indicou você foi o Rui Matos, que trabalhou comigo na Sonae.', settings: { degree: 2, lang: 'pt' } },
    // What their organisation needs or plans, passed on by the one named.
    { code: 'Hi Mo, Priyanka said Chalkfarm Physio is adding a second clinic. We fit out treatment rooms.', settings: { degree: 2 } },
    { code: "Hi Paolo, Greta mentioned Valtorre's looking for a new courier in Leeds.", settings: { degree: 2 } },
    // Regards sent by two people named; the two said to have overlapped; someone received with the sender, named after (es).
    { code: 'Hi Graham, could I check one figure from your bus-lane report with you? PS: Ruth and Dev from the choir send their regards.', settings: { degree: 2 } },
    { code: 'Hi Owen! Maeve (I think you two overlapped at the paper) lent me your book on local news.', settings: { degree: 2 } },
    { code: 'Buenas tardes, Lic. Pardo. Gracias por recibirnos a Nicolás y a mí en su despacho el martes.', settings: { degree: 2, lang: 'es' } },
    // Named before: whose supper club both were at, whom the sender owes for meeting them, who "you know too", who TA'd their cohort; a referral misspelled in a hurry.
    { code: "Hi Rob — Keiko's supper club on Friday was a delight. You mentioned the bakery's new site; I build Shopify themes.", settings: { degree: 2 } },
    { code: "Hi Kai — Dev's the one who roped me into the chess club, so I owe him for meeting you. How's the Rust port going?", settings: { degree: 2 } },
    { code: 'Small world that you know Fenna Brouwer too! Would love to hear about your tidal turbine work.', settings: { degree: 2 } },
    { code: "Hi Lou, congrats on the grant course. Imani, who TA'd your spring cohort, recommended it to our reading group.", settings: { degree: 2 } },
    { code: 'Hi Sam, Rhea Kapoor recomended I get in touch, im applying for the analytics role on your team and would value 10 minutes.', settings: { degree: 2 } },
    // Named before: who showed the sender their work, who praised them, whose kind intro it was; «me la pasó» (es); «è un nostro contatto in comune» (it).
    { code: 'Congrats on the launch — Priti showed me the mockups. Would love to connect.', settings: { degree: 2 } },
    { code: "Dear Ms Hale, Arun, who chairs our audit committee, was full of praise for the way you ran the review. I'd welcome a conversation about it.", settings: { degree: 2 } },
    { code: "Further to Nadia's kind intro last Tuesday, I'd love to hear how your team handles vendor audits.", settings: { degree: 2 } },
    { code: 'Vi tu guía de onboarding; Lucas me la pasó. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Ciao Marta, vedo che Paolo Neri è un nostro contatto in comune. Ti scrivo per il bando sulla mobilità elettrica di Bologna.', settings: { degree: 2, lang: 'it' } },
    // Who put the two in touch, named in the signature (en, es); their company's news passed on by someone named, an aside between.
    { code: 'Hi Marta, your thread on pallet tracking was spot on. Would love to compare notes.\n\n— Ivo, via Henrik', settings: { degree: 2 } },
    { code: 'Hola Paula: tu charla en el Foro de Logística de Valencia me encantó. ¿Compartes las diapositivas?\n\n— Jaime, vía Lorena', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Dana — Tomás (from our old climbing club) said Brightwell's new lab opened. Congrats!", settings: { degree: 2 } },
    // A referral in a second language's tense and chat spelling.
    { code: 'Dear Dr. Hassan, Prof. Karim Nabil who supervised you advise me to contact u about the PhD opening in your lab.', settings: { degree: 2 } },
    { code: 'oi Rafael, Bruno from the Loft team pass me ur name, he say u know react native performance. can i ask u 2 questions?', settings: { degree: 2 } },
    // A friend of the one named, in Peruvian Spanish («pata»).
    { code: 'Hola Diego, soy pata de Lucho Paredes, jugamos vóley los sábados. Quería pedirte un consejo sobre tu agencia.', settings: { degree: 2, lang: 'es' } },
    // Their details passed on by the one named after.
    { code: 'Dear Mr. Hale, I was passed your details by Ruth Okoye, who coached us both at the rowing club. I would value your view on the zoning appeal.', settings: { degree: 2 } },
    // Who reminded the sender, forwarded their post, worked with both, hosted where they met, introduced them; the sender's family they know.
    { code: 'Oi Caio! A Bia me lembrou que a gente se conheceu no aniversário dela. Estou procurando alguém para filmar o lançamento do nosso app, bora conversar?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Bom dia, Sr. Nunes. Trabalhámos ambos com o Rui Teixeira, eu na EDP e o senhor na Galp. Vou candidatar-me à vaga que publicou e gostava de lhe fazer duas perguntas.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Marta, foi ótimo conhecê-la no churrasco que o Duarte organizou em Braga. Faço a contabilidade de restaurantes como o seu; posso mandar-lhe uma proposta?', settings: { degree: 2, lang: 'pt' } },
    { code: "Bonjour Hugo, suite à la mise en relation de Chloé hier, je me permets de t'ajouter ici. Hâte de te montrer notre outil de planning jeudi !", settings: { degree: 2, lang: 'fr' } },
    { code: 'Bonjour Maître Roux, mon frère Paul a été votre collaborateur au cabinet. Je finis mon master de droit fiscal à Assas et cherche un stage pour septembre : accepteriez-vous un échange ?', settings: { degree: 2, lang: 'fr' } },
    { code: 'Hola Bruno, Carla me recordó que coincidimos en su boda. Busco a alguien para grabar el lanzamiento de nuestra app, ¿hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Ravi, lovely to meet you at the dinner Priya hosted in Pune. My firm handles customs for textile exporters like yours; could I send over a short proposal?', settings: { degree: 2 } },
    // Whoever reminded the sender of what both share, named after the verb or before it.
    { code: 'Hola Inés, hicimos el mismo máster en la Carlos III; me lo recordó Óscar Vidal ayer. Estoy montando una cena de antiguos alumnos, ¿te apuntas?', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Ines, we were on the same graduate scheme at Arup — Oscar Vidal reminded me last week. I'm putting together an alumni dinner, would you come?", settings: { degree: 2 } },
    // A lower-case name greeted, then capitals: the note's own names are still read in lower case.
    { code: 'hola lucas, Vi tu perfil. Me paso tu contacto rodri gomez, estoy buscando inversores para mi startup y me dijo q vos invertiste en algo parecido.', settings: { degree: 2, lang: 'es' } },
    { code: 'Olá Catarina, tu não me conheces mas o Rui Nogueira disse que eras a pessoa certa para falar sobre licenciamento de software. Posso enviar-te umas dúvidas?', settings: { degree: 2, lang: 'pt' } },
    // Spanish: who sends regards named after the verb, in a postscript.
    { code: 'Hola Álvaro, leí tu artículo sobre el NPS en clínicas dentales y quiero aplicarlo en mis tres clínicas.\n\nPD: Te manda saludos Rocío Blanco.', settings: { degree: 2, lang: 'es' } },
    // News of theirs passed on by someone named.
    { code: 'Hi Owen, Carla mentioned Pinemark just closed its Series A, congrats! I help post-A teams stand up their first outbound motion.', settings: { degree: 2 } },
    { code: 'Hi Owen, Carla mentioned that Pinemark is hiring its first SDRs.', settings: { degree: 2 } },
    // Named however the note puts it: still talking about them, their old deskmate, asked about the sender, agreed with (Italian).
    { code: "Ravi's still talking about your sourdough. I'm running the bakery stall at Borough in May, would you judge?", settings: { degree: 2 } },
    { code: 'Your old deskmate Priya keeps sending me your memos, so I figured I would go to the source.', settings: { degree: 2 } },
    { code: "Ask Tunde about me, we're both in his five-a-side team. I hire data engineers at Monzo and your Kafka work is our roadmap.", settings: { degree: 2 } },
    { code: 'Ciao Simone, come da accordi con Lorenzo ti aggiungo qui.', settings: { degree: 2, lang: 'it' } },
    { code: "Hi Joanna, I see you're 2nd degree to me through Mark Evans. Let's connect.", settings: { degree: 2 } },
    // A note plainly in another language than the one declared is read in both.
    { code: 'Oi Lucas! A Camila Duarte me passou seu contato. Estamos contratando um Head of Growth em São Paulo e seu perfil dá match total.', settings: { degree: 2, lang: 'en' } },
    { code: 'Hola Susana: me llegó tu nombre por Mercedes, de Cáritas. Llevamos el mismo caso y creo que conviene que hablemos antes de la comisión.', settings: { degree: 2, lang: 'es' } },
    { code: 'Encantada, Paula. Sé por Tere Alonso que os habéis presentado a la misma convocatoria de respiro familiar; ¿comparamos memorias?', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Sophie, Ian thinks there may be a support analyst opening at Contoso. I've been on the service desk at Fabrikam for three years and would love a chat.", settings: { degree: 2 } },
    { code: "Hi Aylin, Dr. Weber was my master's supervisor too! I'm looking at postdocs in Basel and would love to hear how you found the move.", settings: { degree: 2 } },
    { code: 'Jorge, coincidimos en el grupo de WhatsApp que armó Carla para el festival. Me gustó tu idea de grabar el mercado y me apunto si necesitas a alguien con grabadora.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi {{ first_name }}, we're both represented by {{ agent_name }}, and I'm organising a reading night for her authors. Up for it?", settings: { degree: 2 } },
    { code: 'Hi Felix, Sophie and I met you briefly at the CIPP conference dinner in Leeds. Connecting properly now!', settings: { degree: 2 } },
    { code: 'Hola Andrés, vi que Valentina también te tiene en sus contactos: trabajamos juntas en la planta de lácteos de Boyacá. Quería preguntarte cómo validaron el detector de metales.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Aisha — you and Beth both worked the Leeds Castle wedding last weekend and she hasn't stopped talking about your flowers. I'm a planner with three autumn weddings still needing a florist.", settings: { degree: 2 } },
    { code: "Hi Lucy! Fellow finalist here — Rachel Kim was sure we'd get on. I'm shortlisted for videographer in the North; would be lovely to say hi before the ceremony.", settings: { degree: 2 } },
    { code: "Hi Rachel, our couple Amy & Joe (12 Oct, Hever Castle) tell me you're doing their make-up. I'm their planner — connecting so we can line up the morning.", settings: { degree: 2 } },
    { code: "Hi Olu, Kemi (your old QA lead) showed me the validation report you wrote for her line — the clearest I've read. Glad to connect.", settings: { degree: 2 } },
    { code: 'Hola Álvaro. Los dos venimos de la escuela de Lola Vidal (yo fui su residente en exóticos). Preparo una charla sobre aves y me gustaría citar uno de tus casos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Berta. Estamos las dos en el grupo de WhatsApp de Tomás Rey, el de la clínica de Tarragona. Vi tu pregunta sobre dermatitis y tengo un protocolo que puedo pasarte.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Clara, Jaime, tu antiguo jefe en KPMG, te puso como la referencia en SAP EWM cuando le pregunté. Buscamos freelance para 6 meses.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buen día, Don Rafael. Mi colega Irene Paz me indica que usted coordina las jornadas de usuarios en Quito. Me gustaría proponerle una ponencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, soy del equipo de Andrés; estuvimos los tres en la jornada de Puertos del Estado en Gijón. Quería enseñarte el piloto que te comentó.', settings: { degree: 2, lang: 'es' } },
    { code: 'Akira — great meeting you and Priya at re:Invent. Following up on the IAM drift issue you mentioned; I think we fixed the same thing in spring.', settings: { degree: 2 } },
    { code: "Hey Noor, met you briefly with Callum in the Snowflake Summit lounge. You asked about our dbt package; I'll send the docs once we're connected.", settings: { degree: 2 } },
    { code: "Hi Sam, Lena Fischer asked me to loop you in on the Fabrikam RFP. I'm covering the security review; can we sync before Thursday?", settings: { degree: 2 } },
    { code: 'Hi Ivy, we shared the Kafka Summit panel with Tariq. Your point about schema registries has stuck with me since.', settings: { degree: 2 } },
    { code: 'Hi Wen, when I asked Boris who else builds partner demos for the Shopify app store, he named you first. Want to compare flows?', settings: { degree: 2 } },
    { code: "Hi Jude, we've both had Anna Roth on our tables this season. She thought we should swap notes on her return-to-play plan.", settings: { degree: 2 } },
    { code: "Hi Piet — Nora said to say hello. We're both on the Brent Delta decommissioning scope.", settings: { degree: 2 } },
    { code: 'Hola Rosa, por Iker (mantenimiento de base en Sondica) sé que estáis implantando TRAX en Air Nostrum. Nosotros ya migramos y puedo contarte qué nos salió mal.', settings: { degree: 2, lang: 'es' } },
    { code: 'Qué tal Sergio, soy Lucas. Los dos pasamos por el equipo de datos de Marta Gil en Glovo, aunque en años distintos. Estoy fichando para una consultora y tu perfil encaja.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Clara, soy archivera en el Archivo General de la Nación. Paula y yo estamos montando un grupo sobre descripción archivística y, según ella, tú ya lo hiciste con el fondo notarial. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Iván, me llega por Sergio Mena que buscáis un preparador de porteros para el juvenil. Llevo cinco temporadas en Segunda RFEF; te mando mi currículum.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Toni, según Alba Ruiz seguís buscando un lateral zurdo del 2007. Tengo uno en Liga Nacional que puede encajar; te paso vídeo si quieres.', settings: { degree: 2, lang: 'es' } },
    { code: "Hi Greta, Jonas and I edited promos together at Trailer Park; according to him you're the person for archive licensing. Could we talk this week?", settings: { degree: 2 } },
    { code: 'Hi Ravi, Ines Baptiste and I wrote the SAE paper on battery thermal runaway. She thought the test data would interest you; happy to share it.', settings: { degree: 2 } },
    { code: "Hi Lea, Tom Berg and I overlapped at Ørsted. From him I hear your team is building a grid-balancing model — I'd value your take on my draft.", settings: { degree: 2 } },
    { code: "Hey Jo, Felix brought up the vaccine cold-chain audit you ran in Malawi. We're planning one in Zambia; could I ask you a couple of questions?", settings: { degree: 2 } },
    { code: 'Hola Ana, acabo de leer tu informe sobre ruido en obra. Marta Ruiz me lo pasó diciendo que teníamos que conocernos, ¡y tenía razón!', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pilar, Andrés Vela, compañero tuyo en el instituto, cuenta que te interesa el programa de mentoría. Yo lo coordino en Aragón; ¿hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Omar, Lucia and I both commented on your Terraform state-locking issue. Connecting so we can compare fixes before the release.', settings: { degree: 2 } },
    { code: 'Hi Grace, Dev Patel thought my interview templates could help with your graduate scheme at Orbis. Happy to send them.', settings: { degree: 2 } },
    { code: 'Qué onda Beto, soy compa del Güero Ramírez de la mina de Zacatecas. Dice que buscas perforistas y yo llevo ocho años en eso.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nuria, Marc Puig (de logística en Caprabo) nos tiene en común. Preparo un estudio sobre marca blanca y me gustaría citar tu informe.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lorena. Estamos las dos en el grupo que montó Elena Ruiz para la convocatoria europea, pero nunca hemos hablado. ¿Cómo resolvisteis el presupuesto?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hey Isabel, Tom and I both took the EMBO imaging course with you in 2021. Are you still on the zebrafish project?', settings: { degree: 2 } },
    { code: 'Hi Bea, Louis at Vinoteca thinks our orange wines would sit well on your list. Could I bring a bottle by?', settings: { degree: 2 } },
    { code: 'Elise, we both learned the ropes under Harold Kim at the Courier. I now run the fact-check desk and would value your take on corrections.', settings: { degree: 2 } },
    { code: 'Hola Martín, vi que estás en el equipo de Sara Molina en el CNIO. Sara fue mi tutora en el máster y me encantaría conocer vuestra línea de inmunoterapia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi {{ first_name }}, Maya (ex-Intercom, we overlapped there) bragged that your team answers chats in under a minute. Could you share how?', settings: { degree: 2 } },
    { code: 'Hola Ana. Tomás Vidal te describe como la persona que más sabe de factoring en Perú. ¿Me regalas 15 minutos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Según Kike, estuviste en el jurado de Wayra este año. ¿Te cuento cómo ha cambiado nuestra tracción?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ceci, Pato anda contando que en tu fondo preparan un informe sobre pagos en México. Podemos compartir datos anonimizados.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hello Meera, Isaac and I overlapped at Ubisoft and he says accessibility testing is your thing. Want our colorblind checklist?', settings: { degree: 2 } },
    { code: "Hi Jon, I'm in Priya's ACCA study group and she sends everyone with a consolidation question your way. Could I ask about intercompany eliminations?", settings: { degree: 2 } },
    { code: 'Hello Mrs Obi, I work for Chidi Eze at KPMG Lagos, and he speaks highly of the IFRS 9 rollout you led at Zenith. Could I ask for your perspective?', settings: { degree: 2 } },
    { code: 'Hola Íñigo, me entero por Maite de que organizas la 3.ª edición de {jornada}. Me encantaría contar nuestra experiencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Andrés, con Paula llevamos los proyectos de regalías y nos enseñó capturas de tu tablero. ¿Lo podrías mostrar en una llamada?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Inés, tenemos amigos en común en Jerez, como Paco Rivas. Me encantaría conocerte.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Greta, Omar and I both invested in Loomly and he insists we meet before their next round. Coffee Tuesday?', settings: { degree: 2 } },
    { code: 'Hi Ines, Paolo, your old Fjord co-founder, recommended your newsletter on secondaries. Could I quote the March issue?', settings: { degree: 2 } },
    { code: 'Hi Rebecca, Tunde speaks highly of how you ran diligence on Arca. Could I ask two questions about your process?', settings: { degree: 2 } },
    { code: 'Hola Nuria, Andrés nos quiere juntar para el piloto de formación en Zaragoza. ¿Hablamos el lunes?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola [Nombre], me avisa [Contacto] de que buscáis técnico de nóminas. Te envío mi CV por aquí.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Irene, Paco (de compras en Eroski) siempre cita tu trabajo con los inventarios cíclicos. Me encantaría comparar métodos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Tomás, I heard about your apprenticeship scheme from Ingrid — could you tell me how you recruit mentors?', settings: { degree: 2 } },
    { code: "Hey Lena! Heard from our mutual mate Ollie that you're rebuilding the club's website; I do Webflow builds.", settings: { degree: 2 } },
    { code: "Hi Jamal, we're both in Priya's Thursday running club. Any advice on moving into product at Monzo?", settings: { degree: 2 } },
    { code: "Hi Leonie, Jakob Vos from the Dutch newcomers' Stammtisch thought of you right away: you moved from nursing into device sales. Could I ask how?", settings: { degree: 2 } },
    { code: 'Hola Valentina, Thiago Ruiz y yo tocamos juntos en Medellín y siempre me habla de cómo produjiste el escenario alterno del festival. ¿Te puedo preguntar algo?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ainhoa, Guille Soto jura que eres la persona que más sabe de dbt en Barcelona. ¿Te puedo plantear un caso?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ramiro, Soledad Ibáñez te recomienda como el mejor profe de estadística bayesiana de la UBA. ¿Revisarías mi temario?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Dani, según Sergio de la Cruz, eres quien más sabe de AMFE en la planta de Valladolid. ¿Te puedo hacer una pregunta?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marcos, Isabel Pons quiere juntarnos para el catálogo de primavera. ¿Lo vemos el jueves?', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimado Gonzalo, le escribo tras hablar con Patricia Vidal: quiere que usted y yo presentemos juntos el informe de trazabilidad.', settings: { degree: 2, lang: 'es' } },
    { code: "Anneke, we both sit on Thandi Mokoena's advisory council but didn't get to talk at the last meeting. How does your fund screen for gender outcomes?", settings: { degree: 2 } },
    { code: "Rosa, Darnell Price pinged me about your capital campaign. I ran one at a library foundation and can share what I'd change.", settings: { degree: 2 } },
    { code: 'Qué tal, Mateo. Caro Ibáñez compartió conmigo tu write-up del reto de heap de la ekoparty. ¿Te puedo preguntar por el leak?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ximena, trabajamos las dos con Carolina Méndez en la campaña de otoño. Me gustaría tenerte a mano para el próximo encargo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Yusuf, Claire Dunn tipped me off about your junior pentester opening. I just passed the OSCP; could I apply?', settings: { degree: 2 } },
    { code: "Hey Priyanka, I met Sam at VidCon and he wouldn't stop talking about your editing agency. Got 15 minutes this week?", settings: { degree: 2 } },
    { code: "Word from Dana Ruiz is that Veritas needs a detection engineer. I've built SOC pipelines for five years.", settings: { degree: 2 } },
    { code: 'Hola Pedro, Lucía Marín, quien trabajó con ambos en Repsol, sugirió que te escribiera.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pedro, mi antiguo jefe Tomás Rey habla mucho de ti. ¿Te parece si hablamos?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pedro, Lucía sugirió que me presentara: estoy montando un equipo de datos en Bilbao.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Dana, Omar credits you with the rollout plan his team still uses. Could I ask how you staged it?', settings: { degree: 2 } },
    { code: "Hi Dana, Omar showed me the reference you wrote him for the Vienna job. I'm hiring for a similar role.", settings: { degree: 2 } },
    { code: "We were both tagged in Priya Nair's goodbye post from Spotify. I'm organising a small dinner in Oslo.", settings: { degree: 2 } },
    { code: 'Hi Dana, your article on retries was shared by Omar Haddad in our team channel. How did you pick the backoff?', settings: { degree: 2 } },
    { code: "Connecting via Luis — we both support Frutas del Sur's cold chain and it'd help to coordinate the Thursday pickups.", settings: two },
    { code: 'Hola Joaquín, Marisa (de Bergé) cuenta que en vuestra terminal usáis Navis. Estamos a punto de migrar.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Renata. En el post de Pablo, nuestro contacto en común, leí tu comentario sobre trabajar en remoto.', settings: { degree: 2, lang: 'es' } },
    // Named before: who pointed them the sender's way, who dropped their post into a chat.
    { code: 'Hey {first_name}! Jordan (we both advise at {accelerator}) pointed us your way since you run growth at {company}.', settings: two },
    { code: 'Hi [First Name], Nadia dropped your post on {topic} into our team chat at Quillford and it sparked a long thread.', settings: two },
    // Named before: who put them on one thread, connected the dots, added both to a group, organises with the sender, sits with them; «nos ha juntado», «con X estuvimos hablando», «que fue compañero mío», «estuvo contigo»; named after: «Nos puso en contacto», «el grupo … que coordina», «lo compartió».
    { code: 'Hi Abebe — Lucía from the standards council put us on the same thread about cocoa traceability.', settings: two },
    { code: "Hi Lucas — we both worked at Orrin Health; Bea Okafor connected the dots. I'm hiring for a billing role.", settings: two },
    { code: 'Hey Jamal, Priyanka just added us both to the steering group. Easier to connect before the first meeting.', settings: two },
    { code: 'Hi Amara, Tim from your team and I are co-organising the Pride picnic. Would you volunteer?', settings: two },
    { code: 'Hi Yara, Felix and I both sit on the sustainability working group; the dashboard he shows is yours.', settings: two },
    { code: 'Buenas, Gonzalo. Nos puso en contacto Marta R. por lo de la auditoría de accesos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Mateo, los dos estamos en el grupo de trabajo de IA que coordina Inés.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Rocío, con Manu estuvimos hablando de la plantilla que armaste para la PMO.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pau, Alberto nos ha juntado para revisar los contratos de [Cliente].', settings: { degree: 2, lang: 'es' } },
    { code: 'Vi que trabajas con Diego Lema, que fue compañero mío en Sngular. ¡Conectemos!', settings: { degree: 2, lang: 'es' } },
    { code: 'Nerea, mi jefa, estuvo contigo en Jobandtalent y me animó a escribirte.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Fer, me llegó tu post sobre {tema} porque lo compartió Irene.', settings: { degree: 2, lang: 'es' } },
    // Telegraphic notes: the person both know in apposition, after a colon, by a possessive, presented or recommended by them, a mentor in common; who sits with the sender on a group.
    { code: 'Contacto compartido con Jaime Olmo. ¿Buscáis SRE?', settings: { degree: 2, lang: 'es' } },
    { code: 'Martín Sosa, amigo de ambos. Buena tu charla de pagos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Paula G., excompañera tuya y amiga mía. ¿Hablamos de la vacante?', settings: { degree: 2, lang: 'es' } },
    { code: 'Con [Nombre del contacto] en común. Tu entrevista me gustó mucho.', settings: { degree: 2, lang: 'es' } },
    { code: 'Presentación de Bea Lozano por correo. Encantada de seguir por aquí.', settings: { degree: 2, lang: 'es' } },
    { code: 'Mismo mentor, Raúl Vidal, en Lanzadera. Tu pitch, de lo mejor del batch.', settings: { degree: 2, lang: 'es' } },
    { code: 'Elena Soto nos dirigió a ambos en Accenture. Duda sobre tu equipo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Tati, vi tu ponencia en [Evento]; me la recomendó Hernán, que trabaja contigo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Mutual: Dana Ruiz. Hiring SREs? I ran on-call at Plaid for four years.', settings: two },
    { code: 'Rachel Tan (your old PM at Gusto) vouched. 15 min?', settings: two },
    { code: "Kwame's ex-colleague. Your take on payer data?", settings: two },
    { code: 'Dear Dr Ferguson, Alison Kerr and I sit on the same steering group, and she flagged your NIHR bid.', settings: two },
    // Named before: both volunteering now, a master's done together, what they thought would interest the reader, who puts them in touch; named after «por … sé que».
    { code: "Hi Mei, Tomás and I both volunteer at the Code Club. Your API docs helped our kids' project.", settings: two },
    { code: 'Hola Mauricio, Daniela Ríos pensó que te interesaría nuestra encuesta sobre salarios de datos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Sara, Héctor nos pone en contacto: buscas diseñadora para la web de la tienda.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Paula, por Jorge (el de Glovo) sé que buscáis ponentes para el meetup de enero.', settings: { degree: 2, lang: 'es' } },
    // Named before: asked to be mentioned, a friend of the sender's and a colleague of the reader's, a birthday, what they say the reader's team will do.
    { code: 'Hi Omar, Lena said to mention her — your write-up on gritting routes was the one she forwarded.', settings: two },
    { code: 'Hola Pilar, vi tu comentario en el post de Jon Arrieta, que es buen amigo mío y compañero tuyo en Ikerlan.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Fer, nos vimos en el cumple de Ainhoa y me quedé con ganas de hablar de tu app.', settings: { degree: 2, lang: 'es' } },
    { code: 'Enhorabuena por la ronda, Nico. Marta, de Fintonic, cuenta que vais a abrir oficina en Lima.', settings: { degree: 2, lang: 'es' } },
    // Named before, who insisted (plural).
    { code: 'Hola Sofi, Eugenia (de la Red de Innovación Local) me insistieron en que te escribiera: montamos un laboratorio de datos en Salta.', settings: { degree: 2, lang: 'es' } },
    // Named before as the reader's former boss or teammate, or praising them without end.
    { code: 'Hola Rebeca, Álex Navarro, que fue tu jefe en Vodafone, no para de elogiar cómo montasteis el equipo de atención. ¿Un café?', settings: { degree: 2, lang: 'es' } },
    { code: "Hello Marcelo, I'm working with Fernanda Rocha (your old teammate at Ambev) on a governance committee. What would you do differently?", settings: { degree: 2 } },
    // A lunch with them, raving about them, a manager both reported to, both at their workshop; «siempre habla de tu startup», «etiquetaste a…», «la mesa de Ximena».
    { code: 'Hi Hannah, your post on pricing came up over lunch with Luis yesterday and we both had questions. Mind if I ask one?', settings: { degree: 2 } },
    { code: "Hi Carla, Tom's been raving about your newsletter issue on churn. How did you define 'active'?", settings: { degree: 2 } },
    { code: 'Hi Victor, we both reported to Emma Rossi at different points. Saw your team is moving off Heroku.', settings: { degree: 2 } },
    { code: 'Hi Daniel, Iris and I were both at your Hotjar workshop in Malta. Great session on sampling.', settings: { degree: 2 } },
    { code: 'Hola Luis, Sergio y yo jugamos al pádel juntos y siempre habla de tu startup de riego. ¿Tomamos algo?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana, en tu post etiquetaste a Kike Soler, que fue mi jefe en Telefónica. Me encantó el ejemplo del embudo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Carlos, estuvimos en la mesa de Ximena en la cena de exalumnos. Tengo curiosidad por tu fondo de impacto.', settings: { degree: 2, lang: 'es' } },
    // Named before, who names the reader whenever a subject comes up.
    { code: 'Hola Clara, Miguel Ángel te nombra siempre que habla de reciclaje de baterías. Preparo un informe y me vendría bien tu visión.', settings: { degree: 2, lang: 'es' } },
    // Named before, who sent the reader's role the sender's way or signed them up.
    { code: 'Hi Alex, Sven flagged your open data-lead role to me. I know someone strong for it; shall I intro?', settings: { degree: 2 } },
    { code: 'Hi Bea, Lucía signed you up for our running club and we have a spare shirt for you.', settings: { degree: 2 } },
    // A past tense with «contigo», a referral with the name after, praise of their sessions, a shared article, a call with them, the sender beside them.
    { code: 'Hola Irene, Marta Gil trabajó contigo en Inditex. Te escribo por la vacante de compras.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas tardes, ingeniero. Me refirió a usted Tomás Ibarra, del Colegio de Arquitectos. Necesito un perito para una obra en Cuenca.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Luis, Carmen Rey habla maravillas de tus talleres de liderazgo. Quería proponerte uno para mi equipo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Pilar, Andrés compartió tu artículo sobre turnos de noche en el grupo del hospital. ¿Te puedo preguntar por la muestra?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Íñigo, después de la llamada a tres con Beatriz, te agrego para enviarte el presupuesto.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Raquel, tras la videollamada que organizó Ramón Díaz, te agrego para pasarte el protocolo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Sergio, los dos trabajamos con Elena Prieto en la obra del tranvía. ¿Cómo resolvisteis los anclajes?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nuria, Pablo y yo hablábamos ayer de tu consultora. Te dejo mi contacto por si os encaja.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Tom, Priya asked me to follow up after our call. The draft agenda is ready whenever you are.', settings: { degree: 2 } },
    { code: "Hi Lena, Marco mentioned in his newsletter that you're hiring a data lead. I'd love to hear more about the role.", settings: { degree: 2 } },
    { code: 'Hi Sam, Jonas and I were on the panel in Leeds with you. Could I ask about your rollout plan?', settings: { degree: 2 } },
    { code: "Hi Kate, after our three-way call with Daniel Reyes, I'm adding you to send over the contract.", settings: { degree: 2 } },
    // Someone's client too, someone's call, a thread both were looped into, a company's need passed on.
    { code: "Hi Tom, fellow client of Rosa Lind's here! She raves about your bookkeeping setup. Could I ask how you handle VAT for small studios?", settings: { degree: 2 } },
    { code: "Hi Ines, good to meet you on Paul Grant's call about the data migration. Connecting so I can send the checklist I mentioned.", settings: { degree: 2 } },
    { code: 'Hey Kofi, Ama Mensah looped us both into the festival thread last week. Adding you here to share the stage plans.', settings: { degree: 2 } },
    { code: 'Hi Jo, Martin says Brightfield needs a German-English translator for the annual report. I did their last two reports and can share samples.', settings: { degree: 2 } },
    // Nombrada antes, de los suyos.
    { code: 'Hola Camilo, sé que Juliana también es parcera tuya 😄. Vi tu charla sobre pagos en tiempo real y me quedó una pregunta. ¿Te la mando?', settings: { degree: 2, lang: 'es' } },
    // News of them passed on, a chat's thanks for the intro, an introducer in brackets, their words quoted.
    { code: 'Hi Dilani, Ruwan informs me you are taking over the Colombo office. I handle your freight account and would like to stay in touch.', settings: { degree: 2 } },
    { code: "h/t to Marta for the intro — I'm the designer she mentioned for your rebrand. Happy to send my portfolio.", settings: { degree: 2 } },
    { code: 'Hi Tobias (via Greta) — I hear you know the EU battery passport rules well. Could I ask you two questions?', settings: { degree: 2 } },
    { code: 'Hi Noor, Sami wrote to me: "you two should talk about cold-chain sensors." Would you have 15 minutes next week?', settings: { degree: 2 } },
    // Quien los puso en contacto, quien escribió lo citado, a quien se lo contaron, quienes dan fe de ellos.
    { code: 'Buenas tardes, Sra. Quiroga. Me puso en contacto con usted la ingeniera Paredes, que asesora a las dos cooperativas. Quisiera consultarle sobre la certificación orgánica.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Caro: «Tenés que escribirle a Caro, sabe todo de importación de maquinaria» — eso me escribió Nacho el martes. Estoy armando una distribuidora en Rosario y me vendría bien tu consejo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Simón, lo del máster en Bolonia que le contaste a Lucía: yo lo terminé en junio y te puedo pasar mis apuntes.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Andrés, los Ferrer aseguran que nadie sabe más que tú de riego por goteo. Tengo una finca en Lleida y me vendría genial tu opinión.', settings: { degree: 2, lang: 'es' } },
    // Alguien que les hizo llegar la propuesta, que quiere presentarlos, o lo que contó, nombrado.
    { code: 'Hola Clara, Mario (de tu equipo de compras) te mandó mi presupuesto el lunes. Te escribo para resolver las dudas sobre los plazos.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Iván, Rosa Peña nos quiere presentar por lo del festival; te escribo antes por aquí con una pregunta sobre el escenario.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Bea, como comentó Jordi en la cena de exalumnos, busco local en Valencia. ¿Tu empresa sigue alquilando oficinas?', settings: { degree: 2, lang: 'es' } },
    // Both in a group someone leads; news of them passed on by someone named first, or heard "from" them.
    { code: "Hi Ines, we've both been in Maria Lopez's leadership circle this spring. I'd like to hear how you run your retros.", settings: { degree: 2 } },
    { code: 'Hello Pieter, Sanne passed me the information that you lead the bike-sharing pilot in Utrecht. Could we talk ten minutes about the docking stations?', settings: { degree: 2 } },
    { code: "Hi Julia, from Lukas I heard you are hiring two backend developers. I'd love to learn more about the team.", settings: { degree: 2 } },
    // Discussing their work with someone named, someone's panel shared; es: on someone's behalf, via someone, someone who let the sender know.
    { code: 'Sofia, Ben and I were just discussing your carbon accounting post.', settings: { degree: 2 } },
    { code: "Elena, we shared Tariq's panel at Web Summit. Loved your GDPR answer.", settings: { degree: 2 } },
    { code: 'Hola Iñaki, te escribo por Leire: lo del puesto de datos en Bilbao.', settings: { degree: 2, lang: 'es' } },
    { code: 'Pau, vía Gerard conocí tu podcast de producto. Me apunto de invitado si queréis.', settings: { degree: 2, lang: 'es' } },
    { code: 'Valentina, ¿sigues armando equipo en Mercado Libre? Mateo me avisó. Me interesa.', settings: { degree: 2, lang: 'es' } },
    // Heard from someone named after, in someone's orbit; es: praise of how they run something.
    { code: "Hi {{ first_name }}, I hear from Kasia that you're taking over the Lumo account.", settings: { degree: 2 } },
    { code: "{{ first_name }}, we're both in Tariq's orbit from the climate fellowship. Up for a call about storage?", settings: { degree: 2 } },
    { code: '[Nombre], [Contacto] habla maravillas de cómo llevas la tienda de [Ciudad]. ¿Hablamos?', settings: { degree: 2, lang: 'es' } },
    // Their co-author after a comma, how the reader knows someone in brackets, a PI slot; es: their podcast passed on, named in a meeting, «según» someone, «como sabe» someone.
    { code: "Hello Prof. Abara, I'm a PhD student with Ruth Coleman, who co-authored the 2021 dengue paper with you. Could I ask about the model?", settings: { degree: 2 } },
    { code: 'Hi Ewa, Kasia (she was in your autumn group) recommended your CV clinic for returners. Anything I should bring?', settings: { degree: 2 } },
    { code: "Hi [First name], I'm the new lab manager and [PI name] says you set up our sample tracking. Could you walk me through it?", settings: { degree: 2 } },
    { code: 'Hola Camilo, Luisa me puso tu podcast sobre crianza y el episodio 12 me ayudó mucho.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {nombre}, Andrea te nombró en una reunión del comité. Me gustaría proponerte algo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Pura vida, Dani. Según Marco Solís, en tu empresa buscan proveedor de frío.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nuria, como sabe Pablo Ibarra, preparo el relevo en la presidencia de la fundación.', settings: { degree: 2, lang: 'es' } },
    // Vouching for a thing of theirs; es: both copied in by someone, both in someone's team or group.
    { code: 'Hi Nicole, Trevor Lim swears by the one-page scorecard you use for supplier reviews. Could you share the format?', settings: { degree: 2 } },
    { code: 'Buenas, Fernando. Compartimos cliente y Alba nos pone en copia a los dos en cada envío. Mejor coordinarnos por aquí.', settings: { degree: 2, lang: 'es' } },
    { code: 'Qué tal, Andrea. Las dos estábamos en el equipo de Rafa en la Global Game Jam; tu música me encantó.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas, Lau. Marcos nos tiene a las dos en su grupo de coaches. Vi tu análisis del draft de la final.', settings: { degree: 2, lang: 'es' } },
    // Told of them by someone, pointed to their work; es: what was agreed with someone named after.
    { code: 'Hi Luis, Ingrid let me know your team is weighing Snyk against Semgrep. We just ran the same trial and can share our notes.', settings: { degree: 2 } },
    { code: "Hi Leah, Omar put me onto your work on rate limiting. I'm tackling something similar at Fenix.", settings: { degree: 2 } },
    { code: 'Hola Cris, como quedamos con Bea en la RootedCON: aquí me tienes para lo del taller.', settings: { degree: 2, lang: 'es' } },
    // Their name put forward, a description of them, their work shared, their former student, what someone pointed out or passed along or informed; es: their work shown by someone, a director's suggestion, someone from the sender's year, someone on a panel with them.
    { code: 'Hi Martina, Sergio Blanco and I co-wrote the new triage guide, and he proposed your name to review the chapter on sepsis.', settings: { degree: 2 } },
    { code: 'Hi Natália, Bruna Carvalho describes you as the expert on trade marketing in the Northeast. Could we have a coffee?', settings: { degree: 2 } },
    { code: 'Hi Leo, I have a question about your article on soil carbon: how do you set the baseline? Mariana Costa shared it with me.', settings: { degree: 2 } },
    { code: "Hi Professor Lin, your former student Arjun Mehta recommended your seminar on pricing. I'd love to audit it.", settings: { degree: 2 } },
    { code: 'Hey Luis, Ana from the Society of Women Engineers pointed out that you moved from civil to software. Any advice?', settings: { degree: 2 } },
    { code: 'Hi Fatima, Ruth from the Women in Data meetup passed along that you need volunteer TAs for the Python course.', settings: { degree: 2 } },
    { code: 'Good morning Mrs. Oliveira, our colleague Dr. Fábio Reis informed me that you are coordinating the new trial.', settings: { degree: 2 } },
    { code: 'Hola Teresa, Amaia me ha enseñado la guía de acogida que diseñaste. ¿Cómo medís si funciona?', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas tardes, señora Mejía. Nuestra directora, Patricia Luna, sugirió que la invitáramos como jurado del demo day.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Mateo, soy de la promo de Ana en la ETSAV. Me dijo que haces la tesis sobre madera contralaminada.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {nombre}, Jaime y tú estuvisteis en el panel de [evento]. Jaime es mi socio.', settings: { degree: 2, lang: 'es' } },
    // someone both work with, three on one panel, remembered from a class, on one call with them; in Spanish told by someone placed in an apposition, praising their work.
    { code: 'Hi Leo, we both work with Aroha at the river trust. Your paper on nitrate runoff answered a question I had.', settings: { degree: 2 } },
    { code: "Hi Ines, Tomás, you and I all sat on the water grants panel in May. I'd like to follow up on your point about data sharing.", settings: { degree: 2 } },
    { code: "Hi Mo, Coach Ellis remembers you from his 2018 summer camp. I'm in this year's group and would love your advice.", settings: { degree: 2 } },
    { code: 'Hi Oren, we were both on the onboarding call with Rita Sanz last week. I owe you the pricing sheet.', settings: { degree: 2 } },
    { code: 'Hola Óscar, Lucía, la de la distribuidora Nubia, me avisa de que buscas ilustrador para la portada.', settings: { degree: 2, lang: 'es' } },
    { code: 'Profesora Lema, Julio Arce (mi tutor en la USC) habla maravillas de su trabajo sobre lectura fácil.', settings: { degree: 2, lang: 'es' } },
    // es: «según» before what they are doing, a dropped subject after «socio de».
    { code: 'Qué onda Memo, según el Chino Garza andas cotizando montacargas para el CEDIS de Apodaca.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Nico, soy socio de Tomás en la consultora. Me contó que en tu empresa están armando el pliego del parque eólico.', settings: { degree: 2, lang: 'es' } },
    // Named before: spoke highly about their work, heard from her, wrote me that, asked me to send them something; es: what is known through him.
    { code: 'Dear Ms. Kowalska, Mr. Brandt from our VDMA working group spoke very highly about your work on predictive maintenance.', settings: two },
    { code: 'Hi Matteo, Chiara and I were colleagues at Pirelli, and I heard from her that you look for a co-founder.', settings: two },
    { code: 'Hi Sven, Karin from the Swedish-German Chamber wrote me that you are looking for a partner for the Vinnova bid.', settings: two },
    { code: 'Hi Kristian, Morten asked me to send you the slides from my Terraform talk.', settings: two },
    { code: "Qué onda, Pao. Soy el que le hizo la web a Kike's Tacos; por él sé que tú le llevas las redes.", settings: { degree: 2, lang: 'es' } },
    // es: named after «por», what was learnt through them; their shop held up as an example; their plant spoken well of; en: someone who rates their work.
    { code: 'Hola Tomás: por Nico, de Agroinsumos del Sur, supe que te interesa el biológico para trigo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Doña Celia, Amparo, la de la farmacia de Torrent, siempre pone su botica de ejemplo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Ing. Paz, Rolando Quispe, de la cooperativa de Jaén, habla muy bien de su planta de secado.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Fiona, I played five-a-side with Dev for years and he rates your strength programmes highly.', settings: two },
    // es: a referral with its subject dropped, standing for whom the sentence before worked with; who explained; who met the reader and put them forward; en: who thought a note would help.
    { code: 'Hola Carlos, trabajé con Bea Soler en Indra. Me dijo que necesitas un Scrum Master freelance para Renfe.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lucía, Carla Ibáñez, tu compañera en Cabify, me explicó que tú gestionas la vacante de Data Engineer.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Sofía, mi compañero Álex Puig, que coincidió contigo en el máster de ESADE, te propuso para la vacante.', settings: { degree: 2, lang: 'es' } },
    { code: 'Dear Councillor Moore, James Tait from your planning committee thought a short note to you would help.', settings: two },
    // es: a colleague of both who put their name forward, who introduced them, their name come up talking with someone, their work told to the team, their thesis talked over with someone, held up as an example.
    { code: 'Estimada Dra. Lozano, el Dr. Ernesto Valdivia, colega de ambos en la Universidad de Piura, propuso su nombre para el comité.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marcos, soy la de Cáritas que te presentó Pilar en la cena del viernes.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenos días, Ing. Castro. Conversando con Patricio Muñoz surgió su nombre para la mesa de hidrógeno verde.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas, Sr. Montoya. Carolina, de la Secretaría de Ambiente, le habló a nuestro equipo de su experiencia con la Ley REP.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola, Ricardo. Con Ana Beltrán estuvimos hablando de tu tesis sobre deserción escolar.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {nombre}: Sofi, con quien hago el curso de Google, siempre te pone de ejemplo.', settings: { degree: 2, lang: 'es' } },
    // es: «según» past an aside, what they believe of the reader's data, the person the reader published with, who put the sender onto it, who passed on the reader's request; en: a role of the reader's passed on, a Discord run together.
    { code: 'Hola Carolina. Según Sebastián Pinto, mi compañero de laboratorio, tú llevas el repositorio de datos de la PUC.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Diego. Martina Sosa, tu compañera en el CONICET, cree que tus datos de sedimentos me pueden servir.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Federico, soy posdoc en el grupo de Isabel Nieto, con quien publicaste el estudio de la cohorte de Valparaíso.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Gabriela. Enrique, de vuestro equipo de I+D, me puso sobre la pista: buscáis sensores de humedad.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimada Srta. Vidal: Sergio Mena me ha trasladado su interés en tasar la vivienda de la calle Mayor.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi Lorna, Anneke from the festival crew mentioned the assistant editor role on your new documentary.', settings: two },
    { code: 'Hey Yuki, Arjun and I co-maintain the htmx Discord, and your Go starter is the one newcomers ask about.', settings: two },
    // Named before, praising them to everyone or to the sender; es: someone who wants the sender to ask them.
    { code: "Hi Nina, Omar from Bristol Tech is telling everyone you're building a design system.", settings: two },
    { code: 'Evening Jo — Kate raves about the kitchen you did for Ferns Bistro.', settings: two },
    { code: 'Hola Íñigo, Marta Ruiz (tu socia en el fondo) quiere que te pregunte por la auditoría técnica.', settings: { degree: 2, lang: 'es' } },
    // Named before what they passed on, who asked the sender to write, what they say the reader needs, how both know them in brackets; named after "heard from" and "our friend"; es: someone who keeps talking of their work.
    { code: "Hi Tom, Rosa Delgado filled me in on the billing rewrite you're running. I did the same move to Stripe last spring.", settings: two },
    { code: "Hi Tom, Kwame (your old teammate at Monzo) forwarded me the platform engineer opening. I'm applying this week.", settings: two },
    { code: 'Dear Madam, Dr. Aisha Bello of our engineering alumni board asked me to introduce myself.', settings: two },
    { code: 'Hi Luis, Tony and Rita at Delta Steel say you need a night crew for the boiler job.', settings: two },
    { code: "Hi Maya, Leo Brandt (we're connected through him) says onboarding is next on your list.", settings: two },
    { code: "Hi Erin, heard from Marco at Bayline Freight that you're short on reefers out of Savannah.", settings: two },
    { code: 'Hi Felix, our friend Nadia Roy showed me the mural at your cafe.', settings: two },
    { code: 'Hola Andrea, Julián Pardo no para de hablar de tu trabajo con cooperativas de cacao.', settings: { degree: 2, lang: 'es' } },
    // A teammate's slot (an agent) before what they flagged; someone who insists the sender talk to them; es: both in someone's group.
    { code: 'Hey {{first_name}}, {{agent_name}} on our team flagged that you asked about the open house on Elm St.', settings: { degree: 2 } },
    { code: 'Hi Bea, Jonah Sato insists I talk to you before our hiring push.', settings: { degree: 2 } },
    { code: 'Hola Álvaro, somos los dos del grupo de Ainhoa Ruiz en el CNIO. Leí tu preprint sobre organoides.', settings: { degree: 2, lang: 'es' } },
    // A pronoun for someone named after a word for working with them, in the sentence before (en, es).
    { code: "Hi Mo, I interned with Dana Ruiz at Ardent. She told me you're hiring for the depot.", settings: { degree: 2 } },
    { code: 'Hola Lía, trabajé con Tomás Vidal en Glovo. Él me aseguró que nadie sabe más de logística que tú.', settings: { degree: 2, lang: 'es' } },
    // es: someone seen to have done something with them, named after «tú y».
    { code: 'Hola Vera, vi que tú y Joaquín Ruiz montaron juntos el podcast de Fintech Andina.', settings: { degree: 2, lang: 'es' } },
    // Named before, the sender's own tie to them after (en, es).
    { code: 'Hi Diego, I saw Ana Ruiz replied to your post on cold chains; I work with her at Glovo.', settings: { degree: 2 } },
    { code: 'Hola Diego, vi que Ana Ruiz comentó tu post sobre cadena de frío; yo trabajo con ella en Glovo.', settings: { degree: 2, lang: 'es' } },
    // Someone the sender runs a meetup with, named before a comma; told in other words ("let me know", "gave us a heads up"); es: the sender from a meeting with someone named.
    { code: 'Hi Rachel, Javier and I co-organize PyData Lisbon, and your talk on Arrow came up when we were planning May.', settings: { degree: 2 } },
    { code: "Hi Olu, Funmi let me know you're moving to Leeds in the autumn.", settings: { degree: 2 } },
    { code: "Hi Olu, our trustee Kemi gave us a heads up that you're opening a second clinic.", settings: { degree: 2 } },
    { code: '¡Hola {firstName}! Soy el de la reunión del jueves con Teresa; me quedé con tu idea del NPS.', settings: { degree: 2, lang: 'es' } },
    // Told in other words, the name before: tipped off that their …, a heads up (spelled with a space).
    { code: "Hello Ms. Obi, our trustee Paul Reyes tipped me off that your trust's arts round opens in June.", settings: { degree: 2 } },
    { code: "Hi Ana, Marco Diaz gave me a heads up that you're hiring a designer.", settings: { degree: 2 } },
    // The same person in the same role for both.
    { code: 'Hi Felix, we both have Nadia Brook as a mentor. She said you just moved to Lisbon.', settings: { degree: 2 } },
    // es: named after «la comida que organizó», before «me ha puesto al día», after «tu ex compañera».
    { code: 'Hola Ricardo, nos vimos en la comida que organizó Nuria Vidal después del congreso.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Lorena, Iván (de Bizum) me ha puesto al día: dejaste el banco para montar tu propia gestora.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Felipe, trabajo con tu ex compañera Rosa Lara en Cencosud.', settings: { degree: 2, lang: 'es' } },
    // Named before "and I had coffee with you" (en); a teacher both have, as a slot (es).
    { code: 'Hi {{first_name}}, Raj and I had coffee with you at {{event_name}} in {{city}}; I was the one asking about your rollout.', settings: two },
    { code: '¡Hola [nombre]! Soy estudiante de [carrera] y [profesor/a en común] me recomendó hablar contigo sobre tu paso a producto.', settings: { degree: 2, lang: 'es' } },
    // es: named before «nos juntó en» and before what they told the reader of the sender.
    { code: 'Hola Rocío, Pablo nos juntó en el grupo de founders de Valencia.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Luis, sé que Ramón Gil te comentó algo de mí: soy el de la consultora de pricing.', settings: { degree: 2, lang: 'es' } },
    // Named before what they swear by, promised, say the reader needs, heard, reminded the sender of, or said (en).
    { code: "Hi Olu, I've a 40-head wedding on the 9th and Kemi swears by your baking. Could you quote?", settings: two },
    { code: "Hi Tash, Jarrah promised you'd lend me the tile cutter for the weekend. Can I grab it Saturday?", settings: two },
    { code: "Menus into Italian? Fatima says that's what your restaurant needs. Samples on request.", settings: two },
    { code: "Hi, Connor from the rugby club heard you're short a plasterer on the Main St job. I'm free from the 3rd.", settings: two },
    { code: 'Hi Jamal, Mrs Byrne reminded me we quoted your fencing last spring. Still want it done?', settings: two },
    { code: 'Hey Ciara, following up on what Declan said on Sunday: you need a Polish interpreter at the clinic on Tuesday?', settings: two },
    // es: their neighbour, named; a referrer's slot («[Referente]») who knows; «a instancias de»; what a named colleague thinks of their experience; their work known through someone.
    { code: 'Hola Moni, soy Paco, el electricista de tu vecina Amparo. Me cuenta que tienes un enchufe quemado.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola [Nombre], te escribo porque [Referente] sabe que estás armando [proyecto]. Te puedo pasar un presupuesto.', settings: { degree: 2, lang: 'es' } },
    { code: 'Dr. Aguirre: le contacto a instancias de la Dra. Fabiola Navarro, jefa de Enseñanza del hospital.', settings: { degree: 2, lang: 'es' } },
    { code: 'Estimado Ing. Caballero: la Ing. Rebeca Vázquez cree que su experiencia en plantas de tratamiento sería valiosa para el programa.', settings: { degree: 2, lang: 'es' } },
    { code: 'Sra. Aldana, conocí su trabajo por Susana Gil, con quien colaboro en el pacto de empleo.', settings: { degree: 2, lang: 'es' } },
    // Asked by them to get in touch (en); named after «según», with what they said of the reader; «nos tiró la data» (es).
    { code: 'Hi Priya, Arjun Mehta from our Pune office asked me to get in touch with you about the audit.', settings: two },
    { code: 'Hola Matías, según Camila Ruiz, estás midiendo caudales en el Biobío; yo hago lo mismo más al sur.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Caro! Soy Juli, toco la batería en Las Cruces. Nico Ferraro nos tiró la data de que estás armando la grilla de los viernes en el Konex.', settings: { degree: 2, lang: 'es' } },
    // Named before: on one team with the sender; what they hinted, let slip or say of them; what they call them; a former teammate of the sender's (en); what they told in advance (es).
    { code: 'Hi Jordan, Priya and I were on the same Techstars team last spring.', settings: two },
    { code: "Hi Imran, Jules hinted you've started angel investing in batteries.", settings: two },
    { code: 'Hi Victor, Ama Mensah says nobody knows licensing in Ghana better than you.', settings: two },
    { code: 'Hi Jess, Ollie calls you the go-to on Shopify Plus migrations.', settings: two },
    { code: 'Hi Tara, Nico let slip that you just wrapped the rebrand at Fieldnote.', settings: two },
    { code: "Hi Sam, I saw your comment on Kai Brandt's post about on-call. Kai is a former teammate of mine.", settings: two },
    { code: 'Hola Lucía, Fer Paz me adelantó que te mudas a Bogotá para abrir la oficina.', settings: { degree: 2, lang: 'es' } },
    // es: named before "me avisó de que"; met with someone at a place named between; the mentor both have.
    { code: 'Hola Ana, Nacho, de la agencia, me avisó de que buscáis diseñador para la web.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana, coincidimos en la feria de Valencia con Jordi Mas, en el stand de Ikea.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana, los dos tenemos a Marta Gil como mentora en el programa.', settings: { degree: 2, lang: 'es' } },
    // Named before what the two did as a habit, or what they kept saying; praise of a piece of work the reader did (en); a referrer's slot, "ref" (es).
    { code: 'Hi Tomás, Priya and I used to host a podcast together, and your newsletter came up every week.', settings: two },
    { code: 'Hi Tomás, Priya Shah kept telling me I had to meet you before the launch.', settings: two },
    { code: 'Hi Tomás, Oren Levi speaks highly of the pricing work you led at Monzo.', settings: two },
    { code: 'Hola {nombre}, {ref_name} me comentó que llevas el equipo de datos en Lima.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hi there, spotted that Marek Novak connects the two of us. I run a bakery in Brno.', settings: two },
    { code: 'Hi there, Ines Roth shows up in both our networks, so I thought I would say hello.', settings: two },
    // As learners of English put it.
    { code: 'Dear Sir, I came to know that Anil Rao is common connection for both of us.', settings: two },
    { code: 'Dear Sir, I have noticed that Mrs. Kavita Menon is connected with both of us.', settings: two },
    { code: 'Hi Dev, Priya Shah is a connection of both of ours, so I thought I would say hello.', settings: two },
    { code: 'Hey Dev, noticed that Ilse Brandt knows us both. Curious what you are building at Tidewater.', settings: two },
    // Named before what they thought of the two; as a contact both share; as telling the sender to write.
    { code: 'Hi Bea, Rosalind Achebe thought the two of us ought to compare notes on kiln firing.', settings: two },
    { code: 'Hi Bea, spotted that Kofi Mensah is a contact we have in common. I run a pottery studio in Leeds.', settings: two },
    { code: 'Hi Bea, Kofi Mensah told me I just had to get in touch with you about the glaze swap.', settings: two },
    // Named with an aside before what they said; named vouching for them; named as having worked with them (es); named after the verb that sends the sender (es).
    { code: "Hi Owen — Priya mentioned, over a very long coffee, that you're the person behind the open-source payroll library we use. We're hiring a senior Go dev. Fancy a chat?", settings: two },
    { code: "Hi Owen, I watched your talk on flaky tests, and Priya Das confirmed you're the one who maintains the plugin we depend on. We're hiring a tooling lead; can I send you the brief?", settings: two },
    { code: 'Buenas tardes, Mtra. Olvera. Preparo mi tesis sobre transporte en Puebla y me interesa mucho su estudio sobre el metrobús. Le escribo porque mi asesora, la Dra. Inés Vidal, trabajó con usted en el instituto.', settings: { degree: 2, lang: 'es' } },
    { code: '¡Buenas Juan! Me recomendó escribirte Pato Ledesma por el puesto de analista en Ualá. ¿Sigue abierta la búsqueda?', settings: { degree: 2, lang: 'es' } },
    // Named before asking the sender to write (es).
    { code: 'Hola Gabi, Íñigo Sanz, que llevaba tu proyecto hasta ahora, se fue al equipo de Lisboa y me pidió que te escribiera.', settings: { degree: 2, lang: 'es' } },
    // Their regards passed on by someone named.
    { code: 'Hi Noor, Adaeze Obi asked me to pass on her regards. We are opening a depot in Kent next year.', settings: { degree: 2 } },
    // A referral said by a pronoun, the person named as the sentence before opens.
    { code: "Hi Tomás, Ingrid Holm runs the depot in Leeds. She mentioned you're hiring a buyer.", settings: two },
    // Seen that they know someone too, said without "I".
    { code: 'Hey Sam! Saw you know Nadia Okafor too. Small world!', settings: two },
    { code: 'Hola Ana, he visto que Íñigo Sanz nos conecta.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Teresa, espero que estés bien. Gracias a Íñigo, que nos tiene a las dos en su programa de mentoras, he leído tu artículo sobre precios.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hey Nina! Saw that Carlos knows you too 🙂 Would love to connect!', settings: two },
    { code: 'Hi Ahmed, Kate Morgan and I both know you. Would love to connect.', settings: two },
    { code: 'Hallo Frau Wolf, mein Kommilitone Jonas Berg hat im Sommer bei Ihnen sein Praktikum gemacht. Gibt es bei Ihnen noch Plätze ab April?', settings: { degree: 2, lang: 'de' } },
    // Said to be shared, or connected to the sender.
    { code: "Hi Sam, we share Priya Shah as a contact! I'm finishing my MSc and would love to connect.", settings: two },
    { code: 'Hi Sam, Priya Shah and I are connected and I thought it would be great to connect as well.', settings: two },
    { code: 'Hola Sara, veo que tenemos a Marta Gil en nuestra red. Me encantaría conectar contigo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Guten Tag Frau Kaya, über Jonas Berg sind wir ja indirekt verbunden. Könnten Sie mich weiterempfehlen?', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Rui, a Marta Lopes é amiga de nós os dois. Podes ver o meu CV?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Goedemiddag, Sanne de Wit is een gezamenlijke connectie van ons. Kunt u mij aan iemand voorstellen?', settings: { degree: 2, lang: 'nl' } },
    // Tied to the reader by a clause about the two of them; an acquaintance of theirs.
    { code: 'Hello Dr. Berg, Lena Vogt, who ran the Baltic survey with you, recommended your paper on eelgrass.', settings: two },
    { code: "Hi Ben, I saw on Priya Shah's post that you two worked together on the Leeds depot.", settings: two },
    { code: 'hey! saw ur engaged to my uni roommate jess, congrats!!', settings: two },
    { code: 'Buen día, señor Ortiz. Soy farmacéutica y conocida de Marta Gil. Busco plaza en hospital.', settings: { degree: 2, lang: 'es' } },
    // Linked through someone.
    { code: "Hi Sam, we're connected through Dana Ruiz.", settings: two },
    { code: "Hi Sam, through Dana Ruiz I learned you're moving to Leeds.", settings: two },
    { code: 'Hi Carla, met you at the trade fair last week through Imran. Let us keep talking.', settings: two },
    { code: 'Hoi Sam, via Sanne de Vries hoorde ik dat je naar Utrecht verhuist.', settings: { degree: 2, lang: 'nl' } },
    // A mate of the sender's, named.
    { code: 'Hi Ravi, Tom Baker is a mate of mine. Keen to connect with more roofers in the area.', settings: two },
    // Someone named who told them ('me platicó'), our friend named (es).
    { code: 'Hola Andrea, Rodrigo Salinas me platicó que buscas un nuevo reto. Estamos contratando una jefa de almacén en Querétaro. ¿Te late una llamada?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Diego, fue un gusto coincidir en la comida de nuestra amiga Lucía Prado el sábado. Me quedé pensando en lo que contaste del cacao de Tumaco.', settings: { degree: 2, lang: 'es' } },
    // Terse: someone's bbq, someone's intro.
    { code: "great chatting at Sam's bbq re: your bike repair shop! let's stay in touch", settings: { degree: 2 } },
    { code: "re Tomo's intro — here's the Ansible role he mentioned, lmk if it fits", settings: { degree: 2 } },
    // As many write English who learnt it later: 'said me', talking with someone named who 'commented that you'.
    { code: 'Ciao Paola! Marco Neri (we did the master together) said me you are organizing the meetup of Women in Tech in Turin. I would love to help as volunteer.', settings: { degree: 2 } },
    { code: 'Hi Renata, I was talking with Diego Lima yesterday and he commented that you are searching a freelance illustrator. Here is my portfolio.', settings: { degree: 2 } },
    // A buddy of someone named, someone named who told them first, two people named who spoke of them (es).
    { code: 'Qué onda Paco, soy cuate de Toño Villalobos. Vi que estás en Bimbo y quería preguntarte cómo es el área de logística.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Julián, como te adelantó Marta Gil en la comida del viernes, te agrego para pasarte el presupuesto de la reforma.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ana, Nacho Prieto y Carla me hablaron de ti cuando les pregunté por alguien que supiera de riego por goteo.', settings: { degree: 2, lang: 'es' } },
    // Named as someone the sender does something with now, or whom both worked with.
    { code: "Hi Nadia — Omar Reyes and I co-host the Thursday climbing meetup at Castle. He mentioned you're opening a physio clinic.", settings: { degree: 2 } },
    { code: 'Hi Nadia! Looks like we both worked with Omar Reyes back at Unilever. Would love to hear how you found the move to Mars.', settings: { degree: 2 } },
    // Named as someone who knows them (de).
    { code: 'Liebe Frau Keller, ich schreibe Ihnen auf Empfehlung: Jan Brandt, der Sie ja aus dem Vorstand des Ruderclubs kennt. Wir bauen Bootsstege aus Recyclingholz.', settings: { degree: 2, lang: 'de' } },
    // Referred by someone named, or both connected to them (en, fr, pt, es, nl).
    { code: 'Hi Marek, as referred by Joanna Wilk, I am writing about the warehouse lease.', settings: { degree: 2 } },
    { code: 'Hi Marek, Joanna Wilk referred you for our night shift opening.', settings: { degree: 2 } },
    { code: 'Bonjour Marek, nous sommes tous deux en lien avec Joanna Wilk.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Olá Marek, somos ambos conectados ao Joaquim Vidal.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hola Marek, los dos estamos conectados con Joaquín Vidal.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hoi Marek, we zijn allebei verbonden met Joke Visser.', settings: { degree: 2, lang: 'nl' } },
    // A friend of theirs, said casually (fr, de); the adjective before the colleague (it).
    { code: "salut, c'est yann le pote de lucas. il m'a dit que tu restaures des vieux velos", settings: two },
    { code: 'hi, bin der kumpel von jonas aus dem chor. er meinte du suchst einen proberaum', settings: two },
    { code: 'Gentile dott. Neri, le scrivo su suggerimento della nostra comune collega Paola Riva.', settings: two },
    // Named after "as per my conversation with" (en), "wir kennen uns über" (de), "mijn collega" (nl).
    { code: 'Hi Declan, as per my conversation with Siobhán earlier today, here is our proposal for the Limerick site.', settings: two },
    { code: 'Hallo Markus, ich glaube, wir kennen uns über Jana Schulz. Darf ich Ihnen unser Deck schicken?', settings: two },
    { code: 'Hallo Eva, mijn collega Fleur de Wit sprak je vorige week op onze stand op de Vakbeurs Facilitair.', settings: two },
    // A classmate's slot before a referral is a person.
    { code: "Hello Professor [Last Name], [Classmate Name] from my [Course] section said you're supervising theses on [topic].", settings: two },
    // Their details passed on by someone named after.
    { code: 'Hi Ifeoma, I got your contact from Tolu Adebayo. Is the UX role still open?', settings: two },
    // Named after "via onze gezamenlijke connectie", "bij … in het team", before "hadden het over jou", before "zei 'die moet je spreken'" (nl); after "por recomendación del" (es).
    { code: 'Goedemiddag meneer Bakker, via onze gezamenlijke connectie Marloes Kok hoorde ik van uw plannen.', settings: two },
    { code: 'Hey Sara, we hebben allebei bij Jesse in het team gezeten bij Bol.', settings: two },
    { code: 'Hi Lisa, Tim en ik hadden het net over jou: je talk over toegankelijkheid moet ik terugkijken.', settings: two },
    { code: "Hoi Mees, Iris zei 'die moet je spreken'. Zin in koffie?", settings: two },
    { code: 'Estimada Dra. Ríos: Por recomendación del Dr. Tomás Vidal me permito escribirle sobre su estudio.', settings: two },
    // Named after "a pedido do", "meu pai,", "falei com a", before "disse que vocês" (pt); after "über … bin ich auf Sie gestoßen", "Ihr Kollege" (de).
    { code: 'Exma. Sra. Dra. Marta Leal, a pedido do Jorge Pinto, envio-lhe o nosso estudo sobre reabilitação em Évora.', settings: two },
    { code: 'Sr. Paulo, boa tarde. Minha mãe, Lúcia Prado, trabalhou com o senhor na cooperativa de Castro.', settings: two },
    { code: 'Olá, Rita. Falei com a Sofia Reis no jantar de ontem e ela insistiu que eu te escrevesse.', settings: two },
    { code: 'Fala, Duda! O Beto da Nuvem disse que vocês tão migrando pro Postgres.', settings: two },
    { code: 'Guten Tag Herr Kraus, über Jana Vogt bin ich auf Ihre Studie zu Gründächern gestoßen.', settings: two },
    { code: 'Liebe Frau Aydın, Ihr Kollege Stefan Brandt und ich haben gemeinsam an einem Förderantrag gearbeitet.', settings: two },
    // Named well before what they keep saying about them.
    { code: "Hi Grace, Leo Martins and I shared a flat in Leeds and he's always raving about your team.", settings: two },
    // Named after "grâce à" or "nous avons en commun" (fr), after friends of (it), after the name was given (it).
    { code: 'Salut Hugo, grâce à Léa on est dans le même canal Slack des designers. Tu prends des missions ?', settings: two },
    { code: 'Bonjour Madame Roux, nous avons en commun Pierre Lefort, avec qui je travaillais chez Airbus.', settings: two },
    { code: 'Ciao Sara, siamo entrambi amici di Paolo Conti! Ho letto il tuo pezzo sulla logistica.', settings: two },
    { code: 'Ciao Sara, mi ha fatto il tuo nome Carlo Neri, che lavorava con te in Pirelli.', settings: two },
    { code: 'Geachte heer Smit, onze gedeelde connectie [naam] vertelde dat u als angel investeert.', settings: two },
    { code: 'Estimada Sra. Castañeda, a sugerencia de nuestro colega común, el Ing. Raúl Pacheco, me permito contactarla.', settings: two },
    { code: 'Dear {{first_name}}, as a fellow connection of Michael Tan, I would be delighted to welcome you to my network.', settings: two },
    { code: 'Hi {{first_name}}! Rachel from the founders dinner said I had to meet you.', settings: two },
    { code: 'Hello [Hiring Manager Name], [Employee Name] on your team referred me for the [Job Title] position.', settings: two },
    // Named before what they whispered, swore, say or showed (fr, pt, it).
    { code: 'Madame Roux, Benoît Lagarde me souffle que vous restaurez des orgues anciens.', settings: two },
    { code: 'Fala, Diego! O Caio jurou que você é o cara do Flutter aqui em Recife.', settings: two },
    { code: "Ciao Giulia, Matteo dice che sei l'unica a Bologna che ripara le Heidelberg.", settings: two },
    { code: 'Ciao Andrea, Luca mi ha fatto vedere sul telefono il tuo configuratore di vele.', settings: two },
    // Named before what they were sure of, urged or keep saying about them (en, es).
    { code: 'Hi Bruce, Tash Kerr was adamant you would know the new fire code better than anyone.', settings: two },
    { code: "Hi Kiri, Aroha's the reason you're getting this note.", settings: two },
    { code: 'Hi Imogen, Felix reckons I should ask you about grant reporting instead of him.', settings: two },
    { code: "Hi Sinéad, Cormac won't stop talking about the bid you wrote for the greenway.", settings: two },
    { code: 'Estimada Dra. Quintana: mi directora, Amparo Lledó, insiste en que le escriba.', settings: two },
    // A name passed on, a person who thought they would fit something.
    { code: 'Hi Ana, Dr. Mensah from the Kumasi lab passed on your name.', settings: two },
    { code: 'Hola Ana, Fiorella nos dijo que darías una charla sobre dbt.', settings: two },
    { code: 'Hi Ana, Marcus mentioned the two of you rebuilt the rota at St Luke’s.', settings: two },
    { code: 'Hi Ana, Kasia Nowak put your team forward for our loft conversion.', settings: two },
    { code: 'Bonjour Ana, Ophélie Martin me dit que vous avez monté la chorale du quartier.', settings: two },
    { code: 'Hi Ana, Dafydd at the feed merchants swears you fixed the same baler last spring.', settings: two },
    { code: "Hi Ana, Priya reckons we'd get on, since we both run tiny print shops.", settings: two },
    { code: 'Hola Ana, Camila Rojas dice que ustedes son los indicados para el catering.', settings: two },
    { code: 'Hola Ana, lo hablé con Mariana, tu socia, y le pareció bien.', settings: two },
    { code: 'Hola Ana, compartimos a Daniela Paz como contacto.', settings: two },
    { code: "Bonjour Ana, Thibault m'en a parlé.", settings: two },
    { code: 'Hallo Ana, Jan hat erzählt, dass Sie noch einen Stand suchen.', settings: two },
    { code: 'Olá Ana, a Joana Pires contou-me que montou a rede de fornecedores.', settings: two },
    { code: 'Hi Ana, Femi (we both trained under him) thought you would make a great mentor for our interns.', settings: two },
    // Given names that are words in another language ('ravi', 'mia', 'ella'), in notes whose language is not declared.
    { code: 'Hi Ana, Ravi suggested I reach out.', settings: two },
    { code: 'Hi Ana, Mia from the ops team thought we should talk.', settings: two },
    { code: 'Hola Ana, Ella Brandt me sugirió escribirte.', settings: two },
    // Who the named person is to either of them, what they said and where (en, es).
    { code: 'Hi Ana, my cousin Teo plays five-a-side with you and says you know everyone in Leeds retail.', settings: two },
    { code: 'Hi Ana, I work with your sister Lola at Arup.', settings: two },
    { code: 'Hi Ana, Mira Patel is my manager and she raved about your onboarding workshop.', settings: two },
    { code: "Hi Ana, Joel's former boss here; he said to tell you the rota app finally shipped.", settings: two },
    { code: 'Hola Ana, te escribo por lo que contó Tavo en la comida del viernes.', settings: two },
    { code: 'Hola Ana, estuvimos hablando con Carmen Ruiz de vuestra migración a la nube.', settings: two },
    { code: 'Hola Ana, mi tía, la doctora Pilar Gómez, me pidió que le escribiera.', settings: two },
    { code: 'Hola Ana, tu exjefe, Ramiro Díaz, dice que nadie sabe más de riego por goteo.', settings: two },
    // Someone who thinks they'd click, sings their praises, vouches for them, tagged them, suggested it ('per X's suggestion'),
    // or whom both are close with; Spanish: 'cree que', 'habla maravillas de ti', 'te etiquetó en', 'respondió por ti',
    // 'somos muy amigas de', 'tu nombre salió … con'.
    { code: "Hi Ana, Quentin thought you'd click with our data team.", settings: two },
    { code: 'Hi Ana, Bea has been singing your praises since the retreat.', settings: two },
    { code: 'Hi Ana, Ravi vouched for you when I asked about auditors.', settings: two },
    { code: 'Hi Ana, Omar tagged you in my thread about rota apps.', settings: two },
    { code: "Hi Ana, at Lucia's suggestion I'm writing about the lab role.", settings: two },
    { code: "Hi Ana, we're both close with Anders, who says we should talk.", settings: two },
    { code: 'Hola Ana, Quique cree que deberíamos hablar de tu migración.', settings: two },
    { code: 'Hola Ana, Bea habla maravillas de ti desde el retiro.', settings: two },
    { code: 'Hola Ana, Omar te etiquetó en mi hilo sobre turnos.', settings: two },
    { code: 'Hola Ana, Hugo respondió por ti cuando le pregunté por una auditora de confianza.', settings: two },
    { code: 'Hola Ana, las dos somos muy amigas de Lucía, que insiste en presentarnos.', settings: two },
    { code: 'Hola Ana, tu nombre salió ayer comiendo con Anders.', settings: two },
    // Praise of their time somewhere, nights worked together, the person to ask, a name put forward, a suggestion with a comma;
    // Spanish: named after a conversation at an event, met at a dinner with a slot for the person.
    { code: 'Hi Cleo, Anton speaks highly of your years at Ørsted.', settings: two },
    { code: 'Hi Cleo, Mara and I worked weekends together at the Royal Free, and she swears you are the person to ask about triage.', settings: two },
    { code: 'Hi Cleo, Iwan put your name forward when I asked about lime plaster.', settings: two },
    { code: 'Dear Ms. Hale, Ruth Ocampo suggested that, with your years on the board, you might advise us.', settings: two },
    { code: 'Estimada Cleo: tras nuestra charla en el Foro Logístico con Inés Pardo, le envío la propuesta.', settings: two },
    { code: '{{nombre}}, un placer coincidir en la cena de {{evento}} con {{contacto}}; te paso el informe prometido.', settings: two },
    // Their story told by someone both know, their words quoted, an intro by email, a referral 'por indicación de'.
    { code: 'Hi Lena, Tom still tells the story of your midnight data-centre move.', settings: two },
    { code: 'Hi Lena, Priya keeps quoting your line about estimates being wishes.', settings: two },
    { code: "Hi Lena, Omar intro'd us over email last week.", settings: two },
    { code: 'Estimada Sra. Ruiz: le escribo por indicación de Pau Serra, que lleva años trabajando con usted.', settings: two },
    // The name after the verb, with an aside; put in one email thread by someone both know.
    { code: 'Hola Bo, dice Lucía (la de Glovo, con la que corres los domingos) que eres quien más sabe de rutas.', settings: two },
    { code: 'Hola Bo, Marta nos ha metido a los dos en el mismo correo, así que me presento.', settings: two },
    // Referrals in French and Portuguese said in passing; a slot for someone over both of them.
    { code: "Bonjour Hugo, Claire Dumas m'a indiqué que vous meniez la migration vers Kubernetes.", settings: two },
    { code: "Salut Hugo, Malik, avec qui tu as travaillé chez Alan, m'a transféré ton message sur les astreintes.", settings: two },
    { code: 'Oi Hugo! O Rafa, que estudava com você no Insper, disse que você talvez topasse uma conversa sobre crédito rural.', settings: two },
    { code: 'Hi Hugo, {{advisor_name}}, who supervised both our theses, thought we should compare notes on soil sensors.', settings: two },
    // A sibling named, praise passed on, a referral said as being pointed your way, a residency done together.
    { code: "Hello Ms. Obi, I'm Tunde's little sister; he told me you run the lab at UCH.", settings: two },
    { code: 'Hi Ms. Obi, Grace says you are the person to ask about pharmacovigilance, and she speaks very highly of you.', settings: two },
    { code: 'Hi Ms. Obi, Femi put me onto you for questions about export licences.', settings: two },
    { code: 'Hi Ms. Obi, Grace and I did our nursing training together in Ibadan and she suggested we talk.', settings: two },
    { code: 'Hola Sra. Obi, soy la hermana de Tunde y me dijo que usted dirige el laboratorio.', settings: two },
    { code: 'Hola Sra. Obi, Grace habla muy bien de usted y me animó a escribirle.', settings: two },
    { code: 'Bonjour Bastien, nous avons Julie Garnier en commun, elle vous salue !', settings: two },
    { code: 'Hi Bastien, I believe Noor from the platform team at Adyen is an old friend of yours? She suggested we talk.', settings: two },
    { code: 'Hi Bastien, Ike Osei, who worked with you at Monzo, can vouch for us.', settings: two },
    // Said in passing, over a chat the two had, with an aside between (es), on a call (es).
    { code: "Hi Bastien, Chris mentioned in passing that you're moving into product ops.", settings: two },
    { code: 'Hi Bastien, Marcus and I were chatting last week and your name came up.', settings: two },
    { code: 'Hola Bastien, Javi (mi antiguo jefe en Glovo) dice que eres la persona a la que preguntar.', settings: two },
    { code: 'Hola Bastien, estuve en una llamada con Carolina Ruiz y me mencionó que estáis contratando.', settings: two },
    { code: "Bonjour Bastien, je vois que vous connaissez Fabienne Roux de l'agence Sillage !", settings: two },
    { code: 'Beste Bastien, Ellen Visser noemde jouw naam toen ik vroeg wie het subsidieloket kent.', settings: two },
    { code: 'Hola Bastien, como te comenté en la llamada con Pablo Ruiz el martes, te mando la invitación.', settings: two },
    { code: 'Hi Bastien, following up on the call with Priya Shah on Tuesday about the pilot.', settings: two },
    { code: 'Olá Bastien, o Diego Lima comentou comigo que você está a montar a área de Customer Success.', settings: two },
    { code: 'Beste Bastien, Pieter de Vries gaf aan dat u de overstap naar een nieuw ERP-systeem leidt.', settings: two },
    { code: 'Ciao Marco, abbiamo in comune Andrea Conti: mi piacerebbe confrontarmi con te.', settings: two },
    { code: 'Gentile Dottoressa, Davide Russo, che conosciamo entrambi, me L’ha indicata.', settings: two },
    { code: 'Hi Sofia, Luis and I sat on the same panel at Web Summit and he raved about your checkout work.', settings: two },
    // European Portuguese and Dutch referrals.
    { code: 'Olá Dra. Marta, a Inês Carvalho falou-me do seu trabalho em direito agrário.', settings: two },
    { code: 'Hoi Sanne, Pieter de Vries zei dat jij het kerstdiner regelt.', settings: two },
    // Spanish referrals: who showed or passed on something, the name after 'me pasó tu contacto', a colleague of theirs.
    { code: 'Hola Valentina, Simón Restrepo me mostró el video de tu charla en el Foro de Retail.', settings: two },
    { code: 'Hola {{nombre}}, me pasó tu contacto Juan Ortega, que trabajó contigo en Inditex.', settings: two },
    { code: 'Hola, tu compañero Bruno Lara me reenvió tu hilo sobre costes en AWS.', settings: two },
    { code: 'Hola Fernanda. Pablo Ossa me dio tu nombre para un concurso de vivienda social.', settings: two },
    // Referrals in Italian, French and German, the name before or after.
    { code: 'Ciao Marta, Martina Esposito mi ha girato il tuo contatto per il catalogo.', settings: two },
    { code: "Bonjour Léa, je vous écris de la part d'Aurélie Fontaine, avec qui j'ai travaillé chez Decathlon.", settings: two },
    { code: 'Hallo Jan, auf Anraten von Tobias Lang melde ich mich wegen eures Controllings.', settings: two },
    { code: 'Buongiorno, Le scrivo su suggerimento di Paolo Greco, con cui ho collaborato in Enel X.', settings: two },
    { code: 'Hi Marcus, a mutual friend suggested I reach out.' },
    { code: 'Hi Marcus, a mutual friend suggested I reach out.', settings: { degree: 3 } },
    { code: '', settings: two },
    { code: 'Hi Marcus, Dana suggested I reach out about robotics.', settings: two },
    // Regards passed on; a relative of someone they know; the name after the referral, in Spanish.
    { code: 'Hi Ngozi, would you mentor one of our analysts for eight weeks? Tolu sends her regards.', settings: two },
    { code: 'Hi Sam, what would you skip if you moved into health informatics again?\n- Hannah (Ollie’s sister, by the way)', settings: two },
    { code: 'Hola Mercedes, ¿cómo conseguisteis cobrar a 30 días en México? Me lo comentó Paula Ríos, que te conoce de Vinexpo.', settings: two },
    // What the referral said is about their company; working with someone they know.
    { code: 'Hi [Name], Kevin from our Slack group mentioned {{company}} is moving off Heroku.', settings: two },
    { code: 'Hi Sarah, James Park (your old co-founder at Loop) and I are working together now.', settings: two },
    // An aside between the name and the referral; a referral said as "told me to ping you".
    { code: 'Hi Marcus, Dana from my old running club (she sends her best!) suggested I reach out about robotics.', settings: two },
    { code: 'Hi Marcus, Priya from the Leeds office said to ping you about the data contracts work.', settings: two },
    { code: 'Hi Rachel, Omar Haddad (we worked together at Deloitte) told me you lead the data team.', settings: two },
    { code: 'Hi Olivia, Ben Carter and I co-organise the Austin meetup and he said you would be a great speaker.', settings: two },
    { code: 'Hi Laura, we are both connected to Pedro Alonso.', settings: two },
    { code: 'Hi Laura, our mutual friend, Dana Lee, thinks we should talk.', settings: two },
    { code: 'Hola Dani, Paula Herrero nos etiquetó a los dos en su post sobre salarios en QA.', settings: two },
    { code: 'Hi Tara, @Jess Liu mentioned you are hiring a staff PM.', settings: two },
    { code: 'Hi [First Name], [Mutual Connection] mentioned you are hiring.', settings: two },
    { code: 'Hey {{firstName}}, {{referrer}} told me about your team.', filename: 't.hbs', settings: two },
    { code: 'Hola Beatriz, Alejandro Ruiz, con quien coincidí en el equipo de riesgos de BBVA, me sugirió que te escribiera.', settings: two },
    { code: 'Olá Fernanda, o Thiago me passou seu contato.', settings: two },
    { code: "Bonjour Claire, Julien Mercier m'a parlé de votre travail.", settings: two },
    { code: 'Hallo Jonas, Katrin Vogel hat mir erzählt, dass ihr euer Design-System neu aufsetzt.', settings: two },
    { code: 'Ciao Giulia, Marco Bianchi mi ha detto che state cercando un UX writer.', settings: two },
    // Written all in lower case, as many notes are: the name before the referral still counts.
    { code: 'hi ana, marco bellini suggested i reach out about your dbt migration', settings: two },
    { code: 'hola ana, marta ruiz me comentó que estás migrando a dbt', settings: two },
    // Where names get no capitals, acronyms and sentence openings aside, the name after a cue that
    // takes one, before where they are from, or written with chat spellings (en, es).
    { code: 'hey ana!! my old flatmate jonas says ur the person for QA automation in porto', settings: two },
    { code: 'hi ana, tomás from my climbing club told me u run the rust meetup. Any room for a talk?', settings: two },
    { code: 'hola ana, soy amiga d lucía ferrer, me dijo q buscáis gente de datos', settings: two },
    { code: 'buenas!! somos amigos de quique, me contó q estás montando un podcast de UX', settings: two },
    // A sentence after "Hi Ana," or "{{name}}," opens in lower case in any note: a capitalised name counts.
    { code: '{{first_name}}, quick question: does {{company}} plan a public API this year? Omar from your platform team pointed me your way.', settings: two },
    // Someone of the sender's circle who worked with them.
    { code: 'Hi Ben, Priya Nair from my design course worked with you at Loomwell. Could I ask about the team?', settings: { degree: 2 } },
    { code: 'Ciao Anna, Marco Bassi mi ha raccontato che state cercando un fornitore di imballaggi.', settings: { degree: 2, lang: 'it' } },
    { code: 'Dear Mr. Rao, Mr. Anil Mehta suggested me to connect with you regarding the plant audit.', settings: { degree: 2 } },
    // A named person said to be a mutual connection (en, es).
    { code: 'Hi Victor, I see Meera Pillai is a mutual connection. Would you be open to a chat about cold storage?', settings: { degree: 2 } },
    { code: 'Hola Alberto, veo que Marta Gil es un contacto en común. ¿Hablamos de la feria de Valencia?', settings: { degree: 2 } },
    // A person in common said in the many ways people say it (en, es).
    { code: 'Hi Kenji, Lara Stein is a friend of us both. Who runs partnerships at your end?', settings: { degree: 2 } },
    { code: 'Hi Grace, Haruto Sato is someone we both know. Could we talk about your SDK?', settings: { degree: 2 } },
    { code: 'Hi Oliver, Ellie Brooks is in both our networks. Are you still hiring in Leeds?', settings: { degree: 2 } },
    { code: 'Hi Rachel, Omar Haddad and I are old colleagues and I noticed you know him too.', settings: { degree: 2 } },
    { code: 'Hi Jonas, we share a connection in Camille Roux. Is the rota study still open?', settings: { degree: 2 } },
    { code: 'Hola Andrés, tenemos a Elena Franco en común. ¿Hablamos de las jornadas?', settings: { degree: 2 } },
    { code: 'Hola Clara, nos une Diego Ferrer. ¿Os interesa un pack para talleres?', settings: { degree: 2 } },
    { code: 'Buenas, Álvaro. Carmen Vidal nos conoce a ambos. ¿Te enseño la demo?', settings: { degree: 2 } },
    { code: 'Hola Amaia, a Koldo Etxeberria lo conocemos las dos. ¿Tienes veinte minutos?', settings: { degree: 2 } },
    { code: 'Buenos días, Sonia. Ramón Ortega aparece como contacto en común. ¿Te cuento?', settings: { degree: 2 } },
    { code: 'Hey Sam, saw that you and Hannah Lee are connected. Is the analyst role still open?', settings: { degree: 2 } },
    { code: 'Hi Sam, Michelle Ortiz, who advises us both, thought we should talk about payroll.', settings: { degree: 2 } },
    { code: 'Hey Tasha, Rob from my old team is in your network too. Are you still at Arden?', settings: { degree: 2 } },
    { code: 'Hola Nicolás, vi que conocemos los dos a Paula Vidal. ¿Seguís con el piloto?', settings: { degree: 2 } },
    { code: 'Hola Alicia, Pedro, de mi antiguo equipo, también está en tu red. ¿Hablamos?', settings: { degree: 2 } },
    { code: 'Hi Chloe, great meeting you at Web Summit Lisbon with Pedro. Is the UX role still open?', settings: { degree: 2 } },
    { code: 'Hi Wei, Ethan Brooks and I co-founded Ledgerly. Could we talk about embedded insurance?', settings: { degree: 2 } },
    { code: 'Hola Mónica, coincidimos con Álvaro en el Startup Grind de Valencia. ¿Hablamos de churn?', settings: { degree: 2 } },
    { code: 'Hola Fernando, Marina y yo compartimos equipo en Glovo. ¿Te cuento lo de Correos?', settings: { degree: 2 } },
    // Named before "is a common friend"; named after "you're connected with".
    { code: "Hi Divya, Kiran Shah is a common friend. I'm setting up a bakery in Indiranagar and would value your advice on suppliers.", settings: two },
    { code: 'Hi Ross, saw you are connected with Donal Byrne from the co-op. Could you use a spare tractor driver this harvest?', settings: two },
    // Named after "mi ha parlato di te" (it).
    { code: 'Ciao Paola, mi ha parlato di te Marta Villa, con cui hai lavorato in pediatria a Brescia. Cerco una logopedista per il mio studio: ne parliamo?', settings: two },
    // Met or had a good time with someone named after (es, en), a contact passed on (es).
    { code: '¡Hola Rocío! Nos conocimos con Tati en la feria del libro de Lima. Quedamos en hablar de ilustración infantil.', settings: { ...two, lang: 'es' } },
    { code: 'Hola Paco, me pasa tu contacto Lidia Soto, que trabajó contigo en El Celler. ¿Te puedo preguntar por proveedores de queso?', settings: { ...two, lang: 'es' } },
    { code: 'Hola Pau, ¡qué bien lo pasamos con Jordi el sábado! Seguimos en contacto.', settings: { ...two, lang: 'es' } },
    { code: 'Hi Bernie, we met with Sister Anne at the hospice committee in May. Following up on the bake-sale rota — could we talk this week?', settings: { ...two, lang: 'en' } },
    { code: 'Great chatting with you and Oisín at the match! Let us keep in touch.', settings: { ...two, lang: 'en' } },
    // Someone named as the sender's kin or friend, known to both, sending greetings, met with (fr, de, pt, it, nl).
    { code: "Salut Hugo, c'est Léa, la sœur de Maxime ! On se croise enfin ici.", settings: { ...two, lang: 'fr' } },
    { code: 'Bonjour Madame Roy, nous connaissons toutes les deux Sophie Martel de la mairie. Ravie de vous retrouver ici !', settings: { ...two, lang: 'fr' } },
    { code: "Bonjour Monsieur Petit, Anne Leroy m'a souvent parlé de vous. Au plaisir d'échanger.", settings: { ...two, lang: 'fr' } },
    { code: 'Hey Jule, ich bin die Schwester von Timo 😊 Lass uns hier auch vernetzen!', settings: { ...two, lang: 'de' } },
    { code: 'Hallo Frau Kraus, wir kennen beide Petra Lang. Ich freue mich auf den Austausch!', settings: { ...two, lang: 'de' } },
    { code: 'Moin Jan, viele Grüße von Okke!', settings: { ...two, lang: 'de' } },
    { code: 'Olá Sr. Nunes, sou amigo do Rui Pires, que fala muito bem de si.', settings: { ...two, lang: 'pt' } },
    { code: 'Oi Lu! Vi que a gente tem a Dani em comum 😊', settings: { ...two, lang: 'pt' } },
    { code: 'Ciao Paolo! Sono la collega di Giulia al liceo Galilei. Mi ha detto che organizzi il torneo di scacchi.', settings: { ...two, lang: 'it' } },
    { code: 'Buongiorno Ing. Conti, conosciamo entrambi il Geom. Berti. Lieto di entrare in contatto.', settings: { ...two, lang: 'it' } },
    { code: 'Hoi Eva, ik ben de zus van Bram, jouw teamgenoot bij het roeien.', settings: { ...two, lang: 'nl' } },
    { code: 'Hoi Noor! Ik zag dat we allebei Sven kennen 😄', settings: { ...two, lang: 'nl' } },
    // A title in lower case, as Dutch writes it, does not end the sentence before the name.
    { code: 'Goedemiddag mevrouw Smit, wij spraken elkaar kort met dr. Visser op het verpleegkundecongres. Zoals beloofd stuur ik u ons rapport.', settings: { ...two, lang: 'nl' } },
    // A slot for a fellow lawyer who spoke of them (fr).
    { code: "Bonjour Maître {{nom}}, [Nom du confrère] m'a parlé de votre cabinet. Nous cherchons un correspondant à Rennes : pourrions-nous en discuter ?", settings: { ...two, lang: 'fr' } },
    // The one who spoke well of them, by a slot; the person they worked with; a contact shared (es).
    { code: 'Hola [Nombre], [Nombre del referente] me habló muy bien de ti. ¿Hablamos?', settings: two },
    { code: 'Hola Nuria, veo que Jordi Puig y tú trabajasteis juntos en Glovo. Me encantaría conocer tu experiencia allí.', settings: two },
    { code: 'Estimada {nombre}: compartimos contacto con {contacto} y me gustaría preguntarle por su equipo.', settings: two },
    // Named as one of the connections in common (fr, it).
    { code: 'Bonjour Nadia, je vois que Karim Benali fait partie de nos relations communes. Pouvons-nous échanger sur votre projet ?', settings: two },
    { code: 'Buongiorno Sara, vedo che Paolo Greco è tra i nostri collegamenti in comune.', settings: two },
    // Named as the sender's old friend.
    { code: 'Hey Marcus, Jen from your team is an old friend of mine. Could I ask about your on-call setup?', settings: two },
    // The person in common recalled in a question before the referral (es).
    { code: '¿Hola Fer, te acordás de Mati, de la facu? Me dijo que estás en UX en Mercado Libre.', settings: two },
    // Talking with the sender just now, connecting the two by email.
    { code: 'Hi Marcus, Priya Nair and I were just talking about your pricing page. Could I ask how you test it?', settings: two },
    { code: 'Hi Chloe, Raj Patel connected us over email last week about the YouTube series. Sending a request here.', settings: two },
    // Named after an Italian title in lower case, after a suggestion, as a client in common (it); before "qui m'a" (fr).
    { code: 'Buongiorno Dott. Ferri, La contatto su suggerimento del dott. Rossi, con cui ha lavorato al Niguarda.', settings: two },
    { code: 'Buongiorno Ing. Conti, il nostro cliente comune Stefano Marchetti mi dice che state valutando un nuovo MES.', settings: two },
    { code: "Bonjour Sébastien, c'est Toto qui m'a passé ton numéro pour une salle de bain à Namur.", settings: two },
    // Named before "gab mir Ihren Kontakt", before "den Sie gut kennen" (de); after "we kennen allebei" (nl); before "indicou o senhor", after "ambos conhecemos" (pt); a CSM slot (en).
    { code: 'Sehr geehrte Frau Lindner, Prof. Albrecht gab mir Ihren Kontakt wegen einer Ausschreibung.', settings: two },
    { code: 'Grüß Gott Herr Mayr, Thomas Gruber, den Sie ja auch gut kennen, hat mich auf Sie gebracht.', settings: two },
    { code: 'Beste mevrouw Jansen, we kennen allebei Mark Visser van de TU Delft.', settings: two },
    { code: 'Prezado Sr. Carvalho, a Dra. Helena Prado indicou o senhor como especialista em recuperação judicial.', settings: two },
    { code: 'Bom dia, Sr. Almeida. Ambos conhecemos o Rui Fonseca, da Mota-Engil.', settings: two },
    { code: 'Hi {{first_name}}, {{ csm_name }} thought we should connect about the renewal.', settings: two },
    // A slot for a founder or a board member: a person, not the recipient's name.
    { code: 'Hi [Investor Name], [Founder Name] from your portfolio company suggested I connect.', settings: two },
    { code: 'Hi [Name], [Board Member Name] thought you might like our work at [Nonprofit].', settings: two },
    // Named among the people both know.
    { code: 'Hi Dana, saw Pete Moss among the people we both know. Would love to connect.', settings: two },
    // Named after what they did, as someone both know, or as saying something of them: «me habló de ti», "you know Mark", "is a mutual", "told that you".
    { code: 'Buenos días, Elena. Me habló de ti Tomás Viera, que fue tu socio en Lleida. Te escribo por lo del almacén de Cervera.', settings: two },
    { code: 'Hola Pau, me pasó tu contacto Lupe, la de la imprenta, porque busco quien encuaderne un libro de fotos.', settings: two },
    { code: 'Hi Anita, I see you know Gareth from the Harrogate chamber too! Could I ask you about the print fair?', settings: two },
    { code: 'Hi Beatriz, noticed Kwame Boateng is a mutual (we were at Paystack together). Could I ask you two questions on payroll?', settings: two },
    { code: 'Respected Madam, Ravi sir from our college told that you are guiding final year students on embedded projects.', settings: two },
    { code: 'Respected Sir, I got your reference from Mr. Arjun Menon, my project guide. Kindly let me know a good time to call.', settings: two },
    { code: 'Estimado Sr. Beltrán: nuestro común amigo Ramón Pizarro me indicó que acaban de cerrar financiación para tres plantas.', settings: two },
    // A former colleague's slot is a person in common (es).
    { code: 'Hola [Nombre], [nombre de tu excompañero] y yo trabajamos juntos en [empresa anterior] y me recomendó que te escribiera.', settings: two },
    { code: "Hey Rhys, Dave O'Connell from Toll said to get in touch: you've been trialling electric prime movers?", settings: two },
    // Named after how both know each other, who sent the sender, who gave the name, what someone says of them (es).
    { code: 'Hola Maite, nos conocemos por Carmen Gil, que coincidió contigo en Médicos del Mundo. ¿Cómo organizasteis la acogida?', settings: two },
    { code: 'Hola, Lucía. Me manda Quique, el de la asociación de vecinos. ¿Nos echas una mano con un taller de CV?', settings: two },
    { code: 'Hola Jaime, necesito contrastar precios de SATE con alguien que lo ejecute. Tu nombre me lo dio Eva, de la cooperativa.', settings: two },
    { code: 'Hola Nerea, Kemi dice que, si alguien entiende la cadena de frío de las vacunas, eres tú. ¿Me darías 15 minutos?', settings: two },
    // Their family, named; who was to pass on the sender's reel; advised by someone named (es).
    { code: 'Holaaa Lucía 🐾 Soy compi de promo de tu hermano Dani. Me ha dicho que llevas una clínica de exóticos. ¿Aceptas derivaciones?', settings: two },
    { code: 'Hi Inma, your cousin Elena said you might design the mural for our community centre. Could we talk?', settings: two },
    { code: "Lucy, quick one: did Hamid from the Old Vic workshop ever pass on my showreel? He thought I'd suit your touring cast.", settings: two },
    { code: 'Estimada Sra. Calvo: el Dr. Fermín Arrieta me aconsejó escribirle por su experiencia con partos en el agua.', settings: two },
    // Introduced by someone named, written to on someone's advice.
    { code: 'Hi Marco, Elif Yılmaz introduced your fund as the one that reads decks about food logistics. Could I send our one-pager?', settings: two },
    { code: 'Dear Ms Achterberg, on the advice of Pieter de Vries I am writing about the MoU between our ministries on flood data.', settings: two },
    // Spanish referrals in the present, after the verb, by a name given or a past in common.
    { code: 'Buenas, Rubén. Marisa, de tu equipo en la Junta, me cuenta que habéis sacado la licitación de cloud por lotes. ¿Me pasarías los pliegos?', settings: two },
    { code: '¡Hola Jose! 👋 Lola Ferrer me ha chivado que llevas el catering de los congresos de Fira. ¿Nos pasarías presupuesto?', settings: two },
    { code: 'Hola Jordi, tu nombre me fue dado por Montse Puig, con quien compartiste estudio en el Eixample. ¿Hablamos de morteros de cal?', settings: two },
    { code: 'Estimado Sr. Albarracín: mi compañera Pilar Ochoa me ha facilitado su nombre. Quisiera preguntarle cómo organiza LexNET en agosto.', settings: two },
    { code: 'Encontré tu paquete de R para el INE y resultó que Guille Marín fue compañero tuyo en la Complutense: ¿colaboramos en la versión 2?', settings: two },
    // The name after the referral (it).
    { code: "Ciao Luca, il tuo contatto me l'ha passato Anna Neri: cerco un fornitore di imballaggi compostabili.", settings: { degree: 2, lang: 'it' } },
    // Named before praise of them or a reshare of their post.
    { code: 'Hi Anouk, Carlos Reyes spoke highly of your operator work at Adyen. We are hiring a Principal SRE in Amsterdam.', settings: { degree: 2 } },
    { code: 'Hi Jordan, Ana Lucía reshared your post on the 4-day week pilot and I agree on async standups.', settings: { degree: 2 } },
    // A slot for who introduced them, in a template literal.
    { code: 'Hey ${contact.first_name}, ${intro.name} suggested I reach out about co-marketing.', settings: { degree: 2 } },
    // Named around the referral: an aside before it (es, lower case), the name after (fr, pt, it, de), an assurance (fr).
    { code: 'hola!! irene (trabajamos juntas en pagos) me dijo q tú montaste el programa de prácticas, te robo 15 min?', settings: { degree: 2, lang: 'es' } },
    { code: 'Bonjour Julie, comment avez-vous convaincu l\'équipe de nuit ? Florian Le Goff m\'assure que vous êtes la bonne personne pour en parler.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Bonjour Baptiste, c\'est en déjeunant avec Géraldine Moreau que votre nom est sorti, à propos du reporting CSRD.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Oi Camila, quem me passou seu contato foi o Diego Ramos, da cooperativa. Vocês já testaram rastreabilidade por blockchain?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Roberto, il tuo post sul turnover dei camerieri mi ha colpito. Ne parlavo con Giulia Ferri, che ci conosce entrambi.', settings: { degree: 2, lang: 'it' } },
    { code: 'Hallo Frau Dr. Öztürk, Ihre Praxis arbeitet noch mit Papier? Das hat mir Dr. Hannah Vogt erzählt.', settings: { degree: 2, lang: 'de' } },
    // A postscript under the signature is part of the note.
    { code: "Hello [Name],\n\nI'd love to compare notes on [named topic].\n\nBest regards,\n[Your Name]\n\nP.S. [Mutual Connection] speaks very highly of you!", settings: { degree: 2 } },
    // Named before what they said of them or did with the sender, or after "per".
    { code: 'Bruno, two clinics, same no-shows. Clara Mendes figured your Curitiba practice could use our reminder script.', settings: { degree: 2 } },
    { code: "Hi Arjun. One table, three founders, zero storage: Neha Joshi's description of your Pune setup.", settings: { degree: 2 } },
    { code: "Hi Teodora — Priya's name for you was 'the Kafka whisperer'.", settings: { degree: 2 } },
    { code: 'A second pair of eyes on a Terraform module: Felipe Ortiz insists nobody in Madrid knows the AWS provider better than you.', settings: { degree: 2 } },
    { code: 'Yusuf, Leila Haddad supervised both our theses on desalination brine.', settings: { degree: 2 } },
    { code: 'Maya, Callum Reid and I ran the van routing for the Glasgow food bank together.', settings: { degree: 2 } },
    { code: 'Sanne, Joost de Vries (your old desk-mate at Eneco) and I bid on the last tender.', settings: { degree: 2 } },
    { code: "Hey Dami — Tolu Adebayo's 30th, the rooftop in Lekki, you explaining solar mini-grids. That was me.", settings: { degree: 2 } },
    { code: 'Per Arvid Holm, your team took dbt build time from 90 minutes down to 11.', settings: { degree: 2 } },
    { code: 'Hi Lena, Tom Kirby said to mention his name. I could use your advice on the annual governance return.', settings: { degree: 2 } },
    { code: 'Hi %s, %s suggested I reach out about the data role on your team.', settings: two },
    { code: 'Hi {0}, {1} told me you are the person to ask about the data role on your team.', settings: two },
    { code: 'Moin Jana, schöne Grüße von Henrik! Er meinte, wir sollten uns mal über Lagerlogistik austauschen.', settings: { degree: 2, lang: 'de' } },
    { code: "Madame, M. Paul Girard, que j'ai accompagné l'an dernier, m'a conseillé de vous écrire : vous préparez la migration de votre ERP.", settings: { degree: 2, lang: 'fr' } },
    { code: "Monsieur, notre cliente commune Mme Claire Petit m'indique que vous cherchez un fournisseur.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Guten Tag Herr Roth, ich melde mich, da wir beide über Martina Sommer an der Ausschreibung der Stadt Ulm beteiligt sind.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hi Tim, Lara Koch hat mich an dich verwiesen. Habt ihr bei Flix die Umstellung auf Kafka schrittweise gemacht?', settings: { degree: 2, lang: 'de' } },
    { code: 'Guten Tag Herr Baumann, Frau Kaiser aus Ihrem Vertriebsteam hat mich gebeten, mich direkt bei Ihnen zu melden.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Raquel, adorei o teu post sobre turnos nas urgências — foi o Nuno Pires que mo partilhou.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Exma. Sr.ª Eng.ª Ana Lopes, por sugestão do Prof. Vítor Costa, venho apresentar-me.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Eduardo, nos conhecemos na Agrishow semana passada. O Márcio Pinheiro estava com a gente.', settings: { degree: 2, lang: 'pt' } },
    { code: "Bonjour Manon, Hélène Garnier m'a appris ta nouvelle fonction chez Groupama, bravo !", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Antoine, notre ami Sylvain m'a fait écouter votre épisode sur votre lancement aux États-Unis.", settings: { degree: 2, lang: 'fr' } },
    { code: "Ciao Ale, me l'ha suggerito Chiara: vorrei sapere come avete aperto le farmacie in Ticino.", settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Nicola, conosci anche tu Federica Greco? Mi ha parlato molto bene di te!', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Serena, Marta Villa mi dice sempre che sei un genio del marketing.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Ste, ci siamo visti alla festa di compleanno di Marco sabato, ti ricordi?', settings: { degree: 2, lang: 'it' } },
    { code: 'Oi Bruno, o Caio falou muito bem de você! Bora conectar.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Fernando, somos ambos amigos do Zé Pedro Antunes. Gostava de te ter nos meus contactos.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Herr Kuhn, Frau Ahrens hat Sie mir als Ansprechpartner bei der IHK genannt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Goedendag meneer Hendriks, mijn oud-collega Marco Visser heeft me op u gewezen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hey Floor, jouw naam viel zaterdag op de borrel van Jelle!', settings: { degree: 2, lang: 'nl' } },
    { code: 'Beste Lisanne, Peter Brouwer (mijn oud-teamleider bij ASML) stelde voor dat we eens moesten praten.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Beste meneer Smeets, mevrouw Lambrechts van de KvK heeft me uw naam gegeven.', settings: { degree: 2, lang: 'nl' } },
    // Who told the sender, named after the verb or after «por».
    { code: 'Hola Nerea, me ha dicho Iker que buscáis a alguien para el inventario del museo.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Álvaro, por Carmen Vidal supe que vais a renovar la flota de reparto.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Rocío, me enteré por Julián de que dejas la consultora.', settings: { degree: 2, lang: 'es' } },
    // Sent by them in so many words; a name past an aside in brackets.
    { code: "Hi Efua, so Kojo basically ordered me to message you. I'm starting a cold-chain pilot in Tamale and would love 15 minutes.", settings: { degree: 2 } },
    { code: 'Buenas, Marcos. Nos presentó (muy de pasada, en una boda, así que igual no te acuerdas) Elena Duran. ¿Seguimos hablando de tu fábrica de Vigo?', settings: { degree: 2, lang: 'es' } },
    // News passed on, a prediction that the two would get on, their work shown, an aside before "that".
    { code: "Hi Noor, Owen (Owen Pike, your old flatmate!) passed on that you're opening a second café in Leith.", settings: { degree: 2 } },
    { code: "Hi Sven, Mia Holt was right that we'd get on. Thanks again for the chat about heat pumps.", settings: { degree: 2 } },
    { code: "Hi Rosa, Tariq — we're on the same squad at Monzo — showed me your write-up on the card freeze flow.", settings: { degree: 2 } },
    { code: 'Hi Iván, Lucía Pardo mentioned, when we spoke on Friday, that Brisa is switching payroll providers.', settings: { degree: 2 } },
    { code: 'Hola Pablo, nos conocimos de refilón en el cumpleaños de Maite. Te escribo porque buscáis PM en Cabify.', settings: { degree: 2, lang: 'es' } },
    // Who confirmed or passed on what the sender knows; someone the sender was talking with.
    { code: 'Hola Carmen, vi tu post sobre el cierre en Sage y Rubén Ortiz me confirmó que lo migrasteis vosotros.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buen día, Alejandra. Me comparte Gaby que estás buscando nuevas oportunidades en tesorería.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Ignacio, hablando el otro día con Laura Vidal salió tu nombre: busco un arquitecto cloud.', settings: { degree: 2, lang: 'es' } },
    // Brought in by them, an introduction they made, a chat where the reader's name came up, someone said to be known to the reader.
    { code: 'Hey Lena, Piotr looped me in on your search for a data lead.', settings: { degree: 2 } },
    { code: 'Hi Sam, following up on the intro Maya Reyes made by email.', settings: { degree: 2 } },
    { code: 'Hi Kofi, Ama Owusu and I were comparing notes on cold storage and your name came up.', settings: { degree: 2 } },
    { code: 'Hi Jo, Rafael Costa, who I think you know from Loomly, and I run a workshop next week.', settings: { degree: 2 } },
    { code: 'Hola Pau, Marc Serra, mi jefe en Seidor, me insistió en que te escribiera.', settings: { degree: 2, lang: 'es' } },
    // One of the contacts in common, named; the one who told them, named before what they said.
    { code: "Hi Jo, we have 14 mutual connections, including Ravi Shah. I'd love to hear about your move into climate finance.", settings: { degree: 2 } },
    { code: "Hi Jo, as Ravi may have mentioned, I'm the designer for your shop's rebrand.", settings: { degree: 2 } },
    { code: 'Hola Jo, tenemos 9 contactos en común, entre ellos Ravi Shah, y me encantaría saber cómo es tu trabajo en Bolt.', settings: { degree: 2, lang: 'es' } },
    // A name ending in letters a page's word ends in ("Haddad", "ad") is still a name.
    { code: 'Hi Jo, Samir Haddad said you cracked bulk refunds last year. We are stuck on the same thing.', settings: { degree: 2 } },
    // Someone who was on the call with both, or whom they mentioned.
    { code: 'Hey Marta, great speaking with you at the end of our Zoom with Diego Paz! Your point about onboarding stuck with me.', settings: two },
    { code: 'Hi Ji-woo, great speaking with you Tuesday. You mentioned Hyun-su Park from our old Samsung team is now on yours — small world!', settings: two },
    // es: the party of someone both know.
    { code: 'Hola Nerea, no sé si te acuerdas de mí: coincidimos en un cumpleaños de Mikel Arana hace años. ¡Me encantaría añadirte a mi red!', settings: { degree: 2, lang: 'es' } },
    // The person in common named after «en común» and a title, or after «socio común»; their regards, their naming the reader (es).
    { code: 'Estimada Dra. Ríos: por sugerencia de nuestro colega en común, el Ing. Tomás Ugarte, me permito escribirle sobre la planta de Talca.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenas tardes Sra. Ferrer. Su contacto me lo pasó nuestro socio común Jordi Puig.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Sergio, Carla Mendoza te mandó saludos desde Lima.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Sergio, Ignacio Prieto te nombró cuando le pregunté quién sabía de logística en frío.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola Marta, cuando Iván mencionó que usted dirige el área de compras, supe que debía escribirle.', settings: { degree: 2, lang: 'es' } },
    // Someone who insisted they meet, someone who has surely told them already (es).
    { code: 'Hola Lucía, Andrés Vidal insistió en que nos conociéramos: tú llevas compras en Eroski y yo vendo fruta de Lleida.', settings: { degree: 2, lang: 'es' } },
    { code: 'Buenos días, Elena. Como Raúl (de Garrigues) seguramente ya te contó, preparamos unas jornadas de fiscalidad en Sevilla.', settings: { degree: 2, lang: 'es' } },
    // The person in common named after «nos conecta» (es).
    { code: 'Buenas, Clara. Nos conecta Marcos Ruiz (coincidimos en Cabify). Me recomendó tu curso de SQL y me encantó.', settings: { degree: 2, lang: 'es' } },
    // Named before what they said in the reader's praise; known to both "de rebote" (en, es).
    { code: 'Hi Laura, I was catching up with Pete Ruiz, who was full of praise for your data team. Could I ask how you hire?', settings: { degree: 2, lang: 'en' } },
    { code: 'Hola Rocío, nos conocemos de rebote por Álex Soler. ¿Quedan sitios en el coworking?', settings: { degree: 2, lang: 'es' } },
    // es (Chile): known to the sender "por" someone.
    { code: 'Hola Rodrigo, ¿cómo estai? Te cacho por la Fran Rojas, trabajamos juntas en Falabella. ¿Conversamos?', settings: { degree: 2, lang: 'es' } },
    // The name before its apposition (en).
    { code: 'Dear Mr. Haddad, Omar Farouk, a mutual acquaintance, indicated that your office is reviewing logistics startups. We are raising a seed round.', settings: { degree: 2, lang: 'en' } },
    // es: told in the imperfect, the name before it.
    { code: 'Hola Valentina: Diego Ferreyra me contaba el otro día que estás terminando la tesis sobre corpus legales, y tenemos uno anotado. Si te sirve, te lo paso.', settings: { degree: 2, lang: 'es' } },
    // Named before, who has the reader in their network (es).
    { code: 'Hola [Nombre], Lucas Prieto, con quien coincidí en Iberdrola, también te tiene en su red. Quiero ampliar contactos en energía, ¿conectamos?', settings: { degree: 2, lang: 'es' } },
    // Named before, who vouched for their work (en).
    { code: 'Dear Professor Ndlovu,\n\nWe would like to invite you to give the opening keynote.\n\nDr. Felix Amsel, who I believe was your co-editor on the Handbook of Education Policy in Southern Africa, suggested that your recent work would fit.', settings: { degree: 2 } },
    // Named with a colloquial article, then a referral with its subject dropped (es).
    { code: 'Hola Diego. Soy uno de los que jugaban al fútbol con el Pato los jueves. Me contó que dejaste Globant para montar tu agencia; yo también estoy pensando en independizarme, ¿me cuentas cómo te fue el primer año?', settings: { degree: 2, lang: 'es' } },
    // The referrer after the verb
    { code: 'Estimado Sr. Vallejo:\n\nMe ha facilitado su nombre Ramón Ortega, del Consejo Regulador, con quien ha colaborado.', settings: { degree: 2, lang: 'es' } },
    // The one named before telling of a move of theirs
    { code: 'Hi Ana, Dana mentioned the expansion of your clinic to Leeds. We made the same move last year and learned a lot.', settings: { degree: 2 } },
    // Someone's team is that someone's
    { code: "Dear Ms. Adeyemi, I am on Karen Holt's team at Meridian Health, and she speaks very highly of your years together at the state health department.", settings: { degree: 2 } },
    // The host of a private occasion both were at
    { code: "Hi Lena, we met at Ruth's retirement party and you mentioned your team is rebuilding onboarding.", settings: { degree: 2 } },
    { code: 'Qué onda, {Nombre}! Nos conocimos en la carne asada de Memo. Me dijiste que tu agencia anda buscando fotógrafo.', settings: { degree: 2, lang: 'es' } },
    // de, nl: the referrer named before «wie … angekündigt hat», «und ich», 'adviseerde mij', 'en ik', after 'kreeg je naam van'
    { code: 'Hallo Frau Meier, wie Jan Becker bereits angekündigt hat, melde ich mich wegen der Vertretung im Projekt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Wagner, Herr Schmidt von der IHK Stuttgart und ich haben heute über Ihr Ausbildungsprogramm gesprochen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hoi Eva, ik kreeg je naam van Jasper de Vries: jij zou dé persoon zijn voor vragen over data. Mag ik je even bellen?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi [Naam], ik kreeg je naam van [Naam verwijzer]. Mag ik je volgende week even bellen?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Geachte heer Smits,\n\nAnnelies Kok adviseerde mij u te benaderen over de Omgevingswet.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo Femke, Jasper en ik lopen samen hard bij dezelfde club. Wie kan ik bij Booking het beste spreken over design?', settings: { degree: 2, lang: 'nl' } },
    // de, fr, nl, pt, it, es: people in common named as this round's probes name them (a referral with an adverb, announced ahead; a former teammate's slot; «avec qui vous avez plaidé», «ton pote [Nom]»; praise of their approach, sent on, a name given; a brother, a former manager; «è stato Nicola a dirmi»; a dropped subject after an emoji)
    { code: 'Hallo Frau Petersen, meine frühere Chefin Andrea Scholz hat Sie mir wärmstens empfohlen. Darf ich Ihnen die Details zum Mandat schicken?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Kramer, mein Kollege Jan Wolters hat Ihnen ja schon angekündigt, dass ich mich melde – es geht um die Ausschreibung in Harburg.', settings: { degree: 2, lang: 'de' } },
    { code: 'Grüezi Herr [Nachname]\nIhr ehemaliger Teamkollege [Name des Kontakts] hat mir erzählt, dass Sie die Logistikplanung verantworten.', settings: { degree: 2, lang: 'de' } },
    { code: "Bonjour Maître,\nJe suis un confrère de Me Duval, avec qui vous avez plaidé l'affaire Lacroix l'an dernier. Je cherche une collaboration.", settings: { degree: 2, lang: 'fr' } },
    { code: "Salut [Prénom] ! Ton pote [Nom] de la promo 2019 m'a dit que tu bossais sur un jeu en Godot.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Goedemiddag meneer Claes,\nMijn vroegere baas, Hilde Wouters, sprak altijd lovend over uw aanpak bij de fusie. Ik zou graag eens van gedachten wisselen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo Stijn, Koen Verstraeten van bij Barco stuurde me naar u door. Ge zoekt iemand voor embedded software, hoorde ik?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Dag meneer Janssens, ik kom bij u terecht via uw dochter Lotte, met wie ik in Gent studeerde.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Olá Sr. Paulo, meu nome é Roberto e trabalho com seu irmão Sérgio na Vale. Ele me contou que o senhor está abrindo uma operação em Belém.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Alessia, è stato Nicola a dirmi di cercarti qui dopo il pranzo di venerdì. Ti aggiungo per il progetto della scuola.', settings: { degree: 2, lang: 'it' } },
    { code: 'Qué onda, Pato. Soy el roomie de Memo 🙋‍♂️ Me pasó tu contacto porque necesito que alguien me explique lo del SAT.', settings: { degree: 2, lang: 'es' } },
    // de, pt, it, nl: people in common named as the second probes name them
    { code: 'Hallo Julia, Moritz hat mir gerade erzählt, dass ihr in Leipzig ein neues Büro eröffnet – wir sitzen zwei Straßen weiter!', settings: { degree: 2, lang: 'de' } },
    { code: 'Sehr geehrter Herr Mag. Huber,\nAndrea Lechner hat mir verraten, dass Sie früher auch bei der Erste Bank waren.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Inês, a Marta Fonseca é nossa amiga em comum e lembrou-se de mim quando falou do vosso projeto na Mouraria.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá [Nome], soube pelo Ricardo que mudaste para Berlim com a Zalando. Importas-te que te faça umas perguntas?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao [Nome],\ncome forse ti avrà anticipato Matteo Ferrara, sto organizzando la tavola rotonda sulla logistica alla fiera di Verona.', settings: { degree: 2, lang: 'it' } },
    { code: 'Dag An, Wim vroeg me u even te contacteren over de opleiding die we samen willen organiseren.', settings: { degree: 2, lang: 'nl' } },
    // nl, it, pt, de, fr: people in common named as the third probes name them
    { code: 'Geachte mevrouw [Achternaam],\n\nMijn oud-docent [Naam docent], die u nog kent uit uw tijd bij [hogeschool], raadde mij aan u te benaderen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao Fede, Marta Rinaldi dice che cercate un backend dev a Torino… eccomi 😅', settings: { degree: 2, lang: 'it' } },
    { code: 'Oi Camila! A Bia Furtado comentou do teu TCC sobre microcrédito, amei o tema. Conecta?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá {{nome}}, a Joana da {{empresa_indicadora}} recomendou que falássemos sobre o vosso piloto de IoT.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Cara Dra. Teresa Albuquerque,\n\nFoi a Sofia Lemos quem nos apresentou no jantar de encerramento do Portugal Digital Summit.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Bom dia [Nome]. O nosso orientador em comum, Prof. [Nome], sugeriu o contacto por causa da sua investigação em [tema].', settings: { degree: 2, lang: 'pt' } },
    { code: 'Sehr geehrte/r [Titel] [Nachname],\n\nmein Betreuer [Name des Betreuers], der Sie aus dem Projekt [Projektname] kennt, hat mir empfohlen, Sie anzusprechen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hey Lena, Sophie hat mir den Mitschnitt von deinem Talk über Feature Flags geschickt – richtig gut! Lass uns connecten.', settings: { degree: 2, lang: 'de' } },
    { code: 'Sehr geehrte Frau Petersen,\n\nJan Hoffmann hat mir schon viel von Ihnen erzählt – ausschließlich Gutes!', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo {Vorname}, {Kontakt} hat dich als Ansprechpartnerin für EU-Förderanträge genannt. Darf ich dich was fragen?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hello {firstName} ! Karim dit que tu cherches un dev React en freelance, je suis dispo dès lundi', settings: { degree: 2, lang: 'fr' } },
    { code: "Chère Madame Lemaire,\n\nAgnès Morel nous a présentées lors du cocktail de clôture du Forum Inno'Ouest jeudi dernier.", settings: { degree: 2, lang: 'fr' } },
    // de, nl: people in common as the fourth probes name them
    { code: 'Hallo Jakob, Lucas hat mir beim Grillen erzählt, dass du auch aus dem Brauwesen kommst. Hättest du Lust auf einen Austausch?', settings: { degree: 2, lang: 'de' } },
    { code: 'Geachte mevrouw [Achternaam],\n\nOnze gezamenlijke relatie [naam contactpersoon] gaf aan dat u openstaat voor een gesprek over [thema].', settings: { degree: 2, lang: 'nl' } },
    // de, pt: a referral by pronoun after an emoji («Er hat erzählt»), a colleague of someone named
    { code: "Hallo Miriam, ich bin Yusuf aus Tobias' Laufgruppe 😊 Er hat erzählt, dass du wieder in die Steuerberatung einsteigen willst – ich teile gern, was mir geholfen hat.", settings: { degree: 2, lang: 'de' } },
    { code: 'Boa noite, Luciana. Sou colega da Aline Morais na Fiocruz e ela me disse que você coordena o grupo de bioinformática na UFMG.', settings: { degree: 2, lang: 'pt' } },
    // fr, de, pt, it: the contact passed on by someone named after («j'ai eu votre contact par», «ich habe Ihren Kontakt von», «recebi seu contato pelo», «ho avuto il tuo contatto da»)
    { code: "Bonjour Claire, j'ai eu votre contact par Julien Morel, qui travaille avec vous chez Axa.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Claudia, ich habe Ihren Kontakt von Jan Becker, der mit Ihnen bei der Allianz arbeitet.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Cláudia, recebi seu contato pelo João Mendes, que trabalha com você na Vale.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Claudia, ho avuto il tuo contatto da Marco Rossi, che lavora con te in Enel.', settings: { degree: 2, lang: 'it' } },
    // fr, de, pt, nl, it: a person both know named as plain notes name them (speaks highly of you, put me in touch, thought we should meet, sends greetings)
    { code: 'Bonjour Claire, Julien Morel parle de vous en termes très élogieux.', settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Claire, Julien Morel, mon ancien manager, m'a mis en relation avec vous.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Bonjour Claire, Julien Morel pensait que nous devrions nous rencontrer.', settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Claudia, Jan Becker spricht in den höchsten Tönen von Ihnen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Claudia, Jan Becker, mein früherer Chef, hat mich mit Ihnen in Kontakt gebracht.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Claudia, Jan Becker fand, wir sollten uns kennenlernen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Cláudia, o João Mendes, meu antigo chefe, me colocou em contato com você.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Cláudia, o João Mendes mandou um abraço!', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Cláudia, o João Mendes achou que deveríamos nos conhecer.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hoi Claudia, Jan de Vries, mijn vroegere manager, bracht me met je in contact.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Claudia, de groeten van Jan de Vries!', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Claudia, Jan de Vries vond dat we elkaar moesten leren kennen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao Claudia, Marco Rossi parla benissimo di te.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Claudia, ti saluta Marco Rossi!', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Claudia, Marco Rossi pensava che dovessimo conoscerci.', settings: { degree: 2, lang: 'it' } },
    // fr, de, pt, nl, it: referrals as the broad probes phrase them
    { code: "Salut Emma ! Comme Quentin a dû te le dire, je reprends la trésorerie de l'association l'an prochain.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Jean-Marc, suite à notre échange avec Olivier Mercier au déjeuner du Club des DAF jeudi, je vous envoie l'invitation.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Herr Brandt,\n\nmein ehemaliger Kollege Dr. Stefan Wirth hat Sie mir als Ansprechpartner für die Zulassung von Medizinprodukten nach MDR empfohlen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Yo {vorname}, {kontakt} sagt, du bist der Typ für alles rund um {thema}. Darf ich dir mal kurz schreiben?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Anja, Tobias Krämer hat mich auf deine Ausschreibung für die Werkstudentenstelle aufmerksam gemacht.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Kühn, Jörg Seidel hat mir viel von Ihren Erfahrungen mit SiC-Halbleitern erzählt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Gonçalo! Estávamos no mesmo grupo no jantar da Joana Belo depois da conferência.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Oi Gabi! O Pedro Henrique me mostrou seu post sobre burnout em times remotos.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Salve, Matheus! Vi que você e o Leo Araújo trabalharam juntos. Ele foi meu chefe.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Beste heer De Smet,\n\nOp aanraden van ons gemeenschappelijk contact, mevrouw Anja Verhoeven, neem ik contact met u op.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Mila, Thomas heeft vast al over me verteld 😉 Ik ben de nieuwe product owner.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ha Freek, ik hoorde via Annemiek dat je naar Kopenhagen verhuist voor je nieuwe baan.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao [Nome], ho notato che siamo entrambi collegati con [Nome Cognome]. Sono recruiter per [Azienda].', settings: { degree: 2, lang: 'it' } },
    // fr, de, pt, nl, it: a person both know named in eight more phrasings (learnt through them, greetings sent, an introduction by email, a post forwarded, a pronoun after working with them, told to talk)
    { code: "Bonjour Claire, c'est par Julien Morel que j'ai appris que vous lanciez une agence.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Bonjour Claire, Julien Morel vous salue bien !', settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Claudia, ich arbeite mit Jan Becker bei der Allianz; er hat von Ihnen erzählt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Claudia, über Jan Becker habe ich erfahren, dass Sie eine Agentur gründen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Claudia, Jan Becker hat uns per Mail vorgestellt.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Claudia, Jan Becker lässt Sie herzlich grüßen!', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Cláudia, o João Mendes disse que eu deveria falar com você.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Cláudia, foi pelo João Mendes que soube que você está abrindo uma agência.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Cláudia, o João Mendes nos apresentou por e-mail.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hoi Claudia, Jan de Vries stuurde me je bericht over recruitment door.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Claudia, ik werk met Jan de Vries bij ING; hij vertelde over jou.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Claudia, Jan de Vries stelde ons per mail aan elkaar voor.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Claudia, Jan de Vries laat je hartelijk groeten!', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao Claudia, Marco Rossi ha detto che dovrei parlare con te.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Claudia, Marco Rossi ci ha presentate via email.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Claudia, Marco Rossi ti manda i suoi saluti!', settings: { degree: 2, lang: 'it' } },
    // A name slot that opens a referral's sentence is who referred; a slot for a contact's or friend's name, a go-between, an alumnus is a person; «liet mij weten dat u», «meint, ich soll dich…»
    { code: 'Hallo [Vorname],\n\n[Name des Kontakts] hat mir erzählt, dass Sie bei [Unternehmen] für den Einkauf zuständig sind.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo [Anrede] [Nachname], [Name] aus Ihrem Einkauf meinte, dass Sie nach Alternativen für Ihre Folien suchen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hi [Vorname], [Name der Freundin] meint, ich soll dich wegen der Werkstudentenstelle anschreiben.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hey Kai, Mirja hat gesagt, ich soll mich bei dir melden, weil du auch ein Podcast-Studio in Köln aufbaust.', settings: { degree: 2, lang: 'de' } },
    { code: 'Goedemiddag {aanhef} {achternaam},\n\n{tussenpersoon} liet mij weten dat u bij {bedrijf} de inkoop doet.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hola [Nombre], [Nombre del exalumno/a], que fue tu compañero de promoción, nos dio tu contacto para el panel de mayo.', settings: { degree: 2, lang: 'es' } },
    // Said of the reader by someone named: pt «disse que foi você», «disse que a tua equipa…», nl «had het over jou», «vertelde enthousiast over jullie…», de «hat mir nahegelegt, Sie zu kontaktieren»
    { code: 'Oi Pedro, a Ana Luiza (do time de growth da Loft) disse que foi você quem montou o programa de indicação. Topa uma call?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Sara! O João Matos, que foi meu chefe na Farfetch, disse que a tua equipa vai abrir vagas no Porto.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Dag Joris, Anouk had het over jou als iemand die veel weet van subsidies. Mag ik je een vraag stellen?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Beste Jan-Willem, mijn oud-studiegenoot Femke de Graaf vertelde enthousiast over jullie proef met de vierdaagse werkweek.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Sehr geehrter Herr Hartmann, Prof. Dr. Emmerich hat mir nahegelegt, Sie zu kontaktieren: ich suche eine Postdoc-Stelle in Greifswald.', settings: { degree: 2, lang: 'de' } },
    // A battery of eight referral shapes in five languages (18 of 40 wrong at the round's start, none now): who referred named before «thinks you are the right person» with an aside between, pt «recebi o teu nome da…», «reencaminhou-me o teu perfil»
    { code: 'Olá Ana, recebi o teu nome da Júlia Matos, que achou que me podias ajudar com a certificação ISO 27001.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Ana, a Júlia Matos reencaminhou-me o teu perfil porque procuras um designer gráfico freelancer.', settings: { degree: 2, lang: 'pt' } },
    { code: "Bonjour Claire, Julie Martin (mon ancienne collègue chez Axa) pense que vous êtes la bonne personne pour parler d'assurance cyber.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Hallo Frau Weber, Julia Meier (meine frühere Kollegin bei der Allianz) meint, Sie seien die richtige Ansprechpartnerin für Cyberversicherungen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Olá Ana, a Júlia Matos (minha antiga colega na Fidelidade) acha que és a pessoa certa para falar de seguros cyber.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Hallo Anne, Julia Jansen (mijn oud-collega bij NN) denkt dat jij de juiste persoon bent om over cyberverzekeringen te praten.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Ciao Anna, Giulia Conti (mia ex collega in Generali) pensa che tu sia la persona giusta per parlare di assicurazioni cyber.', settings: { degree: 2, lang: 'it' } },
    // Named before «hat nur Gutes über Sie erzählt»
    { code: 'Hallo Frau Weber, Julia Meier hat nur Gutes über Sie erzählt. Lassen Sie uns vernetzen!', settings: { degree: 2, lang: 'de' } },
    // The same battery: pt «conhecemos ambos o [Nome do contato]», it a slot for who referred («[Nome di chi ti ha segnalato]»)
    { code: 'Olá [Nome], acho que conhecemos ambos o [Nome do contato]; estou a trabalhar em [tema] e gostava da tua opinião.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao [Nome], è stato [Nome di chi ti ha segnalato] a consigliarmi di contattarti per [motivo].', settings: { degree: 2, lang: 'it' } },
    // Named before the news of their organisation, a slot for someone's name after a word for them (en)
    { code: 'Hi Nadia, Priya Shah mentioned Fernway just migrated its billing to Stripe. I help finance teams close the month faster.', settings: { degree: 2 } },
    { code: 'Hi [First Name], [Event Organizer Name] passed along your name as someone who might judge our pitch night.', settings: { degree: 2 } },
    // A spin block's first alternative is read where it stands, with its slots: the person in common is named.
    { code: 'Hi {{first_name}}, {% spin %}{{mutual_name}} told me about you|I heard about you from {{mutual_name}}{% endspin %} and your work on {{project}}.', settings: { degree: 2 } },
    { code: 'Hola {{nombre}}, {% spin %}{{contacto}} me habló de ti|{{contacto}} me recomendó escribirte{% endspin %} por tu trabajo en {{empresa}}.', settings: { degree: 2, lang: 'es' } },
    // The person in common named in German as in English: their name had from someone, their name come up with someone, a name's genitive before a relative («Amelies Schwester»), both connected to or worked with someone, worked under someone, someone in common, someone's wedding, almost met through someone, someone who told the reader of the sender.
    { code: 'Sehr geehrte Frau Ostermann, Ihren Namen habe ich von Prof. Dietrich, der meine Masterarbeit zur kommunalen Wärmeplanung betreut. Dürfte ich Ihnen ein paar Fragen stellen?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Herr Sommer, Ihr Name fiel gestern beim Mittagessen mit Birgit Lorenz, die von Ihrem Workshop zu agilem Einkauf geschwärmt hat. Ich würde gern mehr erfahren.', settings: { degree: 2, lang: 'de' } },
    { code: "Hallo Ben, ich bin's, Paulas Mitbewohnerin! Wir haben uns kurz auf ihrer Geburtstagsfeier gesehen. Sucht ihr noch jemanden im Vertrieb?", settings: { degree: 2, lang: 'de' } },
    { code: 'Liebe Sabine, ich habe gesehen, dass wir beide mit Claudia Meier vernetzt sind; sie war meine Mentorin im Führungskräfteprogramm. Ich würde mich gern über Recruiting in der Pflege austauschen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo {{vorname}}, ich habe bei Nestlé in Vevey unter {{ehemaliger_chef}} gearbeitet, so wie Sie, wenn ich mich nicht irre. Er hat mir erzählt, dass Sie in Lausanne ein Produktteam aufbauen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Herr Kaddour, ich habe sieben Jahre an der Seite von Stefan Gerber bei Autoteile Nord gearbeitet, und er hat mir oft von Ihrem erfolgreichen Wechsel zur Bahn erzählt. Ihr Rat wäre mir viel wert.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo <Vorname>, wir haben <Name> gemeinsam, und sie hat mir sehr von Ihrer Arbeit an <Projekt> vorgeschwärmt. Ich würde Ihnen gern zeigen, was wir machen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo [Vorname], ich habe gesehen, dass Sie mit [Kontaktname] vernetzt sind, mit dem ich bei [Firma] gearbeitet habe. Ich entwickle [Produkt] für [Funktion]-Teams.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Vincent, wir sind uns letzten Monat auf der Hochzeit von Camille und Anton begegnet, du hast mir von deinem Solarpark-Projekt erzählt. Wie läuft es?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Charlotte, ich glaube, wir hätten uns über Lukas schon ein paar Mal fast kennengelernt! Ich habe deinen Artikel zur Vier-Tage-Woche gelesen und würde gern Erfahrungen vergleichen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Aurelia, ich bin Amelies Schwester (ihr wart zusammen im Leistungskurs am Goethe-Gymnasium, glaube ich!). Ich bereite mich auf die Aufnahmeprüfung vor und hätte gern deinen Rat.', settings: { degree: 2, lang: 'de' } },
    // The person in common named in French as in English: «je tiens votre nom de…», «votre nom est revenu… avec…», «la coloc de…», «la sœur d'…» (an elided «d'» now reads the name it runs into), both connected to someone, worked under someone, someone in common, someone's wedding, almost met via someone, «que vous connaissez bien», someone who told the reader of the sender.
    { code: 'Madame Ostermann, je tiens votre nom du professeur Dietrich, qui dirige mon mémoire de master sur la planification thermique. Pourrais-je vous poser quelques questions ?', settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Monsieur Sommer, votre nom est revenu hier au déjeuner avec Brigitte Laurent, qui ne tarissait pas d'éloges sur votre atelier d'achats agiles. J'aimerais en savoir plus.", settings: { degree: 2, lang: 'fr' } },
    { code: "Salut Ben, c'est moi, la coloc de Paula ! On s'est croisés à son anniversaire. Vous cherchez toujours quelqu'un en vente ?", settings: { degree: 2, lang: 'fr' } },
    { code: "Chère Sabine, j'ai vu que nous étions toutes deux en relation avec Claudia Meier ; elle a été ma mentore dans le programme de leadership. J'aimerais échanger sur le recrutement infirmier.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour {{prenom}}, j'ai travaillé sous la direction de {{ancien_manager}} chez Nestlé à Vevey, tout comme vous si je ne m'abuse. Il m'a dit que vous montiez une équipe produit à Lausanne.", settings: { degree: 2, lang: 'fr' } },
    { code: "Monsieur Kaddour, j'ai travaillé sept ans aux côtés de Stéphane Guérin chez Equip'Auto, et il m'a souvent parlé de votre reconversion réussie dans le ferroviaire. Votre avis me serait précieux.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour <Prénom>, nous avons <Nom> en commun et elle m'a dit le plus grand bien de votre travail sur <projet>. J'aimerais vous présenter ce que nous faisons.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour [Prénom], j'ai vu que vous étiez en relation avec [Nom du contact], avec qui j'ai travaillé chez [Entreprise]. Je développe [produit] pour les équipes [fonction].", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Vincent, on s'est croisés au mariage de Camille et Antoine le mois dernier, tu m'avais parlé de ton projet de ferme solaire. Je serais curieux d'avoir des nouvelles !", settings: { degree: 2, lang: 'fr' } },
    { code: "Monsieur Haddad, mon directeur de thèse, le professeur Laurent Bessières, que vous connaissez bien, m'a encouragé à vous contacter au sujet de mes recherches sur l'irrigation.", settings: { degree: 2, lang: 'fr' } },
    { code: "Hello Charlotte, je crois qu'on a failli se rencontrer plusieurs fois via Lucas ! J'ai lu ton article sur la semaine de quatre jours et j'aimerais comparer nos retours.", settings: { degree: 2, lang: 'fr' } },
    { code: "Bonjour Aurélie, je suis la sœur d'Amandine (vous étiez ensemble en prépa à Henri-IV, je crois !). Je prépare les concours et j'aimerais beaucoup ton avis.", settings: { degree: 2, lang: 'fr' } },
    { code: 'Bonsoir Madame Nguyen, Jean-Baptiste Courtois vous a sans doute parlé de moi : je suis le doctorant qui travaille sur les batteries sodium-ion au LRCS.', settings: { degree: 2, lang: 'fr' } },
    // The person in common named in Spanish, Portuguese, Italian and Dutch as in English: their name had from someone or come up with someone, a flatmate's, someone worked under, someone in common between the words, both worked with or connected to someone, someone's parties, introduced by someone, «que o senhor conhece bem», someone who told the reader of the sender; regards sent on to someone («¡Saludos a {{mutual_name}}!») are no closing.
    { code: 'Hola Ben, ¡soy yo, la compañera de piso de Paula! Nos vimos un momento en su cumpleaños. ¿Seguís buscando a alguien en ventas?', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola {{nombre}}, trabajé a las órdenes de {{antiguo_jefe}} en Nestlé en Vevey, igual que tú si no me equivoco. Me contó que estás montando un equipo de producto.', settings: { degree: 2, lang: 'es' } },
    { code: 'Hola [Nombre], vi que estás conectado con [Nombre del contacto], con quien trabajé en [Empresa]. Estoy desarrollando [producto] para equipos de [función].', settings: { degree: 2, lang: 'es' } },
    { code: 'Oi Michi, o Flo diz que você manja de editais da FAPESP. Posso te ligar rapidinho?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Prezada Sra. Ostermann, recebi seu nome do professor Dietrich, que orienta minha dissertação sobre planejamento térmico municipal. Posso lhe fazer algumas perguntas?', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá Sr. Sommer, seu nome surgiu ontem num almoço com a Birgit Lorenz, que elogiou muito o seu workshop de compras ágeis. Adoraria saber mais.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá {{nome}}, trabalhei sob a liderança de {{antigo_chefe}} na Nestlé em Vevey, assim como você, se não me engano. Ele me contou que você está montando um time de produto.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá <Nome>, temos <Nome> em comum e ela me falou muito bem do seu trabalho em <projeto>. Adoraria mostrar o que fazemos.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Oi Fatou, nós duas já trabalhamos com o Lucas Bernardes, ele na Ubisoft e você na Ankama, se entendi bem. Estou preparando uma palestra sobre acessibilidade em games.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Olá [Nome], vi que você está conectado com [Nome do contato], com quem trabalhei na [Empresa]. Estou desenvolvendo [produto] para times de [função].', settings: { degree: 2, lang: 'pt' } },
    { code: 'Sr. Haddad, meu orientador, o professor Lourenço Bessa, que o senhor conhece bem, me incentivou a escrever sobre minha pesquisa em irrigação.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Boa tarde Sra. Nguyen, o João Batista Cortes já deve ter falado de mim: sou o doutorando que pesquisa baterias de sódio na Unicamp.', settings: { degree: 2, lang: 'pt' } },
    { code: 'Ciao Michi, Flo dice che te ne intendi di bandi regionali. Posso chiamarti un attimo?', settings: { degree: 2, lang: 'it' } },
    { code: 'Gentile dott.ssa Ostermann, ho avuto il suo nome dal professor Dietrich, che segue la mia tesi sulla pianificazione termica comunale. Potrei farle qualche domanda?', settings: { degree: 2, lang: 'it' } },
    { code: 'Buongiorno dott. Sommer, il suo nome è venuto fuori ieri a pranzo con Birgit Lorenz, che ha parlato benissimo del suo workshop sugli acquisti agili. Mi piacerebbe saperne di più.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao Ben, sono io, la coinquilina di Paola! Ci siamo visti un attimo al suo compleanno. Cercate ancora qualcuno in vendita?', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao {{nome}}, ho lavorato sotto la guida di {{ex_capo}} in Nestlé a Vevey, come te se non sbaglio. Mi ha detto che stai mettendo in piedi un team di prodotto.', settings: { degree: 2, lang: 'it' } },
    { code: 'Ciao <Nome>, abbiamo <Nome> in comune e mi ha parlato molto bene del tuo lavoro su <progetto>. Mi piacerebbe mostrarti cosa facciamo.', settings: { degree: 2, lang: 'it' } },
    { code: "Ciao Fatou, abbiamo lavorato entrambe con Luca Bernardi, lui in Ubisoft e tu in Ankama se ho capito bene. Sto preparando un talk sull'accessibilità nei videogiochi.", settings: { degree: 2, lang: 'it' } },
    { code: 'Buongiorno [Nome], ho visto che è in contatto con [Nome del contatto], con cui ho lavorato in [Azienda]. Sto sviluppando [prodotto] per i team [funzione].', settings: { degree: 2, lang: 'it' } },
    { code: 'Buonasera dott.ssa Nguyen, Giovanni Battista Corti le avrà già parlato di me: sono il dottorando che lavora sulle batterie al sodio al Politecnico.', settings: { degree: 2, lang: 'it' } },
    { code: 'Beste meneer Sommer, uw naam viel gisteren tijdens een lunch met Birgit Lorenz, die lovend was over uw workshop agile inkoop. Ik hoor er graag meer over.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Ben, ik ben het, de huisgenote van Paula! We zagen elkaar kort op haar verjaardag. Zoeken jullie nog iemand voor sales?', settings: { degree: 2, lang: 'nl' } },
    { code: 'Beste Sabine, ik zag dat we allebei verbonden zijn met Claudia Meier; zij was mijn mentor in het leiderschapsprogramma. Ik praat graag over werving in de zorg.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi {{voornaam}}, ik heb onder {{oud_manager}} gewerkt bij Nestlé in Vevey, net als jij als ik me niet vergis. Hij vertelde dat je een productteam opbouwt.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Meneer Kaddour, ik heb zeven jaar naast Stefan Geerts gewerkt bij Auto-onderdelen Noord, en hij vertelde vaak over uw geslaagde overstap naar het spoor. Uw advies zou me veel waard zijn.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi <Voornaam>, we hebben <Naam> gemeen en zij sprak heel lovend over je werk aan <project>. Ik laat je graag zien wat we doen.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hoi Fatou, we hebben allebei met Lucas Bernard gewerkt, hij bij Ubisoft en jij bij Ankama als ik het goed begrijp. Ik bereid een talk voor over toegankelijkheid in games.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hallo [Voornaam], ik zag dat u verbonden bent met [Naam contact], met wie ik bij [Bedrijf] heb gewerkt. Ik ontwikkel [product] voor [functie]-teams.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Goedenavond mevrouw Nguyen, Jan-Bart Kortenaar heeft u vast al over mij verteld: ik ben de promovendus die aan natrium-ionbatterijen werkt bij de TU Delft.', settings: { degree: 2, lang: 'nl' } },
    { code: 'Hola {{first_name}}, un placer haberte conocido. ¡Saludos a {{mutual_name}}!', settings: { degree: 2, lang: 'es' } },
    { code: 'Ciao Marco, ci ha presentati Federica alla cena di venerdì. Come promesso ecco il mio profilo.', settings: { degree: 2, lang: 'it' } },
    // What the one who referred said of them, in German: «Florian meint, du kennst dich mit … aus».
    { code: 'Hallo Michi, Florian meint, du kennst dich mit BAFA-Förderanträgen aus. Darf ich dich kurz anrufen?', settings: { degree: 2, lang: 'de' } },
    // English as the other languages: someone worked under, someone in common between the words, someone who told the reader of the sender.
    { code: "Hi {{first_name}}, I worked under {{former_manager}} at Nestlé in Vevey, as you did if I'm not mistaken. He told me you're building a product team in Lausanne.", settings: { degree: 2 } },
    { code: "Hello <First name>, we have <Name> in common and she spoke very highly of your work on <project>. I'd love to show you what we do.", settings: { degree: 2 } },
    { code: "Good evening Ms Nguyen, Jean-Baptiste Courtois has probably told you about me: I'm the PhD student working on sodium-ion batteries at LRCS.", settings: { degree: 2 } },
    // From the last probe wave: the referrer named before a suggestion to meet, after «hat mir … erzählt», before a suggestion that the two coordinate, before a piece of theirs shared.
    { code: 'Hallo Paula, Ben und ich haben zusammen in Halle studiert, und er meint, wir sollten uns unbedingt kennenlernen. Lust auf einen Kaffee?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hi Jule, wir arbeiten ja beide für die Brauerei in Ehingen, hat mir Matze erzählt. Wär doch schlau, wenn wir uns mal abstimmen.', settings: { degree: 2, lang: 'de' } },
    { code: 'Guten Tag Frau Eberle, Herr Gmeiner aus dem Bauamt hat vorgeschlagen, dass wir uns vor der Sanierung kurz abstimmen. Hätten Sie nächste Woche Zeit?', settings: { degree: 2, lang: 'de' } },
    { code: "Allô Simon! Julie Pelletier a partagé ton épisode de balado sur la rénovation, et je l'ai écouté d'une traite.", settings: { degree: 2, lang: 'fr' } },
    // A given name after an article, as German speech says it: the person in common named.
    { code: 'Servus Katharina! Der Felix aus der Boulderhalle hat mir erzählt, dass du jetzt freiberuflich arbeitest. Lust auf einen Austausch?', settings: { degree: 2, lang: 'de' } },
    { code: 'Hallo Maxi, der Flo vom Rudern hat mir erzählt, dass du eine Wohnung suchst. Meld dich gern!', settings: { degree: 2, lang: 'de' } },
    { code: 'Servus Michi, die Steffi meint, du kennst dich mit Förderanträgen aus. Darf ich dich kurz anrufen?', settings: { degree: 2, lang: 'de' } },
  ],
  invalid: [
    // "One" opening a sentence is no name: "One of your colleagues…".
    { code: "Hi Dominic,\n\nI hope you're doing well.\n\nOne of your colleagues pointed me to you for the roof retrofit at Pembury.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A way of sending in the signature is no one; nor is an institution the sender writes for (es).
    { code: 'Hi Marta, your thread on pallet tracking was spot on. Would love to compare notes.\n\nBest,\nIvo\nSent via Superhuman', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Buenas tardes Dra. Villa, le escribo de parte de la Asociación de Exportadores de Piura, donde me recomendaron su estudio para temas aduaneros.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // The sender's colleague who will contact them is no one they know yet.
    { code: 'Hi Ms Meyer, my colleague Tom will reach out about the recycling tender in Leeds. Is this still the best address for you?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Goedendag meneer Visser, mijn collega Sanne neemt contact met u op over de aanbesteding in Deventer. Klopt dit e-mailadres nog?', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    // Ideas given by their talk are no contact given: «sua fala me deu várias ideias».
    { code: 'Olá Fernanda, vi que você participou do painel sobre open finance no Febraban Tech. Trabalho com APIs de pagamento e sua fala sobre consentimento me deu várias ideias.', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Owen, as I mentioned Pinemark is hiring. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // An acronym's plural is no one's name: "I work with CFOs … and thought your perspective would…" is the sender's thought.
    { code: 'Hi Dana, I work with fintech CFOs on cash forecasting and thought your perspective at Acme would be valuable.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A word that turns the talk is no name before "in common".
    { code: "Honestly, we have loads of connections in common, so let's finally link up!", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi {{ first_name }}, I see {{ mutual_count }} of my connections also know you. I'd love to add you to my network.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Ignacio, vi que los dos estamos en el grupo de Vendedores de Amazon España. ¿Conectamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Ola, a mutual friend from our Glasgow days suggested I get in touch about ROV work at Oceaneering. We've just added two spreads in Bergen.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Rita, hablé con alguien de tu equipo en el eShow Madrid y me dijo que te escribiera: tenemos una app para conciliar pedidos de Amazon y Shopify.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola, soy Marisa. Me dijeron que eres la persona a quien preguntar por la unidad del dolor de tu hospital. ¿Tendrías un rato?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Estimada Sra. Prieto, le escribo porque tenemos muchos conocidos en común en el Colegio de Economistas de Madrid. Quedo a su disposición.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hello Mr. Abara, a friend of yours pointed me your way for advice on our capital campaign.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Estimado {{ nombre }}, un colega en común me sugirió escribirle acerca del Festival Iberoamericano de Publicidad, donde presentaremos nuestro caso.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Esteban, vi que también estás en el grupo de LinkedIn «Egresados UTN». ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Inés, tenemos amigos en común en Jerez y me encantaría conocerte. Tengo una bodega pequeña.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Irene, en el sector todos citan tu trabajo con los inventarios. Me encantaría comparar métodos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Tomás, I heard about your apprenticeship scheme from a friend — could you tell me how you recruit mentors?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Ana, I thought of you right away. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Pedro, la gente habla mucho de ti en el sector. ¿Hablamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Pedro, mi jefe me pidió que te escribiera.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Dana, I credit you with getting me into Rust. Let's connect.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Dana, your post was shared by our CEO in the all-hands. Loved it.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Connecting via Sales Navigator — we both support cold chain.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: '¡Hola, profe! Vi que dirige TFGs de visión artificial, ¿tendrá hueco para el curso que viene?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Fer, ¿lo compartió alguien de tu equipo?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Lucas — I finally connected the dots on your pricing post.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Con tantos contactos en común, seguro que nos conocemos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Presentación de la empresa adjunta. ¿Hablamos?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Mutual: none, sadly. Read your essay twice.', settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: "My boss's ex-colleague here. Your take on payer data?", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Paula, por eso sé que buscáis ponentes para el meetup de enero.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Fer, nos vimos en el cumple de la empresa y quiero retomar lo de tu app.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // An unnamed mutual friend right before the referral is who referred, not a capitalised word further back.
    { code: 'Estuve en tu charla de Flutter en la GDG Málaga; un amigo mutuo me dijo que te escribiera.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'I was at your talk at GDG Leeds; a mutual friend told me to write to you.', settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    // A slot read by its role, an organisation after «con», an unnamed referrer, "per our Zoom".
    { code: 'Hola Andrea, ambos trabajamos con {empresa} y me gustaría comparar plazos de entrega.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Sandra, los dos trabajamos con la Cooperativa del Valle y me gustaría presentarte nuestro servicio.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Estimada Sra. Ruiz: alguien de su equipo nos remitió a usted para el Plan de Movilidad. Queremos sumarnos a las mesas.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Marta, una compañera me refirió a usted para la auditoría. ¿Podemos hablar?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Laura, per our Zoom on Tuesday about the API — we share many connections, so it seemed natural to connect.', settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Ana, per the brief I'd like to ask about your supplier audit.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Ana, someone asked me to follow up after our call about the audit.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // es: where friends in common work is no one.
    { code: 'Hola Lorena, unos amigos que tenemos en común en El Corte Inglés me contaron que llevas el visual.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A messaging app's group is nobody; es: many people unnamed, a board's dinner.
    { code: "Hi Farah, someone in my returners' WhatsApp group said you hire for the finance team. Could we chat?", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola, nos une mucha gente en común y creo que puede salir algo bueno de conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Clara, coincidimos en la cena del consejo de la fundación y me gustaría proponerte algo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Several connections unnamed; es: where they were introduced, colleagues of a company, an adverb in a note without capitals.
    { code: "Hi Dana, a role I'm filling lines up with your work. Several of our connections speak highly of you — do you have time for a call?", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Susana, nos presentaron en Fitur. ¿Seguimos en contacto?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola, vi que conoces a varios de mis antiguos compañeros de la Sociedad de Tasación. Te agrego.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola, tenemos un contacto en común que siempre habla maravillas de ti, así que aquí estoy.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // a partner as a modifier is nobody; colleagues of an organisation unnamed.
    { code: 'Hi Quinn, noticed we were both at the partner summit — would be great to compare notes on your partner QBRs.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Germán. Varios compañeros de la Federación me hablaron de vos. Me dedico a la fisioterapia deportiva.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // es: the subject after the verb is someone unnamed, not the place the sentence before names.
    { code: 'Hola Nico, soy de Madrid. Me contó un amigo que estáis armando el pliego.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A referral with its subject dropped after a sentence naming only a company; es: a friend not named.
    { code: 'Hola Carlos, trabajé en Indra muchos años. Me dijo un amigo que necesitas un Scrum Master.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Carlos, I worked at Indra for years. Told me you need a Scrum Master.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // es: the sender presenting a product («le presento»), their thesis talked over in class.
    { code: 'Sr. Andrade, le presento GobDigital, una solución para la gestión de expedientes municipales.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Marcos, estuvimos hablando de tu tesis en clase.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A channel slot is a place, not a person; the sender's own handle; es: a department's initials, no one named.
    { code: 'Hi Ana, I saw your post in {{ channel }} and thought we should connect.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hey Tobi! I'm @maya_ships from Buildspace s5, nice to e-meet you.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Gabriela, el equipo de I+D me puso sobre la pista.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Praise from people not named; es: a boss not named.
    { code: 'Hi Tash, my clients rave about your fit-outs.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Íñigo, mi jefe quiere que te pregunte por la auditoría.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // What a site forwarded, what an unnamed colleague said, what the reader asked; es: the sender's own talk of their work.
    { code: 'Hi Felix, LinkedIn forwarded me your profile last week.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Felix, I heard from a colleague that you need a photographer.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Felix, you asked me to reach out after the panel, so here I am.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Andrea, no paro de hablar de tu trabajo con mis amigos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // The reader addressed with a dash before "our mutual contacts": no one named.
    { code: 'Dr. Hall — your profile is impressive, and our mutual contacts speak highly of you.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A pronoun after an event and its city: no one named.
    { code: "Hi Mo, we met at KubeCon in Berlin. She said you're hiring.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // No one named before the tie (en); a team, not a person (es).
    { code: 'Hi Diego, I work with him at Glovo.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Diego, trabajo con el equipo de datos en Glovo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Asked to let the sender know: no one named; a meeting with a company (es).
    { code: "Hi Olu, please let me know you're free for a call.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Ana, tuve una reunión con Microsoft y me encantaría conectar.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Someone on the sender's team flagged their profile: no one both know.
    { code: 'Hi Sam, Priya from our recruiting team flagged your profile. We have an opening that could fit.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A lab's name slot is no person.
    { code: 'Hi {first_name}, a mutual friend told me [Lab Name] is hiring a lab manager.', settings: two, errors: [{ messageId: 'unnamed' }] },
    // es: met with people of a company, none named.
    { code: 'Hola Ángela, creo que coincidimos en alguna reunión con gente de Deloitte, ¿puede ser?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // The sender's team, no one named.
    { code: 'Hi {{first_name}}, my team and I had lunch with you at the summit.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // Heard by the sender, said by the reader (en); «me animo» is the sender's own courage, their work known through the press (es).
    { code: "Hi Sam, I heard you're hiring a plasterer. I'm free from the 3rd.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Sam, following up on what you said on Sunday: you need an interpreter?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola {{ first_name }}, 23 contactos en común y tú al frente de la Oficina Municipal de Vivienda, así que me animo. Estamos redactando una guía de alquiler.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Sra. Aldana, conocí su trabajo por la prensa local.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Asked by the reader; a report, not a person (es).
    { code: 'Hi Priya, you asked me to get in touch with you after the demo.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Caro, según el informe, estás entre las diez agencias del año.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // What the sender flagged, what everyone calls them; colleagues at a company, none named (es).
    { code: "Hi Sam, I flagged that you're hiring to my team.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Sam, everyone calls you the go-to on pricing.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Diego, varios de mis compañeros de Accenture te conocen, así que me pareció natural escribirte.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // es: met with many, none named.
    { code: 'Hola Ana, coincidimos en la feria de Valencia con mucha gente del sector.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A habit shared with no one named; praise from people in general.
    { code: 'Hi Sam, my cofounder and I used to run a bakery, so I know the margins.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Sam, customers speak highly of the support you offer.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // "Partner" and "sister" as modifiers name no one.
    { code: 'Hi Sam, our platform could help your partner companies hire faster; open to a call?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // Many who keep saying it are no one in particular.
    { code: 'Hi Sam, bakery owners keep telling me their ovens eat half their power bill.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hello Ms. Park,\n\nFleet managers have told me their telematics data goes unread.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // An indefinite pronoun, capitalised after an emoji, is no one in particular.
    { code: 'Hey Sam 👋 Everyone in cold-chain logistics keeps telling me the same thing: reefer alarms come too late.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Bea, I thought the two of us ought to compare notes on kiln firing.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // "Ejecutivo de cuenta": an account, not someone telling (es); the company after it is no one both know.
    { code: 'Estimado Luis, a partir de julio seré su nuevo ejecutivo de cuenta en Transportes Norte para Guadalajara.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // "Given" opens a sentence, and the thought is the sender's: no one both know.
    { code: 'Hi [First Name], we are testing a rota app with a few warehouses. Given your role at [Company], I thought you might be interested.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // The sentence before opens with no one: "she" is unnamed, the event is a place.
    { code: "Hi Tomás, we met at Web Summit last year. She mentioned you're hiring a buyer.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // "I thought we should connect" is the sender's thought: the capitalised body before it is no one both know.
    { code: 'Hi Sarah, as a fellow member of the Chartered Institute of Marketing I thought we should connect.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // "grâce à notre solution SaaS" names the sender's product, not a person (fr).
    { code: 'Bonjour {{first_name}}, nous aidons les PME à automatiser leur facturation grâce à notre solution SaaS.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // A slot for how many people, whatever its name says.
    { code: "Hi {{first_name}}, I see we're both connected with {{mutual_connection_count}} people in SaaS.", settings: two, errors: [{ messageId: 'unnamed' }] },
    // Past a dash after how many are in common, the note goes on: no name (de).
    { code: 'Hallo {{first_name}}, wir haben 17 gemeinsame Kontakte – Zeit, dass wir uns vernetzen!', settings: two, errors: [{ messageId: 'unnamed' }] },
    // An acronym beside "gracias a" is a thing, not a person both know.
    { code: 'Hola Ana, revisamos contratos de bufetes gracias a una IA privada que corre en local.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Dear Ana, we cut scrap for toolmakers through CAD-based inspection.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // The sender's own colleague, who will write to them, is no one both know.
    { code: 'Hallo Herr Brandt, mein Kollege Tim Sauer wird Sie bezüglich der Stadtreinigung in Kassel kontaktieren.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    // Through or via a means, not a person: a product, a search.
    { code: 'Hola Teresa, ayudamos a clínicas dentales a conseguir más pacientes a través de Google Ads.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi [Name], I help dentists get more patients through Google Ads. Would you be open to a quick call?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Sam, I found your profile via LinkedIn Sales Navigator.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Sam, we grew signups 3x via HubSpot workflows and I'd love to share how.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hoi Sam, wij helpen tandartsen aan meer patiënten via Google Ads.', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    // A slot for a process is no person, whatever it is said to tell.
    { code: 'Hi {{first_name}}, one thing {{process}} engineers keep telling me: inspection takes longer than CAD review.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // The same shapes with no one named.
    { code: "Hi Ana, a mutual friend thought we'd click.", settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Ana, alguien te etiquetó en mi publicación.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // A count in a slot before 'I thought we should' is how many, not who.
    { code: 'Hi {first_name}, we have {{mutual_count}} mutual connections so I thought we should connect!', settings: two, errors: [{ messageId: 'unnamed' }] },
    // In a note written all in lower case, the word after 'en común,' is not a name.
    { code: 'hola ana, tenemos muchos contactos en común, conectemos!', settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: 'hi ana, a friend suggested i reach out about your dbt migration', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'hola ana, un amigo me comentó que estás migrando a dbt', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // What is someone's own is no name, nor is a chat spelling (en, es).
    { code: 'hi ana, someone in our slack group mentioned ur hiring for the QA team', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'hola ana, un amigo q tenemos en común me dijo q estás con una startup de agro', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Marcus, a mutual friend suggested I reach out about robotics.', settings: two, errors: [{ messageId: 'unnamed', line: 1, column: 12 }] },
    { code: 'Hi Laura, I see we have 12 connections in common.', settings: two, errors: [{ messageId: 'unnamed' }] },
    // A slot for how many is no person, whatever its name says.
    { code: 'Hola {{ nombre }}, veo que tenemos {{ contactos_en_comun }} contactos en común.', settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hi Laura, I read your interview with Pedro Alonso in Expansión.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Andrés, un amigo en común me dijo que estás buscando diseñadores para Ualá.', settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Sergio, vi que María José Lozano te recomendó en su perfil.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Sehr geehrter Herr Dr. Wagner, gerne würde ich mich mit Ihnen über die neuen Anforderungen der MDR austauschen.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi [Name], I would love to connect with you.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo [Vorname], wir haben zwölf gemeinsame Kontakte und ich habe deinen Vortrag auf der [Konferenz] gesehen.', settings: two, errors: [{ messageId: 'unnamed' }] },
    { code: '---\ndegree: 2\n---\nHi Sam, let us connect!', errors: [{ messageId: 'noSharedContact', line: 4, column: 9 }] },
    // The sender worked with them: no one in common.
    { code: 'Hi Ben, at Loomwell I worked with you on the billing revamp. Could we catch up?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // "Tenemos a" without "en común" after the name: no one in common.
    { code: 'Hola Andrés, tenemos a Elena Franco en el equipo de ventas. ¿Hablamos?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // "You said…" is the reader speaking: no one in common is named.
    { code: 'Hi Declan, we chatted at the Galway hurling club quiz night – you said your garage takes trainees. My nephew is keen. Could he call you?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // A verb opening the sentence is no name before "me animo" (es).
    { code: 'Hola Nuria, Tenemos varios contactos en común, así que me animo a escribirte.', settings: two, errors: [{ messageId: 'unnamed' }] },
    // A control tag renders nothing: the branch says no name.
    { code: 'Hi {{first_name}}, keen to connect with operators in {{city}}. {% if mutual %}Looks like we know some of the same people.{% endif %}', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // A slot for what both have is no person both know.
    { code: 'Hi [Name], I noticed our [common background] and would love to compare notes on it.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // A slot for the profile sought is no person (es).
    { code: 'Hola [Nombre], un amigo en común me dijo que buscas [perfil]. ¿Hablamos?', settings: two, errors: [{ messageId: 'unnamed' }] },
    // In lower case, a clause before a referral's verb is not a name: "…your profile, thought we should…".
    { code: '[Name] - saw your profile, thought we should connect.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // The place an unnamed person is at is not their name: "a colleague of yours at", "people from the", «un compañero tuyo de».
    { code: "Hi Dr. Osei, a colleague of yours at King's College Hospital suggested you'd be a great guest for our podcast.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Victor, a few people from the McKinsey alumni network pointed me your way. Could we talk about hospital operations?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Rocío, un antiguo compañero tuyo de Iberdrola me habló muy bien de cómo montasteis el área de fraude.', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // Sending one's own portfolio names no one in common.
    { code: "Hello Sofia, I saw you're the recruiter for the UX role at Pinecrest. I have 6 years in research, happy to send my portfolio.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // Their work recommended by someone names no one both know.
    { code: 'Hi Oskar, Dr. Weber recommended your paper on battery recycling when I asked about leaching. Any chance of a short call?', settings: two, errors: [{ messageId: 'noSharedContact' }] },
    // The sender's own title names no one in common.
    { code: "Hi {first_name}, I'm co-founder of Tidewell. Saw {fund_name} led {portfolio_company}'s round and think we fit.", settings: two, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo [Vorname], wir haben 20 gemeinsame Kontakte – allerhöchste Zeit, uns direkt zu vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Dear Dr. Eze, a friend from the Lions Club of Owerri suggested that I contact you about your malaria outreach.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // What was said after «que» names no teller; a place after «en» is where, not who.
    { code: 'Hola Ignacio, un amigo en común me contó que en Codelco evalúan sensores para los molinos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Irene, dirijo una fundación en Oaxaca, y un conocido en común me dijo que llevas el programa de comercio justo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Carmen, I think you know my sister from the Bilbao climbing club. She says you're the best physio around.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Ida, someone on your team at Larch Robotics mentioned you're hiring a contract designer.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Óliver, un excompañero tuyo de Everis me dijo que eres un crack en cloud.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Rocío, me enteré por la prensa de que dejas la consultora.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: '¡Hola, Vale! Como exalumna del Tec de Monterrey, me dio mucho gusto ver que también estudiaste ahí.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Many in common, none named: "including several at Deloitte" names a company, "as you said" the reader.
    { code: "Hi Jo, we have 30 connections in common, including several at Deloitte. I'd love to hear about your interview process.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Jo, tenemos 30 contactos en común, entre ellos varios de Deloitte. ¿Cómo fue tu proceso de selección?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Jo, as you mentioned at Web Summit, your team is hiring designers. I'd love to apply.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A list, a page or a firm is no person in common.
    { code: 'Hi Tolu, I found your profile via the Founders Lagos mentor list. Congrats on the raise! Could I ask how you set up investor updates?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hey [First Name]! Your profile is impressive. I'm a designer moving to Porto, and your post said [Company] sponsors visas for juniors. Is that still the case? Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Buenos días, [Nombre]: le escribo de parte de [Consultora]: buscamos una jefa de planta para Murcia.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Iván, ¡colega de la Complutense! Vi que también estudiaste Físicas.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A listing or the sender's way to their profile names no one; nor does a template's title line.
    { code: 'Hello [Name], I came across your profile because [Charity] is looking for a trustee and the listing said to contact you directly.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi {first_name} — I came across your profile via your Medium article on Kafka lag. We hit the same issue. Did you use static membership?', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Step 1 – connection request\nHi {{first_name}}, we have 12 connections in common, so I figured it's time! I see you're hiring at {{company}}.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Naomi, I came across your profile via the Women Who Code job board: you're the hiring manager for the data apprenticeship at Starling.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A partner in common unnamed, or LinkedIn's suggestion, names no one (es).
    { code: 'Hola Sergio, tenemos un socio en común. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Sergio, LinkedIn te recomendó como contacto. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // A company's partner API, a city's tech scene: no one (en).
    { code: "Hi Tomás, noticed you're the one behind Cobalt's partner API, and I had a question about retries.", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hiya Beth, came across your profile via the Leeds tech scene. Could we compare notes on hiring?', settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noSharedContact' }] },
    // "and I work with" after a comma opens the sender's own clause: the company before it is no one (en).
    { code: "Hi Jamie, I noticed you're heading logistics at Harlow Foods, and I work with food brands on cold-chain routing. Open to connecting?", settings: { degree: 2, lang: 'en' }, errors: [{ messageId: 'noSharedContact' }] },
    // A title and a name opening the note are the reader's, said to them; a place after "en el" is no one (es).
    { code: 'Dr. Peña, LinkedIn me sugirió su perfil y vi que usted dirige la unidad de cardiología del Hospital Clínico. ¡Será un gusto conectar!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // No one in common: a company's programme they went through (en); people of a network's slot (es).
    { code: "Hi Rosa, I read that you went through Halden Foods' graduate scheme. I'm applying in the spring and would love to hear what the first rotation was like.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola [Nombre], veo que los dos conocemos a gente de [Red de mentoras]. Busco mentoras para fundadoras de edtech y tu experiencia en [Empresa] sería clave.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // What gave the sender much to think about is no referrer (es).
    { code: 'Hola {Nombre}, tu charla en el foro Mujeres en Datos sobre sesgos me dio mucho que pensar. Estoy montando una consultora de ética de datos.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // No one named: a verb opening a sentence with its subject dropped (en); an organisation after «un contacto en común de» (es).
    { code: 'Hi there! Came across your profile and thought we should connect. Have a great day!', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola, Sr. {Apellido}: conocí su trabajo gracias a un contacto en común de la Asociación de Hoteleros. Le escribo porque buscamos un asesor para la venta de nuestra cadena en Cádiz.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // No one named: a foundation's slot, an organisation after «contactos en común del» (es).
    { code: 'Estimada Sra. [Apellido]:\n\nReciba un cordial saludo de parte de [Nombre de la fundación]. Me he tomado la libertad de escribirle tras ver que compartimos numerosos contactos en el mundo de la responsabilidad social.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Estimado Dr. [Apellido]:\n\nMi nombre es [Tu nombre] y soy abogado. Observo que tenemos varios contactos en común del Colegio de Abogados.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // No one named: 'Mutual friends' opening a sentence; a company's slot before 'was recommended' (en).
    { code: "Hi {firstName}, greetings from Lahore. I'm a fellow [Profession] from [Country]. Mutual friends told me about you. Would like to be connected.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Dear [Title] [Last name],\n\nI am the procurement lead at [Company], and we are sourcing [component] for our next production run. [Their Company] was recommended to us as a reliable supplier. Would you be open to a brief call?\n\nSincerely,\n[Your Name]', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // No one named: an area of a company after «en el equipo de»; a slot for where after «un amigo en común de» (es).
    { code: '¡Hola Lola! Me gustaría añadirte a mi red profesional en LinkedIn… es broma 😂 Vi que estás en el equipo de sostenibilidad de Mahou y estoy haciendo el TFM sobre envases retornables. ¿Te puedo hacer una entrevista corta?', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola {{first_name}}, un amigo en común de {{cuerpo}} me habló muy bien de ti. Un saludo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // What is shared, the sender introducing themselves, a place before an unnamed referrer: no one named
    { code: 'Hola {{first_name}}, como compañeros de profesión en {{industry}}, creo que podríamos aportarnos mucho.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Estimado Sr. Bianchi:\n\nMe presento: soy Leandro Ferreyra, gerente de compras.\n\nTenemos varios contactos en común en el sector.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Dear Ms. Alvarez,\n\nI run a bakery supply business in San Antonio, and someone in your network mentioned you're opening a second location.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A clause of the sender's after a comma names no one with them
    { code: "Hi Mr. Liang, I noticed that Northwind Freight is opening a cross-dock in Stockton, and I saw you're leading the launch.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A workplace's @mention, a group named by its people
    { code: "Hi Chris, I'm a recruiter at @Deloitte 👋 Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hey! We're both connected to a bunch of folks at @{{company}} 👀 let's connect", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Ana, the Product Guild folks said I should meet you! I'm launching a mentorship circle for first-time PMs.", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // What an unnamed person in common said names no one
    { code: "Hi Nadia, a mutual friend told me Kestrel Bio is building out its clinical data team. I'm a biostatistician.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Nadia, un amigo en común me dijo que Kestrel Bio está creciendo.', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    // de, nl: no one named
    { code: 'Hallo Herr Wagner, wie bereits angekündigt hat unser Team Ihre Anfrage geprüft.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Geachte heer Smits, een collega adviseerde mij u te benaderen.', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    // fr, nl, pt: a team, a workplace or a community named, not a person (placedAt)
    { code: "Bonjour Monsieur,\nL'équipe de Station F m'a orienté vers vous pour parler de financement en amorçage.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Bonjour,\nJe me permets de vous contacter car nous avons des contacts communs chez Airbus. Je cherche un poste d'ingénieur qualité.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo {voornaam}, een gemeenschappelijke kennis van bij Proximus vertelde dat ge met een verbouwing bezig zijt.', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Oi Marcos, a galera da comunidade Python Floripa me indicou seu nome. Tô procurando voluntários pro credenciamento.', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    // de, fr: an acquaintance placed, not named; a talk that made the sender want to know more is no referral
    { code: 'Sehr geehrter Herr Lorenz,\n\nein gemeinsamer Bekannter aus der Münchner Medtech-Szene hat mir geraten, mich an Sie zu wenden.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Bonjour Monsieur Lambert,\n\nVotre intervention sur le risque inondation, lors de la réunion publique de Quimperlé, m'a donné envie d'en savoir plus sur les travaux du syndicat.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    // nl, pt: a name before «noemde u de containeropstoppingen» is no referrer; «colega da Aline» is no place
    { code: 'Beste meneer El Amrani, ik schrijf mijn scriptie over de haven. In uw interview met Nieuwsblad Transport noemde u de containeropstoppingen van 2021. Zou ik u daarover mogen interviewen?', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    // Beside the new referral words, someone unnamed still names no one: an addressed slot (a comma after it) is the reader, «mein Chef meint, ich soll…» no name
    { code: '[Vorname], ich melde mich, weil mir jemand gesagt hat, ich soll dich wegen der Stelle anschreiben.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo Frau Berg, mein Chef meint, ich soll Sie wegen der Ausschreibung anrufen.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    // Near misses: news of their organisation from an article, or from the sender (en)
    { code: 'Hi Nadia, the article said Fernway just migrated its billing to Stripe. I help finance teams close the month faster.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hi Nadia, I mentioned Fernway just migrated its billing to Stripe in my newsletter.', settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // A spin block's opening, which renders nothing, is no person in common.
    { code: '{% spin %}Hi|Hello|Hey{% endspin %} {{first_name}}, {% spin %}our mutual friend|a mutual connection{% endspin %} suggested I reach out about {{topic}}. Would love to connect!', settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    // Near misses: people in common counted or unnamed, colleagues or several people, a function word before a relative («als Praktikantin»).
    { code: 'Hallo Jan, wir haben viele gemeinsame Kontakte und einiges gemeinsam. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo Frau Berg, Ihr Name fiel neulich in einem Gespräch mit Kollegen. Ich würde mich gern vernetzen.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo Tom, wir sind beide mit vielen Leuten aus der Logistik vernetzt. Lass uns connecten!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo, ich habe bei Siemens unter einem Ihrer früheren Kollegen gearbeitet. Ich würde mich gern austauschen.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo Tom, wir haben uns über LinkedIn fast kennengelernt. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo Tom, ich war auf der Hochzeit von einer gemeinsamen Freundin. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo Tom, ich arbeite als Praktikantin bei Bosch. Wir haben gemeinsame Kontakte.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo Tom, ein gemeinsamer Bekannter hat mir von dir erzählt. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo Tom, ich bin eine ehemalige Kollegin aus dem Vertrieb. Wir haben gemeinsame Kontakte.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hallo Tom, wir haben einige gemeinsame Kontakte, deshalb melde ich mich.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'unnamed' }] },
    // Near misses in French: people in common counted or unnamed, several people.
    { code: "Bonjour Paul, votre nom est revenu plusieurs fois lors d'une réunion avec des collègues.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Bonjour Paul, je tiens votre nom d'une amie commune. Au plaisir d'échanger.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Bonjour Paul, j'ai travaillé sous la direction d'un ancien collègue à vous.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Bonjour Paul, on s'est croisés au mariage d'une amie commune. Au plaisir !", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Bonjour Paul, on a failli se rencontrer via LinkedIn. Au plaisir !', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Bonjour Paul, un ami commun m'a souvent parlé de votre travail.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Bonjour Paul, j'ai vu que nous étions tous les deux en relation avec plusieurs personnes du secteur.", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Bonjour Paul, nous avons des relations en commun, je me permets de vous inviter.', settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Bonjour Paul, quelqu'un vous a sans doute parlé de moi. Au plaisir !", settings: { degree: 2, lang: 'fr' }, errors: [{ messageId: 'noSharedContact' }] },
    // Near misses: people in common counted or unnamed, several people, a closing with a name («Saludos, Pedro»).
    { code: 'Oi Paulo, temos muitos contatos em comum, bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Oi Paulo, seu nome surgiu numa conversa com uns colegas. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Oi Paulo, trabalhei sob a liderança de um ex-colega seu. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Oi Paulo, nós dois trabalhamos com marketing digital. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Oi Paulo, vi que você está conectado com várias pessoas do setor. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Oi Paulo, um amigo em comum diz que você é ótimo. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Oi Paulo, temos interesses em comum. Bora conectar?', settings: { degree: 2, lang: 'pt' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Ciao Paolo, abbiamo molti contatti in comune, colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Ciao Paolo, il tuo nome è venuto fuori in una riunione con dei colleghi. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Ciao Paolo, ho lavorato sotto la guida di un tuo ex collega. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Ciao Paolo, abbiamo lavorato entrambi con aziende del settore. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Ciao Paolo, vedo che sei in contatto con diverse persone del settore. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Ciao Paolo, un amico comune dice che sei bravissimo. Colleghiamoci!', settings: { degree: 2, lang: 'it' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hoi Paul, we hebben veel contacten gemeen, laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hoi Paul, je naam viel in een gesprek met collega's. Laten we connecten!", settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hoi Paul, ik heb onder een oud-collega van je gewerkt. Laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hoi Paul, we zijn allebei verbonden met veel mensen uit de sector. Laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hoi Paul, een gezamenlijke kennis vertelde vaak over je werk. Laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hoi Paul, we hebben allebei met klanten in de zorg gewerkt. Laten we connecten!', settings: { degree: 2, lang: 'nl' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Pablo, vi que estás conectado con varias personas del sector. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Pablo, trabajé a las órdenes de un antiguo compañero tuyo. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Pablo, un contacto en común dice que eres experto en logística. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'unnamed' }] },
    { code: 'Hola Pablo, soy la compañera de piso de una amiga tuya. ¡Conectemos!', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hola Ana, un placer haberte conocido. Saludos, Pedro', settings: { degree: 2, lang: 'es' }, errors: [{ messageId: 'noSharedContact' }] },
    // Near misses: people or interests in common counted, someone unnamed.
    { code: "Hi Tom, we have a lot of connections in common. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Tom, we have several friends in common, so I thought I'd reach out.", settings: { degree: 2 }, errors: [{ messageId: 'unnamed' }] },
    { code: "Hi Tom, I worked under a former colleague of yours. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Tom, someone has probably told you about me already. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    { code: "Hi Tom, we share some interests in common. Let's connect!", settings: { degree: 2 }, errors: [{ messageId: 'noSharedContact' }] },
    // An article before a noun, not a given name: nobody named.
    { code: 'Hallo Jan, der Chef hat mir erzählt, dass ihr jemanden sucht.', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
    { code: 'Hallo Jan, die Kollegin hat mir von dir erzählt. Lass uns vernetzen!', settings: { degree: 2, lang: 'de' }, errors: [{ messageId: 'noSharedContact' }] },
  ],
});

describe('require-shared-contact suggestions', () => {
  it("inserts text in the note's language, whatever the locale of the messages", () => {
    const note = 'Hola Laura, me encantaría conectar contigo para hablar de logística.';
    const [spanish] = runRule(rule, { code: note, settings: { degree: 2, lang: 'es' } });
    expect(spanish?.suggestions?.[0]?.fix.text).toBe('[Nombre de la persona que conocéis los dos] me sugirió que te escribiera. ');
    expect(spanish?.suggestions?.[0]?.desc).toMatch(/^Add: /);
    const [english] = runRule(rule, { code: 'Hi Laura, I would love to talk logistics.', settings: { degree: 2, lang: 'en' } });
    expect(english?.suggestions?.[0]?.fix.text).toBe('[Name of the person you both know] suggested I reach out. ');
  });
});
