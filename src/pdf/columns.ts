/**
 * Column widths that add up to `room`: columns narrower than an even share keep their width, and the wider
 * ones share what is left in proportion (again keeping those narrower than their share), and wrap.
 */
export function shareWidths(natural: number[], room: number): number[] {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const fair = room / natural.length
  const narrow = natural.filter((width) => width <= fair)
  if (narrow.length === 0 || narrow.length === natural.length) return natural.map((width) => (width * room) / sum(natural))
  const wide = shareWidths(
    natural.filter((width) => width > fair),
    room - sum(narrow),
  )
  let next = 0
  return natural.map((width) => (width <= fair ? width : wide[next++]!))
}
