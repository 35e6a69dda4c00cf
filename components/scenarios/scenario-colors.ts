/** One colour per scenario, the same in the tabs, the charts and the table; the first is the site's accent. */
export const scenarioColors = ["var(--accent)", "#2563eb", "#16a34a", "#9333ea"] as const;

export function scenarioLabel(index: number): string {
  return `Scenario ${String.fromCharCode(65 + index)}`;
}
