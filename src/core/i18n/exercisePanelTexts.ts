/**
 * Texts of the Exercise panel of the sidebar, in French and English (kept
 * apart from `exerciseTexts.ts` so that the Apps Script bundle does not carry
 * them). Placeholders are written `{name}` and filled by `exercisePanelText`.
 */
import { textLookup } from './textTable';

const en = {
  panelIntro:
    'Writes a statement, the data, a work sheet and its answer key into this spreadsheet. Your own sheets are not touched.',
  topicRfmGrid: 'RFM scoring with a grid',
  topicRfmPoints: 'Scoring with a points scale',
  topicParetoAbc: 'Pareto and ABC analysis',
  topicClientValue: 'Client value',
  fieldTopic: 'Topic',
  fieldClients: 'Number of clients (5–30)',
  fieldLevel: 'Level',
  level1: '1 – helper columns filled',
  level2: '2 – data only',
  level3: '3 – the student also chooses thresholds and comments',
  fieldSeed: 'Seed',
  newSeed: 'New seed',
  fieldLang: 'Language',
  langEn: 'English',
  langFr: 'French',
  fieldAsOf: 'Reference date',
  fieldAbcRule: 'ABC rule',
  abcReach: 'cumulative share reaching 80 % / 95 %',
  abcWithin: 'cumulative share within 80 % / 95 %',
  abcClients: 'shares of clients 20 % / 30 % / 50 %',
  fieldRounding: 'Decimals',
  create: 'Create the exercise',
  creating: 'Creating the exercise…',
  created: 'Exercise created ({topic}, seed {seed}): {sheets}.',
  check: 'Check my answers',
  student: 'Prepare the student version',
  badField: 'Check the field “{field}”.',
} as const;

export type ExercisePanelTextKey = keyof typeof en;

/** Every key of the panel texts. */
export const EXERCISE_PANEL_TEXT_KEYS = Object.keys(en) as ExercisePanelTextKey[];

const fr: Record<ExercisePanelTextKey, string> = {
  panelIntro:
    'Écrit un énoncé, les données, une feuille de travail et son corrigé dans ce classeur. Vos propres feuilles ne sont pas modifiées.',
  topicRfmGrid: 'Scoring RFM avec une grille',
  topicRfmPoints: 'Scoring par barème de points',
  topicParetoAbc: 'Loi de Pareto et analyse ABC',
  topicClientValue: 'Valeur client',
  fieldTopic: 'Thème',
  fieldClients: 'Nombre de clients (5 à 30)',
  fieldLevel: 'Niveau',
  level1: '1 – colonnes intermédiaires remplies',
  level2: '2 – données seules',
  level3: '3 – l’élève choisit aussi les seuils et commente',
  fieldSeed: 'Graine',
  newSeed: 'Nouvelle graine',
  fieldLang: 'Langue',
  langEn: 'Anglais',
  langFr: 'Français',
  fieldAsOf: 'Date de référence',
  fieldAbcRule: 'Règle ABC',
  abcReach: 'part cumulée atteignant 80 % / 95 %',
  abcWithin: 'part cumulée dans 80 % / 95 %',
  abcClients: 'parts des clients 20 % / 30 % / 50 %',
  fieldRounding: 'Décimales',
  create: 'Créer l’exercice',
  creating: 'Création de l’exercice…',
  created: 'Exercice créé ({topic}, graine {seed}) : {sheets}.',
  check: 'Vérifier mes réponses',
  student: 'Préparer la version élève',
  badField: 'Vérifiez le champ « {field} ».',
};

/**
 * The text `key` in `lang`, with `{name}` placeholders replaced by `params` (the add-on's one formatter:
 * numbers as typed in the language; a placeholder with no parameter stays as it is).
 */
export const exercisePanelText = textLookup<ExercisePanelTextKey>({ en, fr });
