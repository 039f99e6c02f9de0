// Message text as plain text (never HTML), with @mentions and links picked out.
const TOKEN = /(@[a-z0-9_.-]+(?:@[a-z0-9-]+)?|https?:\/\/[^\s<>"]+)/gi;

export function MessageText({ text, me }: { text: string; me: string }) {
  const parts = text.split(TOKEN);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        if (part.startsWith('@')) return <span class={`mention ${part.slice(1).toLowerCase() === me ? 'me' : ''}`}>{part}</span>;
        return (
          <a href={part} target="_blank" rel="noopener noreferrer nofollow">
            {part}
          </a>
        );
      })}
    </>
  );
}
