/** Built in src/views/why/ (issue 5). */
export function ApplicationsPage() {
  return null;
}
