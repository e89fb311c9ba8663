import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@county/tenancy';

function flatten(errors: ValidationError[], prefix = ''): { field: string; rules: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.keys(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator at the edge; failures become INVALID_INPUT naming the fields. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const names = fields.map((f) => f.field).join(', ');
      return new DomainError('INVALID_INPUT', `输入有误：${names}`, `Invalid input: ${names}`, { fields });
    },
  });
}
