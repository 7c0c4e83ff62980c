/**
 * The column roles of a source table: which ones each shape uses, which are
 * required, and their labels.
 */
import type { ColumnRole, SourceShape } from '../src/server/api';
import type { SidebarTexts } from '../src/core/i18n/sidebar';

/** Every role, in the order the sidebar lists them. */
export const ROLES: readonly ColumnRole[] = ['client', 'date', 'recency', 'purchases', 'amount', 'email', 'phone', 'type'];

/**
 * Whether a role takes part with this shape: a sales log has no recency nor
 * purchases column (they are computed from its dates and rows).
 */
export function roleApplies(role: ColumnRole, shape: SourceShape): boolean {
  return shape === 'clients' || (role !== 'recency' && role !== 'purchases');
}

/**
 * Whether a role must have a column. For a client table, date and recency
 * are required as a pair (one of them), see `checkMapping`.
 */
export function roleIsRequired(role: ColumnRole, shape: SourceShape): boolean {
  if (role === 'client' || role === 'amount') return true;
  return shape === 'clients' ? role === 'purchases' : role === 'date';
}

/** The label of a role's select; the date role reads "date of last purchase" or "sale date". */
export function roleLabel(texts: SidebarTexts, role: ColumnRole, shape: SourceShape): string {
  return role === 'date' ? texts.dateRole[shape] : texts.roles[role];
}
