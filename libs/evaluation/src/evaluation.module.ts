import { Module } from '@nestjs/common';
import { AuditSubjectResolvers } from '@county/tenancy';
import { CatalogModule } from '@county/catalog';
import { EVALUATION_AUDIT_SUBJECTS } from './evaluation.audit-subjects';
import { EvaluationResolver } from './evaluation.resolver';
import { Ratings } from './rating/rating.service';
import { Rectifications } from './rectification/rectification.service';
import { EvaluationRulesService } from './rules/evaluation-rules.service';

/** 好差评 and 整改 on the cases. Needs TenancyModule (global), the catalog (public counties) and the cases' tables. */
@Module({
  imports: [CatalogModule],
  providers: [Ratings, Rectifications, EvaluationRulesService, EvaluationResolver],
  exports: [Ratings, Rectifications, EvaluationRulesService],
})
export class EvaluationModule {
  constructor(subjects: AuditSubjectResolvers) {
    subjects.register(EVALUATION_AUDIT_SUBJECTS);
  }
}
