import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ["(vi-te|vi-o|vi-a|te vi|eu te vi|vi voce|vi a senhora|vi o senhor)(?= (apresentar|falar|palestrar|pitchar|a apresentar|a falar)(?!\\p{L}))", "(voce|tu) (me|nos) (contou|disse|mencionou|mostrou|contaste|disseste)", "(nos|se|a gente se|te|me) (esbarramos|esbarrou|esbarrei|trombamos|trombou|cruzamos|cruzou)", "(sua|seu|tua|teu|a sua|o seu|a tua|o teu) (ponto|opiniao|pergunta|comentario|intervencao|resposta|conselho|pitch|demo) (sobre|no|na|em|ao|a)", "(te|lhe) prometi", "lado a lado", "ao lado (de voce|de ti|do seu|da sua|do teu|da tua|um do outro)", "(dividi|dividimos|dividir|partilhamos|partilhar|compartilhamos|compartilhar) (o|a) (painel|palco|mesa|stand|estande|bancada)", "fui eu (que|quem) (perguntei|perguntou|fiz)", "(eu )?perguntei", "(ficamos|ficamos lado a lado|estivemos) (no mesmo|na mesma|juntos|juntas|lado a lado)", "fiquei (te|lhe) devendo", "(te|lhe) mostrei", "papo", "bate-papo", "pessoalmente", "fomos (os|as) (dois|duas)", "a discutir", "discutimos", "discutindo"],
    words: ["conhecer", "conhecemos", "conheci", "conversar", "conversamos", "conversa", "falar", "falamos", "encontrar", "encontramos", "trocar", "trocamos"],
    examples: ['Conversamos no estande', 'nosso papo'],
    not: ['Gostaria de me conectar.'],
  },
  eventNoun: {
    phrases: ["coffee ?break", "happy hour"],
    words: ["pavilhão", "awards", "premiação", "visita", "credenciamento", "evento", "conferência", "congresso", "feira", "meetup", "encontro", "palestra", "workshop", "painel", "jantar", "almoço", "café", "estande", "summit", "fórum", "seminário", "mercadinho", "quermesse", "intervalo"],
    examples: ['na feira', 'durante o almoço'],
    not: ['nosso roteiro'],
  },
  locative: {
    phrases: ['naquela', 'naquele', 'em', 'no', 'na', 'nos', 'nas', 'durante', 'apos', 'depois d[oa]'],
    examples: ['na feira', 'durante o evento'],
    not: ['sobre o roteiro'],
  },
  contentNoun: {
    phrases: [],
    words: ["publicação", "post", "artigo", "thread", "discussão", "resposta", "newsletter", "podcast", "episódio", "palestra", "vídeo", "comentário", "apresentação", "entrevista"],
    examples: ["o artigo", "a palestra"],
    not: ["a página de preços"],
  },
  authored: {
    phrases: ["que (voce )?(escreveu|compartilhou|publicou|deu|gravou|apresentou|fez|puxou|iniciou|abriu|comecou)", "(a sua|a tua|sua|tua) resposta (ao|a|aos|as)", "(voce|vc|tu) (respondeu|respondeste|comentou|comentaste|curtiu|reagiu)", "(obrigado|obrigada|valeu) (pelo|pela) (like|curtida|comentario|resposta|partilha|compartilhamento)"],
    examples: ["o artigo que você escreveu", "você respondeu meu comentário"],
    not: ["você trabalha na Acme"],
  },
  shared: {
    phrases: ["voce e eu", "(nos|os|as) dois", "(nos|os|as) duas", "ambos", "ambas", "mesm[oa]", "junt[oa]s", "colegas?", "(assim )?como eu"],
    examples: ["a mesma turma", "nós dois"],
    not: ["também dou um curso"],
  },
  educationNoun: {
    phrases: ["university", "business school", "erasmus", "universidade", "faculdade", "escola", "mestrado", "curso", "turma", "programa", "bootcamp", "laboratorio", "aceleradora", "graduacao", "mba"],
    examples: ['estudamos os dois na Boston University', "a mesma turma", "o mesmo mestrado"],
    not: ["o time de produto"],
  },
  offerVerb: {
    phrases: ["(posso|poderia|adoraria) (te |lhe )?(enviar|mandar|compartilhar|mostrar|passar)", "preparei", "montei"],
    examples: ["posso te enviar", "preparei"],
    not: ["me mande uma mensagem"],
  },
  offerNoun: {
    phrases: [],
    words: ["análise", "modelo", "checklist", "guia", "relatório", "estudo", "comparativo", "auditoria", "lista", "planilha"],
    examples: ["nossa análise", "um modelo"],
    not: ["sua equipe"],
  },
  personNoun: {
    phrases: ["amig[oa]s?", "colegas?", "alguem", "contatos?", "chefe", "mentor(a)?", "professor(a)?", "clientes?", "soci[oa]s?", "equipe", "comum", "meu", "minha", "um", "uma", "o", "a"],
    examples: ["um amigo", "minha chefe"],
    not: ["joão silva"],
  },
  together: {
    phrases: ['tambem', 'mesm[oa]', 'ambos', 'ambas', '(os|as) dois', '(os|as) duas', 'juntos', 'juntas', 'colegas? de'],
    examples: ['Também fiz o [Bootcamp].', 'Estudamos na mesma [Universidade].'],
    not: ['Estudo na [Universidade] e quero aprender com profissionais como você.', 'Estudo na [Universidade] e procuro estágio.'],
  },
  attending: {
    phrases: ["(vou estar|vai estar|estarei|estara|vou participar|vai participar|participarei|participara|vou palestrar|vai palestrar)( tambem)?( em| no| na| nos| nas)?", "(nos vemos|a gente se ve) (la|no|na|em)", "(vejo|vi) que (vais|vai|vao|voce vai|tu vais|a senhora vai|o senhor vai) (ao|a|aos|as|para o|para a)(?!\\p{L})"],
    examples: ['Vou estar no Web Summit', 'você vai palestrar na conferência'], not: ['Vou enviar o relatório'],
  },
  relative: {
    phrases: ["(um|uma|dois|duas|tres|\\d+) anos? (antes|depois) de (ti|voce)", "(antes|depois) de (ti|voce)(?=\\s*[,.;:)!?]|\\s*$)", "ao lado d[oa] (teu|tua|seu|sua)", "quando (tu|voce) (terminavas|terminava|estavas a terminar|estava terminando)"],
    examples: ["eu era do grupo ao lado do teu", "entrei no mestrado um ano depois de ti"],
    not: ["falo contigo depois da reunião", "antes de você começar"],
  },
  offerMade: {
    phrases: ["(compilei|preparei|montei|criei|juntei|reuni|escrevi|documentei|comparei|analisei|gravei|filmei|anotei|listei|levantei|mapeei)(?!-)", "(compilamos|preparamos|montamos|criamos|juntamos|reunimos|comparamos|analisamos|fizemos|gravamos) (um|uma|o|a|os|as)(?!-)", "(tenho|temos) (compilado|preparado|montado|criado|reunido)"],
    examples: ["compilámos um benchmark de salários", "compilei os preços de 30 agências", "preparei um guia"],
    not: ["fizeste um ótimo trabalho", "preparei-me para a reunião"],
  },
  offerSend: {
    phrases: ["(partilho|compartilho) (contigo|consigo|com voce|com a senhora|com o senhor)", "com todo o gosto", "(envio|mando|passo|partilho)-(te|lho|lha|lhos|lhas|lhe)", "(te|lhe) (envio|mando|passo)", "(lho|lha|lhe|to|ta|te) (envie|mande|passe)", "(enviar|mandar|passar)-(te|lhe)", "(posso )?(partilhar|compartilhar|mandar|enviar|passar)(-te|-lhe)? (o|a|os|as) (link|pdf|video|arquivo|ficheiro|relatorio|documento|planilha|lista|prints|analise)"],
    examples: ['partilho contigo a tabela', "se der jeito, envio-te", "posso mandar-lhe o ficheiro"],
    not: ["manda-me o teu CV", "envia-me uma mensagem"],
  },
  sharedMoment: {
    phrases: ["(voce|tu) (me|nos) (emprestou|ajudou|mostrou|explicou|deu|salvou|ensinou)(?!\\p{L})", "(me|nos) (emprestaste|ajudaste|mostraste|explicaste|deste|salvaste|ensinaste)(?!\\p{L})"],
    examples: ["você me emprestou o carregador", "me emprestaste o carregador"],
    not: ["eu te emprestei o carregador"],
  },
  sharedScene: {
    // Not "conversamos": as often a proposal ("Conversamos na feira?") as a memory.
    phrases: ["((voce e eu|eu e voce|tu e eu|eu e tu|nos dois|nos duas) )?(estivemos|estavamos|eramos|partilhamos|compartilhamos|debatemos|nos (sentamos|cruzamos))(?!\\p{L})"],
    examples: ["estávamos na mesma mesa", "nos cruzamos na fila do café"],
    not: ["estamos à disposição"],
  },
  readerActed: {
    phrases: ["(voce|tu) (estava|estavas|era|eras|respondeu|perguntou|ganhou|apresentou|moderou|corrigiu|resolveu|respondeste|perguntaste|ganhaste|apresentaste|corrigiste)(?!\\p{L})"],
    examples: ["você respondeu à minha pergunta", "tu eras o moderador"],
    not: ["você tem uma bela equipa"],
  },
  senderActed: {
    // The sender in that scene, not their own career («eu era engenheiro na Amazon»).
    phrases: ["eu ((era|fui) (o|a|um|uma|quem)|estava|estive|perguntei|respondi|abri|reportei|enviei|apresentei|moderei|escrevi)(?!\\p{L})", "(te|lhe) (perguntei|respondi|mostrei|mandei|enviei|contei|escrevi|devolvi|emprestei)(?!\\p{L})"],
    examples: ["eu era o moderador", "te perguntei sobre os dados"],
    not: ["eu vi o seu post", "eu trabalho em Lisboa", "eu era engenheiro na Amazon"],
  },
  recalled: {
    phrases: ["(aquela|aquele|aquelas|aqueles) (semana|noite|viagem|verao|jantaradas|festa|fim de semana)(?!\\p{L})", "(voce|voces|tu) com (o|a|os|as|o seu|a sua|o teu|a tua)", "(te lembras|lembras|se lembra|voce lembra)", "(voce|tu) (\\p{L}+ou|\\p{L}+eu|\\p{L}+iu|fez|deu|foi|esteve)(?!\\p{L})", "(fomos|estivemos|ficamos|ganhamos|perdemos|dividimos|fizemos)(?!\\p{L})", "(lembra|lembras|se lembra)"],
    examples: ["Você salvou o meu projeto.", "fomos terceiros"],
    not: ["Eu salvo projetos."],
  },
  sender: {
    phrases: ["(eu|me|meu|minha|meus|minhas|nos|nosso|nossa|nossos|nossas|sou|somos)"],
    examples: ["Eu sou da USP, turma de 2015."],
    not: ["USP, turma de 2015."],
  },
  addressee: {
    phrases: ['(você|voce|vocês|voces|te|ti|contigo|teu|tua|teus|tuas|seu|sua|seus|suas|o senhor|a senhora)', '(tens|estás|usas|trabalhas|procuras|continuas|achas|podes|sabes)'],
    examples: ['Como a sua equipe resolveu a migração?'],
    not: ['Como a equipe resolveu a migração?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|cinco|dez|quinze|vinte|trinta)( |-)?(min|minutos?)", "(uma|um)( breve| rápida| curta)? (chamada|ligação|reunião|demo|call|conversa|café)", "(semana que vem|próxima semana|esta semana)", "calendly",
      "(teria|terias|estaria|estarias|está|estás) (interessad[oa]|abert[oa]|disponível)", "(te|lhe) interessa(ria)?", "(posso|poderia|podemos) (te |lhe )?(mostrar|apresentar|enviar|mandar)", "(sabia|sabias) que",
      "(como|tudo) (vai|vão|está|estás|bem)", "(você|tu) também",
      "(vamos nos conectar|podemos nos conectar|posso te adicionar)",
    ],
    examples: ['Você teria 15 minutos na próxima semana?', 'Como vai tudo na Natura?'],
    not: ['Como a sua equipe resolveu a migração para o Snowflake?'],
  },
  eventModifier: {
    // Quando, que tamanho, sobre o quê em geral: "no grande evento de marketing da semana passada".
    phrases: ["(de )?ontem", "(da |na )?(semana|mês|ano) passad[oa]"],
    words: ["ultimo", "ultima", "recente", "proximo", "proxima", "anual", "grande", "pequeno", "otimo", "local", "regional", "nacional", "internacional", "online", "virtual", "mesmo", "mesma", "outro", "outra", "primeiro", "primeira", "final", "oficial", "tech", "networking", "negocios", "empresa", "equipe", "equipa", "startups", "marketing", "vendas", "produto", "design", "dados", "ia", "financas", "emprego", "comunidade", "familia", "noite", "manha", "tarde", "verao", "inverno", "segunda", "terça", "quarta", "quinta", "sexta", "sabado", "domingo", "setor"],
    examples: ['no grande evento de marketing da semana passada', 'no meetup de ontem'],
    not: ['no Web Summit Rio'],
  },
  networkTalk: {
    // Conectar e redes, procurar emprego, o conteúdo em geral: "expandir a minha rede".
    phrases: ["novos? desafios?", "novas oportunidades", "vagas", "novo emprego", "(pessoas|profissionais) como (você|tu|o senhor|a senhora)"],
    words: ["conectar", "conexão", "rede", "contato", "contacto", "networking", "linkedin", "conteúdo", "perfil", "sinergia", "pessoas"],
    examples: ['quero expandir a minha rede na área de logística', 'estou à procura de um novo desafio', 'adoro o seu conteúdo', 'vamos nos conectar'],
    not: ['o seu relatório sobre o porto de Sines ajudou-me muito'],
  },
  opening: {
    // Uma vaga aberta ou por preencher: "o Hospital de Santa Maria está a contratar?".
    phrases: ["vagas?", "a contratar", "contratando", "recrutando"],
    examples: ['O Hospital de Santa Maria está a contratar?', 'Há vagas na [Empresa]?'],
    not: ['fui contratada no ano passado'],
  },
  eventOf: {
    // O que leva do evento ao seu nome: "na feira do livro de lisboa".
    phrases: ["de", "do", "da", "dos", "das"],
    examples: ['na feira do livro', 'no encontro da ordem dos enfermeiros'],
  },
  exemplar: {
    // Antes de um exemplo de um tipo: «empresas como a Ardent», «marcas tipo Natura».
    phrases: ['como( a| o)?', 'tais como', 'tipo'],
    examples: ['Ajudamos empresas como a Ardent a reduzir custos', 'marcas tipo Natura'],
  },
  vagueGain: {
    phrases: ["(crescerem|crescam)( de forma escalavel| mais| rapido)?", "(crescer|escalar)( mais| de forma escalavel| rapido)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(crescer|escalar|fazer crescer) (o seu|o teu|a sua|a tua|seu|sua) (negocio|empresa|marca|faturamento)", '(mais|novos) (clientes|leads|vendas|reunioes)', 'vender mais', '(aumentar|dobrar|multiplicar|impulsionar) (as |os |suas |seus )?(vendas|receitas|resultados|faturamento|crescimento)', 'ao proximo nivel', 'agregar valor'],
    examples: ['ajudo empresas como a Ardent a crescer', 'conseguir mais clientes'],
    not: ['reduzir custos de frete em 30%'],
  },
  askingWhether: {
    phrases: ["(queria|gostaria de|quero) (lhe |te )?(perguntar|saber) (se|como|quando|onde|qual|quem)(?!\\p{L})", "(estava|fiquei) (a pensar|pensando) (se|como)(?!\\p{L})"],
    examples: ['gostaria de lhe perguntar se o seu laboratório recebe estagiários', 'queria saber como vocês fizeram a migração'],
    not: ['gostaria de me conectar com você'],
  },
  congratulation: {
    phrases: ['parabens(?!\\p{L})'],
    examples: ['Parabéns pela nova fase no Nubank!', 'vi que você entrou na Stone, parabéns'],
    not: ['parabenizo a equipe'],
  },
  meetUp: {
    phrases: ['(bora|vamos) (marcar|tomar|combinar)(?!\\p{L})', '(um|uma) (cafe|almoco|cerveja|jantar|chopp)( em breve| para comemorar)?(?=\\s*[?!.]|\\s*$)'],
    examples: ['bora marcar aquele almoço', 'Um café em breve?'],
    not: ['o café que torramos'],
  },
} satisfies CueLanguage;
