/** Built in src/views/why/ (issue 5). */
export function CheckerboardPage() {
  return null;
}
