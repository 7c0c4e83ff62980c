/**
 * The texts of the problems the core's form check finds: each problem code
 * becomes a sentence in the user's language. The sidebar decides nothing
 * here; the rules are in `src/core/settingsForm.ts`.
 */
import { MAX_BINS, MAX_GRID_BOUNDS, MIN_BINS } from '../src/core/choices';
import type { SettingsProblem } from '../src/core/settingsForm';
import type { ColumnRole, SourceShape } from '../src/core/sourceLayout';
import type { SidebarLocale } from './locale';

/** The label of a role's select; the date role reads "date of last purchase" or "sale date". */
export function roleLabel(locale: SidebarLocale, role: ColumnRole, shape: SourceShape): string {
  return role === 'date' ? locale.text(`dateRole_${shape}`) : locale.text(`role_${role}`);
}

/**
 * The sentence of `problem`. `shape` names the date role; `columnNames` name
 * the columns (0-based) of the source.
 */
export function problemText(
  problem: SettingsProblem,
  locale: SidebarLocale,
  shape: SourceShape,
  columnNames: readonly string[],
): string {
  const label = (role: ColumnRole) => roleLabel(locale, role, shape);
  switch (problem.code) {
    case 'missingRole':
      return locale.text('missingRole', { role: label(problem.role) });
    case 'missingDateOrRecency':
      return locale.text('missingDateOrRecency', { date: label('date'), recency: label('recency') });
    case 'sameColumn':
      return locale.text('sameColumn', {
        column: columnNames[problem.column] ?? String(problem.column + 1),
        firstRole: label(problem.firstRole),
        secondRole: label(problem.role),
      });
    case 'invalidAsOf':
      return locale.text('invalidAsOf');
    case 'invalidBins':
      return locale.text('invalidBins', { min: MIN_BINS, max: MAX_BINS });
    case 'invalidGrid': {
      const axis = locale.text(`gridAxis_${problem.axis}`);
      if (problem.problem === 'notNumber') return locale.text('grid_notNumber', { axis, value: problem.value });
      return locale.text(`grid_${problem.problem}`, { axis, max: MAX_GRID_BOUNDS, classes: MAX_BINS });
    }
    case 'invalidAbc':
      return locale.text('invalidAbc');
  }
}
