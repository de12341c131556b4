/**
 * While an item waits for review its form is read-only: the version under review is what the reviewers decide
 * on. Payload offers no read-only switch for one document's state, so the form's parts are made inert (no
 * typing, clicking or focus) — all but the workflow panel, whose decisions are the page's business now. The
 * server's rule is unchanged: an edit saved anyway voids the review (src/workflow/machine.ts onContentChange).
 */
export function lockForm(panel: HTMLElement | null): () => void {
  const form = panel?.closest('form')
  if (!panel || !form) return () => undefined
  const parts = [
    ...form.querySelectorAll('.document-fields__main, .document-fields__sidebar-fields > *'),
    ...document.querySelectorAll('#action-save-draft, #action-save'),
  ].filter((part) => !part.contains(panel))
  for (const part of parts) part.setAttribute('inert', '')
  return () => {
    for (const part of parts) part.removeAttribute('inert')
  }
}
