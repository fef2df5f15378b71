/** Built in src/views/why/ (issue 5). */
export function LearnPage() {
  return null;
}
