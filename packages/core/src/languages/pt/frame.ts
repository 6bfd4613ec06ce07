import type { FramePhrases } from '../types.js';

export default {
  greetings: ['ola', 'oi', 'hi', 'hello', 'hey', 'bom dia', 'boa (tarde|noite)', 'prezad[oa]s?', 'car[oa]', 'querid[oa]s?', 'tudo bem', 'exm[oa]s?\\.?', 'excelentissim[oa]s?', 'ilm[oa]s?\\.?', 'ilustrissim[oa]s?', 'estimad[oa]s?', 'senhor(a)?'],
  mailFooters: ['enviado do meu (iphone|ipad|android|celular|telemovel|smartphone)', 'enviado do (outlook|email) para (ios|android)', '(aviso legal|aviso de confidencialidade|confidencial)[:.][^\\n]*', '(esta|a presente) (mensagem|e-?mail)( e (os seus|seus|quaisquer) anexos)? (e|sao|contem|pode conter|destina-se)[^\\n]{0,60}(confidencia|destinatario)[^\\n]*'],
  signOffs: ['abracos?', 'um abraco', 'beijos?', 'abracao', 'obrigad[oa]', 'muito obrigad[oa]', 'atenciosamente', 'att', 'saudacoes', 'ate (breve|mais)', '(com os )?(melhores|cordiais|atenciosos) cumprimentos', '(com )?cumprimentos', '(com )?(os )?meus (melhores )?cumprimentos', 'cordialmente', 'respeitosamente', 'saudacoes cordiais', 'cordiais saudacoes', 'um (grande )?abraco', 'beijinhos?'],
  addressees: ['tia', 'tio', 'avo', 'vovo', 'vovó', 'prima', 'primo', 'madrinha', 'padrinho', 'chefe', 'seu', 'professor', 'professora', 'doutor', 'doutora', 'engenheiro', 'engenheira', 'senhor', 'senhora', 'dona', 'equipe', 'equipa', 'todos', 'todas'],
  nameParticles: ['da', 'das', 'de', 'do', 'dos', 'e'],
  notNames: [
    // Quem fez algo, sem nome: «quem me indicou seu nome foi…».
    'quem',
    // Demonstrativos, que nunca são nomes: «naquele evento».
    'esse', 'essa', 'este', 'esta', 'aquele', 'aquela', 'naquele', 'naquela', 'nesse', 'nessa', 'neste', 'nesta',
    'eu', 'me', 'meu', 'minha', 'voce', 'seu', 'sua', 'ele', 'nos', 'nosso', 'nossa', 'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da',
    'em', 'no', 'na', 'e', 'ou', 'mas', 'oi', 'obrigado', 'obrigada', 'vamos', 'hoje', 'linkedin', 'sr', 'sra', 'dr', 'dra',
  ],
  nounMarkers: [],
  abbreviations: ["Sr", "Sra", "Dr", "Dra", "Prof", "Eng", "Exmo", "Exma", "Ilmo", "Ilma", "aprox"],
  functionWords: ['um', 'uma', 'você', 'voce', 'vocês', 'seu', 'com', 'em', 'não', 'nao', 'dos', 'na', 'muito', 'obrigado', 'obrigada', 'olá', 'ola', 'é', 'meu', 'minha', 'também', 'eu', 'ao', 'à', 'pelo', 'pela', 'são', 'estou', 'gostaria', 'quer', 'tenho', 'pode', 'então'],
  grammar: {
    definiteArticles: ['o', 'a', 'os', 'as'],
    indefinites: ['um', 'uma', 'algum', 'alguma', 'qualquer'],
    possessives: ['meu', 'minha', 'meus', 'minhas'],
    someone: ['alguém'],
    and: ['e'],
    or: ['ou'],
    clauseOpeners: ['que'],
    questionTags: ['né', 'não'],
    questionVerbs: [],
    topicMarkers: ['sobre'],
    nameJoiners: ['de', 'do', 'da', 'dos', 'das', 'e'],
    workplaceMarkers: ['na', 'no', 'em'],
    originMarkers: ['de', 'da', 'do'],
    organisationMarkers: ['na', 'no', 'em', 'para', 'de', 'da', 'do'],
    anyEvent: ['evento', 'eventos'],
    // "o" and "a" before a name («a Bruna») are left out: a note of no clear language reads every
    // language's words, and there they are the English article and the Spanish "or" and "to".
    nameArticles: [],
    selfHere: ['aqui', 'cá'],
    recentTimes: ['ontem', 'ontem à noite', 'na semana passada', 'no fim de semana passado', 'no mês passado', 'no ano passado', 'hoje de manhã', 'esta semana'],
  },
} satisfies FramePhrases;
