import { daysBetween } from "@/lib/days/utc-day";

/**
 * An SVG path for a small price line: x by day, y by price between the window's low and high. A missing day starts
 * a new subpath, so gaps stay visible even at this size.
 */
export function sparklinePath(points: { day: string; price: number }[], width: number, height: number): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return "";
  const days = Math.max(1, daysBetween(first.day, last.day));
  const prices = points.map((point) => point.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const spread = high - low || 1;
  let previousDay: string | null = null;
  const commands = points.map((point) => {
    const x = (daysBetween(first.day, point.day) / days) * width;
    const y = height - ((point.price - low) / spread) * height;
    const move = previousDay === null || daysBetween(previousDay, point.day) > 1;
    previousDay = point.day;
    return `${move ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
  });
  return commands.join(" ");
}
