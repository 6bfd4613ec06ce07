import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // Nombrado antes, quien les pasó lo suyo: «Leí tu hilo sobre SEO local; Maite me lo pasó».
    '(me|nos) (lo|la|los|las) (paso|mando|reenvio|envio|compartio|enseno|recomendo|conto)(?=\\s*[.!,;]|\\s*$)',
    // Nombrado antes, quien les recordó lo que comparten: «Julia me recordó que nos conocimos en su boda».
    '(me|nos) (recordo|ha recordado|recordaba)( que)?(?!\\p{L})',
    // Nombrado antes, quien atiende a los dos: «Rubén (el de Cafés Rubén, que nos sirve a los dos)».
    'nos (sirve|atiende|lleva|asesora|provee) a (los dos|las dos|ambos|ambas)(?!\\p{L})',
    // Nombrado antes, que tiene al lector entre sus contactos: «vi que Camila también te tiene en sus contactos», «…también te tiene en su red».
    '(tambien )?(te|le|os) (tiene|tienen) (en sus contactos|entre sus contactos|agregad[oa]|como contacto|en su red|en sus redes|en su red de contactos|entre su red)(?!\\p{L})',
    // Nombrado antes, quien señaló al lector o avisó: «Irene Campos te señaló como el que llevó el piloto», «Hugo te puso como la referencia en SAP TM», «Patricia Núñez me indica que usted coordina…».
    '(te|le|la|lo) (señalo|nombro|menciono|recomendo|propuso|puso|pone|señala|nombra) como(?!\\p{L})',
    '(me|nos) (indica|informa|informo|ha informado|avisa) (de )?que(?!\\p{L})',
    // Nombrado antes, luego un pronombre: «Javiera y yo estamos armando un grupo y, según ella, tú ya lo hiciste».
    'segun (el|ella)(?!\\p{L})',
    // Nombrado antes, quien pasó algo del lector o es su compañero: «Carlos Benítez me lo pasó diciendo que…», «Jorge Arias, compañero tuyo en el centro de salud, cuenta que…».
    'me (lo|la|los|las) (paso|mando|reenvio|envio|compartio|recomendo|enseño) (diciendo|y (me )?dijo) que(?!\\p{L})',
    '(ex-?)?(compañer[oa]|colega|jefe|jefa|socio|socia|amig[oa]|vecin[oa]) (tuy[oa]|suy[oa])(?= en | de |,)',
    // Nombrado antes, con los dos en común: «Dani Soler (de compras en Bon Preu) nos tiene en común».
    '(nos|os) (tiene|tienen|tenia) en comun(?!\\p{L})',
    // Nombrado antes, que les pasó su trabajo: «Caro Ibáñez compartió conmigo tu write-up».
    '(compartio|ha compartido|reenvio|ha reenviado|paso|ha pasado|enseño|ha enseñado) conmigo (tu|su|tus|sus)(?!\\p{L})',
    // Nombrado antes, de los suyos o que no para de elogiarlos: «Álex Navarro, que fue tu jefe en Vodafone, no para de elogiar cómo…».
    "(fue|era|es|ha sido) (tu|su) (jefe|jefa|compañer[oa]|colega|socio|socia|mentor|mentora|profesor|profesora|director|directora|tutor|tutora)(?!\\p{L})",
    "no (para|paraba) de (elogiar|alabar|hablar bien de|recomendar|recomendarte|recomendarle|mencionar)(?!\\p{L})",
    // Nombrado antes, que habla siempre de ellos: «Sergio y yo jugamos al pádel juntos y siempre habla de tu startup».
    '(siempre|no para de|no deja de) (habla|hablar|me habla|nos habla) (de|sobre) (ti|usted|vos|tu|su|tus|sus)(?!\\p{L})',
    '(siempre|no para de|no deja de) (me |nos )?(habla|hablaba|cuenta|contaba) (de )?(como|lo bien que)(?!\\p{L})',
    '(habla|hablaba|ha hablado|me habla|me hablo|me ha hablado|nos habla|nos hablo) (mucho|muy bien|maravillas|genial|tanto) (de|sobre) (ti|usted|vos|tu|su|tus|sus)(?!\\p{L})',
    // Nombrado antes, que trabajó con los dos o pidió que se escribieran: «Mariana Vega, quien trabajó con ambos en Banorte, sugirió que me presentara».
    '(quien|que) (trabajo|trabajaba|ha trabajado|coincidio|estudio|colaboro|ha colaborado) con (ambos|ambas|los dos|las dos)(?!\\p{L})',
    '(sugirio|recomendo|aconsejo|propuso|dijo|pidio) que (me )?(te |le |os )?(escribiera|escribiese|contactara|contactase|presentara|presentase|llamara|pusiera en contacto)(?!\\p{L})',
    // Nombrado antes, con quien trabajaron los dos: «el Ing. Molina, con quien ambos trabajamos en el proyecto de Tula».
    '(con quien|con el que|con la que)(?= (ambos|ambas|los dos|las dos) (trabajamos|trabajabamos|coincidimos|estudiamos|colaboramos|hemos trabajado)(?!\\p{L}))',
    // Nombrado antes, que los nombra siempre: «Miguel Ángel te nombra siempre que habla de sostenibilidad».
    '(te|le|la|lo) (nombra|menciona|cita|recomienda|pone de ejemplo)( siempre| mucho| a menudo)? (que|cuando)(?!\\p{L})',
    // Nombrado antes, que cita su trabajo: «Lucía (de compras en Mercadona) siempre cita tu trabajo con…».
    '(siempre |mucho |a menudo )?(cita|citaba|menciona|mencionaba|nombra|elogia|pone de ejemplo) (tu|su|vuestro|vuestra) (trabajo|proyecto|equipo|podcast|libro|charla|blog|newsletter|caso|metodo|modelo)(?!\\p{L})',
    // Nombrado antes, de los suyos: «sé que Manuela también es parcera tuya».
    '(tambien )?(es|era|fue) (parcera|parcero|amiga|amigo|colega|companera|companero|pana|cuate|socia|socio|vecina|vecino) (tuya|tuyo|suya|suyo|de usted|de vos)(?!\\p{L})',
    // Nombrados antes, que dan fe de ellos: «Los García aseguran que nadie sabe más que tú de exportar vino».
    '(asegura|aseguran|jura|juran|insiste|insisten|sostiene|sostienen) que (nadie|tu|usted|vos|eres|es usted|sos)(?!\\p{L})',
    // Nombrado antes, que les hizo llegar algo del remitente o quiere presentarlos: «Sebastián te mandó mi propuesta», «Paty Gómez nos quiere presentar».
    '(te|le|os) (mando|envio|paso|reenvio|hizo llegar|ha mandado|ha enviado|ha pasado) (mi|nuestra|nuestro|mis|nuestras) (propuesta|presupuesto|cv|curriculum|oferta|portfolio|portafolio|dossier|perfil|contacto)(?!\\p{L})',
    '(nos|te|os) (quiere|queria|va a|iba a|quisiera) (presentar|juntar|reunir|conectar)(?!\\p{L})',
    // Nombrado antes, cómo los describe o lo que va contando: «Tomás Vidal te describe como la persona que más sabe de…», «Pato anda contando que en tu fondo…».
    '(te|le|la|lo) (describe|describio|define|definio|considera|tiene) (como|por)(?!\\p{L})',
    '(anda|va|andaba|iba) (contando|diciendo|comentando) que(?!\\p{L})',
    '(quiere|queria|quisiera|va a|iba a) (juntarnos|reunirnos|ponernos en contacto)(?!\\p{L})',
    // Nombrado antes, que quiere a los dos en algo o pensó en el lector: «quiere que usted y yo presentemos juntos el informe», «ella pensó en ti enseguida».
    '(quiere|queria|quisiera|propone|propuso|sugiere|sugirio) que (usted|tu|vos) y yo(?!\\p{L})',
    '(penso|ha pensado|pensaron|han pensado) en (ti|usted|vos)( enseguida| de inmediato| al instante| directamente| en cuanto)?(?!\\p{L})',
    // Nombrado antes, que avisó sin más: «Mateo me avisó.».
    '(me|nos) (aviso|avisaron|lo dijo|lo conto|lo comento)(?=\\s*[.!,;]|\\s*$)',
    // Nombrado antes, que les puso su trabajo o los nombró: «Luisa me puso tu podcast sobre papás», «Andrea te nombró en una reunión».
    // Nombrado antes, lo que les enseñó de su trabajo: «con Tatiana llevamos los proyectos de regalías y nos enseñó capturas de tu tablero».
    '(me|nos) (enseño|ha enseñado|mostro|ha mostrado|paso|ha pasado|reenvio|mando) (capturas|fotos|imagenes|un video|el enlace|un enlace|una demo|la demo) de (tu|su|vuestro|vuestra)(?!\\p{L})',
    '(me|nos) (puso|pasó|paso|enseño|recomendo) (tu|su) (podcast|charla|video|articulo|libro|post|hilo|newsletter|episodio|curso|taller)(?!\\p{L})',
    '(te|le|la|lo) (nombro|menciono|cito|puso como ejemplo) (en|durante)(?!\\p{L})',
    // Nombrado antes, con los dos a la vez: «Alba nos pone en copia a los dos», «Marcos nos tiene a las dos en su grupo de coaches».
    '(nos|os) ((pone|puso|tiene|tenia|mete|metio|junto|junta|ha juntado|ha puesto) (en copia )?a (los dos|las dos|ambos|ambas)|(pone|puso|pone siempre|ha puesto) en copia)(?!\\p{L})',
    // Nombrado antes, lo que les enseñó de su trabajo o lo que propuso: «Amaia me ha enseñado el manual de acogida que diseñaste», «sugirió que la invitáramos».
    "me (ha enseñado|enseño|enseña|ha pasado|paso|mostro|ha mostrado|reenvio|ha reenviado) (el|la|los|las|tu|su|tus|sus)( [\\p{L}-]+){0,4} que (diseñaste|diseño|hiciste|hizo|escribiste|escribio|creaste|creo|publicaste|publico|preparaste|preparo|montaste|monto)(?!\\p{L})",
    "(sugirio|propuso|recomendo|insistio en) que (la|le|lo|te|les|os) (invitaramos|contactaramos|escribieramos|llamaramos|sumaramos|propusieramos)(?!\\p{L})",
    // Nombrado antes, con el lector en algo: «Jaime y tú estuvisteis en el panel de [evento]».
    "y (tu|usted) (estuvisteis|estuvieron|trabajasteis|trabajaron|coincidisteis|coincidieron|compartisteis|compartieron|fuisteis|fueron|estudiasteis|estudiaron|organizasteis|organizaron)(?!\\p{L})",
    // El nombre antes, y el vínculo de quien escribe con esa persona después: «vi que Mariana Pérez comentó tu post; yo trabajo con ella en Rappi».
    "(trabajo|trabaje|he trabajado|estudie|colabore|colaboro|coincidi|jugue|juego) con (ella|el)(?= (en|desde|hace|durante|cuando|y)(?!\\p{L})|\\s*[.,;:!?]|\\s*$)",
    // Nombrado antes, con lo que hizo con el lector: «mi asesor, el Dr. Jaime Cortés, trabajó con usted en el IMEPLAN».
    '(trabajo|trabajaba|ha trabajado|coincidio|colaboro|ha colaborado|estudio|jugaba|jugo) (con (usted|vos|ustedes|vosotros)|contigo)(?!\\p{L})',
    // Nombrado antes: «Amparo Lledó insiste en que le escriba», «Nico insistió en que hablemos».
    '(insiste|insistio|me insistio|insistia|ha insistido|me ha insistido|insistieron|me insistieron|me han insistido|nos insistieron) en que(?!\\p{L})',
    // Nombrado antes: «Como Jaime (de Cuatrecasas) seguramente ya te adelantó».
    '(seguramente|probablemente|quiza|quizas|tal vez|sin duda|ya) (ya )?(te|le|os) (adelanto|ha adelantado|habra contado|habra comentado|habra dicho|conto|ha contado|comento|ha comentado|dijo|ha dicho|aviso|ha avisado)(?!\\p{L})',
    // El nombre antes: «{amigo_comun} me pasó la noticia».
    'me (paso|conto|dio|mando|reenvio) la noticia',
    // Lo que otro dice de él: «Kemi dice que, si hay alguien que entiende la cadena de frío, eres tú».
    '((me|nos) )?(dice|dijo|comenta|comento|asegura|aseguro|menciono|ha mencionado|mencionaba) que',
    // Nombrado antes, quien dio su nombre: «Lautaro Díaz te nombró cuando le pregunté…».
    '(te|le|os) (nombro|ha nombrado|menciono|ha mencionado|recomendo|ha recomendado)(?! en(?!\\p{L}))',
    // Nombrado antes, con quien el destinatario trabajó o estudió: «veo que Ana Beltrán y tú trabajasteis juntas».
    'y (tu|usted|vos) (trabajasteis|trabajaron|trabajabais|trabajaban|estudiasteis|estudiaron|coincidisteis|coincidieron|os conoceis|se conocen|os conocisteis|se conocieron|sois|son|fuisteis|fueron) (juntos|juntas|amig[oa]s|compañer[oa]s|colegas|socios|socias|en|desde|hace)',
    // Nombrado antes, lo que los une: «he visto que [Nombre del contacto] nos conecta».
    '(nos|os) (conecta|conecto|une|unio|acerca|acerco)(?!\\p{L})',
    // Nombrado antes: «veo que Sergio Campos es un contacto en común».
    '(es|son|aparece como|figura como) (un |una |nuestro |nuestra )?(contacto|contactos|amig[oa]|amig[oa]s|conocid[oa]|conocid[oa]s) (en comun|comun|mutu[oa]s?|compartid[oa]s?|de los dos|de las dos|de ambos|de ambas)',
    // Nombrado antes: «Carmen Vidal nos conoce a ambos», «a Koldo lo conocemos las dos», «Iker y yo somos amigos y veo que también lo conoces».
    '(nos|os) conoce a (ambos|ambas|los dos|las dos)',
    '(tambien )?(esta|estan|aparece|aparecen) (en tu red|entre tus contactos)',
    '(lo|la|los|las) conocemos (los dos|las dos|ambos|ambas)',
    'a quien conocemos (los dos|las dos|ambos|ambas)',
    'y yo (hicimos|cursamos|compartimos|compartiamos|trabajamos|trabajabamos|estudiamos|coincidimos|estuvimos|fundamos|montamos)',
    // Nombrado antes, que habló del lector con quien escribe: «Sandra y yo hablábamos ayer de tu casa de cambio».
    "y yo (hablabamos|hablamos|comentabamos|comentamos|charlabamos|charlamos|platicabamos|platicamos)( ayer| hoy| hace poco| el otro dia| esta manana| la semana pasada)? (de|sobre) (ti|usted|vos|tu|su|tus|sus)(?!\\p{L})",
    'y yo (somos|fuimos|eramos) (amig[oa]s|compañer[oa]s|colegas|socios|socias|vecin[oa]s)',
    '(tambien )?(lo|la) conoces( tambien)?',
    // Lo que dice de usted, aunque un inciso quede en medio: «Javi (mi antiguo jefe) dice que eres la persona…».
    '(dice|dijo|comenta|cuenta|conto) que en (tu|vuestra|vuestro|su) (empresa|equipo|terminal|planta|oficina|area|departamento|almacen|tienda)(?!\\p{L})',
    '(dice|dijo|comenta|cuenta|conto) que (eres|es usted|sos|tu|usted|estas|estais|llevas|lideras|ustedes|vosotros|vosotras|sois|son|vas|vais|van)',
    // Nombrado antes, en aposición, como se escribe con prisa: «Martín Sosa, amigo de ambos.», «Pepe Aranda, profe de los dos», «Paula G., excompañera tuya y amiga mía», «Con Jaime Olmo en común».
    '(amig[oa]|colega|compañer[oa]|conocid[oa]|contacto|profe|profesor|profesora|mentor|mentora|jefe|jefa)s? (de|en comun de) (ambos|ambas|los dos|las dos)(?!\\p{L})',
    '(excompañer[oa]|compañer[oa]|amig[oa]|colega|soci[oa]) (tuy[oa]|suy[oa]) y (amig[oa]|compañer[oa]|excompañer[oa]|colega|soci[oa]) mi[oa](?!\\p{L})',
    'en comun(?<=con (?!(tantos|tantas|muchos|muchas|varios|varias|algunos|algunas|bastantes|mucho|mucha|un|una|unos|unas|gente|personas|contactos|amigos|intereses|cosas|algo|\\p{N})(?!\\p{L}))[^.!?\\n,]{2,40} en comun)(?!\\p{L})',
    // Nombrado antes, quien los dirigió a ambos o trabaja con el lector: «Elena Soto nos dirigió a ambos», «me la recomendó Hernán, que trabaja contigo».
    '(nos|os) (dirigio|dirigia|formo|formaba|enseño|enseñaba|superviso|tutorizo|mentoreo|entreno|contrato|dio clase) a (ambos|ambas|los dos|las dos)(?!\\p{L})',
    '(que|quien) (trabaja|trabajaba|trabajo|estudio|estudiaba|coincidio) (contigo|con usted|con vos)(?!\\p{L})',
    // Nombrado antes, compañero de quien escribe o que estuvo con el lector: «Diego Lema, que fue compañero mío en Sngular», «Nerea, mi jefa, estuvo contigo en Jobandtalent».
    '(que|quien) (fue|era|es) (compañer[oa]|excompañer[oa]|colega|jef[ea]|amig[oa]|soci[oa]) mi[oa](?!\\p{L})',
    '(estuvo|trabajo|trabajaba|coincidio|estudio) contigo(?!\\p{L})',
    // Nombrado antes, en aposición: «el post de Pablo, nuestro contacto en común».
    '(nuestr[oa]|mi) (contacto|amig[oa]|colega|conocid[oa]) (en comun|comun|mutu[oa])(?!\\p{L})',
    // Nombrado antes, quien los juntó o con quien se habló del lector: «Alberto nos ha juntado», «con Manu estuvimos hablando de tu plantilla».
    '(nos|os) (ha juntado|junto|ha reunido|reunio)(?!\\p{L})',
    'estuvimos hablando(?<=con [^.!?\\n,]{2,30} estuvimos hablando)(?!\\p{L})',
    // Nombrado antes, lo que pensó que le interesaría: «Daniela pensó que te interesaría la encuesta».
    '(penso|creyo|cree|piensa|pensaba|creia) que (te|le|os) (interesaria|vendria bien|gustaria|podria interesar|encajaria)(?!\\p{L})',
    // Nombrado antes, quien los pone en contacto: «Héctor nos pone en contacto».
    '(nos|os) (pone|puso|ha puesto|pondra) en contacto(?!\\p{L})',
    // Nombrado antes, amigo de quien escribe y compañero del lector: «Rubén Ortiz, que es buen amigo mío y compañero tuyo en Indra».
    '(que es )?(buen |gran )?(amig[oa]|compañer[oa]|colega|soci[oa]) (mi[oa]|nuestr[oa]) y (tambien )?(compañer[oa]|amig[oa]|colega|soci[oa]|jef[ea]) (tuy[oa]|suy[oa])(?!\\p{L})',
    // Quien dio su nombre o lo conoce de antes: «mi compañera Pilar Ochoa me ha facilitado su nombre», «Guille Marín fue compañero tuyo en la Complutense».
    '(me|nos) (ha facilitado|facilito|ha dado|dio|ha pasado|paso) (su|tu) (nombre|contacto|numero|correo|telefono)',
    '(fue|era|es) (compañer[oa]|colega|amig[oa]|soci[oa]|jefe|jefa|alumn[oa]|becari[oa]|profesor|profesora|mentor|mentora|pupil[oa]|discipul[oa]) (tuy[oa]|suy[oa]|de (ti|usted))',
    // Contado en imperfecto: «Diego Ferreyra me contaba el otro día que…».
    '(me|nos) (contaba|decia|comentaba|hablaba|platicaba)(?!\\p{L})',
    // No donde se lo dijeron: «…la Cámara de Comercio de Bucaramanga, donde me recomendaron su firma».
    '(me|nos)(?<!(?<!\\p{L})(donde|en la que|en el que|en que) (me|nos)) (explico|ha explicado|explicaron|refirio|ha referido|refirieron|insistio|ha insistido|confirmo|ha confirmado|comparte|compartio|ha compartido|platico|platicaron|ha platicado|comentaron|dijeron|hablaron|han hablado|sugirieron|contaron|recomendaron|pasaron|presentaron|animaron|propusieron|aconsejaron|indicaron|comento|comentaba|ha comentado|dijo|ha dicho|hablo|ha hablado|sugirio|ha sugerido|conto|ha contado|recomendo|ha recomendado|paso|ha pasado|presento(?![\\s,]*(:|soy|me llamo|mi nombre|brevemente|rapidamente|formalmente)(?!\\p{L}))|animo(?<!(asi que|por eso|por lo que|asi|y) (me|nos) animo)|propuso|dio|aconsejo|ha aconsejado|cuenta|dice|comenta|recomienda|sugiere|anima|chivo|ha chivado|indico|ha indicado|ha animado|pidio|ha pedido|pidieron|pide|encargo|ha encargado)(?! (mucho |tanto |muchisimo |un poco de |muchas |varias |algunas |buenas |un par de )?(gusto|alegria|pena|envidia|risa|miedo|curiosidad|ganas|rabia|verguenza|lastima|ideas|pistas|inspiracion|animos)(?!\\p{L}))(?! (mucho |bastante |tanto )?(en )?que pensar(?!\\p{L}))',
    'me (mostro|ha mostrado|compartio|ha compartido|reenvio|ha reenviado|enseno|mando|ha mandado|envio|ha enviado)',
    '(que|quien) (te|le) conoce',
    // Lo que dice o cree de usted, la etiqueta en una publicación, quien responde por usted.
    '(cree|piensa|opina|dice|dijo|sabe|sabia|considera) que (nos|deberiamos|deberias|deberia|tenemos|te|le|usted|eres|es usted|nadie|no hay nadie|estas|estais|esta usted|llevas|buscas|buscais|necesitas|necesitais|su|sus|tu|tus|vuestro|vuestra|vuestros|vuestras)(?!\\p{L})',
    '(conto|contaba|comento|menciono|dijo) lo (de|del|que)',
    '(habla|hablar|dice|decir|cuenta|contar) maravillas de (ti|usted|vos)',
    // De su trabajo: «Javier Molina (mi director en la UNAM) habla maravillas de su trabajo».
    '(habla|hablaba|dice|decia|cuenta|contaba) maravillas de (como|lo que|lo bien que)(?!\\p{L})',
    "(habla|hablaba|dice|decia|cuenta|contaba) maravillas de (tu|su|tus|sus|vuestro|vuestra|vuestros|vuestras) [\\p{L}-]+",
    // Nombrado antes, que difundió algo suyo: «Jorge compartió tu artículo en nuestro grupo de supervisión».
    '(compartio|ha compartido|reenvio|ha reenviado|difundio|ha difundido) (tu|su) (articulo|post|publicacion|charla|ponencia|video|hilo|boletin|newsletter|ensayo|podcast|episodio|estudio|informe)(?!\\p{L})',
    // Nombrado antes, con quien hizo algo, o que pasó su interés o la pista: «el grupo de Isabel Nieto, con quien publicaste…»,
    // «Enrique, de vuestro equipo de I+D, me puso sobre la pista», «Sergio Mena me ha trasladado su interés en…».
    '(con quien|con la que|con el que) (publicaste|publico usted|trabajaste|trabajo usted|coincidiste|estudiaste|colaboraste|escribiste|compartiste|fundaste|investigaste|montaste|dirigiste)(?!\\p{L})',
    '(me|nos) (puso|pusieron|ha puesto|han puesto) (sobre la pista|en contacto|al tanto|en la pista)(?!\\p{L})',
    '(me|nos) (ha trasladado|han trasladado|traslado|trasladaron) (su|tu|vuestro|vuestra) (interes|consulta|contacto|peticion|solicitud|necesidad|caso)(?!\\p{L})',
    // Nombrado antes, que propuso su nombre o lo sacó en una charla, que habló de su trabajo, con quien se habló de él:
    // «propuso su nombre para el comité», «Conversando con Patricio Muñoz surgió su nombre», «le habló a nuestro equipo de su experiencia»,
    // «Con Ana Beltrán estuvimos hablando de tu tesis», «siempre te pone de ejemplo».
    '(propuso|sugirio|recomendo|paso|dio|menciono) (su|tu) nombre(?!\\p{L})',
    '(surgio|salio) (su|tu) nombre(?!\\p{L})',
    '(me|nos|le|te) (hablo|hablaron|ha hablado|han hablado) (a nuestro equipo |a mi equipo |a nosotros |a nosotras )?(de|sobre) (su|tu|sus|tus) (experiencia|trabajo|proyecto|proyectos|tesis|empresa|investigacion|labor|libro)(?!\\p{L})',
    '(estuvimos|estabamos|hemos estado) (hablando|charlando|conversando) (de|sobre) (ti|usted|vos|tu|su|tus|sus)(?!\\p{L})',
    '(siempre )?(te|le|os) (pone|ponia|puso|ha puesto) (de|como) ejemplo(?!\\p{L})',
    '(siempre )?(pone|ponia|puso|ha puesto) (su|tu|vuestra|vuestro) [\\p{L}]+ (de|como) ejemplo(?!\\p{L})',
    // Nombrado antes, que coincidió con el lector o lo propuso: «Álex Puig, que coincidió contigo en el máster, te propuso para la vacante».
    'que (coincidio|trabajo|estudio|estuvo|jugo|compartio equipo) (contigo|con usted|con vos)(?!\\p{L})',
    '(te|le|os) (propuso|recomendo|sugirio|ha propuesto|ha recomendado|propone|recomienda|sugiere) (para|como)(?!\\p{L})',
    // Nombrado antes, lo que se sabe por él: «Soy el que le hizo la web a Kike's Tacos; por él sé que tú le llevas las redes».
    'por (el|ella|ellos|ellas) (se|supe|sabemos|supimos|me entere|nos enteramos)(?!\\p{L})',
    // Nombrado antes, que quiere que el remitente le escriba: «Marta López (vuestra socia en el fondo) quiere que te pregunte a ti».
    '(quiere|queria|insiste en|insistio en) que (te|le|os) (pregunte|escriba|contacte|conozca|salude|llame)(?!\\p{L})',
    // Nombrado antes, que no deja de hablar de su trabajo: «Felipe Osorio no para de hablar de tu trabajo».
    '(no )?(para|paraba|ha parado|deja|dejaba|ha dejado) de (hablar|hablarme|contarme|presumir) (de|sobre) (ti|usted|vos|tu|tus|su|sus)(?!\\p{L})',
    '(te|le|os) (etiqueto|ha etiquetado|menciono|ha mencionado) en',
    '(respondio|responde|ha respondido) por (ti|usted|vos)',
    'nos (ha metido|metio|ha puesto|puso|ha incluido|incluyo|ha copiado|copio|junto|ha juntado)( a (los|las) dos| a ambos| a ambas)? en',
    // Nombrado antes, quien ya les habló del remitente: «sé que Ramón Gil te comentó algo de mí».
    '(te|le|os) (comento|ha comentado|hablo|ha hablado|conto|ha contado|dijo|ha dicho)( algo)? (de|sobre) (mi|nosotros|nosotras|nuestra|nuestro)(?!\\p{L})',
    '(habla|hablo|ha hablado|me hablo|me ha hablado) (muy )?bien de (ti|usted|vos|tu|su|tus|sus)(?!\\p{L})',
    '(te|le|os) (manda|envia|mando|envio|ha mandado|ha enviado) (muchos )?(saludos|recuerdos|un abrazo)',
    'nos (etiqueto|ha etiquetado|menciono|ha mencionado|presento|ha presentado)( a (los|las) dos| a ambos)?',
    // Nombrado antes: «Pablo (de Kreditech) me ha puesto al día».
    '(me|nos) (ha puesto|puso|pusieron|han puesto) al (dia|tanto)(?!\\p{L})',
    // Nombrado antes, quien les avisó: «Dani, de la agencia, me avisó de que buscáis proveedor», «Fer Paz me adelantó que te mudas».
    '(me|nos) (avisa|avisan|aviso|ha avisado|avisaba|chivo|ha chivado|soplo|ha soplado|adelanto|ha adelantado|anticipo|ha anticipado) (de )?que(?!\\p{L})',
    // Nombrado antes: «Nico Ferraro nos tiró la data de que…».
    '(me|nos) (tiro|tiraron|paso|pasaron|dio|dieron) (la data|el dato|la info|la informacion|el chivatazo|el soplo)(?!\\p{L})',
  ],
  inCommon: [
    // Colega o amigo de los dos, nombrado antes: «el Dr. Ernesto Valdivia, colega de ambos en la Universidad de Piura».
    '(colega|amig[oa]|compañer[oa]|conocid[oa]|profesor[a]?|mentor[a]?) (de|en comun de) (ambos|ambas|los dos|las dos)(?!\\p{L})',
    // Antes que las demás entradas, para que gane la coincidencia más larga: uno de los contactos en común, nombrado: «tenemos 23 contactos en común, entre ellos Alisha Kaur» (no «entre ellos varios de Deloitte»).
    '(contactos|conexiones|amig[oa]s)( en comun)?( en [\\p{L}-]+( [\\p{L}-]+)?)?,? (entre ellos|entre ellas|entre los que esta|entre los que estan|incluid[oa]s?|incluyendo|como)(?!\\p{L})(?! (varios|varias|muchos|muchas|algunos|algunas|gente|personas|bastantes|unos|unas|otros|otras|\\p{N})(?!\\p{L}))',
    '(amig[oa]|contacto|compañer[oa]|conocid[oa]|colega|soci[oa])s? en comun',
    // Sin «en»: «nuestro colega común, el Ing. Raúl Pacheco».
    '(nuestr[oa]|un|una|mi) (colega|amig[oa]|contacto|conocid[oa]|compañer[oa]|soci[oa]) (comun|mutu[oa])',
    // El adjetivo delante: «nuestro común amigo Ramón Pizarro».
    '(nuestr[oa]|un|una|mi) comun (amig[oa]|contacto|compañer[oa]|conocid[oa]|colega)',
    '(ambos|los dos|las dos) conocemos a',
    // El nombre después: «las dos estamos conectadas con Tomás Becker».
    '(estamos|somos)( ambos| ambas| los dos| las dos)? (conectad[oa]s|contactos) (con|de)',
    // El nombre después: «vi que estás conectado con [Nombre del contacto]», «trabajé a las órdenes de Pablo Ruiz».
    '(estas|esta usted|estan|estais|esta) (conectad[oa]s?|en contacto|relacionad[oa]s?) con(?!\\p{L})',
    '(a las ordenes|bajo la direccion|bajo la supervision|bajo la tutela|bajo el mando) (de|del)(?!\\p{L})',
    'conocemos (los dos|las dos|ambos|ambas) a',
    '(los dos|las dos|ambos|ambas) somos (muy )?(amig[oa]s|cercan[oa]s) de',
  ],
  knownThrough: [
    // El nombre después, de quien los presentó: «tras la presentación de Lea por correo».
    '(tras|despues de|gracias a|a raiz de|siguiendo) (la|su) (presentacion|intro|introduccion|recomendacion|puesta en contacto) (de|del)(?!\\p{L})',
    // Quien manda saludos, nombrado después: «PD: Te manda saludos Rocío Blanco».
    '(te|le|os) (manda|envia|mandan|envian|ha mandado|ha enviado) (muchos )?(saludos|recuerdos|un saludo|un abrazo)',
    // El nombre después: «Soy el que te mencionó la Coni el otro día».
    'te (menciono|mencionó|comento|comentó|hablo de mi|habló de mí)(?!\\p{L})',
    // El nombre después: «Tú y yo pasamos por el equipo de {ExJefe} en distintas épocas».
    '(tu y yo|usted y yo|los dos|las dos|ambos|ambas) (pasamos|estuvimos|trabajamos|coincidimos) (por|en|con) (el equipo de|la oficina de|el grupo de|el laboratorio de)',
    // El anfitrión después, de una ocasión privada en la que coincidieron: «nos conocimos en la carne asada de Memo», «en el cumple de Pauli».
    '(nos conocimos|coincidimos|estuvimos|estabas|estaba|nos vimos) en (el|la) (asado|carne asada|boda|cumple|cumpleanos|fiesta|despedida|cena|bautizo|barbacoa|parrillada|jubilacion) de(?! (la|el|los|las|mi|tu|su|nuestr[oa]|empresa|trabajo|navidad|fin de ano|la oficina)(?!\\p{L}))',
    // El nombre después, con los dos: «los dos venimos de la escuela de Paco Lozano», «estamos las dos en el grupo de WhatsApp de Pablo Rangel», «soy del equipo de Óscar; estuvimos los tres…».
    '(los dos|las dos|ambos|ambas) venimos de (la escuela|el equipo|el grupo|el laboratorio|la clinica|el servicio|la consulta|el taller) de(?!\\p{L})',
    '(estamos|somos)( las dos| los dos| ambos| ambas)? en el grupo de (whatsapp|telegram|signal) de(?!\\p{L})(?! (la|el|los|las)(?!\\p{L}))',
    '(soy|somos) del equipo de(?!\\p{L})',
    // El nombre después, recibido con quien escribe: «gracias por recibirnos a Hernán y a mí».
    '(recibirnos|atendernos|reunirte con nosotros|reunirse con nosotros|invitarnos) a(?= \\p{L}+( \\p{L}+)? y a mi(?!\\p{L}))',
    // El nombre después: «por Pablo (mantenimiento de línea en Bilbao) sé que…», «los dos pasamos por el equipo de growth de Gabi Medina».
    "por(?=( [\\p{L}'’-]+){1,3}( \\([^()\\n]{1,60}\\))?,? (se|supe|me entere|me he enterado|tengo entendido) (de )?que(?!\\p{L}))",
    '(los dos|las dos|ambos|ambas) (pasamos por|estuvimos en|trabajamos en) el equipo( de [\\p{L}-]+)? de(?!\\p{L})',
    // El nombre después: «me llega por Dani Segura que buscáis analista».
    'me (llega|llego|ha llegado)( tu nombre| su nombre| tu contacto| su contacto)? por(?!\\p{L})',
    // El nombre después, con el verbo delante: «Me ha facilitado su nombre Ramón Ortega, del Consejo Regulador».
    '(me|nos) (ha |han )?(facilitado|facilito|dado|dio|pasado|paso|proporcionado|proporciono) (su|tu|vuestro) (nombre|contacto|perfil|correo)(?= \\p{L})(?! (la|el|los|las|un|una)(?!\\p{L}))',
    '(se|supe|me entere|me he enterado) por(?!\\p{L})',
    // El nombre después, que dice algo del lector: «Según Sergio de la Cruz, eres quien más sabe de AMFE».
    "segun(?= [\\p{L}'’-]+( [\\p{L}'’-]+){0,3},? (eres|sos|es usted|tu|usted|vos|estas|tienes|llevas|has|estuviste|estuvo usted|fuiste|fue usted|diriges|trabajas|organizas|preparas)(?!\\p{L}))",
    // El nombre después, con quien trabajaron los dos: «trabajamos las dos con Carolina Méndez en la campaña».
    '(trabajamos|trabajabamos|colaboramos|colaborabamos|estudiamos|coincidimos) (los dos|las dos|ambos|ambas) con(?!\\p{L})',
    // El nombre después, quien compartió lo suyo: «me llegó tu post porque lo compartió Irene».
    '(lo|la) (compartio|reenvio|reposteo|recomendo)(?!\\p{L})',
    // El nombre después: quien los puso en contacto, quien coordina el grupo de los dos: «Nos puso en contacto Marta R.», «el grupo de trabajo de IA que coordina Inés».
    '(nos|os) (puso|pone|ha puesto) en contacto(?!\\p{L})',
    '(grupo|equipo|comite|comision|red|comunidad|club|programa|proyecto)( de [\\p{L}-]+( [\\p{L}-]+){0,3})? que (coordina|dirige|lidera|organiza|modera)(?!\\p{L})',
    // El nombre después, como se escribe con prisa: «Contacto compartido con Jaime Olmo», «Presentación de Bea Lozano por correo», «Recomendado por Tomás», «Mismo mentor, Raúl Vidal, en Lanzadera».
    '(contacto|contactos|amig[oa]|amig[oa]s|conocid[oa]|conocid[oa]s) (compartid[oa]s?|en comun) con(?!\\p{L})',
    '(presentacion|presentad[oa]s?|recomendad[oa]s?|referid[oa]s?) (de|por)(?!\\p{L})',
    '(mismo|misma) (mentor|mentora|jefe|jefa|profe|profesor|profesora|tutor|tutora|director|directora|supervisor|supervisora)(?!\\p{L})',
    // Sabido por alguien, el nombre después: «por Jorge (el de Cabify) sé que buscáis ponentes».
    'por(?= [\\p{L}-]+( [\\p{L}-]+)?( \\([^)]{1,30}\\))? (se|supe|sabemos|me entere) que(?!\\p{L}))',
    // Nombrado después, alguien a quien etiquetaron o en cuya mesa estuvieron: «etiquetaste a Kike Soler, que fue mi jefe», «estuvimos en la mesa de Ximena».
    '(etiquetaste|etiqueto usted|mencionaste|menciono usted) a(?!\\p{L})',
    '(estuvimos|coincidimos|nos sentamos|comimos|cenamos) en la mesa de(?!\\p{L})',
    // Alguien con quien trabajaron los dos, nombrado después: «los dos trabajamos con Paola Ugarte en la licitación».
    '(los dos|las dos|ambos|ambas|tu y yo|usted y yo) (trabajamos|trabajabamos|hemos trabajado|colaboramos|colaborabamos|hemos colaborado|estudiamos|coincidimos) con(?! (el|la|los|las|un|una|unos|unas|nuestro|nuestra|nuestros|nuestras|clientes|empresas|proveedores)(?!\\p{L}))(?!\\p{L})',
    // Quien los puso en contacto o escribió lo citado, nombrado después: «Me puso en contacto con usted el contador Benítez», «eso me escribió Tomi ayer».
    '(me|nos) (puso|pusieron|ha puesto|han puesto) en contacto con (usted|contigo|vos|ustedes|vosotros)(?!\\p{L})',
    "(eso|esto|asi) me (escribio|dijo|conto|mando|comento)(?= [\\p{L}'’-]+)",
    // Lo que contaron a alguien, nombrado después: «lo de la beca que le contaste a Yolanda».
    "que (le|les) (contaste|dijiste|comentaste|explicaste|contó|conto|dijo|comento) a(?= [\\p{L}'’-]+)",
    // Lo que alguien contó, nombrado después: «como comentó Amélie en el grupo de exalumnos».
    "como (comento|dijo|menciono|conto|explico|me comento|me dijo|nos dijo|nos comento)(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?(?!\\p{L}))(?! (en|que|ayer|antes|usted|tu|el|la|los|las|un|una)(?!\\p{L}))",
    // De parte de alguien, nombrado después: «te escribo por Leire», «vía Gerard conocí tu podcast».
    // No de parte de una institución: «le escribo de parte de la Cámara de Comercio de Bucaramanga».
    '(te|le|os) escribo (de parte de|por(?! (recomendacion|indicacion|sugerencia|consejo|peticion|pedido)(?!\\p{L})))(?!\\p{L})(?!( de)? (la|el|del|de la|de el|los|las|nuestra|nuestro|una|un) (camara|asociacion|federacion|confederacion|fundacion|universidad|escuela|facultad|empresa|compania|comunidad|red|gerencia|direccion|oficina|ministerio|municipalidad|alcaldia|gobernacion|junta|comision|comite|consejo|coordinacion|area|equipo|departamento|colegio|instituto|organizacion|sociedad|agencia|embajada|consulado|cooperativa|mesa|iniciativa|programa|catedra|secretaria de|subsecretaria|gremio|sindicato|clinica|hospital|firma|estudio|despacho|consultora|startup|marca)(?!\\p{L}))',
    "via(?= [\\p{L}'’-]+( [\\p{L}'’-]+)? (conoci|supe|llegue|me entere|di con|encontre|descubri)(?!\\p{L}))",
    // Quien ya lo sabe, nombrado después: «como sabe Pablo Ibarra, preparo el relevo».
    '(como|segun) (ya )?(sabe|sabes|saben|sabra|sabras|sabe bien)(?!\\p{L})',
    // En el equipo de alguien, nombrado después: «las dos estábamos en el equipo de Rafa en la {{ jam }}».
    '(estabamos|estuvimos|jugamos|trabajamos|estamos|jugabamos|trabajabamos) (los dos |las dos |ambos |ambas )?en el (equipo|turno|clan) de(?!\\p{L})',
    // Lo quedado con alguien, nombrado después: «como quedamos con Bea en la RootedCON».
    '(como )?(quedamos|hablamos|acordamos|comentamos) con(?!\\p{L})',
    // Nombrado después de «por», lo que se supo así: «por Nico, de Agroinsumos del Sur, supe que te interesa…».
    "por(?=( [\\p{L}'-]+){1,3}(,[^,.!?\\n]{1,60},)? (supe|me entere|sabemos|supimos|nos enteramos|me llego)(?!\\p{L}))",
    // Nombrado después: quien los presentó, con quien se habló: «soy la de Entreculturas que te presentó Pilar», «Conversando con Patricio Muñoz…».
    '(que (te|le|os) presento|(te|le|os) (presentaron|ha presentado|han presentado))(?!\\p{L})',
    '(conversando|hablando|charlando|platicando) con(?!\\p{L})',
    // El nombre después, en cuyo grupo están los dos: «somos los dos del grupo de Ainhoa en el CNIO».
    '(somos|estamos|estuvimos|fuimos|trabajamos) (los dos|las dos|ambos|ambas) (del|en el|de) (grupo|equipo|laboratorio|lab|servicio|departamento|proyecto) de(?! (linkedin|facebook|whatsapp|slack|telegram|discord|meetup|x|twitter)(?!\\p{L}))',
    // El nombre después, con quien hicieron algo juntos: «vi que tú y Joaquín Ruiz trabajaron juntos en Rappi».
    '(vi|veo|note|he visto) (que )?(tu|usted|vos) y',
    // El nombre tras la reunión en que estuvieron: «soy la de la llamada del martes con Teresa».
    '(soy|era) (el|la) de la (llamada|reunion|videollamada|call|comida|cena|clase|videoconferencia)( [\\p{L}]+){0,3} con',
    // La fiesta de alguien: «nos conocimos en el cumpleaños de Leire».
    '(el cumple(anos)?|la boda|la despedida|la fiesta|la cena|el bautizo|la graduacion|la casa) de',
    // El nombre tras el verbo que recomienda escribir: «me recomendó escribirte Pato Ledesma».
    '(me )?(recomendo|sugirio|aconsejo|ha recomendado|ha sugerido) (escribirte|escribirle|contactarte|contactarle|hablarte|hablarle|hablar contigo|hablar con usted)',
    // El nombre tras quien envió a quien escribe: «Me refirió a usted Alejandra Obando, del Colegio de Ingenieros».
    '(me|nos) (refirio|ha referido|derivo|ha derivado|remitio|ha remitido|recomendo|ha recomendado) (a|con) (usted|ti|vos|ustedes|vosotros)(?!\\p{L})(?! (para|por|con|en|de|del|desde|hace|sobre|porque|y|e|a|al|que|el|la|los|las|un|una)(?!\\p{L}))',
    // El nombre después: «soy enfermera y conocida de Juliana Restrepo», «amigo personal de Íñigo Sanz».
    '(conocid[oa]s?|amig[oa]s? personal(es)?|amig[oa]s? (de la infancia|de toda la vida)) de',
    // Su familia o su vecina, con nombre: «tu hermano Dani», «tu prima Elena», «el fontanero de tu vecina Amparo».
    '(tu|su) (herman[oa]|prim[oa]|ti[oa]|cuñad[oa]|sobrin[oa]|abuel[oa]|padre|madre|hij[oa]|marido|mujer|pareja|novi[oa]|suegr[oa]|vecin[oa]|compadre|comadre)',
    // El nombre tras lo que hizo: «me habló de ti Ramón Ortega», «me pasó tu contacto Memo», «nos conocemos por Carmen Gil», «me manda Quique», «tu nombre me lo dio Eva».
    '(te|lo|la|le) (cacho|ubico) (por|gracias a|de parte de)',
    '(nos conocemos|te conozco|le conozco|la conozco|lo conozco)( de rebote| de refilon| indirectamente| de oidas)? (por|a traves de|gracias a)',
    // El nombre después: «soy cuate de Memo Castañeda», «como te adelantó Sebastián Ruiz».
    // El nombre después: «la cena de nuestra amiga Karina Paz».
    // «en común» too, so that the name is looked for after it: «nuestro colega en común, el Dr. Hernán Paredes».
    '(nuestr[oa]|nuestr[oa]s) (amig[oa]|amig[oa]s|colega|colegas|compañer[oa]|conocid[oa]|profe|profesor[a]?|jefe|jefa|soci[oa])( en comun| comun| mutu[oa])?',
    '(soy|somos) (cuate|cuates|compa|compas|pana|panas|pata|patas|causa|carnal|chamo|chama|parcero|parcera|parce|amig[oa]|amig[oa]s|colega|colegas|compañer[oa]|compañer[oa]s|vecin[oa]) (de|del)',
    'como( ya| seguramente| probablemente| quiza| quizas| igual| tal vez| sin duda){0,2} (te|le|os) (adelanto|comento|dijo|conto|aviso|anticipo|habra contado|habra comentado|habra dicho|ha contado|ha comentado|ha dicho)',
    '(me|nos) (manda|mando|envia|envio|deriva|derivo)',
    '(tu|su) (nombre|contacto|numero|perfil|correo) me lo (dio|paso|facilito|recomendo|dieron|pasaron)',
    '(tu|su) (nombre|contacto) me (fue dado|fue facilitado|fue pasado) por',
    '(me|nos) (ha dicho|dijo|ha contado|conto|ha comentado|comento|ha chivado|chivo)(?= [\\p{Lu}])',
    '(me|nos) (hablo|hablaron|hablo muy bien) de (ti|usted)',
    // El nombre después, de quien le recordó lo que comparten: «somos de la misma promoción; me lo recordó Pablo Ruiz».
    '(me|nos) lo (recordo|ha recordado|recordaba|recordaron)(?!\\p{L})',
    '(me|nos) (paso|pasaron|dio|dieron|facilito|compartio) (tu|su) (contacto|nombre|perfil|numero|correo)',
    // El nombre después: «¿te acordás de Mati, de la facu?».
    '(te acordas|te acuerdas|se acuerda|recuerdas|te acordaras) de',
    // El nombre después: «compartimos contacto con {contacto}».
    '(compartimos|tenemos) (un |una )?(contacto|amig[oa]|conocid[oa])( en comun)? (con|en)',
    '(compartimos|tenemos en comun) a',
    // El nombre después: «tenemos a Elena Franco en común», «nos une Diego Ferrer», «nos presentó Inés Prado».
    "(tenemos|compartimos) a(?= [\\p{L}'-]+( [\\p{L}'-]+){0,2} (en comun|como contacto|en (nuestra|nuestras) (red|redes|contactos)))",
    'nos une',
    // El nombre después, que cuenta lo suyo o lo de su casa: «Según Camila Ruiz, estás usando…», «Según Marco Solís, en tu empresa buscan proveedor».
    "segun(?=( [\\p{L}'-]+){1,3}(,[^,.!?\\n]{1,60},)?(,? (estas|estais|esta usted|eres|sos|es usted|tenes|tienes|tiene usted|llevas|buscas|buscais|seguis|sigues|sigue usted|siguen|quieres|quereis|preparas|preparais|necesitas|necesitais|necesita usted|trabajas|lideras|diriges|andas|anda|andais|te|le|os|tu|usted|vos)(?!\\p{L})|,? en( [\\p{L}.-]+){1,3} (buscan|necesitan|quieren|estan|andan|usan|tienen)(?!\\p{L})))",
    '(coincidimos|estuvimos|cenamos|comimos|hablamos|charlamos|nos conocimos|lo pasamos|la pasamos)( bien| genial)? con',
    // Con el sitio entre medias: «coincidimos en {{ evento }} con Gabriel Montes».
    '(coincidimos|estuvimos|cenamos|comimos|charlamos) en( (<slot>|[\\p{L}\\p{N}-]+)){1,4} con(?! (gente|personas|alguien|varios|varias|mucha|mucho|muchos|muchas|compañeros|companeros|colegas|el equipo|la gente|otros|otras|unos|unas|clientes|todo|todos)(?!\\p{L}))',
    // Quien tienen las dos por mentora o jefe: «las dos tenemos a Elena Soler como mentora».
    '(las dos|los dos|ambos|ambas) (tenemos|tuvimos|compartimos) a',
    // No quien se presenta: «Me presento: soy Leandro…» («presentó» y «presento» se leen igual sin tilde).
    '(nos|me) (presento(?![\\s,]*(:|soy|me llamo|mi nombre|brevemente|rapidamente|formalmente)(?!\\p{L}))|presentaron|presentaste)',
    // Lo hablado con alguien de su lado: «lo hablé con Mariana, tu socia».
    '(lo )?(hable|comente|consulte|charle) con',
    // Alguien con quien hablaron los dos: «en la llamada con Pablo el martes».
    '(en|durante|tras|despues de) (la|una|nuestra) (llamada|reunion|videollamada|videoconferencia|call|comida|cena|conversacion|charla)( a (tres|cuatro))?( en (el|la) [\\p{L}\\p{N}-]+( [\\p{L}\\p{N}-]+){0,3})? con',
    '(coincidir|coincidimos|cenamos|comimos|estuvimos) en (la|el) (cena|comida|reunion|evento|llamada)( de (<slot>|[\\p{L}\\p{N}-]+))? con',
    // El nombre después: «me lo comentó Paula Ríos».
    'me lo (comento|recomendo|dijo|conto|paso|sugirio)',
    'me (pasa|paso|ha pasado|da|dio|ha dado|compartio|mando|envio|reenvio) (tu|su) (contacto|nombre|perfil|numero|correo|mail|email)',
    '(tu|su) (ex |ex-|ex|antigu[oa] )?(compañer[oa]|colega|jefe|jefa|soci[oa]|exjefe|exjefa|excompañer[oa]|excolega|exsoci[oa])( de (equipo|trabajo|clase|universidad))?',
    // El nombre después: «la cena que organizó Tere Aguilar».
    '(la|el) (cena|comida|fiesta|reunion|quedada|asado|barbacoa|boda|despedida|presentacion|llamada|videollamada|videoconferencia|call) que (organizo|organizaron|monto|dio|hizo|preparo)(?!\\p{L})',
    '(vi que |veo que )?(conoces|conoceis|conoce) a',
    '(de parte|por recomendacion|por indicacion|por sugerencia|a sugerencia|por consejo|a instancias|a peticion|a pedido) (de|del|de la)(?!( la| el| los| las| nuestra| nuestro)? (camara|asociacion|federacion|confederacion|fundacion|universidad|escuela|facultad|empresa|compania|comunidad|red|gerencia|direccion|oficina|ministerio|municipalidad|alcaldia|gobernacion|junta|comision|comite|consejo|coordinacion|area|equipo|departamento|colegio|instituto|organizacion|sociedad|agencia|embajada|consulado|cooperativa|mesa|iniciativa|programa|catedra|gremio|sindicato|clinica|hospital|firma|estudio|despacho|consultora|startup|marca)(?!\\p{L}))',
    // Su trabajo conocido por alguien: «Conocí su trabajo por Susana Gil».
    '(conoci|supe de|llegue a|descubri) (su|tu) (trabajo|perfil|nombre|proyecto|labor|empresa|investigacion|obra) (por|gracias a|a traves de)(?!\\p{L})',
    // Por medio de alguien, no de un medio: «te conocí a través de Íñigo», «Gracias a Íñigo, que nos tiene a las dos en su programa…»; no «más pacientes a través de Google Ads».
    "(por medio de|a traves de|gracias a)(?<=(^|[.!?:;,—–] |(te|le|la|lo|os|nos|tu|su|conoci|conocimos|supe|llegue|encontre|di|conectamos|conectados|conectadas|contacto|nombre|perfil)( [\\p{L}'-]+){0,2} )(por medio de|a traves de|gracias a))(?! (linkedin|google|una (publicacion|busqueda)|un (post|grupo)|tu (perfil|publicacion|web|pagina)))",
    '(tu|su) nombre (salio|surgio|aparecio)( [\\p{L}\\p{N}-]+){0,5} con',
    // El nombre tras el verbo: «Dice Javi (…) que eres quien más sabe».
    // Nombrado después, quien reunió a los dos: «estamos las dos en el grupo que montó Patricia Ríos».
    '(estamos|somos) (las dos|los dos|ambos|ambas) en (el|la) (grupo|equipo|red|consorcio|comunidad|chat|comision) que (monto|creo|armo|organizo|lidera|coordina|dirige|junto)(?!\\p{L})',
    '(grupo|chat)( de whatsapp| de telegram| de signal)?( [\\p{L}\\p{N}-]+){0,8} que (armo|monto|creo|abrio|hizo|organizo|gestiona|coordina|lleva|administra)(?!\\p{L})',
    // Nombrado antes, su antiguo compañero: «Carlos Mena, mi socio y excompañero tuyo en la VUCE».
    '(ex-?)?(compañer[oa]|colega|jefe|jefa|socio|socia) (tuy[oa]|suy[oa])(?= en | de |,)',
    // El nombre después, su jefe o su grupo: «vi que estás en el equipo de Laura Bianchi en el IRB».
    // Not an area of a company: «estás en el equipo de sostenibilidad de Mahou».
    '(estas|esta usted|trabajas|trabaja usted|sigues|sigue usted) en el (equipo|laboratorio|lab|departamento|grupo de investigacion) de(?!\\p{L})(?! (sostenibilidad|marketing|ventas|producto|datos|ingenieria|operaciones|finanzas|rrhh|recursos humanos|personas|comunicacion|diseno|tecnologia|innovacion|calidad|compras|logistica|estrategia|legal|seguridad|investigacion|desarrollo|ux|it|ti|growth|soporte|atencion al cliente|riesgos|auditoria|cumplimiento|mantenimiento|produccion|expansion)(?!\\p{L}))',
    '(dice|dijo|me dice|me dijo|me ha dicho|me avisa|me aviso|me ha avisado|me adelanta|me adelanto|me ha adelantado|comenta|me comenta|me comento|me ha comentado|cuenta|me cuenta|me conto|me ha contado|me comparte|me compartio|me ha compartido)(?<!(de|la|una|su|tu|mi|nuestra|vuestra|esta|esa|sus|tus|mis|por|en) cuenta)(?<!como (dice|dijo))',
    // Not a saying quoted: «Como dice [CEO famoso], «tu red es tu patrimonio»».
    // Quien se lo contó: «me enteré por Gonzalo», «por Daniela Castro supe que…».
    '(me entere|me entero|supe|lo supe|me he enterado) por',
    // Hablando con alguien salió su nombre: «hablando el otro día con Laura Vidal…».
    'hablando( el otro dia| ayer| hace poco| hace unos dias| la semana pasada)? con',
    "por(?=( [\\p{L}'-]+){1,3},? (supe|me entere|me he enterado|sé) que)",
    // No ante un artículo, que lleva a un sitio: «colega de la Javeriana», «compañera de la uni».
    // Tampoco los de un sitio, en plural tras «mis» o «varios de mis»: «varios de mis compañeros de Accenture».
    // Ni lo que se comparte, sin artículo: «compañeros de profesión», «colegas de sector», «compañera de promoción».
    '(amig[oa]|compañer[oa]|colega)s? de(?<!(mis|tus|sus|nuestr[oa]s|vuestr[oa]s|vari[oa]s|much[oa]s|algun[oa]s|un[oa]s) (amig[oa]|compañer[oa]|colega)s de)(?! (la|el|los|las|trabajo|profesión|oficio|sector|gremio|promoción|clase|carrera|curso|máster|equipo|departamento|oficina|despacho|proyecto|piso|viaje|viajes|estudios|facultad|universidad|colegio|instituto|infancia|toda la vida|batallas|fatigas|aventuras|profesion|promocion)(?!\\p{L}))',
    // Quien habló, con quién, en casa de quién: «por lo que contó Agus», «estuvimos hablando con Carlos», «mi tía, la doctora Elvira Campos».
    '(lo que|por lo que) (me )?(conto|dijo|comento|menciono)',
    '(estuvimos|estaba|estuve|estabamos) hablando con',
    'en casa de',
    'mi (papa|padre|madre|mama|tia|tio|hermano|hermana|primo|prima|jefe|jefa|socio|socia|amigo|amiga|pareja|mujer|marido|sobrino|sobrina|abuelo|abuela|roomie|compi)(,? (el|la) (doctor|doctora|ingeniero|ingeniera|profesor|profesora))?',
    // Familia de alguien o quien vive con él: «soy el hermano de Kike», «la compañera de piso de Paula».
    '(herman[oa]|prim[oa]|sobrin[oa]|hij[oa]|cuñad[oa]|vecin[oa]|pareja|novi[oa]|marido|mujer|compañer[oa] de piso|roomie|compi de piso) de',
    // El nombre detrás: una celebración de alguien que ambos conocen, «coincidimos en un cumpleaños de Mikel Etxeberria».
    '(cumple(anos)?|boda|fiesta|cena|despedida|bautizo|barbacoa|asado|comida) (de|del)(?! (empresa|trabajo|navidad|fin de ano|equipo|la empresa|la oficina)(?!\\p{L}))',
    // El nombre después: «Nos conecta Pablo Ibarra (trabajamos juntos en Glovo)».
    '(nos|os) (conecta|conecto|une|unio)(?!\\p{L})',
  ],
  countInCommon: ['(\\d+|<slot>) (contactos|conexiones|amigos)( en comun)?', '(\\d+|<slot>) personas en comun', '(muchos|varios|bastantes|algunos) (contactos|conexiones|amigos)( en comun)', '(compartimos|tenemos) (muchos|muchas|varios|varias|bastantes|algunos|algunas|tantos|tantas) (contactos|conexiones|amigos|conocidos)( (del|de la|de los|de las|en el|en la) ([\\p{L}.-]+ ){0,3}[\\p{L}.-]+)?'],
  // «Un amigo de Pedro» nombra a Pedro: solo con un posesivo o un artículo, «de» lleva a un sitio.
  referrerPronouns: ['ella', 'él'],
  referrerCompanions: ['con', 'junto a', 'y', '(roomie|rumi|compi|socio|socia|colega|companero|companera|amigo|amiga|hermano|hermana|primo|prima|jefe|jefa|vecino|vecina|cunado|cunada|promo|promocion|clase|curso|grupo|equipo) de'],
  signedThrough: ['(via|de parte de|gracias a|presentad[oa]s? por)(?<=[\\n,(—–|·-]\\s{0,2}(via|de parte de|gracias a|presentad[oa]s? por))'],
  placedAt: [
    // Dónde están los amigos en común, no quién: «unos amigos que tenemos en común en El Corte Inglés», «un contacto en común de la Cámara de Comercio».
    'en comun (en|de|del)( el| la)?(?!\\p{L})',
    // Dónde los presentaron, no quién: «nos presentaron en Construmat».
    '(nos|me|te) (presentaron|presentamos|conocimos|conocieron) en( el| la)?(?!\\p{L})',
    // Gente de un sitio, no nombrada: «varios colegas de la Federación me hablaron de vos».
    '(amig[oa]s|compañer[oa]s|excompañer[oa]s|colegas|excolegas|conocid[oa]s|miembros|exalumn[oa]s|gente) de (la|el|los|las)(?!\\p{L})',
    '(amig[oa]s?|compañer[oa]s?|colegas?|gente|alguien|personas?|contactos?|conocid[oa]s?|jefe|jefa|socio|socia|miembros?|exalumn[oa]s?)( tuy[oa]s?| suy[oa]s?| de (ti|usted)| en comun)? (en|desde)(?! comun(?!\\p{L}))',
    '(amig[oa]s?|compañer[oa]s?|excompañer[oa]s?|colegas?|excolegas?|conocid[oa]s?|jefe|jefa|exjefe|exjefa|socio|socia|exalumn[oa]s?) (tuy[oa]s?|suy[oa]s?|de (ti|usted)) de',
  ],
} satisfies SharedContactPhrases;
