import type { ContextPhrases } from '../types.js';

export default {
  metAt: [
    // Na mesma equipe num evento com nome: «Fomos do mesmo time no Hackathon da CCR em Sorocaba».
    '(fomos|estivemos|ficamos|eramos) (do|no|na|da) (mesmo|mesma) (time|equipe|equipa|grupo|squad|mesa|banca) (no|na|do|da|em|durante)(?!\\p{L})',
    // Visto falando lá, sua palestra lá, quem escreve no júri, na plateia ou lá também, como em inglês: «te vi falar ontem no Techorama», «eu estava no júri», «eu estava na plateia», «eu também estava lá».
    '(te vi|vi voce|vi a senhora|vi o senhor|te ouvi|ouvi voce) (falar|falando|apresentar|apresentando|palestrar|palestrando|tocar|tocando)( [\\p{L}-]+){0,2} (no|na|em|durante)(?!\\p{L})',
    '(eu )?(estava|fiquei|sentei) (no juri|na plateia|no publico|na primeira fila|entre o publico)(?!\\p{L})',
    '(eu )?(tambem|ainda) (estava|estive) (la|por la|presente)(?!\\p{L})',
    '(a senhora|o senhor|voce|vc|tu) (apresentou|apresentaste|deu uma palestra|palestrou)(?!\\p{L})',
    // Voluntários juntos num evento com nome: «fomos voluntárias juntas no Rock in Rio».
    '(fomos|eramos|éramos) (voluntari[oa]s|voluntári[oa]s|monitores|monitoras|palestrantes|expositores|expositoras|jurados|juradas)( juntos| juntas)? (no|na|em|nos|nas)(?!\\p{L})',
    // Os dois lá, num evento com nome: «a gente correu a São Silvestre no mesmo pelotão», «passei no estande da {{empresa}} na Hospitalar 2024», «estás inscrito no meetup Python Porto», «te vi na Bienal do Livro, no estande da {{editora}}».
    '(a gente|nos) (correu|corremos|participou|participamos|competiu|competimos|nadou|nadamos|pedalou|pedalamos) (a|o|na|no|da|do)(?!\\p{L})',
    '(passei|estive|fui) (no|pelo|ao) (seu |teu |vosso )?(estande|stand)(?!\\p{L})',
    '(estas|esta|estás|está|voce esta) (inscrito|inscrita|registado|registada|registrado|registrada|confirmado|confirmada) (no|na|em)(?!\\p{L})',
    '(te|o|a) vi (na|no|em)(?=([^.!?]{0,60} )?(estande|stand|palco|painel|sessao|mesa|palestra))',
    // Os dois lá, num evento com nome: «o senhor confirmou presença na Agrishow 2025», «estaremos ambos na SIAL Paris», «vi que também vais estar no Web Summit».
    '(confirmou|confirmaste|confirmou a|confirmaram) presenca (na|no|em)',
    '(estaremos|vamos estar|iremos) (ambos|ambas|os dois|as duas) (na|no|em)(?! (grupo|grupos|canal|comunidade|slack|whatsapp|discord|linkedin|setor|mercado|ramo|mesmo|mesma)(?!\\p{L}))',
    '(tambem|também) (vai|vais|vao|vão|vamos|estara|estará|estaras|estarás) (estar |participar )?(na|no|em)',
    "(vamos|estamos|estaremos|iremos) (os dois|as duas|ambos|ambas) (a )?(falar|palestrar|apresentar|expor|participar) (no|na|em|do|da)", "(os dois|as duas|ambos|ambas) (vamos falar|falamos|palestramos|apresentamos|expomos) (no|na|em)",
    "(voce|tu) tambem (estava|estavas|esteve|estiveste|foi|foste) (no|na|em|ao)",
    // A mesma mesa, a pergunta feita num painel com nome: «dividimos a mesa no almoço do RD Summit», «foi você que fez aquela pergunta sobre ESG no painel da Febraban Tech».
    '(dividimos|compartilhamos|partilhamos) (a )?mesa (no|na|do|da|em|durante)',
    '(fez|fizeste) (aquela|uma|a) pergunta( sobre [^.!?]{1,40})? (no|na) (painel|palestra|sessao|evento|mesa|workshop)',
    // Os dois no palco do mesmo evento com nome: «vamos palestrar no mesmo dia do RD Summit».
    '(vamos|vou|vamos os dois|iremos) (palestrar|falar|apresentar|expor) no mesmo (dia|palco|painel|evento|bloco) (do|da|de|no|na)',
    // Lado a lado num evento com nome: «nossos times ficaram lado a lado no NASA Space Apps Challenge».
    '(ficaram|ficamos|estavamos|estivemos) lado a lado (no|na|em|durante)',
    // Como se diz em Portugal: «conhecemo-nos na inauguração da exposição…».
    '(conhecemo-nos|encontramo-nos|cruzamo-nos|vimo-nos) (na|no|em|durante|depois)',
    // O que disse num evento com nome: «você disse isso no RD Summit».
    '(voce|tu|o senhor|a senhora) (disse|disseste|falou|falaste|comentou|comentaste|explicou|explicaste)( isso| isto)? (no|na|em)',
    '(dividir|dividimos|dividiremos|dividindo|partilhar|partilhamos|compartilhar|compartilhamos|compartilharemos) (o )?(palco|painel|cartaz) (n[oa]|d[oa]|em)',
    // Os dois num evento com nome: «estivemos ambos no jantar dos oradores», «estive na mesa-redonda…».
    '(estivemos|estavamos) (ambos|ambas|os dois|as duas|juntos|juntas) (no|na|em|nos|nas)',
    '(estivemos|estavamos) (no mesmo|na mesma) (workshop|painel|evento|estande|stand|jantar|mesa|palestra)',
    '(estive|estivemos) (na|no) (mesa-redonda|mesa redonda|painel|workshop|palestra|sessao|keynote)',
    '(nos )?(conhecemos|encontramos|falamos|conversamos|cruzamos)( rapidamente)? (no|na|em|durante|depois)',
    // Como se diz no Brasil: «a gente se conheceu na Agrishow».
    'a gente (se )?(conheceu|encontrou|viu|falou|cruzou|conversou|bateu papo)( rapidamente)? (no|na|em|durante|depois)',
    '(foi um prazer|prazer em|bom|otimo) (te |lhe )?(conhecer|conversar|falar)',
    '(assisti|participei) (a|da|do|na|no|em)',
  ],
  studiedTogether: [
    // O curso deles num lugar nomeado, «também» o de quem escreve: «vi que você também fez Engenharia de Alimentos na UFV».
    "(voce|vc|tu|o senhor|a senhora) tambem (fez|estudou|cursou|se formou em)( [\\p{L}-]+){1,4} (na|no|pela|pelo)(?!\\p{L})",
    // Formados no mesmo sítio, dito antes: «assim como você, sou formada pela [Universidade]».
    "(assim como|como|tal como) (voce|tu|o senhor|a senhora),? (eu )?(tambem )?(sou (formad[oa]|ex-alun[oa]|ex alun[oa]|diplomad[oa]|graduad[oa]|licenciad[oa])|me formei|estudei) (pela|pelo|na|no|em|da|do)(?!\\p{L})",
    // Estudou como eles num lugar nomeado, turma de um curso: «como a senhora, estudei direito em Göttingen», «estamos juntas na turma de primavera do curso…», «nós dois estagiamos na…», «nós dois estudamos … em Delft», «nós dois fizemos a formação…».
    '(como a senhora|como o senhor|como voce|como tu|assim como voce|assim como a senhora),? (tambem )?(estudei|fiz|cursei|me formei)( [\\p{L}-]+){0,3} (em|na|no)(?!\\p{L})',
    '(estamos|estavamos|fomos) (juntas|juntos|ambos|ambas|os dois|as duas) (na|no) (turma|coorte|batch|edicao|curso|programa)(?!\\p{L})',
    '(nos )?(dois|duas|ambos|ambas) (estagiamos|estudamos|fizemos|cursamos)( [\\p{L}\\p{N}-]+){0,4} (na|no|em)(?!\\p{L})',
    '(colega|companheira|companheiro) de (turma|batch|coorte) (do|da|de)(?!\\p{L})',
    // Estágio, turma ou batch em comum: «estagiamos juntos na {Empresa}», «fizemos parte do batch 12 da aceleradora Impulsa», «fomos colegas de residência».
    "(estagiamos|estagiamos juntos|estagiamos juntas|fizemos (o )?estagio (juntos|juntas)|fomos estagiarios (juntos|juntas))(?!\\p{L})",
    "(fizemos|fomos) parte (do|da) (mesmo |mesma )?(batch|turma|coorte|geracao|edicao|programa) \\p{N}+(?!\\p{N})",
    "fomos colegas de (residencia|turma|faculdade|mestrado|doutorado|estagio|curso|mba|especializacao)(?!\\p{L})",
    // Antigos alunos da mesma escola, um curso feito juntos: «somos ambos antigos alunos da Nova SBE», «a gente estudou junto no cursinho Etapa», «fiz o curso de Power BI da Alura junto com você».
    '(somos|fomos) (ambos|ambas|os dois|as duas) (antigos |antigas |ex-)?(alunos|alunas|alumni|estudantes)(?!\\p{L})',
    '(a gente|nos) (estudou|estudamos) (junto|juntos|juntas)(?!\\p{L})',
    '(fiz|fizemos|estudei|estudamos) (o|a|um|uma) (curso|formacao|mba|pos|bootcamp|treinamento|especializacao)( [^.!?]{0,40})? junto (com voce|contigo|com o senhor|com a senhora)',
    // Do mesmo grupo ou turma: «a gente era do mesmo grupo de estudo de Cálculo II na UFMG».
    '(a gente era|eramos|estavamos|a gente estava|estudavamos) (do|da|no|na|em|juntos|juntas)( (do|da|no|na))? (mesmo|mesma) (grupo|turma|classe|curso|sala|faculdade|escola|laboratorio)',
    // No mesmo programa: «estivemos no mesmo batch da Startup Lisboa».
    '(no|na) (mesmo|mesma) (batch|turma|coorte|cohort|edicao|programa|curso|mentoria|aceleradora|incubadora) (da|do|de)',
    // O mesmo percurso, perguntado com «também»: «você também fez o mestrado em Food Innovation?».
    "(voce|tu|o senhor|a senhora) tambem (fez|fizeste|cursou|cursaste|estudou|estudaste|frequentou|frequentaste|concluiu|concluiste) (o|a|um|uma|no|na)",
    // Erasmus ou intercâmbio ao mesmo tempo: «fizemos Erasmus na mesma altura em Bolonha».
    '(fizemos|estudamos|cursamos|partilhamos|compartilhamos) (o |a )?(erasmus|intercambio|mestrado|mba|curso|bootcamp|residencia|estagio)',
    // Professor e aluno, de qualquer lado: «fui sua aluna na cadeira de Marketing Digital».
    '(fui|era) (sua|seu|tua|teu) (aluna|aluno|estudante|formanda|formando|estagiaria|estagiario|orientanda|orientando)',
    '(foi|era|foste|eras) (minha|meu|a minha|o meu) (professora|professor|orientadora|orientador|formadora|formador|tutora|tutor|mentora|mentor)',
    // A mesma escola, antes: «finalista na Nova SBE, onde também estudou».
    '(onde|em que|na qual) (tambem|também) (estudou|estudaste|se formou|te formaste|fez|fizeste)',
    '(ambos|ambas|os dois|as duas|nos dois) (estudamos|fizemos|cursamos)',
    // A cohort before or after theirs: «two intakes behind you».
    'turmas? (antes|depois) de (ti|voce)',
    '(fizemos|estudamos|cursamos) (o mesmo|a mesma|juntos|juntas)',
    '(mesmo|mesma) (mba|mestrado|curso|turma|faculdade|universidade|programa|bootcamp|escola)',
    'turma (de )?(\'?\\d+|<slot>)',
    'tambem (fiz|estudei|cursei|me formei)',
    '(ex-?alun[oa]s?|colegas de (turma|faculdade|curso))',
  ],
  interaction: [
    // Quem respondeu ao comentário de quem escreve: «foi você quem respondeu meu comentário sobre precificação no post do Jorge?».
    '(foi )?(voce|tu) (quem |que )?(respondeu|respondeste|comentou|comentaste|curtiu|rebateu) (meu|o meu|minha|a minha) (comentario|pergunta|post|publicacao|duvida)(?!\\p{L})',
    // Comentários trocados, onde quer que seja: «trocámos uns comentários ontem no post da Marta».
    '(trocamos|trocaram|trocamos ja) (uns|alguns|umas|algumas|dois|duas|tres|um par de|varios|varias) (comentarios|mensagens|respostas)(?!\\p{L})',
    "(comentamos) (as duas|os dois|ambos|ambas) (no|na|o|a|num|numa) (post|publicacao|artigo|thread|fio)(?!\\p{L})",
    // Sua masterclass ou live com tema, o whitepaper de quem escreve comentado por eles: «sua masterclass sobre TikTok Ads», «sua LinkedIn Live sobre…», «você comentou nosso whitepaper».
    '(sua|seu|tua|teu) (masterclass|live|linkedin live|palestra|apresentacao|keynote|workshop|webinar|talk) (sobre|no|na|de ontem|da semana)(?!\\p{L})',
    '(voce|vc|tu|a senhora|o senhor) (comentou|curtiu|compartilhou|respondeu) (nosso|nossa|meu|minha) (whitepaper|post|artigo|video|estudo|relatorio|newsletter|webinar|podcast|episodio)(?!\\p{L})',
    // A live ou o post deles, com a pergunta ou a resposta de quem escreve: «participei da sua live "…" ontem e deixei a pergunta», «te respondi ontem naquele post do Lucas».
    "(participei|assisti|estive) (da|do|na|no|a|ao|à) (sua|seu|tua|teu) (live|webinar|webinario|palestra|aula|oficina|workshop|masterclass|apresentacao)(?!\\p{L})",
    "(te|lhe) respondi( ontem| hoje| ha pouco)? (naquele|naquela|no|na|em um|num|numa) (post|comentario|thread|fio|publicacao|discussao)(?!\\p{L})",
    // Os dois no mesmo post: «comentámos as duas o post do Julião».
    '(comentamos|comentámos) (as duas|os dois|ambos|ambas|juntos|juntas) (o|a) (post|publicacao|artigo)',
    '(ambos|ambas|as duas|os dois) (comentamos|comentámos) (o|a) (post|publicacao|artigo)',
    // A palestra deles, o post deles com uma pergunta deixada, a pergunta deles respondida: «te vi palestrando no TDC Floripa», «deixei lá uma pergunta», «respondi sua pergunta sobre Kotlin no post».
    '(te|o|a|vos) vi (palestrando|falando|apresentando|a falar|a apresentar|a palestrar) (no|na|em|nos|nas)',
    '(deixei|fiz|escrevi) (la |ali |lá )?(uma pergunta|um comentario|uma questao|um comentário)',
    '(respondi|comentei) (a sua|sua|a tua|tua|o seu|seu|o teu|teu) (pergunta|post|comentario|duvida|publicacao|questao)',
    // O gesto deles com o que o remetente publicou, agradecido: «obrigado por partilhar o meu artigo».
    '(obrigad[oa]|agradeco) (por|pelo|pela) (partilhar|compartilhar|comentar|divulgar|citar|mencionar|recomendar|repostar|partilha (do|da)|comentario (no|na|ao|a)) (o meu|a minha|os meus|as minhas|meu|minha|nosso|nossa)',
    // A resposta ou correção deles ao que se publicou: «a sua resposta à minha pergunta», «você foi o único que apontou, no meu fio…».
    "(a sua|a tua|sua|tua|o seu|o teu) (resposta|comentario|correcao|observacao) (a|ao|sob|no|na|as|aos) (minha|meu|minhas|meus)",
    "(voce|tu) (foi|foste) (o unico|a unica|o primeiro|a primeira) (que|a) (apontou|apontar|corrigiu|respondeu|comentou)",
    // A resposta deles no post do remetente, a biblioteca deles e a issue aberta: «obrigado pela resposta no meu post sobre precificação», «abri uma issue».
    '(obrigad[oa]|valeu) pel[oa] (resposta|comentario|feedback) (no|na|ao|a) (meu|minha)',
    '(sua|tua) (biblioteca|lib|repo|repositorio)',
    '(abri|criei|mandei|enviei) (uma|um) (issue|pr|pull request)',
    // Um episódio do podcast do remetente sobre um tema, para o qual os convida: «estamos a preparar um episódio sobre o RGPD».
    '(preparar|gravar|preparando|gravando|planejando|planeando) (um|o proximo) (episodio|programa) sobre',
    // A sessão deles: «participei no webinar que organizou sobre…».
    '(participei|assisti|estive) (no|na|ao|a|em) (webinar|webinario|palestra|workshop|sessao|conferencia|aula|curso|live) (que|em que) (organizou|deu|apresentou|moderou|organizaste|deste|apresentaste|moderaste)',
    '(obrigad[oa]|muito obrigad[oa]) pel[oa] (sua |tua )?([\\p{L}-]+ ){0,2}(palestra|publicacao|post|artigo|apresentacao|webinar|workshop|podcast|entrevista)',
    // A sua fala felicitada: «parabéns pela palestra sobre liderança feminina no Women in Tech Brasil!».
    'parabens pel[oa] (sua |tua )?([\\p{L}-]+ ){0,2}(palestra|apresentacao|painel|live|keynote|fala|participacao|entrevista|publicacao|artigo|post|aula|mesa redonda)(?!\\p{L})',
    '(sua|seu|tua|teu) (palestra|painel|post|publicacao|artigo|comentario|podcast|entrevista|apresentacao|workshop|webinar|video|newsletter|episodio|fio|thread)',
    // A sua participação num programa: «ouvi a sua participação no podcast Conversas de Gestão».
    '(sua|seu|tua|teu) (participacao|passagem|presenca) (no|na|num|numa|em) (podcast|programa|painel|live|webinar|episodio|mesa redonda)(?!\\p{L})',
    '(voce|tu|o senhor|a senhora) (comentou|comentaste|respondeu|respondeste) (no|na|em|ao|a|o)',
    '(nos|entre os) comentarios',
  ],
  valueOffer: [
    // Uma análise feita para eles, para enviar: «fiz por conta própria uma análise detalhada do fluxo de cadastro do app … posso enviar».
    '(fiz|preparei|elaborei)( [\\p{L}-]+){0,4} (uma|um) (analise|auditoria|diagnostico|relatorio|teardown|estudo|mapeamento)( [\\p{L}-]+){0,3} (do|da|de|sobre)(?!\\p{L})',
    // Algo feito para eles, para mandar: «tenho uma auditoria de SEO técnico pronta do site da [Empresa] — Quer que eu te mande?».
    '(tenho|preparei|fiz) (uma|um) (auditoria|analise|diagnostico|relatorio|checklist|check-list|teardown|comparativo)( [\\p{L}-]+){0,4} (do|da|de|sobre o|sobre a) (seu|sua|teu|tua|vosso|vossa|site|loja|app|perfil|empresa|pagina)',
    '(quer|queres|gostaria|gostarias) que eu( te| lhe| vos)? (mande|envie|passe|mostre|encaminhe)(?!\\p{L})',
    '(gravei|fiz|preparei) (um|uma) (video|vídeo|loom|analise|auditoria|teardown|diagnostico)( [\\p{L}\\p{N}-]+){0,4} (mostrando|sobre|do|da|de)(?!\\p{L})',
    // Apresentá-los a alguém com nome: «posso apresentá-lo ao Jan de Vries».
    '(posso|poderia|gostaria de|queria) (apresenta-lo|apresenta-la|te apresentar|apresentar voce|lhe apresentar|apresentar-te|apresentar-lhe) (ao|a|aos|as)',
    // Apresentá-lo a alguém concreto: «posso te apresentar ao Gustavo Reis».
    '(posso|poderia|gostaria de) (te |lhe )?apresentar (ao|a|o)',
    // Algo feito, não um curso ou um estágio: «preparei uma planilha…», não «fiz um estágio em marketing».
    '(preparei|montei|fiz|criei) (um|uma)( [\\p{L}-]+){0,2} (analise|auditoria|diagnostico|relatorio|teardown|estudo|mapeamento|planilha|checklist|check-list|guia|modelo|template|mapa|video|loom|comparativo|resumo|documento|painel|dashboard|calculadora|lista|prototipo|simulacao|roteiro|apresentacao)(?!\\p{L})',
    // Not the details of a job: «posso enviar-lhe os detalhes?» offers nothing of use to them yet.
    '(posso|poderia) (te |lhe )?(enviar|mandar|compartilhar|mostrar)(?!(-lhe|-te)? (os |as |mais )?(detalhes|informacoes|a proposta|a vaga|a descricao)(?!\\p{L}))',
    '(modelo|guia|checklist|auditoria|analise) gratuit[oa]',
  ],
  followingInGeneral: ['(acompanho|sigo) (seu|sua|o seu|o teu) (conteudo|trabalho|newsletter|podcast)'],
} satisfies ContextPhrases;
