// Builds large bilingual agenda documents for benchmarks: varied meeting agendas in the shapes of
// Government of Canada documents (inline EN/FR items, stacked date lines in either order, wrapped
// bold headings, addresses, credit lines, English-only passages), with random dates, times,
// rooms and numbers so that no two agendas are the same.

const ITEMS: Array<[string, string]> = [
  ['Opening remarks', "Mot d'ouverture"],
  ['Welcome and introductions', 'Mot de bienvenue et présentations'],
  ['Approval of the agenda', "Approbation de l'ordre du jour"],
  ['Review of the minutes of the last meeting', 'Examen du procès-verbal de la dernière réunion'],
  ['Update on current files', 'Le point sur les dossiers en cours'],
  ['Roundtable', 'Tour de table'],
  ['Budget overview', 'Aperçu du budget'],
  ['Terms of reference', 'Mandat'],
  ['Work plan for the coming year', "Plan de travail pour l'année à venir"],
  ['Risk management framework', 'Cadre de gestion des risques'],
  ['Information management strategy', "Stratégie de gestion de l'information"],
  ['Official languages requirements', 'Exigences en matière de langues officielles'],
  ['Access to information requests', "Demandes d'accès à l'information"],
  ['Next steps', 'Prochaines étapes'],
  ['Other business', 'Autres questions'],
  ['Date of next meeting', 'Date de la prochaine réunion'],
  ['Adjournment', 'Levée de la séance'],
  ['Presentation of the annual report', 'Présentation du rapport annuel'],
  ['Discussion of the draft policy', "Discussion de l'ébauche de la politique"],
  ['Security awareness training', 'Formation de sensibilisation à la sécurité'],
];
const GROUPS: Array<[string, string]> = [
  ['CYBER SECURITY PRACTICE GROUP MEETING', 'RÉUNION DU GROUPE DE PRATIQUE SUR LA SÉCURITÉ CYBERNÉTIQUE'],
  ['OFFICIAL LANGUAGES COMMITTEE', 'COMITÉ DES LANGUES OFFICIELLES'],
  ['INFORMATION MANAGEMENT WORKING GROUP', "GROUPE DE TRAVAIL SUR LA GESTION DE L'INFORMATION"],
  ['SENIOR MANAGEMENT BOARD', 'CONSEIL DE LA HAUTE DIRECTION'],
];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const NAMES = ['Marie Tremblay', 'John Smith', 'Karen Lee', 'Jean-Paul Gagnon', 'Priya Singh', 'Ahmed Hassan', 'Sophie Roy', 'David Chen'];
const TITLES = ['Senior Counsel', 'Director General', 'Policy Analyst', 'Executive Director', 'Manager, Planning'];

/** A small deterministic generator (mulberry32) so runs are repeatable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function enTime(h: number, m: number): string {
  const hh = ((h + 11) % 12) + 1;
  return `${hh}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

function frTime(h: number, m: number): string {
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

/** One agenda, as lines. */
export function agenda(r: () => number): string[] {
  const frFirst = r() < 0.3;
  const [gEn, gFr] = pick(r, GROUPS);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const year = 2010 + Math.floor(r() * 14);
  const h = 9 + Math.floor(r() * 6);
  const m = pick(r, [0, 30]);
  const out: string[] = [];
  const heading = (en: string, fr: string): void => {
    const pair = frFirst ? [fr, en] : [en, fr];
    for (const t of pair) {
      const words = t.split(' ');
      const cut = Math.ceil(words.length / 2);
      out.push(`**${words.slice(0, cut).join(' ')}`, `${words.slice(cut).join(' ')}**`, '');
    }
  };
  heading(gEn, gFr);
  out.push(frFirst ? 'Ordre du jour/Agenda' : 'Agenda/Ordre du jour', '');
  const enDate = `${MONTHS_EN[month]} ${day}, ${year} – ${enTime(h, m)} to ${enTime(h + 2, m)} EDT`;
  const frDate = `Le ${day === 1 ? '1er' : day} ${MONTHS_FR[month]} ${year} – ${frTime(h, m)} à ${frTime(h + 2, m)} HAE`;
  out.push(...(frFirst ? [frDate, enDate] : [enDate, frDate]));
  out.push(`${100 + Math.floor(r() * 900)} rue Wellington Street, Pièce/Rm ${1000 + Math.floor(r() * 8999)}, Ottawa, ON`, '');
  out.push(frFirst ? 'Téléconférence / Teleconferencing:' : 'Teleconferencing / Téléconférence:', '');
  out.push(`Dial-in number/Numéro à composer: 1-877-${100 + Math.floor(r() * 900)}-${1000 + Math.floor(r() * 9000)}`);
  out.push(`Conference code/Code de conférence: ${1000000 + Math.floor(r() * 8999999)}#`, '');
  const n = 4 + Math.floor(r() * 6);
  for (let i = 1; i <= n; i++) {
    const [en, fr] = pick(r, ITEMS);
    out.push(`${i}. ${frFirst ? `${fr}/${en}` : `${en}/${fr}`}`);
    if (r() < 0.3) out.push('', `(${pick(r, NAMES)}, ${pick(r, TITLES)})`);
    if (r() < 0.1) out.push('', `s.21(1)(${pick(r, ['a', 'b', 'c'])})`);
    out.push('');
  }
  if (r() < 0.2) {
    out.push('The following notes were prepared for the information of members and are provided in English only.', '');
  }
  return out;
}

/** A document of about `lines` lines made of agendas. */
export function agendaDocument(lines: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = [];
  while (out.length < lines) out.push(...agenda(r));
  return out.slice(0, lines).join('\n') + '\n';
}
