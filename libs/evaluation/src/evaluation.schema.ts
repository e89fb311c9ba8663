import { EvaluationRules1733800000000 } from './migrations/1733800000000-evaluation-rules';
import { CaseRating1733800000100 } from './migrations/1733800000100-case-rating';
import { Rectification1733800000200 } from './migrations/1733800000200-rectification';

/** The evaluation library's migrations, in order; they run after the cases' (apps/api/src/bootstrap/schema.ts). */
export const EVALUATION_MIGRATIONS: Function[] = [EvaluationRules1733800000000, CaseRating1733800000100, Rectification1733800000200];
