/** Text from the spec, where `backticks` mark code as in Markdown. */
export function InlineCodeText({ text }: { text: string }) {
  return <>{text.split(/(`[^`]+`)/).map((part, index) => (part.startsWith("`") && part.endsWith("`") && part.length > 1 ? <code key={index}>{part.slice(1, -1)}</code> : part))}</>;
}
