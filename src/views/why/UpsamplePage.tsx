/** Built in src/views/why/ (issue 5). */
export function UpsamplePage() {
  return null;
}
