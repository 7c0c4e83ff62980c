/**
 * The "Formules" sheet of the boutique example: one formula of the add-on's
 * functions per column over the Clients sheet, each under a header saying
 * what it computes. In Google Sheets (add-on installed) they compute at once;
 * the local preview evaluates them with the built add-on. Formulas are
 * written as files store them: `,` between arguments, `.` for decimals.
 */

/** A sheet of formulas: its name, one header per column, the formula under each (row 2). */
export interface FormulasSheet {
  name: string;
  headers: string[];
  formulas: string[];
}

/** The formulas of the boutique example over sheet `clients` rows 2 to `lastRow` (dates in D, purchases in E, amounts in F). */
export function boutiqueFormulas(clients: string, lastRow: number): FormulasSheet {
  const column = (letter: string) => `${clients}!${letter}2:${letter}${lastRow}`;
  return {
    name: 'Formules',
    headers: [
      'Code RFM (RFM_SCORE)',
      'Segment (RFM_SEGMENT)',
      'Classe ABC (ABC_CLASS)',
      'Part du CA des 20 % premiers clients (PARETO_SHARE)',
      'Valeur d’un client : panier 80 €, 4 achats par an, 3 ans (CLIENT_VALUE)',
    ],
    formulas: [
      `=RFM_SCORE(${column('D')}, ${column('E')}, ${column('F')})`,
      `=RFM_SEGMENT(A2:A${lastRow})`,
      `=ABC_CLASS(${column('F')})`,
      `=PARETO_SHARE(${column('F')}, 0.2)`,
      '=CLIENT_VALUE(80, 4, 3)',
    ],
  };
}
