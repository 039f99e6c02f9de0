// Message search (GET /search), everywhere or in one conversation, with the matched words highlighted.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, type SearchResult } from '../api/client';
import { t } from '../i18n';
import { PageHead } from './PageHead';
import type { Chat } from '../state/chat';
import { titleOf, shortWhen } from './format';
import { href, navigate } from './route';

export function SearchView({ chat, q, conversation }: { chat: Chat; q: string; conversation?: string }) {
  const [text, setText] = useState(q);
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The box follows the route when the route changes (back, a link), not on the first render: the
  // effect runs after it, and would wipe what a fast typist already put in the box.
  const routeQ = useRef(q);
  useEffect(() => {
    if (routeQ.current !== q) {
      routeQ.current = q;
      setText(q);
    }
    if (!q.trim()) {
      setResults(null);
      return;
    }
    setError(null);
    call(api.GET('/api/v1/search', { params: { query: { q, limit: 30, ...(conversation ? { conversation } : {}) } } }))
      .then((r) => setResults(r.results))
      .catch((e: Error) => setError(e.message));
  }, [q, conversation]);

  const scopeTitle = conversation ? (chat.conversation(conversation)?.title ?? titleOf(conversation)) : null;
  return (
    <section class="page" aria-labelledby="search-title">
      <PageHead id="search-title" back={conversation ? { view: 'conversation', id: conversation } : { view: 'home' }}>
        {scopeTitle ? t('searchIn', { name: scopeTitle }) : t('search')}
      </PageHead>
      <form
        class="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ view: 'search', q: text, ...(conversation ? { conversation } : {}) });
        }}
      >
        <input
          type="search"
          aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')}
          value={text}
          autoFocus
          maxLength={200}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        {conversation && (
          <a class="button ghost" href={href({ view: 'search', q: text })}>
            {t('everywhere')}
          </a>
        )}
        <button type="submit" class="primary">
          {t('search')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p class="muted">{t('noResults')}</p>}
      {results && results.length > 0 && <h2>{t('results')}</h2>}
      <ul class="plain-list results">
        {results?.map((r) => (
          <li>
            <a href={href({ view: 'conversation', id: r.message.conversation, focus: r.message.id })}>
              <span class="muted small">
                <bdi>{chat.conversation(r.message.conversation)?.title ?? titleOf(r.message.conversation)}</bdi> · <bdi>{r.message.senderName}</bdi> ·{' '}
                {shortWhen(r.message.createdAt)}
              </span>
              <div>
                <Highlighted text={r.snippet} ranges={r.highlights} />
              </div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Highlighted({ text, ranges }: { text: string; ranges: number[][] }) {
  const parts = [];
  let at = 0;
  for (const [start = 0, end = 0] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
