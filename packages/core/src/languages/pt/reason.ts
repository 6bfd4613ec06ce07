import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    // Como em inglês, entre quem se conhece: as pessoas com quem gostou de trabalhar, anos no mesmo andar, um café para colocar o papo em dia, os slides a mandar: «as pessoas com quem gostei tanto de trabalhar», «depois de oito anos no mesmo andar», «vamos tomar um café para colocar o papo em dia?», «te adiciono aqui para te mandar os slides».
    '(pessoas|colegas|equipe|equipa|time) com (quem|que) (gostei|adorei|amei) (tanto |muito )?(de )?(trabalhar|colaborar)(?!\\p{L})',
    '(\\d+|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|muitos|varios) anos (no mesmo (andar|corredor|escritorio|setor|time)|lado a lado|trabalhando juntos|a trabalhar juntos)(?!\\p{L})',
    '(cafe|almoco|cerveja|chope|ligacao) para (colocar|pormos|por) (o papo|a conversa) em dia(?!\\p{L})',
    'para (te|lhe|vos) (mandar|enviar|passar|encaminhar) (os|as|o|a) (slides|apresentacao|arquivos?|fotos|documentos|materiais|links?)(?!\\p{L})',
    // Trabalho que dois do mesmo ofício passam um ao outro: «bora conectar e passar trabalho um pro outro?».
    '(passar|indicar|mandar) (trabalho|trabalhos|clientes|jobs|projetos|pacientes|freelas) (um pro outro|um para o outro|uma pra outra|uma para a outra)(?!\\p{L})',
    // Do que se falava, como «when we were talking about» em inglês: «quando falávamos sobre {{tema}}», «estávamos conversando sobre a migração».
    '(falavamos|conversavamos|discutiamos|estavamos (falando|conversando|discutindo|a falar|a conversar)) (sobre|de|do|da|dos|das)(?!\\p{L})',
    // Uma necessidade deles contada por alguém, um trabalho feito juntos, quem escreve lembrado: «a Carol disse que você tá procurando freela de design», «foi um prazer trabalhar consigo na auditoria da EDP», «depois de três anos dividindo mesa na Ambev», «sou eu, o Dudu do estágio na Ambev».
    "(disse|falou|comentou|contou|mencionou)( me|-me)? que (voces|voce|vc|tu|a tua equipa|a sua equipe|a equipe|a empresa) (estao|esta|estas|ta|tao) (procurando|a procura de|a procurar|buscando|contratando|a contratar)(?!\\p{L})",
    "(foi um prazer|adorei|gostei (muito )?de) trabalhar (consigo|contigo|com voce|com vc|com o senhor|com a senhora) (na|no|em|nas|nos)(?!\\p{L})",
    "(depois de|apos)( [\\p{L}\\p{N}]+){1,3} (dividindo|partilhando|a partilhar|compartilhando) (mesa|sala|equipe|equipa|projeto|escritorio)(?!\\p{L})",
    "sou eu,? (o|a) [\\p{L}-]+ (do|da) (estagio|time|equipe|equipa|turma|faculdade|mestrado|curso|projeto)(?!\\p{L})",
    // Um perfil novo depois de perder o antigo: «criei um perfil novo porque o antigo foi hackeado».
    "(criei|fiz|abri|tive de criar|tive que criar) (um|uma) (perfil|conta) nov[oa](?!\\p{L})",
    "(o|meu) (perfil|conta) (antig[oa]|anterior|velh[oa]) (foi|tinha sido) (hackead[oa]|bloquead[oa]|apagad[oa]|suspens[oa]|roubad[oa])(?!\\p{L})",
    // Escrever-lhes sobre algo deles: «aconselhou-me a escrever-te sobre o teu projeto de recrutamento».
    '(escrever-te|escrever-lhe|falar contigo|falar consigo|contactar-te|contactar-o|contactar-a) (sobre|acerca d[oa]s?|a proposito d[oa]s?) (o teu|a tua|os teus|as tuas|o seu|a sua|os seus|as suas|o vosso|a vossa)(?!\\p{L})',
    // Um tema em que o remetente trabalha, deixado por preencher: «estou a trabalhar em [tema] e gostava da tua opinião».
    '(estou|estamos) (a trabalhar|trabalhando|a explorar|explorando|a estudar|estudando|a investigar|investigando|a escrever|escrevendo) (em|no|na|sobre|com) <slot>',
    // O que procuram, dito como a razão: «reencaminhou-me o teu perfil porque procuras um designer».
    '(porque|pois|ja que) (voce |tu |vcs |voces )?(procuras|procura|procuram|precisas|precisa|precisam|buscas|busca|buscam|estas a procurar|esta a procurar|esta procurando)(?!\\p{L})',
    // Um tema deles de que falar, sugerido ou anunciado: «sugeriu que falássemos da tua feira do livro», «escrevo-te por causa do vosso concurso».
    '(falassemos|falarmos|conversassemos|conversarmos|falar|conversar) (da|do|das|dos|sobre a|sobre o|sobre as|sobre os) (tua|teu|tuas|teus|vossa|vosso|vossas|vossos|sua|seu|suas|seus)(?!\\p{L})',
    '(escrevo|escrevo-te|escrevo-lhe|contacto-te|contacto-o|contacto-a) (por causa|a proposito|acerca|sobre)( d[oa]s?)? (vosso|vossa|vossos|vossas|teu|tua|teus|tuas|seu|sua)(?!\\p{L})',
    // Perguntas sobre um tema: «queria fazer-lhe duas perguntas sobre a passagem de agência para in-house».
    '(fazer-lhe|fazer-te|lhe fazer|te fazer|fazer) (duas|umas|algumas|uma|tres|umas duas) perguntas? (sobre|acerca d[oa]s?)(?= \\p{L})',
    // Sem falar desde um tempo comum, o papel deles para quem escreve (1.º grau): «a gente não se fala desde a faculdade», «você foi meu gestor na Vivo».
    '(a gente nao se fala|nao nos falamos|não nos falamos|a gente não se fala|nao falamos|não falamos) desde(?!\\p{L})',
    '(voce foi|você foi|tu foste|o senhor foi|a senhora foi) (meu|minha) (gestor|gestora|chefe|mentor|mentora|orientador|orientadora|professor|professora|coordenador|coordenadora|treinador|treinadora)(?!\\p{L})',
    // O que se perguntou e a quem levou: «deu-me o seu nome quando perguntei quem percebia de candidaturas ao PRR».
    '(quem|alguem|alguém) (percebia|percebe|sabia|sabe|entende|entendia|conhecia|conhece) (de|bem de|do|da)(?!\\p{L})',
    // Um passado e uma ocasião em comum (1.º grau sobretudo): «fomos colegas na Petrobras», «obrigado pela ótima parceria na obra», «foi ótimo o happy hour de ontem».
    '(fomos|eramos|éramos) (colegas|companheiros|companheiras|vizinhos|vizinhas|parceiros|parceiras)(?!\\p{L})',
    '(obrigad[oa]|agradeco|agradeço) (pela|por essa|pela nossa) (otima |ótima |boa |excelente |bela )?(parceria|colaboracao|colaboração) (na|no|em|durante|com)(?!\\p{L})',
    '(otimo|ótimo|muito bom|legal|incrivel|incrível|demais) (o|a) (happy hour|jantar|almoco|almoço|encontro|churrasco|festa|confraternizacao|confraternização)(?!\\p{L})',
    // Um passado em comum (1.º grau): «Tô reunindo a galera do time da {{empresa}}», «da antiga equipe de suporte», «trabalhar sob sua gestão», «muito do que faço hoje aprendi com você na {{empresa}}».
    '(reunindo|juntando|chamando|montando) (a galera|o pessoal|a turma|o time|um grupo)( de [\\p{L}-]+)? (do|da|de|dos|das)(?!\\p{L})',
    '(da|na|do|no) (nossa |nosso )?(antiga|antigo|velha|velho) (equipe|equipa|turma|empresa|area|time|escritorio)(?!\\p{L})',
    '(trabalhar|trabalhei|ter trabalhado) (sob|com) (sua|a sua|tua|a tua) (gestao|lideranca|orientacao|chefia|coordenacao)',
    '(seu|teu) trabalho (com|sobre|em) <slot>',
    '(aprendi|aprendemos) (muito |tanto |tudo )?(com voce|contigo|com o senhor|com a senhora) (na|no|em|nos|nas)(?!\\p{L})',
    // Um passado em comum, o que deviam falar, a pessoa certa para algo, a expansão deles, um reencontro: «Ex-colega da equipa de auditoria», «Quanto tempo desde a [Empresa Antiga]», «falar sobre o vosso stack de dados», «a pessoa certa pra falar de ERP no agro», «estão a expandir para Espanha», «foi ótimo rever-te no jantar de antigos alunos».
    '(ex-?colega|ex-?companheir[oa]|antig[oa] colega) (da|do|de|na|no)(?!\\p{L})',
    '(por causa|a proposito|por conta|a respeito) (da sua|do seu|da tua|do teu|das suas|dos seus) (investigacao|pesquisa|trabalho|tese|projeto|artigo|estudo) (em|sobre|de|na|no)(?!\\p{L})',
    '(quanto|tanto) tempo desde (o|a|os|as|aquele|aquela|<slot>)(?!\\p{L})',
    '(falar|conversar|trocar ideias) (sobre|de) (o |a |os |as )?(vosso|vossa|vossos|vossas|seu|sua|seus|suas|teu|tua)(?!\\p{L})',
    '(a pessoa|o cara|a referencia|a referência) (certa|certo|ideal|indicada|indicado) (pra|para) (falar|conversar|perguntar|tirar duvidas) (de|sobre)',
    '(estao|esta|estas|voces estao|voce esta) (a )?(expandir|expandindo|abrir|abrindo|contratar|contratando|lancar|lancando|mudar|mudando) (para|pra|em|um|uma|o|a)(?!\\p{L})',
    '(rever-te|rever-vos|te rever|reencontrar-te|te reencontrar|rever voce) (no|na|em|nos|nas)(?!\\p{L})',
    // Saudade de um tempo em comum (1.º grau): «Saudade do time de vôlei da firma».
    '(saudade|saudades) (do|da|dos|das|de) (nosso |nossa |nossos |nossas )?(time|equipe|equipa|turma|tempo|epoca|galera|escritorio|projeto|grupo|reunioes|reuniao|aulas|almocos|cafes|viagens|tempos|dias|conversas)',
    // Falar consigo sobre um tema, por sugestão de alguém: «sugeriu que eu entrasse em contato com você sobre…».
    '((entrar|entrasse|entre|entrei) em (contato|contacto)|falar|falasse|conversar|conversasse) com (voce|vc|o senhor|a senhora|contigo) (sobre|a respeito de|acerca de)(?! (uma |possiveis |novas )?(oportunidades?|parcerias?|colaboracao|sinergias?|networking|linkedin)(?!\\p{L}))',
    // O trabalho deles ao lado do nosso: «vocês atendem clínicas e nós fazemos agendamento por WhatsApp».
    '(voces|voce|vc|vcs|a vossa empresa|a sua empresa) (atendem|atende|vendem|vende|fazem|faz|fabricam|fabrica|distribuem|distribui)( [\\p{L}\\p{N}-]+){1,4},? e (nos|a gente) (fazemos|vendemos|atendemos|desenvolvemos|fabricamos|distribuimos)',
    // Uma parceria retomada: «assumi a empresa da família e gostaria de retomar a parceria».
    '(retomar|renovar|reativar|reatar) (a|nossa|essa|aquela) (parceria|relacao comercial|colaboracao)',
    // O que procuram, contado por alguém: «ele mencionou que a senhora busca assessoria em LGPD».
    '(mencionou|disse|contou|comentou|falou) que (a senhora|o senhor|voce|voces|tu|vc|vcs) (busca|buscam|procura|procuram|precisa|precisam|esta buscando|esta procurando|quer|querem)',
    // O que fizeram, contado por alguém: «o Léo me contou que vocês reformaram o escritório» (não «que você é ótima»), «contou-me que abriste uma loja».
    '(contou|disse|comentou|mencionou|contaram|disseram)-(me|nos) que (?!(e|es|era|eras|foi|foste|seria|sao|eram)(?!\\p{L})|(esta|estas|estao) (?!a \\p{L}|\\p{L}+ndo(?!\\p{L})))(voce |voces |tu |vc )?\\p{L}{4,}',
    // O contacto passado para algo: «passou-me o teu contacto para a feira de emprego».
    '(passou|deu|passaram|deram|enviou)-(me|nos) (o teu|o seu|teu|seu) (contacto|contato|nome|numero|email|perfil) (para|sobre)(?= \\p{L})', '(me|nos) (passou|deu|passaram|deram|enviou) (o teu|o seu|teu|seu) (contacto|contato|nome|numero|email|perfil) (para|sobre)(?= \\p{L})',
    '(me|nos) (contou|contaram|disse|disseram|comentou|mencionou) que (voce|voces|vc|vcs|tu|a senhora|o senhor) (?!(e|esta|era|foi|seria|sao|estao|eram)(?!\\p{L}))\\p{L}{4,}',
    // Um convite com tema: «sugeriu seu nome para um episódio sobre cooperativas».
    "(para|num|em) (um|o) (episodio|podcast|painel|artigo|livro|estudo|webinar) sobre",
    // O que fizeram, dito deles: «foste tu que reescreveste o motor».
    "(foste tu|foi voce|foi o senhor|foi a senhora) (que|quem)",
    // Como fizeram algo, perguntado: «gostaria de perguntar como vocês estruturaram a licença parental».
    '(perguntar|saber|entender) como (voces|voce|vcs|a sua equipe|a tua equipa)',
    // O time deles, que a solução ajuda: «pode ajudar o time de finanças de vocês a fechar o mês».
    '(ajudar|apoiar|acelerar) (o|a|os|as) (time|equipe|equipa|area|departamento|setor)( de [\\p{L}]+)? (de voces|de vocês|de voce|de você|da <slot>|do <slot>)',
    // Como chegaram à equipa, perguntado: «como foi a sua transição para a equipa de compliance do Millennium bcp?».
    '(como|de que forma) (foi|correu|se deu) a (sua|tua) (transicao|mudanca|passagem|entrada|chegada) (para|na|no|ao|a)',
    "represento (um|uma|o|a) [\\p{L}-]+ (no|na|em|num|numa)",
    "por causa (do|da|de) (projeto|vaga|obra|proposta|evento|artigo|post|concurso|licitacao)",

    // Um orçamento pedido, um serviço que fizeram para o remetente: «consegue mandar um orçamento?», «vocês fizeram nosso cardápio digital».
    '(manda|mandar|enviar|envia|passar|fazer|faz) (um|o) orcamento',
    '(voces|voce) (fizeram|fez|criaram|desenvolveram|montaram) (nosso|nossa|o nosso|a nossa)',
    // Um passado em comum retomado: «lembra do app de estoque que fizemos na faculdade?».
    "(lembra|lembras|se lembra|te lembras) (do|da|de|dos|das)(?! mim(?!\\p{L}))",
    "que (fizemos|criamos|montamos|construimos|desenvolvemos) (na|no|juntos|juntas|em)",
    // A notícia deles, felicitada: «parabéns pela promoção a diretora comercial».
    '(parabens|felicitacoes) (pela|pelo|por|pelas|pelos) (promocao|nomeacao|premio|lancamento|abertura|aquisicao|certificacao|novo cargo|nova funcao|conquista|publicacao|formatura|defesa|captacao|rodada|ronda|ronda de investimento|ronda de financiamento|serie a|serie b)',
    // Como combinado; uma pergunta que só eles sabem responder.
    '(como|conforme) (combinado|prometido|falamos|conversamos|combinamos|prometi)',
    '(saberia|saberias|sabe|sabes|poderia|podes) (me )?dizer se',
    // Uma pergunta concreta; recrutar para uma unidade; saber se o sítio deles faz algo.
    '(pergunta|duvida) (bem |muito |super )?(especifica|concreta|rapida):? (como|qual|quais|o que|que|voces|voce|vcs|quando|onde)',
    '(recrutar|recrutando|contratar|contratando) para (a|o) (<slot>|[\\p{L}]+)',
    '(queria|gostaria de|quero) saber se (o|a|os|as|voce|voces|vcs|o senhor|a senhora|vossa|vosso|a sua|o seu)',
    // Uma pergunta sobre a casa deles: «se a vossa fábrica já testou alguma».
    '(se|como) (a vossa|o vosso|a sua|o seu|a tua|o teu) [\\p{L}-]+ (ja )?(testou|usa|utiliza|fez|resolveu|trabalha|faz|lida|contrata|mede|escolheu)',
    // Uma proposta com o que é deles: «juntar a sua escola de surf e o meu alojamento num pacote».
    // Not their network: «gostaria de me juntar à sua rede» is LinkedIn's sentence.
    '(juntar|combinar|unir|partilhar|dividir|compartilhar) (a sua|o seu|a tua|o teu|as suas|os seus|a vossa|o vosso|as vossas|os vossos)(?! (rede|redes|lista de conta(c)?tos)(?!\\p{L}))',
    'ainda (tem|tens|usa|usas|faz|fazes|vende|vendes) (aquele|aquela|aqueles|aquelas|o|a)',
    // A app deles em uso: «instalei a vossa app de gestão de turnos».
    '(instalei|instalamos|uso|usamos|testei|testamos|experimentei|adotamos) (a|o) (vossa|sua|tua|seu|teu|vosso) (app|aplicacao|ferramenta|software|plataforma|produto|sistema)',
    // O seu trabalho, contado por alguém: «a Inês falou-me do seu trabalho em direito agrário».
    '(falou-me|falou|contou-me|contou|disse-me) (do|da|sobre o|sobre a) (seu|sua|teu|tua|vosso|vossa)',
    '(estou|estamos) a (preparar|planear|organizar|montar|avaliar)',
    // Um pedido concreto: «gostaria de marcar uma consulta».
    '(marcar|agendar) uma (consulta|reuniao|visita)',
    // Uma oferta ligada à empresa deles: «trabalhamos com distribuidoras como a vossa».
    '(como|tal como) (a|o) (vossa|vosso|sua|seu|tua|teu)(?!\\p{L})',
    "(posso|poderia) (te|lhe) fazer (uma|duas|tres|algumas) perguntas?",
    // Convidá-lo para algo: «gostaria de convidar você para o nosso webinar».
    '(convidar|convido|convidamos) (voce|voces|o senhor|a senhora|te|-te|-lo|-la)? ?(para|a) (o|a|os|as|nosso|nossa|um|uma|participar|fazer parte)(?!( [\\p{L}-]+){0,4} (rede|contatos)(?!\\p{L}))',
    '(como|por que|porque) (voce|voces|tu) (fez|fizeram|fizeste|lidou|lidaram|conseguiu|conseguiram|decidiu|decidiram|gerencia|gerenciam|escolheu|convenceu)',
    '(desafios|problemas) (semelhantes|parecidos|comuns) (em|no|na|com)',
    // The recipient's role: "in your role as".
    '(no seu|na sua|no teu|na tua) (papel|cargo|funcao|posicao) (de|como)',
    '(estou|estamos|esta) (estruturando|migrando|contratando|buscando|montando|lancando|liderando|aplicando)',
    '(vaga|posicao|processo seletivo)',
    '(trocar|trocarmos|compartilhar|compartilharmos|partilhar|partilharmos) (uma ideia|ideias|experiencias) (sobre|de|acerca|em torno|a respeito)',
    '(ouvir|saber|entender|conhecer) (sua|como|mais sobre|a sua)',
    // Não o que ambos têm: «vi que conhecemos muita gente em comum», «vi que somos ambos do setor».
    '(vi|soube|li) que(?! (conhecemos|temos|partilhamos|compartilhamos) ([\\p{L}-]+ ){0,3}(em comum|conexoes|contatos|contactos|amigos|gente|pessoas)(?!\\p{L}))(?! (somos|estamos) (ambos|ambas|os dois|as duas|do mesmo|da mesma|no mesmo|na mesma)(?!\\p{L}))(?! (voce )?tambem(?!\\p{L}))',
    // Não só a área ou a empresa do perfil: «você trabalha com [área de atuação]».
    '(voce|voces) (lidera|liderou|trabalha|dirige|esta)(?! (com|na|no|em|para) (<slot>|a area|o setor|o ramo|o mercado)(?!\\p{L}))',
    // Não quem só falou da pessoa: «um amigo em comum me falou de você».
    '(comentou|me passou|me indicou|me falou)(?! (muito )?(bem )?(de|sobre) (voce|vc|ti|si|o senhor|a senhora)(?!\\p{L}))',
    'sua experiencia (na|no|em|com)',
  ],
  generic: [
    // Admiração em geral: «Sempre admirei o seu profissionalismo e a sua postura exemplar».
    '(sempre )?(admirei|admiro) (o seu|a sua|o teu|a tua) (profissionalismo|postura|trabalho|percurso|carreira|trajetoria|dedicacao)',
    // Apresentado a alguém, quem quer que seja: «você toparia me apresentar para alguém de RH?».
    '(me apresentar|apresentar-me|me indicar|indicar-me) (a|para) (alguem|alguma pessoa|pessoas)',
    // The sender's CV or profile to be passed around, whoever gets it.
    '(compartilhar|compartilhe|partilhar|partilhe|divulgar|divulgue|encaminhar|encaminhe|repassar|repasse) (o )?(meu|minha) (curriculo|cv|perfil)',
    // A trajetória admirada, figuras de referência, valor prometido: «tenho acompanhado com enorme admiração a sua trajetória», «agregar muito valor».
    '(acompanhado|acompanho|sigo|seguido) com (enorme |grande |muita |imensa )?admiracao (a sua|a tua|o seu|o teu) (trajetoria|carreira|percurso|trabalho)',
    '(contar|ter) (consigo|com voce|contigo|com o senhor|com a senhora) na minha rede',
    '(figuras|profissionais|pessoas|nomes) de referencia como (voce|vossa excelencia|o senhor|a senhora|tu)',
    '(agregar|acrescentar|trazer|gerar) (muito |bastante )?valor',
    // A mesma cidade ou área, e a rede: «vi que também é de Curitiba», «ter você na minha rede», «ampliar meu networking».
    "vi que (voce )?tambem (e|esta|mora|trabalha|atua)",
    "ter (voce|o senhor|a senhora) na minha rede",
    "(ampliar|expandir|aumentar|ampliando|expandindo|aumentando) (meu|minha|o meu|a minha) (networking|rede|network)",
    "(me )?conectar com profissionais",
    '(ampliar|expandir|aumentar) (a|minha) rede( com [\\p{L}]+)?',
    // A mesma área, e o convite aceito, e nada mais: «vi que somos da mesma área. Aceita meu convite?».
    '(somos|sou|estamos) (da|do|na|no) (mesma|mesmo) (area|industria|setor|ramo|cidade|regiao|profissao|mercado)',
    '(aceita|aceite|aceitas) (o )?(meu|o) convite',
    // O mesmo cargo ou a mesma cidade: «também sou dev front-end em Floripa».
    '(tambem|também) (sou|trabalho (como|com|em)|estou em|moro em)',
    // O trabalho ou a trajetória em geral, acompanhados ou admirados; a honra de os ter na rede.
    '(acompanho|sigo|admiro|acompanhamos|admiramos) (de perto |muito )?(o|a|os|as) (seu |sua |teu |tua )?(trabalho|trajetoria|carreira|percurso|conteudo|jornada|publicacoes|posts)( (incrivel|excelente|inspirador|fantastico|impressionante))?',
    'admiro (muito )?(a |o )?(sua|seu|tua|teu) (trabalho|trajetoria|carreira|percurso)',
    'seria (uma honra|um prazer|otimo) (ter (voce|vc|te)|te ter|conectar|fazer parte)',
    // Qualquer vaga, para quem for: «se souber de alguma vaga, agradeço a indicação».
    '(alguma|qualquer) (vaga|oportunidade)',
    // A mesma área é a de todos: «vi que também trabalhas em marketing digital».
    '(tambem|igualmente) (trabalhas|trabalha|atuas|atua|trabalho|atuo|estas|esta) (em|no|na|com)',
    '(ampliar|aumentar|expandir|alargar) (a )?(minha|nossa) rede',
    '(vi|encontrei) (seu|o seu) perfil',
    'aprender com (voce|profissionais)',
    'custo-?beneficio',
    '(oferecemos|ofereco) (servicos|solucoes)',
  ],
  filler: [
    // Um grupo do LinkedIn em comum, um elogio de um contato sem nome: «Estamos ambos no grupo "Marketing Digital Portugal"», «me falou muito bem do seu trabalho».
    '(estamos|somos) (ambos|ambas|os dois|as duas) (no|num|em um|membros do) grupo',
    // «faço parte do grupo Marketing Digital Brasil e vi que você também».
    '(faco|fazemos|fazes|faz) parte do (mesmo )?grupo(?!\\p{L})',
    '(me )?falou (muito |super |tao )?bem (do seu|do teu|da sua|da tua) (trabalho|perfil|trajetoria)(?! (com|sobre) )',
    // A mesma profissão ou cidade, tê-los na rede: «somos ambos profissionais de RH em Belo Horizonte», «seria ótimo ter você na minha rede».
    "(somos|sou) (ambos|ambas|os dois|as duas)( [\\p{L}-]+){1,3} (em|no|na|de|da|do)",
    "ter (voce|vc|o senhor|a senhora|te) na minha rede",
    '(expandindo|ampliando|aumentando|expandir|ampliar|aumentar|fortalecer|fortalecendo|a expandir|a ampliar) (a )?minha rede',
    // O mesmo grupo: «participamos do mesmo grupo de Empreendedores do Varejo».
    '(participamos|fazemos parte|estamos) (do|no|de um|num) mesmo grupo',
    // Um grupo em comum não diz porquê; gente procurada em geral também não.
    "(somos|estamos) (do|no) mesmo grupo",
    "membros do (mesmo )?grupo",
    // Num grupo com nome, e só isso: «nós duas fazemos parte do grupo «Indústria 4.0» no LinkedIn».
    '(ambos|ambas|os dois|as duas|nos dois|nos duas|tambem) (fazemos parte|participamos|estamos) (do|no|de um|num) grupo',
    "(procura|procuramos|procuro|buscamos|busca) (parceiros|perfis|talentos|especialistas|investidores|embaixadores) (estrategicos|inspiradores|ambiciosos|de talento|como (voce|tu))",
    '(sua|seu|tua|teu) (trajetoria|experiencia|carreira|percurso|perfil)[^.!?]{0,100} (e|sao) (muito |realmente )?(impressionante|admiravel|notavel|inspiradora)',
    '(\\d+|mais de \\d+) anos de experiencia',
    '(me apresento|apresento-me)',
    '(conta|conte|pode contar|podes contar) comigo',
    // Um currículo, não um motivo: «Aberto a vagas remotas», «Procuro trabalho remoto».
    '(aberto|aberta|disponivel) (a|para) (novas |novos )?(vagas|oportunidades|propostas|desafios)',
    '(procuro|busco|estou procurando|estou buscando|estou em busca de) (um |uma )?(novo |nova |novas |novos )?(trabalho|emprego|vaga|vagas|oportunidade|oportunidades|desafio|desafios|posicao)',
  ],
  newClause: [
    // O mesmo sujeito segue com o que quer: «também trabalho com cibersegurança e gostava de trocar ideias sobre…».
    '(e|mas|entao|—|–|[\\p{L}\\p{N}]+;) (gostava|gostaria|queria|adoraria|eu|nos|tenho|temos|estou|estamos|vi|li|lembro)',
  ],
  profileEcho: [
    // O cargo lido no perfil, com o verbo na segunda pessoa e sem pronome (português europeu): «vejo que lideras as compras na [Empresa]».
    '(vi|vejo) que (lideras|diriges|geres|coordenas|trabalhas|es|estas)( como)?( o| a| os| as| um| uma)? (<slot>|[\\p{L}-]+( [\\p{L}-]+){0,2}) (na|no|da|do|em) <slot>(?=\\s*[.!?,]|\\s*$)',
    '(vi|vejo) que (voce|vc|tu) (e|es|trabalha|lidera|dirige|esta)( como)?( o| a| um| uma)? <slot>( (na|no|da|do|em) <slot>)?(?=\\s*[.!?,]|\\s*$)',
    '(a |o )?<slot> (esta|tem) (fazendo|feito) um (otimo|grande|excelente|incrivel) trabalho( (em|no|na) <slot>)?',
    'espero que (esteja )?tudo (bem|certo|otimo) (na|no|em) <slot>',
  ],
  referral: [
    '(sugeriu|recomendou|disse|aconselhou)( que)? (eu )?(te |lhe )?(entrasse em contato|falasse|escrevesse|contatasse|procurasse)',
    '(sugeriu|recomendou) que (nos|a gente se) (conectassemos|conhecessemos|falassemos|conectasse)',
  ],
  pitch: ["(ajudamos|ajudo|apoiamos|acompanhamos|trabalhamos com|trabalho com)", "(nossa|nosso|minha|meu) (plataforma|solucao|ferramenta|software|produto|servico|aplicativo|app|agencia|equipe) (ajuda|permite|reduz|automatiza|simplifica|economiza|acompanha)"],
  selfIntroduction: ["(sou|me chamo|meu nome e) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( [\\p{L}&-]+){1,4} (da|do|de|na|no|em) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(me chamo|meu nome e) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| e )", '(sou|me chamo|meu nome e|aqui e) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (da|do|de|na|no)'],
  noTopic: [
    // Visto só que têm alguém em comum: «vi que temos [Conexão em comum] como conexão em comum».
    'que (temos|tens|tem)( [\\p{L}-]+| <slot>){1,6} em comum',
    // Bem dito de alguém, e nada mais: «um amigo em comum falou bem de você».
    '(falou|fala|disse) (muito |super )?bem de (voce|vc|ti|o senhor|a senhora)',
    // Contatos em comum vistos, e nada mais: «vi que temos contatos em comum».
    '(vi|vejo) que (temos|tens|tem) ([\\p{L}]+ )?(contatos|contactos|conexoes|amigos|pessoas) em comum',
    // O que se viu é só o grupo: «vi que somos do mesmo grupo».
    "(vi|notei|reparei) que (somos|estamos) (do|no) mesmo grupo",
    "(sobre|de) tudo (o )?que (envolve|tem a ver com|diz respeito a|toca)",
    "(sobre|de) (o |a )?(seu|teu|sua|tua) (trabalho|trajetoria|carreira|experiencia|perfil|percurso)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))",
    "(por|pelo|no|via|aqui no) (aqui|linkedin)(?!\\p{L})",
  ],
} satisfies ReasonPhrases;
