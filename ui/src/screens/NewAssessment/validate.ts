// Checks of the new-assessment form. Errors are catalog ids, so they translate.

export interface FormErrors {
  name?: string;
  framework?: string;
  title?: string;
}

/** Same limit as the backend's MAX_NAME, so the user hears it here first. */
export const MAX_NAME = 300;

export function validateNewAssessment(v: { name: string; title: string; framework: string }): FormErrors {
  const errors: FormErrors = {};
  const name = v.name.trim();
  if (!name) errors.name = 'new-error-name-required';
  else if ([...name].length > MAX_NAME) errors.name = 'new-error-too-long';
  if (!v.framework) errors.framework = 'new-error-framework-required';
  const title = v.title.trim();
  if (!title) errors.title = 'new-error-title-required';
  else if ([...title].length > MAX_NAME) errors.title = 'new-error-too-long';
  return errors;
}
