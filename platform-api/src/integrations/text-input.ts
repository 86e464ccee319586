import { AppError } from '../common/app-error';

/** A connection setting typed by a person: trimmed, 1-`max` characters, else a precise error. */
export function textInput(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    throw new AppError('BAD_USER_INPUT', `${field} must be 1-${max} characters.`, { field });
  return trimmed;
}
