// Start a DM: type a username (or user@realm for someone on another realm) or pick from the directory.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type User } from '../api/client';
import { t } from '../i18n';
import { PageHead } from './PageHead';
import { dmId } from '../state/conversation-id';
import { Avatar } from './Avatar';
import { href, navigate } from './route';

export function NewDirect() {
  const [q, setQ] = useState('');
  const [users, setUsers] = useState<User[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const query = q.trim().split('@')[0] ?? '';
      call(api.GET('/api/v1/users', { params: { query: { limit: 30, ...(query ? { q: query } : {}) } } }))
        .then((r) => setUsers(r.users))
        .catch((e: Error) => setError(e.message));
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <section class="page" aria-labelledby="new-title">
      <PageHead id="new-title">{t('startDirect')}</PageHead>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const name = q.trim().toLowerCase();
          if (name) navigate({ view: 'conversation', id: dmId(name) });
        }}
      >
        <input
          aria-label={t('userOrAddress')}
          placeholder={t('userOrAddress')}
          value={q}
          autoFocus
          onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          {t('open')}
        </button>
      </form>
      {error && <p class="error">{error}</p>}
      <h2>{t('findPeople')}</h2>
      <ul class="plain-list">
        {users.map((u) => (
          <li>
            <a class="person" href={href({ view: 'conversation', id: dmId(u.realm ? `${u.username}@${u.realm}` : u.username) })}>
              <Avatar name={u.displayName} url={u.avatarUrl} />
              <strong>
                <bdi>{u.displayName}</bdi>
              </strong>{' '}
              <span class="muted">@{u.realm ? `${u.username}@${u.realm}` : u.username}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
