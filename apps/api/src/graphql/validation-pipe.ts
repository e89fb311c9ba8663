import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@county/tenancy';
import { ApiError } from './api.errors';

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
      const error = ApiError.InvalidInput(names);
      // The first field is where a form puts the message; `fields` names every one.
      return new DomainError(error.code, error.kind, error.messageZh, error.messageEn, { fields }, fields[0]?.field.split('.') ?? null);
    },
  });
}
