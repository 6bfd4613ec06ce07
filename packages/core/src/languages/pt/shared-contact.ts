import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // O nome antes: «A Júlia me lembrou que a gente se conheceu…», «O Pedro me encaminhou a vaga que você postou».
    '(me|nos) (lembrou|lembrava|recordou)( que| de)?(?!\\p{L})',
    '(me|nos) (encaminhou|reencaminhou|repassou|indicou) (a|o) (vaga|post|publicacao|anuncio|artigo|oportunidade|convite)(?!\\p{L})',
    // O nome antes: «o Flo diz que você manja de…», «que o senhor conhece bem», «já deve ter falado de mim».
    '(diz|fala|conta|comenta|acha) que (voce|vc|voces|tu|o senhor|a senhora)(?!\\p{L})',
    'que (o senhor|a senhora|voce|vc|tu) (conhece|conheces|conhecia|conheceu)( bem| ja| muito bem)?(?!\\p{L})',
    '(deve ter|ja deve ter|certamente|com certeza) (te |lhe |vos )?(falado|contado|comentado|falou|contou|comentou) (de|sobre) mim(?!\\p{L})',
    // O nome antes: «a Júlia (minha antiga colega) acha que és a pessoa certa», «o Rui disse que eras a pessoa certa», «reencaminhou-me o teu perfil».
    '(acha|achou|pensa|disse|achava) que (es|e|voce e|tu es|seria|serias|eras|era|voce era|tu eras) (a pessoa certa|a pessoa indicada|a melhor pessoa|o especialista|a especialista)',
    '(reencaminhou|encaminhou|passou|enviou|mandou)-(me|nos) o (teu|seu) (perfil|contacto|contato|cv|email|numero)',
    // O nome antes: «disse que eu deveria falar com você», «nos apresentou por e-mail».
    'disse que eu (deveria|devia|tinha que|precisava|teria que) (falar|conversar|te procurar|procurar|te conhecer)(?!\\p{L})',
    'nos (apresentou|colocou em contato|pos em contato|pôs em contato)(?!\\p{L})',
    // O nome antes: «O Pedro Henrique me mostrou seu post», «A {{Contato}} deu-me o seu nome».
    '(me|nos) (mostrou|enviou|mandou|encaminhou|passou) (o seu|o teu|a sua|a tua|seu|teu|sua|tua)(?!\\p{L})',
    '(deu-me|me deu|deu-nos|nos deu) o (seu|teu) (nome|contacto|contato|numero|número)(?!\\p{L})',
    // O nome antes: «me colocou em contato com você», «mandou um abraço», «achou que deveríamos nos conhecer».
    '(me|nos) (colocou|pos|pôs|poe|põe) em (contato|contacto) (com voce|com você|contigo|com a senhora|com o senhor)',
    '(mandou|manda|envia|enviou) (um abraco|um abraço|abracos|abraços|um beijo|lembrancas|lembranças|cumprimentos)(?!\\p{L})',
    '(achou|acha|achava|pensou) que (deveriamos|deveríamos|deviamos|devíamos|devemos) nos (conhecer|falar|conectar|encontrar)(?!\\p{L})',
    // O nome antes: «a Dra. [Nome], minha colega de residência, me indicou a senhora como referência».
    '(me )?indicou (a senhora|o senhor|voce|você|vc)( como)?(?!\\p{L})',
    // O nome antes: «A Bia Furtado comentou do teu TCC», «a Joana recomendou que falássemos», «Foi a Sofia Lemos quem nos apresentou».
    '(comentou|falou|contou|me falou|me contou) (do|da|dos|das|sobre o|sobre a) (teu|tua|teus|tuas|seu|sua|seus|suas|vosso|vossa)(?!\\p{L})',
    '(recomendou|sugeriu|aconselhou) que (falassemos|conversassemos|nos falassemos|nos conectassemos|eu (te|lhe|o|a) (procurasse|contactasse|contatasse))',
    'quem nos (apresentou|pos em contato|pôs em contato|colocou em contato|pos em contacto|colocou em contacto)',
    // O nome antes: «a Marta Fonseca é nossa amiga em comum».
    '(e|é) (nossa|nosso|uma|um) (amiga|amigo|contato|contacto|colega|conhecida|conhecido) (em comum|mutu[oa])',
    // O nome antes: «O Dr. Paulo Menezes, nosso contato em comum, citou seu nome».
    '(citou|mencionou|indicou|passou|recomendou) (o )?(seu|teu) nome',
    // O nome antes: «a Joana Sousa é amiga de nós os dois».
    '(e|sao) (amig[oa]s?|conhecid[oa]s?|colegas?) (de nos (os|as) dois|de nos (os|as) duas|de nos dois|de ambos|de ambas|em comum|dos dois|das duas)',
    // Nomeado antes do que jurou ou garantiu: «o Caio jurou que você é o cara do Kotlin».
    "(jurou|jura|garantiu|garante|insistiu|insiste) que (voce|tu|o senhor|a senhora|e voce|es tu)",
    // O nome antes: «o Caio falou muito bem de você».
    '(falou|fala|disse) (muito )?bem de (voce|ti|si)',
    // O nome antes: «foi o Nuno Pires que mo partilhou», «o Márcio estava com a gente».
    'que (mo|ma|me|mos|mas|me o|me a) (partilhou|passou|enviou|mostrou|indicou|recomendou|encaminhou)',
    '(estava|estavam|tava) (com a gente|conosco|connosco|com nos|junto)',
    // Nomeado antes: «a Dra. Helena Prado … indicou o senhor como especialista».
    '(indicou|recomendou) (o senhor|a senhora|voce|o seu nome|seu nome|o teu nome)', '(falou|disse|recomendou|indicou|sugeriu|passou|contou)-me', '(achou|acha|achava) que (a ideia|a proposta|voce|voces|faz sentido|deviamos|devemos|podiamos)', 'me (passou|indicou|falou|disse|contou|sugeriu|recomendou|apresentou)', 'me deu (o )?(seu|teu|o seu|o teu) (contato|contacto|nome|e-?mail|telefone|numero|whatsapp)(?!\\p{L})', '(comentou|mencionou|sugeriu|indicou) (que|seu|sobre)', '(comentou|falou|disse|contou) (comigo|para mim)',
    // Quem os dois conhecem, dito de passagem: «o Caio, que jogava futsal com você, disse que…».
    '(que|quem) (jogava|jogou|trabalhava|trabalhou|estudava|estudou|estagiou|estagiava|morava|morou) com (voce|vc|tu|o senhor|a senhora)',
    '(disse|falou|contou|comentou) que (talvez )?(voce|voces|vc|vcs|tu|o senhor|a senhora)', '(disse|falou|contou|comentou) que (foi|era|e) (voce|vc|tu|o senhor|a senhora)(?!\\p{L})', '(disse|falou|contou|comentou) que (a tua|o teu|as tuas|os teus) (equipa|equipe|empresa|time|area|startup|projeto|laboratorio)(?!\\p{L})',
    '(que|quem) (te|lhe) conhece',
    '(te|lhe) (manda|envia) (um abraco|abracos|lembrancas|cumprimentos)'],
  placedAt: [
    // Onde está alguém sem nome, não quem: «a galera da comunidade Python Floripa», «seu antigo gestor no Itaú».
    '(galera|pessoal|equipe|time|turma|comunidade|grupo)( [\\p{L}-]+)? (da|do|de|no|na)',
    // Not «colega da Aline Morais»: someone's colleague is that person's.
    '(gestor|gestora|chefe|colega|colegas)( [\\p{L}-]+)? (no|na|em)',
    '(comunidade|grupo|coletivo|turma)(?!\\p{L})',
  ],
  inCommon: ['(amig[oa]|contato|colega)s? em comum', '(somos|estamos)( ambos| ambas| os dois| as duas)? (conectad[oa]s|ligad[oa]s) (a|ao|à|com o|com a|com)'],
  knownThrough: [
    // O nome depois, de quem indicou: «Quem me indicou você foi a Patrícia Lemos».
    '(quem|foi quem) me (indicou|recomendou|passou|apresentou|falou de)( [\\p{L}-]+){0,3} foi( o| a)?(?!\\p{L})',
    // O nome depois, de quem os recebeu: «no jantar que a Sofia organizou no Porto».
    '(jantar|festa|almoco|churrasco|casamento|aniversario|batizado|encontro|reuniao|ceia) que (a|o)(?= [\\p{L}-]+ (organizou|deu|ofereceu|fez|preparou|deu em casa|deu la em casa)(?!\\p{L}))',
    // O nome depois, com quem ambos trabalharam: «Trabalhámos ambos com a Inês Ferraz».
    '(trabalhamos|colaboramos|estudamos) (ambos|ambas|os dois|as duas|juntos|juntas) com( a| o)?(?!\\p{L})',
    '(ambos|ambas|os dois|as duas) (trabalhamos|colaboramos|estudamos) com( a| o)?(?!\\p{L})',
    // O nome depois: «recebi seu nome do professor…», «seu nome surgiu num almoço com a…», «sob a liderança de…», «temos <Nome> em comum», «nós duas trabalhamos com o…», «você está conectado com…».
    '(recebi|tive|obtive) (teu|seu) (nome|contacto|contato) (da|do|atraves da|atraves do|por)(?!\\p{L})',
    '(seu|teu) nome (surgiu|apareceu|veio a tona|foi citado|foi mencionado)( [\\p{L}-]+){0,6} com( o| a)?(?!\\p{L})',
    '(sob a (lideranca|direcao|orientacao|supervisao|chefia)|as ordens) (de|do|da)(?!\\p{L})',
    '(tem|temos)(?=( (?!(amigos?|amigas?|contatos?|contactos?|conexoes|colegas|pessoas|muito|muitos|muitas|varios|varias|alguns|algumas|coisas?|pontos?|interesses?)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} em comum(?!\\p{L}))',
    '(nos )?(dois|duas|ambos|ambas)( ja)? (trabalhamos|estudamos|treinamos) (com|sob|para)( o| a)?(?!\\p{L})',
    '(voce|vc|tu|o senhor|a senhora) (esta|estas|ta) (conectad[oa]|ligad[oa]|em contato|em contacto) (com|a|ao)( o| a)?(?!\\p{L})',
    // O nome depois: «acho que conhecemos ambos o [Nome do contato]».
    'conhecemos (ambos|os dois|as duas|todos|em comum)( o| a)?',
    // O nome depois: «recebi o teu nome da Júlia Matos».
    '(recebi|tive|obtive) o (teu|seu) (nome|contacto|contato) (da|do|atraves da|atraves do|por)',
    // O nome depois: «foi pelo João Mendes que soube».
    'foi (pelo|pela|atraves do|atraves da|através do|através da)(?!\\p{L})',
    // O nome depois: «no jantar da Joana Belo» (quem recebeu é conhecido dos dois), «você e o Leo Araújo trabalharam juntos».
    '(jantar|almoco|almoço|festa|casamento|aniversario|aniversário|churrasco|despedida|chá|cha) (da|do)(?!\\p{L})',
    '(voce|você|tu) e (o|a)(?= [^.!?]{1,40} (trabalharam|estudaram|jogaram|moraram|trabalhavam|estudavam) juntos)',
    // O nome depois: «recebi seu contato pelo João Mendes».
    '(recebi|consegui|obtive|peguei) (o )?(seu|teu) (contato|contacto|nome|numero|número) (pelo|pela|com o|com a|atraves do|atraves da|através do|através da)(?!\\p{L})',
    // O nome depois: «O nosso orientador em comum, Prof. [Nome]».
    '(nosso|nossa) (orientador|orientadora|professor|professora|chefe|gestor|gestora|mentor|mentora)( em comum)?',
    // O nome depois: «fui apresentado ao seu trabalho por [Nome do contato]», «soube pelo Ricardo que mudaste para Berlim».
    '(apresentad[oa]|indicad[oa]|recomendad[oa]) (a voce |ao seu trabalho |ao teu trabalho |a sua empresa |ao senhor |a senhora )?(por|pelo|pela)',
    '(soube|ouvi|fiquei a saber|descobri|sei) (pelo|pela|atraves do|atraves da|atraves de)',
    // O nome depois: «trabalho com seu irmão Sérgio», «seu antigo gestor no Itaú, o Marcos Teixeira».
    '(seu|sua|teu|tua) (antigo |antiga |ex-)?(irmao|irma|filho|filha|pai|mae|esposa|marido|primo|prima|cunhado|cunhada|colega|socio|socia|chefe|gestor|gestora|mentor|mentora)',
    // O nome depois: «a pedido do Rui Carvalho», «meu pai, Osvaldo Ramos, …», «falei com a Mariana Couto no almoço».
    '(a pedido|a conselho|a sugestao) (do|da|de)', '(meu|minha) (pai|mae|irmao|irma|tio|tia|primo|prima|avo|marido|esposa|socio|socia|chefe)', '(falei|conversei|almocei|jantei) com (o|a)',
    // O nome depois: «somos ambos amigos do Zé Pedro», «somos os dois amigos da Catarina Leal».
    '(somos|somos ambos|somos os dois|somos as duas|somos ambas) (amig[oa]s|colegas|conhecid[oa]s) (do|da|de)',
    // O nome depois: «por sugestão do Prof. Vítor Branco».
    '(por|sob) (sugestao|indicacao|recomendacao) (do|da|de)',
    // O nome depois: «quem me passou seu contato foi o Diego Ramos».
    'quem me (passou|deu|indicou|enviou) (o |a )?(seu|teu) (contato|contacto|nome|perfil) foi',
    // O nome depois: «ambos conhecemos o Eng. Rui Fonseca».
    '(ambos|ambas|os dois|as duas) conhecemos( o| a)?',
    // O nome depois: «amigo do Paulo Ribeiro», «a gente tem a Carol em comum».
    '(amigo|amiga|parceiro|parceira|brother|irmao|irma|primo|prima|colega|socio|socia|filho|filha|marido|esposa|namorado|namorada|cunhado|cunhada|vizinho|vizinha) (do|da|de)',
    "(tem|temos) (o|a)(?= [\\p{L}'-]+( [\\p{L}'-]+){0,2} em comum)",
    '(por meio|atraves|por indicacao) d[eoa]'],
  countInCommon: ['(\\d+|<slot>|varias|muitas|algumas|alguns|uns|muitos|varios) (conexoes|contatos|amigos)( em comum)?'],
  referrerPronouns: ['ela', 'ele'],
  signedThrough: ['(via|por indicacao de|indicad[oa] por|gracas a)(?<=[\\n,(—–|·-]\\s{0,2}(via|por indicacao de|indicad[oa] por|gracas a))'],
} satisfies SharedContactPhrases;
