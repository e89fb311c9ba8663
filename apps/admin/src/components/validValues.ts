import type { FormInstance } from 'antd';

/** What AntD's validateFields rejects with when a rule fails: the form already shows it. */
function isValidationFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Array.isArray((error as { errorFields?: unknown }).errorFields);
}

/**
 * The form's values, or null when a field breaks a rule (each message is then shown beside its
 * field). Never a rejected promise for a form the user left incomplete.
 */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (error) {
    if (isValidationFailure(error)) return null;
    throw error;
  }
}
