// Times as people say them: "just now", "3 minutes ago", "yesterday", "in 5 days".
const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const STEPS: [number, Intl.RelativeTimeFormatUnit][] = [
  [60, "second"],
  [60, "minute"],
  [24, "hour"],
  [30, "day"],
  [12, "month"],
  [Infinity, "year"],
];

export function ago(date: Date, now: Date = new Date()): string {
  let amount = (date.getTime() - now.getTime()) / 1000;
  if (Math.abs(amount) < 45) return "just now";
  for (const [size, unit] of STEPS) {
    if (Math.abs(amount) < size || unit === "year") return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return date.toLocaleString();
}
