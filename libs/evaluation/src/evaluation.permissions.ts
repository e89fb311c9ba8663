import { Conditions, PermissionDefinition } from '@county/tenancy';
import { EvaluationError } from './evaluation.errors';

const within = (attribute: string, path: string | null): Conditions => ({ [attribute]: { $within: path ?? '\u0000none' } });

const unitPath = (column: string) => (test: (column: string) => string) =>
  `EXISTS (SELECT 1 FROM org_unit eu WHERE eu.tenant_id = ${column.split('.')[0]}.tenant_id AND eu.id = ${column} AND ${test('eu.path')})`;

/** Subjects of the evaluation library, the rules each role gets on them, and where their rows are. */
export const EVALUATION_PERMISSIONS: PermissionDefinition = {
  library: 'evaluation',
  subjects: {
    // The county's 好差评 rules: one row, kept by its administrator.
    EvaluationRules: { from: 'evaluation_rules er', id: 'er.tenant_id::text', columns: {}, notFound: () => EvaluationError.CaseNotFound('rules') },
    // A rating is where the case was accepted and where it was decided.
    Rating: {
      from: 'case_rating r',
      id: 'r.id',
      columns: { acceptingPath: unitPath('r.accepting_unit_id'), decidingPath: unitPath('r.deciding_unit_id') },
      notFound: (id) => EvaluationError.CaseNotFound(id),
    },
    // A rectification is its responsible unit's.
    Rectification: {
      from: 'rectification x',
      id: 'x.id',
      columns: { responsiblePath: unitPath('x.responsible_unit_id') },
      notFound: (id) => EvaluationError.RectificationNotFound(id),
    },
  },
  grant({ role, path, territory, countyPath }, can) {
    switch (role) {
      case 'catalog_admin':
        can('manage', 'EvaluationRules');
        can('read', 'Rating', within('acceptingPath', countyPath));
        can('read', 'Rectification', within('responsiblePath', countyPath));
        break;
      case 'supervisor':
        // 电子监察 sees every rating and rectification of the county and closes rectifications (复核).
        can('read', 'EvaluationRules');
        can('read', 'Rating', within('acceptingPath', countyPath));
        can('read', 'Rectification', within('responsiblePath', countyPath));
        can('review', 'Rectification', within('responsiblePath', countyPath));
        break;
      case 'department_approver':
        can('read', 'EvaluationRules');
        can('read', 'Rating', within('decidingPath', path));
        can('read', 'Rectification', within('responsiblePath', path));
        can('work', 'Rectification', within('responsiblePath', path));
        break;
      case 'window_clerk':
      case 'village_agent':
        // The counter records the applicant's rating from the pad; the agent records it for her (代评).
        can('read', 'EvaluationRules');
        can('create', 'Rating');
        can('read', 'Rating', within('acceptingPath', territory));
        can('read', 'Rectification', within('responsiblePath', territory));
        if (role === 'window_clerk') can('work', 'Rectification', within('responsiblePath', territory));
        break;
    }
  },
};
