/** The preset gallery (issue 4), built in src/views/gallery/. */
export function GalleryPage() {
  return null;
}
