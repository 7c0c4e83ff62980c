/**
 * Texts of the exercise workbooks (statement, sheets, headers, result) and of
 * the Exercise panel, in French and English. Placeholders are written
 * `{name}` and filled by `exerciseText`.
 */
import { textLookup } from './textTable';

const en = {
  // sheets in the spreadsheet (prefixed: they live beside the user's own sheets)
  sheetStatement: 'Exercise – Statement',
  sheetData: 'Exercise – Data',
  sheetWork: 'Exercise – Work',
  sheetKey: 'Exercise – Answer key',
  sheetSettings: 'Exercise – Settings',
  sheetResult: 'Exercise – Result',
  // sheets of the offline workbooks
  fileStatement: 'Statement',
  fileData: 'Data',
  fileWork: 'Work',
  fileKey: 'Answer key',
  fileMarking: 'Marking',
  // menu
  menuCreate: 'Create an exercise…',
  menuCheck: 'Check my answers',
  menuStudent: 'Prepare the student version',
  // headers
  hClient: 'Client',
  hLastPurchase: 'Date of last purchase',
  hDays: 'Days since last purchase',
  hPurchases: 'Purchases',
  hAmount: 'Amount',
  hR: 'R',
  hF: 'F',
  hM: 'M',
  hCode: 'RFM code',
  hSegment: 'Segment',
  hRPoints: 'R points',
  hFPoints: 'F points',
  hMPoints: 'M points',
  hTotal: 'Total points',
  hClass: 'Class',
  hRevenueShare: '% of revenue',
  hCumRevenue: 'Cumulative % of revenue',
  hClientShare: '% of clients',
  hCumClients: 'Cumulative % of clients',
  hBasket: 'Average basket',
  hPerYear: 'Purchases per year',
  hYears: 'Years',
  hMargin: 'Margin rate',
  hValue: 'Client value',
  // titles and context
  titleRfmGrid: 'Exercise – RFM scoring with a grid',
  titleRfmPoints: 'Exercise – Scoring clients with a points scale',
  titleParetoAbc: 'Exercise – ABC analysis of the client portfolio (20/80 rule)',
  titleClientValue: 'Exercise – Client value',
  activityFashion: 'a ready-to-wear clothes shop',
  activityWine: 'a wine and spirits shop',
  activityBooks: 'an independent bookshop',
  activitySport: 'a sports equipment shop',
  activityGarden: 'a garden centre',
  activityCheese: 'a cheese and delicatessen shop',
  contextIntro: '“{company}” is {activity} in {city}.',
  goalRfm:
    'The manager wants to segment the client file to target loyalty actions: reward the best clients and bring back those who are drifting away.',
  goalPareto:
    'Before reviewing the loyalty programme, the manager wants to know which clients make most of the revenue.',
  goalValue:
    'The manager wants to know what each client brings over the whole relationship, to decide how much to spend on keeping them.',
  dataSentence: 'You have an extract of the client file (sheet “{data}”), at the reference date {asOf}.',
  tasksTitle: 'Your tasks',
  taskLine: '{number}. {text} ({points} points)',
  taskLineTeacher: '{number}. {text} (marked by your teacher)',
  answerWhere: 'Write your answers in the blank cells of the sheet “{work}”, one row per client.',
  // tasks
  taskDays: 'Compute the number of days since each client’s last purchase, at the reference date.',
  taskScores: 'Give each client an R, F and M score with the grid below.',
  taskScoresOwn:
    'Build your own grid: for each criterion, the four values where the scores change (see the thresholds block of the sheet “{work}”), so that the clients spread over the five scores; then give each client an R, F and M score with your grid.',
  taskCode: 'Write each client’s RFM code: the R score, then F, then M (R 5, F 4 and M 3 give 543).',
  taskSegment:
    'Deduce each client’s segment with the rules below (read them from top to bottom: the first rule that matches gives the segment).',
  taskPoints: 'Give each client their R, F and M points with the points scale below.',
  taskTotal: 'Add up each client’s points.',
  taskClassPoints: 'Deduce each client’s class from their total with the table of classes below.',
  taskClassPointsOwn:
    'Choose the totals from which a client is “{good}” and “{veryGood}”, write them in the thresholds block of the sheet “{work}”, then give each client their class.',
  taskRevenueShare: 'Compute each client’s share of the revenue.',
  taskCumRevenue:
    'Rank the clients by decreasing amount and compute each client’s cumulative share of revenue (their share plus the shares of the clients ranked before them).',
  taskClientShares:
    'Compute each client’s share of the number of clients and the cumulative share of clients at their rank.',
  taskAbc: 'Give each client their ABC class with the rule stated in the conventions.',
  taskAbcOwn:
    'Choose the shares that close classes A and B, write them in the thresholds block of the sheet “{work}”, then give each client their ABC class with the rule stated in the conventions.',
  taskValueFormula:
    'Compute each client’s value over the relationship: average basket × purchases per year × years × margin rate.',
  taskValue: 'Compute each client’s value over the whole relationship, as the margin they bring.',
  taskCommentRfm: 'Comment: which two segments would you target first, and with which loyalty action?',
  taskCommentPoints: 'Comment: which loyalty action do you propose for each class?',
  taskCommentAbc: 'Comment: does the portfolio follow the 20/80 rule? What does it mean for the shop?',
  taskCommentValue: 'Comment: which clients deserve a loyalty effort first, and why?',
  // grid
  gridTitle: 'RFM grid',
  gridCriterion: 'Criterion',
  gridScore: 'Score {score}',
  gridRecency: 'R: days since the last purchase',
  gridFrequency: 'F: number of purchases',
  gridMonetary: 'M: amount spent',
  bandBelow: 'less than {upper}',
  bandBetween: '{lower} to less than {upper}',
  bandBetweenWhole: '{lower} to {last}',
  bandFrom: '{lower} or more',
  rulesTitle: 'Segments',
  ruleLine: '{segment}: {condition}',
  ruleAxis: '{axis} {from} to {to}',
  ruleAxisOne: '{axis} = {from}',
  ruleAnd: ' and ',
  ruleOthers: 'every other client',
  // points scale
  scaleTitle: 'Points scale',
  scalePoints: '{points} points',
  scalePoint: '{points} point',
  classesTitle: 'Classes by total points',
  classFrom: 'from {lower} points: {label}',
  classOccasional: 'Occasional client',
  classGood: 'Good client',
  classVeryGood: 'Very good client',
  // ABC rules
  ruleReach:
    'class A = the smallest group of top clients whose cumulative share of revenue reaches {a}; class B = the next clients until the cumulative share reaches {b}; class C = the others',
  ruleWithin:
    'class A = the clients whose cumulative share of revenue, their own included, is at most {a} (the first client is A in any case); class B = those within {b}; class C = the others',
  ruleClients:
    'class A = the first {a} of the clients ranked by amount; class B = the next ones up to {b} of the clients; class C = the others',
  // conventions
  conventionsTitle: 'Conventions',
  convAsOf: 'Reference date: {asOf}.',
  convDays: 'Days since the last purchase = reference date − date of the last purchase, in whole days.',
  convBounds: 'Lower bounds are included: a value equal to a bound belongs to the class that starts at that bound.',
  convRounding:
    'Round amounts to {decimals} decimal places and percentages to {decimals} decimal places of a percentage point (for example {example}).',
  convPercent: 'Percentages may be typed as {percent} or as a fraction ({fraction}).',
  convLabels: 'Pick labels from the drop-down lists; case and accents do not matter.',
  convAbcRule: 'ABC rule: {rule}.',
  convTolerance: 'Answers are accepted within 0.01 for amounts and 0.1 point for percentages.',
  convOwnThresholds:
    'The scores, points or classes are checked with your own thresholds when they are complete and in ascending order.',
  // work sheet
  workThresholds: 'Your thresholds',
  workComment: 'Your comment (task {number})',
  thRecency: 'R: from how many days is the score {score}?',
  thFrequency: 'F: from how many purchases is the score {score}?',
  thMonetary: 'M: from what amount is the score {score}?',
  thClass: 'Total from which a client is “{label}”',
  thAbcA: 'Share that closes class A',
  thAbcB: 'Share that closes class B',
  // settings sheet
  settingsNote: 'Settings of the exercise: “Check my answers” recomputes the key from them. Do not edit.',
  settingTopic: 'Topic',
  settingSeed: 'Seed',
  settingClients: 'Clients',
  settingLevel: 'Level',
  settingLang: 'Language',
  settingAsOf: 'Reference date',
  settingAbcRule: 'ABC rule',
  settingRounding: 'Decimals',
  settingVersion: 'Generator version',
  // marking and result
  markingQuestion: 'Question',
  markingPoints: 'Points',
  markingTotal: 'Total',
  markingTeacher: 'marked by the teacher',
  resultTitle: 'Result of the exercise',
  resultMark: 'Mark',
  resultOutOf: '{mark} / 20',
  resultTick: '✔/✘',
  resultEarned: 'Points earned',
  resultOwnThresholds: 'Your thresholds were used to check the scores or classes.',
  resultReferenceThresholds:
    'Your thresholds are missing or not in ascending order: the reference thresholds were used.',
  // panel (the rest of the panel's texts are in exercisePanelTexts.ts, sidebar only)
  panelTitle: 'Create an exercise',
  checked: 'Mark: {mark} / 20 (details in “{sheet}”).',
  confirmTitle: 'Prepare the student version',
  confirmText:
    'This deletes the sheet “{key}”. Students can still check their answers: the key is recomputed from the hidden settings. Continue?',
  studentDone: 'The sheet “{key}” was deleted: the spreadsheet is ready for the students.',
  studentCancelled: 'Nothing was deleted.',
  studentNoKey: 'There is no sheet “{key}” to delete.',
} as const;

export type ExerciseTextKey = keyof typeof en;

/** Every key of the exercise texts. */
export const EXERCISE_TEXT_KEYS = Object.keys(en) as ExerciseTextKey[];

const fr: Record<ExerciseTextKey, string> = {
  sheetStatement: 'Exercice – Énoncé',
  sheetData: 'Exercice – Données',
  sheetWork: 'Exercice – Travail',
  sheetKey: 'Exercice – Corrigé',
  sheetSettings: 'Exercice – Paramètres',
  sheetResult: 'Exercice – Résultat',
  fileStatement: 'Énoncé',
  fileData: 'Données',
  fileWork: 'Travail',
  fileKey: 'Corrigé',
  fileMarking: 'Barème de notation',
  menuCreate: 'Créer un exercice…',
  menuCheck: 'Vérifier mes réponses',
  menuStudent: 'Préparer la version élève',
  hClient: 'Client',
  hLastPurchase: 'Date du dernier achat',
  hDays: 'Jours depuis le dernier achat',
  hPurchases: 'Nombre d’achats',
  hAmount: 'Montant',
  hR: 'R',
  hF: 'F',
  hM: 'M',
  hCode: 'Code RFM',
  hSegment: 'Segment',
  hRPoints: 'Points R',
  hFPoints: 'Points F',
  hMPoints: 'Points M',
  hTotal: 'Total des points',
  hClass: 'Classe',
  hRevenueShare: '% du CA',
  hCumRevenue: '% cumulé du CA',
  hClientShare: '% des clients',
  hCumClients: '% cumulé des clients',
  hBasket: 'Panier moyen',
  hPerYear: 'Achats par an',
  hYears: 'Durée (années)',
  hMargin: 'Taux de marge',
  hValue: 'Valeur client',
  titleRfmGrid: 'Exercice – Scoring RFM à l’aide d’une grille',
  titleRfmPoints: 'Exercice – Scoring des clients par barème de points',
  titleParetoAbc: 'Exercice – Analyse ABC du portefeuille clients (loi des 20/80)',
  titleClientValue: 'Exercice – Valeur client',
  activityFashion: 'une boutique de prêt-à-porter',
  activityWine: 'une cave à vins et spiritueux',
  activityBooks: 'une librairie indépendante',
  activitySport: 'un magasin d’articles de sport',
  activityGarden: 'une jardinerie',
  activityCheese: 'une fromagerie-épicerie fine',
  contextIntro: '« {company} » est {activity} à {city}.',
  goalRfm:
    'La gérante souhaite segmenter son fichier clients afin de cibler ses actions de fidélisation : récompenser les meilleurs clients, relancer ceux qui s’éloignent.',
  goalPareto:
    'Avant de revoir son programme de fidélité, le responsable veut savoir quels clients réalisent l’essentiel du chiffre d’affaires.',
  goalValue:
    'Le responsable veut connaître ce que rapporte chaque client sur toute la durée de la relation, pour décider des moyens à consacrer à sa fidélisation.',
  dataSentence: 'Vous disposez d’un extrait du fichier clients (feuille « {data} ») arrêté au {asOf}.',
  tasksTitle: 'Travail à faire',
  taskLine: '{number}. {text} ({points} points)',
  taskLineTeacher: '{number}. {text} (noté par votre professeur)',
  answerWhere: 'Saisissez vos réponses dans les cellules vides de la feuille « {work} », une ligne par client.',
  taskDays: 'Calculez, pour chaque client, le nombre de jours écoulés depuis son dernier achat à la date de référence.',
  taskScores: 'Attribuez à chaque client une note R, F et M à l’aide de la grille ci-dessous.',
  taskScoresOwn:
    'Construisez votre propre grille : pour chaque critère, les quatre valeurs où la note change (voir le bloc des seuils de la feuille « {work} »), de façon à répartir les clients sur les cinq notes ; attribuez ensuite à chaque client une note R, F et M avec votre grille.',
  taskCode: 'Écrivez le code RFM de chaque client : la note R, puis F, puis M (R 5, F 4 et M 3 donnent 543).',
  taskSegment:
    'Déduisez le segment de chaque client à l’aide des règles ci-dessous (lisez-les de haut en bas : la première règle vérifiée donne le segment).',
  taskPoints: 'Attribuez à chaque client ses points R, F et M à l’aide du barème ci-dessous.',
  taskTotal: 'Additionnez les points de chaque client.',
  taskClassPoints:
    'Déduisez la classe de chaque client à partir de son total à l’aide du tableau des classes ci-dessous.',
  taskClassPointsOwn:
    'Choisissez les totaux à partir desquels un client est « {good} » et « {veryGood} », inscrivez-les dans le bloc des seuils de la feuille « {work} », puis donnez la classe de chaque client.',
  taskRevenueShare: 'Calculez la part de chaque client dans le chiffre d’affaires.',
  taskCumRevenue:
    'Classez les clients par montant décroissant et calculez la part cumulée du chiffre d’affaires de chaque client (sa part plus celles des clients classés avant lui).',
  taskClientShares:
    'Calculez la part de chaque client dans le nombre de clients et la part cumulée des clients à son rang.',
  taskAbc: 'Attribuez à chaque client sa classe ABC selon la règle donnée dans les conventions.',
  taskAbcOwn:
    'Choisissez les parts qui ferment les classes A et B, inscrivez-les dans le bloc des seuils de la feuille « {work} », puis attribuez à chaque client sa classe ABC selon la règle donnée dans les conventions.',
  taskValueFormula:
    'Calculez la valeur de chaque client sur la durée de la relation : panier moyen × nombre d’achats par an × durée × taux de marge.',
  taskValue: 'Calculez la valeur de chaque client sur toute la durée de la relation, en marge dégagée.',
  taskCommentRfm:
    'Commentaire : quels deux segments cibleriez-vous en priorité, et avec quelle action de fidélisation ?',
  taskCommentPoints: 'Commentaire : quelle action de fidélisation proposez-vous pour chaque classe ?',
  taskCommentAbc: 'Commentaire : le portefeuille suit-il la loi des 20/80 ? Qu’en déduisez-vous pour le magasin ?',
  taskCommentValue: 'Commentaire : quels clients méritent en priorité un effort de fidélisation, et pourquoi ?',
  gridTitle: 'Grille de notation RFM',
  gridCriterion: 'Critère',
  gridScore: 'Note {score}',
  gridRecency: 'R : jours depuis le dernier achat',
  gridFrequency: 'F : nombre d’achats',
  gridMonetary: 'M : montant des achats',
  bandBelow: 'moins de {upper}',
  bandBetween: 'de {lower} à moins de {upper}',
  bandBetweenWhole: 'de {lower} à {last}',
  bandFrom: '{lower} et plus',
  rulesTitle: 'Segments',
  ruleLine: '{segment} : {condition}',
  ruleAxis: '{axis} de {from} à {to}',
  ruleAxisOne: '{axis} = {from}',
  ruleAnd: ' et ',
  ruleOthers: 'tous les autres clients',
  scaleTitle: 'Barème de points',
  scalePoints: '{points} points',
  scalePoint: '{points} point',
  classesTitle: 'Classes selon le total des points',
  classFrom: 'à partir de {lower} points : {label}',
  classOccasional: 'Client occasionnel',
  classGood: 'Bon client',
  classVeryGood: 'Très bon client',
  ruleReach:
    'classe A = le plus petit groupe des premiers clients dont la part cumulée du CA atteint {a} ; classe B = les clients suivants jusqu’à ce que la part cumulée atteigne {b} ; classe C = les autres',
  ruleWithin:
    'classe A = les clients dont la part cumulée du CA, la leur comprise, ne dépasse pas {a} (le premier client est A dans tous les cas) ; classe B = ceux qui restent dans {b} ; classe C = les autres',
  ruleClients:
    'classe A = les premiers {a} des clients classés par montant ; classe B = les suivants jusqu’à {b} des clients ; classe C = les autres',
  conventionsTitle: 'Conventions',
  convAsOf: 'Date de référence : {asOf}.',
  convDays: 'Jours depuis le dernier achat = date de référence − date du dernier achat, en jours entiers.',
  convBounds:
    'Les bornes inférieures sont incluses : une valeur égale à une borne appartient à la classe qui commence à cette borne.',
  convRounding:
    'Arrondissez les montants à {decimals} décimales et les pourcentages à {decimals} décimales de point (par exemple {example}).',
  convPercent: 'Les pourcentages peuvent être saisis sous la forme {percent} ou en fraction ({fraction}).',
  convLabels: 'Choisissez les libellés dans les listes déroulantes ; majuscules et accents ne comptent pas.',
  convAbcRule: 'Règle ABC : {rule}.',
  convTolerance: 'Les réponses sont acceptées à 0,01 près pour les montants et à 0,1 point près pour les pourcentages.',
  convOwnThresholds:
    'Les notes, points ou classes sont vérifiés avec vos propres seuils quand ils sont complets et croissants.',
  workThresholds: 'Vos seuils',
  workComment: 'Votre commentaire (question {number})',
  thRecency: 'R : à partir de combien de jours la note est-elle {score} ?',
  thFrequency: 'F : à partir de combien d’achats la note est-elle {score} ?',
  thMonetary: 'M : à partir de quel montant la note est-elle {score} ?',
  thClass: 'Total à partir duquel un client est « {label} »',
  thAbcA: 'Part qui ferme la classe A',
  thAbcB: 'Part qui ferme la classe B',
  settingsNote:
    'Paramètres de l’exercice : « Vérifier mes réponses » recalcule le corrigé à partir d’eux. Ne pas modifier.',
  settingTopic: 'Thème',
  settingSeed: 'Graine',
  settingClients: 'Clients',
  settingLevel: 'Niveau',
  settingLang: 'Langue',
  settingAsOf: 'Date de référence',
  settingAbcRule: 'Règle ABC',
  settingRounding: 'Décimales',
  settingVersion: 'Version du générateur',
  markingQuestion: 'Question',
  markingPoints: 'Points',
  markingTotal: 'Total',
  markingTeacher: 'noté par le professeur',
  resultTitle: 'Résultat de l’exercice',
  resultMark: 'Note',
  resultOutOf: '{mark} / 20',
  resultTick: '✔/✘',
  resultEarned: 'Points obtenus',
  resultOwnThresholds: 'Vos seuils ont servi à vérifier les notes ou les classes.',
  resultReferenceThresholds:
    'Vos seuils manquent ou ne sont pas croissants : les seuils de référence ont été utilisés.',
  panelTitle: 'Créer un exercice',
  checked: 'Note : {mark} / 20 (détail dans « {sheet} »).',
  confirmTitle: 'Préparer la version élève',
  confirmText:
    'La feuille « {key} » va être supprimée. Les élèves pourront toujours vérifier leurs réponses : le corrigé est recalculé à partir des paramètres masqués. Continuer ?',
  studentDone: 'La feuille « {key} » a été supprimée : le classeur est prêt pour les élèves.',
  studentCancelled: 'Rien n’a été supprimé.',
  studentNoKey: 'Il n’y a pas de feuille « {key} » à supprimer.',
};

/**
 * The text `key` in `lang`, with `{name}` placeholders replaced by `params` (the add-on's one formatter:
 * numbers as typed in the language; a placeholder with no parameter stays as it is).
 */
export const exerciseText = textLookup<ExerciseTextKey>({ en, fr });
