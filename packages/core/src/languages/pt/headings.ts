import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['convites?', '(pedidos?|solicitacao|solicitacoes) de (conexao|contato)', 'notas? de (convite|conexao)'],
    examples: ['Pedidos de conexão', 'Convites', 'Notas de convite'],
    not: ['Notas', 'Conexão com o banco'],
  },
  afterAccepting: {
    phrases: ['(apos|depois de) (aceitar|a aceitacao|conectar)', '(quando|se) (aceitar|aceitarem|aceita|aceitam)', 'acompanhamento', 'follow-?ups?', 'mensagens? de (boas-vindas|agradecimento)', 'boas-vindas', 'primeira mensagem', 'primeiro grau', 'ja conectad[oa]s'],
    examples: ['Acompanhamento depois de aceitar', 'Mensagem de boas-vindas', 'Quando aceitar'],
    not: ['Ex-alunos', 'Depois do evento'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail para recrutadores'],
    not: ['Lista de correio'],
  },
  email: {
    phrases: ['e-?mails?', 'correio eletronico'],
    examples: ['E-mail frio', 'Correio eletrônico'],
    not: ['Correção'],
  },
  reply: {
    phrases: ['respostas?', 'responder', '(quando|se) (responder|responderem|responde|respondem)'],
    examples: ['Respostas', 'Quando responderem'],
    not: ['Responsável de vendas'],
  },
  context: {
    phrases: ['ex-?alun[oa]s', 'antigos alunos', 'alumni', 'mesma (universidade|escola|turma)', 'eventos?', 'conferencias?', 'congressos?', 'feiras?', 'meetups?', 'webinars?', 'terceiro grau'],
    examples: ['Ex-alunos', 'Depois de uma conferência', 'Feira'],
    not: ['Eventualmente'],
  },
  sharedContact: {
    phrases: ['(contatos?|conexoes|conexao|amigos?) em comum', 'em comum', 'mutu[oa]s?', 'indicac(ao|oes)', 'indicad[oa]s? por', 'apresentad[oa]s? por', 'segundo grau'],
    examples: ['Contato em comum', 'Indicação', 'Indicado por um colega'],
    not: ['Comunicação'],
  },
} satisfies HeadingLanguage;
