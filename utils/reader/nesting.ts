/** The elements that have another of the given elements inside them; linear in elements × depth. */
export function containersAmong(elements: readonly Element[]): Set<Element> {
  const set = new Set(elements);
  const containers = new Set<Element>();
  for (const element of elements) {
    for (let up = element.parentElement; up; up = up.parentElement) if (set.has(up)) containers.add(up);
  }
  return containers;
}
