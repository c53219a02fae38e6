// One small document per pairing shape, with the pairs it must give written beside it:
// `EN text | FR text | method`, `EN text | - | orphan`, `- | FR text | orphan`. Shared material
// is listed as `= text`. The list is complete: nothing else may come out but shared material.

import { describe, it, expect } from 'vitest';
import { SourceDocument } from '../../src/core/document.js';
import { alignMixed } from '../../src/align/mixed.js';

interface Case {
  name: string;
  doc: string[];
  pairs: string[];
  shared?: string[];
  /** Read as Markdown (headings, HTML and code are not text). */
  markdown?: boolean;
}

const CASES: Case[] = [
  {
    name: 'inline pair with a slash, no spaces',
    doc: ['Agenda/Ordre du jour'],
    pairs: ['Agenda | Ordre du jour | inline'],
  },
  {
    name: 'inline pair with a spaced slash and a trailing colon',
    doc: ['Teleconferencing / Téléconférence:'],
    pairs: ['Teleconferencing | Téléconférence: | inline'],
  },
  {
    name: 'inline pair followed by shared material',
    doc: ['Dial-in number/Numéro à composer: 1-877-413-4782'],
    pairs: ['Dial-in number | Numéro à composer: | inline'],
    shared: ['1-877-413-4782'],
  },
  {
    name: 'several parts per language, languages cut by a dash',
    doc: ['6. Update/Roundtable/General Discussion – Mise à jour/Tour de table/Discussion ouverte'],
    pairs: ['Update/Roundtable/General Discussion | Mise à jour/Tour de table/Discussion ouverte | inline'],
  },
  {
    name: 'French first on one line',
    doc: ['Ordre du jour / Agenda', 'Points de discussion – Discussion items'],
    pairs: ['Agenda | Ordre du jour | inline', 'Discussion items | Points de discussion | inline'],
  },
  {
    name: 'an exemption code after an inline pair',
    doc: ['- Frequency of Meetings/Fréquence des réunions s.21(1)(b)'],
    pairs: ['Frequency of Meetings | Fréquence des réunions | inline'],
    shared: ['s.21(1)(b)'],
  },
  {
    name: 'an English date line over its French twin',
    doc: ['May 9, 2011 – 1:30 pm-3:30pm EST', 'Le 9 mai 2011 – 13h30-15h30 HSE'],
    pairs: ['May 9, 2011 – 1:30 pm-3:30pm EST | Le 9 mai 2011 – 13h30-15h30 HSE | stacked'],
  },
  {
    name: 'a French line over its English twin',
    doc: ['Le mardi 4 avril 2023, à 10 h (HAE)', 'Tuesday, April 4, 2023, at 10:00 a.m. (EDT)'],
    pairs: ['Tuesday, April 4, 2023, at 10:00 a.m. (EDT) | Le mardi 4 avril 2023, à 10 h (HAE) | stacked'],
  },
  {
    name: 'bold heading blocks wrapped over lines',
    doc: ['**INFORMATION MANAGEMENT', 'WORKING GROUP**', '', '**GROUPE DE TRAVAIL SUR', "LA GESTION DE L'INFORMATION**"],
    pairs: ["INFORMATION MANAGEMENT WORKING GROUP | GROUPE DE TRAVAIL SUR LA GESTION DE L'INFORMATION | block"],
  },
  {
    name: 'an item wrapped onto a continuation line',
    doc: ['3. Review of the records disposition authorities/Examen des autorisations', 'de disposition des documents'],
    pairs: ['Review of the records disposition authorities | Examen des autorisations de disposition des documents | inline'],
  },
  {
    name: 'a bilingual address is shared material',
    doc: ['90 rue Elgin Street, Pièce/Room 401, Ottawa, ON'],
    pairs: [],
    shared: ['90 rue Elgin Street, Pièce/Room 401, Ottawa, ON'],
  },
  {
    name: 'redaction marks and exemption codes are shared material',
    doc: ['s.21(1)(a)', '', '[REDACTED]', '', 's. 69(1)(g)'],
    pairs: [],
    shared: ['s.21(1)(a)', '[REDACTED]', 's. 69(1)(g)'],
  },
  {
    name: 'an English credit line with no French is an orphan',
    doc: ['1. Budget update/Mise à jour budgétaire', '', '(Pat Morin, Chief Financial Officer, Finance Branch)'],
    pairs: ['Budget update | Mise à jour budgétaire | inline', '(Pat Morin, Chief Financial Officer, Finance Branch) | - | orphan'],
  },
  {
    name: 'a French line with no English is an orphan',
    doc: ['Agenda/Ordre du jour', '', 'Veuillez confirmer votre présence avant le 3 mars.'],
    pairs: ['Agenda | Ordre du jour | inline', '- | Veuillez confirmer votre présence avant le 3 mars. | orphan'],
  },
  {
    name: 'a time tail in English after an inline pair is an orphan',
    doc: ['(Anne Roy, Public Safety/Sécurité publique) (approx. 10:15 - 10:45)'],
    pairs: ['Public Safety | Sécurité publique | inline', 'approx. 10:15 - 10:45 | - | orphan'],
    shared: ['Anne Roy'],
  },
  {
    name: 'times written in each language pair inline',
    doc: ['9:00 a.m. – 12:00 p.m. / 9 h à 12 h'],
    pairs: ['9:00 a.m. – 12:00 p.m. | 9 h à 12 h | inline'],
  },
  {
    name: 'a URL and a path are never language boundaries',
    doc: ['See https://www.canada.ca/en/services.html for details.', 'Voir https://www.canada.ca/fr/services.html pour plus de détails.'],
    pairs: ['See https://www.canada.ca/en/services.html for details. | Voir https://www.canada.ca/fr/services.html pour plus de détails. | stacked'],
  },
  {
    name: 'a list in English then the same list in French',
    doc: ['Members:', '- Finance and Administration', '- Human Resources', '- Communications', '', 'Membres :', '- Finances et administration', '- Ressources humaines', '- Communications'],
    pairs: ['Members: | Membres : | block', 'Finance and Administration | Finances et administration | block', 'Human Resources | Ressources humaines | block'],
    // A word written the same in both languages is shared material, wherever it stands.
    shared: ['Communications', 'Communications'],
  },
  {
    name: 'an English term glossed in parentheses inside a French sentence is not a pair',
    doc: [
      'Please submit a pull request as usual and ask for your changes to be moved to the CMS.',
      "Veuillez soumettre une demande de tirage (pull request) comme à l'habitude et demander que vos modifications soient migrées.",
    ],
    pairs: [
      'Please submit a pull request as usual and ask for your changes to be moved to the CMS. | ' +
        "Veuillez soumettre une demande de tirage (pull request) comme à l'habitude et demander que vos modifications soient migrées. | stacked",
    ],
  },
  {
    name: 'a translation in parentheses that ends its line is still a pair',
    doc: ['Harbour authority annual report (Rapport annuel de l’administration portuaire)', 'Time: 7:00 p.m. (19 h)'],
    pairs: ['Harbour authority annual report | Rapport annuel de l’administration portuaire | inline', 'Time: 7:00 p.m. | 19 h | inline'],
  },
  {
    name: 'rows of a data table (codes, identifiers, numbers) are shared material, not pairs',
    doc: ['CYUY 71000 ROUYN-NARANDA_(NCH)            48.22  -78.83   301', 'WSY 71467 SACHS_HARBOUR_CLIMATE_(AU5)    72.00 -125.27    88'],
    pairs: [],
    shared: ['CYUY 71000 ROUYN-NARANDA_(NCH)            48.22  -78.83   301', 'WSY 71467 SACHS_HARBOUR_CLIMATE_(AU5)    72.00 -125.27    88'],
  },
  {
    name: 'two halves whose lists hold words of neither language (Licence, Description) still line up item by item',
    doc: [
      'In this file:',
      '* About',
      '* License',
      '* Download',
      '* Data wire',
      '* WMS web service',
      '* Description',
      '* Data',
      '* Contact us',
      '',
      'This document explains the nowcasting matrices produced every hour by the weather service.',
      '',
      'The matrices are updated every hour.',
      '',
      'Each file holds the forecast for one station.',
      '',
      'Dans ce fichier :',
      '* À propos',
      '* Licence',
      '* Téléchargement',
      '* Fil de données',
      '* Services web WMS',
      '* Description',
      '* Données',
      '* Pour nous joindre',
      '',
      'Le présent document décrit les matrices de prévision immédiate produites chaque heure par le service météorologique.',
      '',
      'Les matrices sont mises à jour toutes les heures.',
      '',
      'Chaque fichier contient la prévision pour une station.',
    ],
    pairs: [
      'In this file: | Dans ce fichier : | parallel',
      'About | À propos | parallel',
      'License | Licence | parallel',
      'Download | Téléchargement | parallel',
      'Data wire | Fil de données | parallel',
      'WMS web service | Services web WMS | parallel',
      'Description | Description | parallel',
      'Data | Données | parallel',
      'Contact us | Pour nous joindre | parallel',
      'This document explains the nowcasting matrices produced every hour by the weather service. | ' +
        'Le présent document décrit les matrices de prévision immédiate produites chaque heure par le service météorologique. | parallel',
      'The matrices are updated every hour. | Les matrices sont mises à jour toutes les heures. | parallel',
      'Each file holds the forecast for one station. | Chaque fichier contient la prévision pour une station. | parallel',
    ],
  },
  {
    name: 'a title written the same at the top of both halves is a pair, and opens the second half; a lone word stays in its half',
    doc: [
      'Notifications-admin',
      '',
      'Notifications admin application.',
      '',
      'This repository is a modified copy of the upstream project.',
      '',
      'You need a database server running to use the application.',
      '',
      'Run the tests before you open a pull request.',
      '',
      'Ex:',
      '',
      'The translations are reviewed by the content team.',
      '',
      'Each release is announced on the mailing list.',
      '',
      'Questions go to the support channel.',
      '',
      'Security problems are reported in private.',
      '',
      'Notifications-admin',
      '',
      "Application d'administration des notifications.",
      '',
      'Ce dépôt est une copie modifiée du projet en amont.',
      '',
      "Il vous faut un serveur de base de données pour utiliser l'application.",
      '',
      'Exécutez les tests avant de soumettre une demande de tirage.',
      '',
      'Exemple :',
      '',
      "Les traductions sont révisées par l'équipe du contenu.",
      '',
      'Chaque version est annoncée sur la liste de diffusion.',
      '',
      "Les questions sont adressées au canal d'assistance.",
      '',
      'Les problèmes de sécurité sont signalés en privé.',
    ],
    pairs: [
      'Notifications-admin | Notifications-admin | parallel',
      "Notifications admin application. | Application d'administration des notifications. | parallel",
      'This repository is a modified copy of the upstream project. | Ce dépôt est une copie modifiée du projet en amont. | parallel',
      "You need a database server running to use the application. | Il vous faut un serveur de base de données pour utiliser l'application. | parallel",
      'Run the tests before you open a pull request. | Exécutez les tests avant de soumettre une demande de tirage. | parallel',
      'Ex: | Exemple : | parallel',
      "The translations are reviewed by the content team. | Les traductions sont révisées par l'équipe du contenu. | parallel",
      'Each release is announced on the mailing list. | Chaque version est annoncée sur la liste de diffusion. | parallel',
      "Questions go to the support channel. | Les questions sont adressées au canal d'assistance. | parallel",
      'Security problems are reported in private. | Les problèmes de sécurité sont signalés en privé. | parallel',
    ],
  },
  {
    name: 'a line and its translation stacked inside the English half (the French half does not repeat them) are a pair',
    markdown: true,
    doc: [
      '# Alert Mobile App',
      '',
      '**Available for iOS and Android:**',
      '',
      '<a href="https://apps.example.ca/en"><img src="store-eng.png"></a>',
      '',
      '**Pour iOS et Android:**',
      '',
      '<a href="https://apps.example.ca/fr"><img src="store-fra.png"></a>',
      '',
      'This repository holds the mobile client of the alert service.',
      '',
      'It works alongside the diagnosis server and the portal.',
      '',
      'Follow the setup guide to install the tools you need.',
      '',
      'You also need a profile with the notification entitlement.',
      '',
      'Run the tests before you open a pull request.',
      '',
      'The translations are reviewed by the content team.',
      '',
      'Each release is announced on the mailing list.',
      '',
      '# Application mobile Alerte',
      '',
      "Ce dépôt contient le client mobile du service d'alerte.",
      '',
      'Il fonctionne de concert avec le serveur de diagnostic et le portail.',
      '',
      "Suivez le guide d'installation pour installer les outils nécessaires.",
      '',
      "Vous avez également besoin d'un profil avec le droit de notification.",
      '',
      'Exécutez les tests avant de soumettre une demande de tirage.',
      '',
      "Les traductions sont révisées par l'équipe du contenu.",
      '',
      'Chaque version est annoncée sur la liste de diffusion.',
    ],
    pairs: [
      'Alert Mobile App | Application mobile Alerte | parallel',
      'Available for iOS and Android: | Pour iOS et Android: | block',
      "This repository holds the mobile client of the alert service. | Ce dépôt contient le client mobile du service d'alerte. | parallel",
      'It works alongside the diagnosis server and the portal. | Il fonctionne de concert avec le serveur de diagnostic et le portail. | parallel',
      "Follow the setup guide to install the tools you need. | Suivez le guide d'installation pour installer les outils nécessaires. | parallel",
      "You also need a profile with the notification entitlement. | Vous avez également besoin d'un profil avec le droit de notification. | parallel",
      'Run the tests before you open a pull request. | Exécutez les tests avant de soumettre une demande de tirage. | parallel',
      "The translations are reviewed by the content team. | Les traductions sont révisées par l'équipe du contenu. | parallel",
      'Each release is announced on the mailing list. | Chaque version est annoncée sur la liste de diffusion. | parallel',
    ],
  },
  {
    name: 'an English sentence left in the French half is not paired with the unrelated French line beside it',
    doc: [
      'This repository holds the mobile client of the alert service.',
      '',
      'It works alongside the diagnosis server and the portal.',
      '',
      'Follow the setup guide to install the tools you need.',
      '',
      'You also need a profile with the notification entitlement.',
      '',
      'Run the tests before you open a pull request.',
      '',
      'The translations are reviewed by the content team.',
      '',
      'Each release is announced on the mailing list.',
      '',
      'Security problems are reported in private.',
      '',
      "Ce dépôt contient le client mobile du service d'alerte.",
      '',
      'Il fonctionne de concert avec le serveur de diagnostic et le portail.',
      '',
      "Suivez le guide d'installation pour installer les outils nécessaires.",
      '',
      "Vous avez également besoin d'un profil avec le droit de notification.",
      '',
      'Exécutez les tests avant de soumettre une demande de tirage.',
      '',
      'Please note that the staging server is reset every night at midnight.',
      '',
      "Les traductions sont révisées par l'équipe du contenu.",
      '',
      'Chaque version est annoncée sur la liste de diffusion.',
      '',
      'Les problèmes de sécurité sont signalés en privé.',
    ],
    pairs: [
      "This repository holds the mobile client of the alert service. | Ce dépôt contient le client mobile du service d'alerte. | parallel",
      'It works alongside the diagnosis server and the portal. | Il fonctionne de concert avec le serveur de diagnostic et le portail. | parallel',
      "Follow the setup guide to install the tools you need. | Suivez le guide d'installation pour installer les outils nécessaires. | parallel",
      "You also need a profile with the notification entitlement. | Vous avez également besoin d'un profil avec le droit de notification. | parallel",
      'Run the tests before you open a pull request. | Exécutez les tests avant de soumettre une demande de tirage. | parallel',
      "The translations are reviewed by the content team. | Les traductions sont révisées par l'équipe du contenu. | parallel",
      'Each release is announced on the mailing list. | Chaque version est annoncée sur la liste de diffusion. | parallel',
      'Security problems are reported in private. | Les problèmes de sécurité sont signalés en privé. | parallel',
      'Please note that the staging server is reset every night at midnight. | - | orphan',
    ],
  },
  {
    name: 'a Markdown link broken by a space before its URL is read as a link',
    markdown: true,
    doc: ['Read the [setup guide](https://example.ca/setup) before you start.', '', "Lisez le [guide d'installation] (https://example.ca/fr/setup) avant de commencer."],
    pairs: ["Read the setup guide before you start. | Lisez le guide d'installation avant de commencer. | stacked"],
  },
  {
    name: 'brackets followed by words in parentheses are not a link',
    markdown: true,
    doc: ['Press [Enter] (the key at the right) to go on.', '', 'Appuyez sur [Entrée] (la touche de droite) pour continuer.'],
    pairs: ['Press [Enter] (the key at the right) to go on. | Appuyez sur [Entrée] (la touche de droite) pour continuer. | stacked'],
  },
  {
    name: 'a file path with a capitalised file name is code inside its sentence, not a language boundary',
    doc: ['Ajouter la nouvelle option dans src/screens/language/Language.tsx.'],
    pairs: ['- | Ajouter la nouvelle option dans src/screens/language/Language.tsx. | orphan'],
  },
];

function render(en: string | undefined, fr: string | undefined, method: string): string {
  return `${en ?? '-'} | ${fr ?? '-'} | ${method}`;
}

describe.each(CASES)('$name', ({ doc, pairs, shared, markdown }) => {
  const got = alignMixed(new SourceDocument(markdown ? 'case.md' : 'case.txt', doc.join('\n') + '\n'), { markdown });

  it('gives exactly the expected pairs', () => {
    const found = got.filter((p) => p.method !== 'shared').map((p) => render(p.en?.text, p.fr?.text, p.method));
    expect(found).toEqual(pairs);
  });

  it('keeps the expected shared material', () => {
    const found = got.filter((p) => p.method === 'shared').map((p) => p.en!.text);
    expect(found).toEqual(shared ?? []);
  });
});
