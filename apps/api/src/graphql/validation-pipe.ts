import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@county/tenancy';
import { ApiError } from './api.errors';
import { badCharacterPath } from './characters';

function flatten(errors: ValidationError[], prefix = ''): { field: string; rules: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.keys(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Every GraphQL argument and HTTP route parameter or query first: a NUL byte or a lone surrogate
 * answers INVALID_CHARACTERS naming the field, before anything reaches SQL or the log. Then
 * class-validator; failures become INVALID_INPUT naming the fields.
 */
class InputPipe implements PipeTransform {
  constructor(private readonly validation: ValidationPipe) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'custom') {
      const field = badCharacterPath(value, metadata.data ?? '');
      if (field !== null) {
        const error = ApiError.InvalidCharacters(field);
        return Promise.reject(new DomainError(error.code, error.kind, error.messageZh, error.messageEn, error.details, field.split('.')));
      }
    }
    return this.validation.transform(value, metadata);
  }
}

export function inputValidationPipe(): PipeTransform {
  return new InputPipe(validationPipe());
}

function validationPipe(): ValidationPipe {
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
