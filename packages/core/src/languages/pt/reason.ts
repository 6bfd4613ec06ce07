import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    '(estou|estamos|esta) (estruturando|migrando|contratando|buscando|montando|lancando|liderando|aplicando)',
    '(vaga|posicao|processo seletivo)',
    '(trocar|compartilhar) (uma ideia|ideias|experiencias)',
    '(ouvir|saber|entender|conhecer) (sua|como|mais sobre|a sua)',
    '(vi|soube|li) que',
    '(voce|voces) (lidera|liderou|trabalha|dirige|esta)',
    '(comentou|me passou|me indicou|me falou)',
    'sua experiencia (na|no|em|com)',
  ],
  generic: [
    '(ampliar|aumentar|expandir) (minha|nossa) rede',
    '(vi|encontrei) (seu|o seu) perfil',
    'aprender com (voce|profissionais)',
    'custo-?beneficio',
    '(oferecemos|ofereco) (servicos|solucoes)',
  ],
} satisfies ReasonPhrases;
