import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'nosso', 'nossa'], examples: ['[Seu Nome]', '[Minha empresa]', '{{meuCargo}}', '[O seu cargo]'] },
  roles: {
    sender: { words: ['vendedor*', 'remetente*'], examples: ['[Vendedor]'] },
    'shared-contact': { words: ['comum', 'comuns', 'mutu*', 'amig*', 'indic*', 'recomend*'], examples: ['[Contato em comum]', '[amigo mútuo]', '[Quem indicou]'], not: ['[Nome]'] },
    event: { words: ['evento*', 'conferencia*', 'congresso*', 'feira*', 'encontro*', 'workshop*', 'forum*', 'seminario*'], examples: ['[Evento]', '[Nome do evento]', '[Feira]'] },
    school: {
      words: ['universidade*', 'faculdade*', 'escola*', 'curso*', 'programa', 'turma*', 'acelerador*', 'aceleradora*', 'bootcamp*', 'mestrado*', 'graduacao*', 'mba'],
      examples: ['[Universidade]', '[Aceleradora]', '[Bootcamp]', '[Turma]'],
    },
    specific: {
      words: ['personaliz*', 'gancho*', 'especific*', 'detalhe*', 'projeto*', 'conquista*', 'iniciativa*', 'ponto*', 'pergunta*', 'desafio*', 'problema*', 'algo', 'motivo*', 'objetivo*', 'noticia*', 'novidade*', 'premio*', 'lancamento*', 'recente*', 'referencia*', 'razao*', 'razoes'],
      examples: ["[novidade recente]", '[projeto]', '[detalhe específico]', '[conquista recente]', '[razão do contato]'],
    },
    content: { words: ['publicacao*', 'artigo*', 'post', 'posts', 'palestra*', 'podcast*', 'entrevista*', 'video*', 'comentario*', 'newsletter*', 'livro*', 'conteudo*'], examples: ['[Publicação]', '[artigo]', '[Palestra]'] },
    offer: { words: ['oferta*', 'recurso*', 'guia*', 'modelo*', 'beneficio*', 'proposta*', 'vantagem*'], examples: ['[Oferta]', '[benefício]', '[recurso gratuito]'] },
    topic: { words: ['tema*', 'assunto*', 'interess*', 'paixao', 'hobby', 'hobbies'], examples: ["[interesse em comum]", '[tema]', '[Assunto]'] },
    company: { words: ['empresa*', 'companhia*', 'organizacao*', 'negocio*', 'cliente*', 'marca*', 'startup*', 'agencia*', 'equipe'], examples: ['[Empresa]', '{{empresa}}', '[Nome da empresa]'] },
    field: { words: ['setor*', 'industria*', 'area*', 'campo*', 'segmento*', 'mercado*', 'nicho*'], examples: ['[Setor]', '[área]', '[Segmento]'] },
    place: { words: ['cidade*', 'pais', 'paises', 'regiao*', 'estado'], examples: ['[Cidade]'] },
    group: { words: ['grupo*', 'comunidade*', 'associacao*'], examples: ['[Nome do grupo]'] },
    date: { words: ['data', 'datas', 'dia', 'dias', 'ano', 'anos', 'mes', 'meses', 'semana*', 'hoje', 'ontem', 'quando'], examples: ['[Ano]', '[Data]'] },
    role: { words: ['cargo*', 'funcao*', 'posicao*', 'titulo*', 'profissao*'], examples: ['[Cargo]', '[Função]'] },
    person: { words: ['pessoa', 'pessoas', 'contato', 'contatos', 'conexao', 'conexoes', 'contacto', 'contactos', 'colega*', 'candidato*', 'investidor*', 'palestrante*'], examples: ['[Pessoa]', '[Contato]'] },
    name: { words: ['nome', 'nomes', 'sobrenome*', 'primeiro*', 'destinatario*'], examples: ['[Nome]', '{{primeiroNome}}', '[Sobrenome]'] },
  },
  bothHave: { words: ['comum', 'comuns'], examples: ['[projeto comum]', '[interesse comum]'] },
} satisfies PlaceholderLanguage;
