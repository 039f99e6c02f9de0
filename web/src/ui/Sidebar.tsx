import { currentLanguage, LANGUAGES, setLanguage, t, type Language } from '../i18n';
import type { Chat } from '../state/chat';
import { parseConversation } from '../state/conversation-id';
import { Avatar } from './Avatar';
import { shortWhen } from './format';
import { href, type Route } from './route';

export function Sidebar({ chat, route, onSignOut }: { chat: Chat; route: Route; onSignOut: () => void }) {
  const me = chat.session.user;
  const active = route.view === 'conversation' ? route.id : null;
  return (
    <aside class="sidebar" aria-label={t('conversations')}>
      <header class="sidebar-head">
        <Avatar name={me.displayName} url={me.avatarUrl} />
        <div class="me-card">
          <strong>
            <bdi>{me.displayName}</bdi>
          </strong>
          <span class="muted">@{me.username}</span>
        </div>
        <button type="button" class="ghost" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <nav class="sidebar-nav" aria-label={t('appName')}>
        <a href={href({ view: 'new' })} class={`nav-button ${route.view === 'new' ? 'active' : ''}`}>
          {t('newDirect')}
        </a>
        <a href={href({ view: 'groups' })} class={`nav-button ${route.view === 'groups' ? 'active' : ''}`}>
          {t('groups')}
          {chat.invitations > 0 && (
            <span class="badge" aria-label={t('invitationsBadge', { n: chat.invitations })}>
              {chat.invitations}
            </span>
          )}
        </a>
        <a href={href({ view: 'search', q: '' })} class={`nav-button ${route.view === 'search' ? 'active' : ''}`}>
          {t('search')}
        </a>
        <a href={href({ view: 'settings' })} class={`nav-button ${route.view === 'settings' ? 'active' : ''}`}>
          {t('settings')}
        </a>
        {me.isAdmin && (
          <a href={href({ view: 'admin' })} class={`nav-button ${route.view === 'admin' ? 'active' : ''}`}>
            {t('admin')}
          </a>
        )}
      </nav>
      <h2 class="list-title">{t('conversations')}</h2>
      {chat.conversationsLoaded && chat.conversations.length === 0 && <p class="muted pad">{t('noConversations')}</p>}
      <ul class="conversation-list">
        {chat.conversations.map((c) => {
          const parsed = parseConversation(c.id);
          const last = c.lastMessage;
          const preview = last ? (last.deleted ? t('deleted') : (last.text ?? last.file?.name ?? '')) : '';
          const sender = last && c.type === 'group' ? (last.sender === chat.me ? t('you') : last.senderName) : '';
          return (
            <li key={c.id}>
              <a
                href={href({ view: 'conversation', id: c.id })}
                class={`conversation-item ${active === c.id ? 'active' : ''} ${c.unread ? 'has-unread' : ''}`}
                aria-current={active === c.id ? 'page' : undefined}
              >
                <Avatar name={c.title} online={parsed?.type === 'dm' ? chat.online.has(parsed.name) : undefined} />
                <span class="conversation-text">
                  <span class="conversation-title">
                    {c.type === 'group' ? '# ' : ''}
                    <bdi>{c.title}</bdi>
                  </span>
                  <span class="conversation-preview">
                    {sender && (
                      <>
                        <bdi>{sender}</bdi>:{' '}
                      </>
                    )}
                    <bdi>{preview}</bdi>
                  </span>
                </span>
                <span class="conversation-meta">
                  <span class="muted small">{shortWhen(c.lastActivityAt)}</span>
                  {c.mentions > 0 && (
                    <span class="badge mention" aria-label={t('mentionsBadge', { n: c.mentions })}>
                      @{c.mentions}
                    </span>
                  )}
                  {c.unread > 0 && (
                    <span class="badge" aria-label={t('unread', { n: c.unread })}>
                      {c.unread}
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <footer class="sidebar-foot">
        <label class="inline small">
          {t('language')}
          <select
            value={currentLanguage()}
            onChange={(e) => {
              setLanguage((e.currentTarget as HTMLSelectElement).value as Language);
              location.reload();
            }}
          >
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </label>
      </footer>
    </aside>
  );
}
