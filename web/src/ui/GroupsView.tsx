// Browse and join groups, and create one.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Group } from '../api/client';
import { t } from '../i18n';
import { PageHead } from './PageHead';
import type { Chat } from '../state/chat';
import { groupId } from '../state/conversation-id';
import { href, navigate } from './route';

export function GroupsView({ chat }: { chat: Chat }) {
  const [q, setQ] = useState('');
  const [groups, setGroups] = useState<Group[]>([]);
  const [invitations, setInvitations] = useState<Group[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'invite'>('public');

  const load = () =>
    call(api.GET('/api/v1/groups', { params: { query: { mine: false, limit: 50, ...(q.trim() ? { q: q.trim() } : {}) } } }))
      .then((r) => setGroups(r.groups))
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    const timer = setTimeout(load, 150);
    return () => clearTimeout(timer);
  }, [q, chat.groupsVersion]);
  useEffect(() => {
    call(api.GET('/api/v1/groups', { params: { query: { invited: true, limit: 50 } } }))
      .then((r) => setInvitations(r.groups))
      .catch((e: Error) => setError(e.message));
  }, [chat.groupsVersion]);

  async function create(e: Event) {
    e.preventDefault();
    try {
      const group = await call(api.POST('/api/v1/groups', { body: { name: name.trim(), description, visibility } }));
      await chat.refreshConversations();
      navigate({ view: 'conversation', id: groupId(group.name) });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function join(group: Group) {
    try {
      await call(api.POST('/api/v1/groups/{name}/join', { params: { path: { name: group.name } } }));
      await chat.refreshConversations();
      setInvitations((list) => list.filter((g) => g.name !== group.name));
      void chat.refreshInvitations().catch(() => {});
      await load();
      if (group.visibility === 'public') navigate({ view: 'conversation', id: groupId(group.name) });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section class="page" aria-labelledby="groups-title">
      <PageHead id="groups-title">{t('groups')}</PageHead>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {invitations.length > 0 && (
        <section class="card" aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('invitations')}</h2>
          <ul class="plain-list">
            {invitations.map((g) => (
              <li class="group-row" key={g.name}>
                <span>
                  <strong>
                    # <bdi>{g.name}</bdi>
                  </strong>
                  <div class="muted small">
                    <bdi>{g.description}</bdi>
                  </div>
                </span>
                <button type="button" class="primary" onClick={() => join(g)} aria-label={`${t('join')} ${g.name}`}>
                  {t('join')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form class="card stack" onSubmit={create} aria-labelledby="create-title">
        <h2 id="create-title">{t('createGroup')}</h2>
        <label>
          {t('groupName')}
          {/* Group names are a-z 0-9 _ . - (they appear in addresses): typed capitals and spaces are mapped. */}
          <input
            value={name}
            required
            maxLength={64}
            pattern="[a-z0-9_.\-]{1,64}"
            aria-describedby="group-name-hint"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value.toLowerCase().replace(/\s+/g, '-'))}
          />
          <span id="group-name-hint" class="muted small">
            {t('groupNameHint')}
          </span>
        </label>
        <label>
          {t('description')}
          <input value={description} maxLength={1000} onInput={(e) => setDescription((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('visibility')}
          <select value={visibility} onChange={(e) => setVisibility((e.currentTarget as HTMLSelectElement).value as 'public' | 'invite')}>
            <option value="public">{t('public')}</option>
            <option value="invite">{t('inviteOnly')}</option>
          </select>
        </label>
        <button type="submit" class="primary">
          {t('create')}
        </button>
      </form>
      <h2>{t('findGroups')}</h2>
      <input
        type="search"
        aria-label={t('findGroups')}
        placeholder={t('findGroups')}
        value={q}
        onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
      />
      {groups.length === 0 && <p class="muted">{t('noGroups')}</p>}
      <ul class="plain-list">
        {groups.map((g) => (
          <li class="group-row">
            <span>
              <strong>
                # <bdi>{g.name}</bdi>
              </strong>{' '}
              <span class="muted small">{t('membersCount', { n: g.memberCount })}</span>
              <div class="muted small">{g.description}</div>
            </span>
            {g.myRole && g.myRole !== 'invited' ? (
              <a class="button ghost" href={href({ view: 'conversation', id: groupId(g.name) })}>
                {t('open')}
              </a>
            ) : (
              <button type="button" class="primary" onClick={() => join(g)} aria-label={`${t('join')} ${g.name}`}>
                {g.visibility === 'public' || g.myRole === 'invited' ? t('join') : t('requestJoin')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
