// The account: profile and avatar, password, where you are signed in (sessions, sign out everywhere),
// and personal access tokens for scripts — what /me offers.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Me, type Schemas } from '../api/client';
import { t } from '../i18n';
import type { Chat } from '../state/chat';
import { saveSession } from '../state/session';
import { Avatar } from './Avatar';
import { PageHead } from './PageHead';

type SessionInfo = Schemas['SessionInfo'];
type TokenInfo = Schemas['TokenInfo'];
type Scope = TokenInfo['scopes'][number];

export function SettingsView({ chat, onProfile }: { chat: Chat; onProfile: (me: Me) => void }) {
  const me = chat.session.user;
  const [displayName, setDisplayName] = useState(me.displayName);
  const [country, setCountry] = useState(me.country);
  const [sessions, setSessions] = useState<SessionInfo[]>([]);
  const [tokens, setTokens] = useState<TokenInfo[]>([]);
  const [newToken, setNewToken] = useState<string | null>(null);
  const [tokenName, setTokenName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    try {
      const [s, k] = await Promise.all([call(api.GET('/api/v1/me/sessions', {})), call(api.GET('/api/v1/me/tokens', {}))]);
      setSessions(s.sessions);
      setTokens(k.tokens);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void load();
  }, []);

  /** Runs an action; `done` (text, or text made from its result) is shown when it succeeds. */
  const act = <T,>(work: Promise<T>, done?: string | ((result: T) => string)) =>
    work.then(
      (result) => {
        setError(null);
        setMessage(typeof done === 'function' ? done(result) : (done ?? null));
        return load();
      },
      (e: Error) => setError(e.message),
    );
  const profileChanged = (updated: Me) => {
    saveSession({ ...chat.session, user: updated });
    onProfile(updated);
  };

  return (
    <section class="page" aria-labelledby="settings-title">
      <PageHead id="settings-title">{t('settings')}</PageHead>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      <form
        class="card stack"
        aria-labelledby="profile-title"
        onSubmit={(e) => {
          e.preventDefault();
          void act(call(api.PATCH('/api/v1/me', { body: { displayName: displayName.trim(), country: country.trim() } })).then(profileChanged), t('saved'));
        }}
      >
        <h2 id="profile-title">{t('profile')}</h2>
        <div class="row">
          <Avatar name={me.displayName} url={me.avatarUrl} />
          <label class="button ghost">
            {t('changeAvatar')}
            <input
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              class="visually-hidden"
              onChange={(e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (!file) return;
                const upload = call(
                  api.PUT('/api/v1/me/avatar', {
                    body: { file },
                    bodySerializer: (body) => {
                      const form = new FormData();
                      form.append('file', body.file, file.name);
                      return form;
                    },
                  }),
                );
                void act(upload.then(profileChanged), t('saved'));
              }}
            />
          </label>
          {me.avatarUrl && (
            <button type="button" class="ghost" onClick={() => act(call(api.DELETE('/api/v1/me/avatar', {})).then(profileChanged), t('saved'))}>
              {t('removeAvatar')}
            </button>
          )}
        </div>
        <label>
          {t('displayNameLabel')}
          <input value={displayName} required maxLength={64} onInput={(e) => setDisplayName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('country')}
          <input value={country} maxLength={64} onInput={(e) => setCountry((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </form>

      <form
        class="card stack"
        aria-labelledby="password-title"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget as HTMLFormElement);
          const body = { currentPassword: String(form.get('current') ?? ''), newPassword: String(form.get('next') ?? '') };
          const passwordForm = e.currentTarget as HTMLFormElement;
          void act(
            call(api.PUT('/api/v1/me/password', { body })).then((r) => {
              passwordForm.reset();
              return r;
            }),
            (r) => t('passwordChanged', { n: r.revokedSessions }),
          );
        }}
      >
        <h2 id="password-title">{t('changePassword')}</h2>
        <label>
          {t('currentPassword')}
          <input name="current" type="password" autocomplete="current-password" required />
        </label>
        <label>
          {t('newPassword')}
          <input name="next" type="password" autocomplete="new-password" required minLength={8} />
        </label>
        <button type="submit" class="primary">
          {t('changePassword')}
        </button>
      </form>

      <section class="card stack" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessions')}</h2>
        <ul class="plain-list">
          {sessions.map((s) => (
            <li class="group-row">
              <span>
                <strong>{s.userAgent || s.origin}</strong> {s.current && <span class="tag">{t('thisDevice')}</span>}
                <div class="muted small">
                  {s.ip} · {new Date(s.lastUsedAt).toLocaleString()}
                </div>
              </span>
              {!s.current && (
                <button type="button" class="ghost small" onClick={() => act(call(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id: s.id } } })))}>
                  {t('revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <button type="button" class="danger" onClick={() => act(call(api.POST('/api/v1/auth/logout-all', {})))}>
          {t('signOutEverywhere')}
        </button>
      </section>

      <section class="card stack" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t('tokens')}</h2>
        <ul class="plain-list">
          {tokens.map((k) => (
            <li class="group-row">
              <span>
                <strong>
                  <bdi>{k.name}</bdi>
                </strong>{' '}
                <span class="muted small">{k.scopes.join(', ')}</span>
              </span>
              <button type="button" class="ghost small" onClick={() => act(call(api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id: k.id } } })))}>
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              call(api.POST('/api/v1/me/tokens', { body: { name: tokenName.trim(), scopes } })).then((created) => {
                setNewToken(created.token);
                setTokenName('');
              }),
            );
          }}
        >
          <input
            aria-label={t('tokenName')}
            placeholder={t('tokenName')}
            value={tokenName}
            required
            maxLength={64}
            onInput={(e) => setTokenName((e.currentTarget as HTMLInputElement).value)}
          />
          {/* The admin scope only for admins (the server refuses it to others anyway). */}
          {(me.isAdmin ? (['read', 'write', 'admin'] as const) : (['read', 'write'] as const)).map((scope) => (
            <label class="inline">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) => setScopes((list) => ((e.currentTarget as HTMLInputElement).checked ? [...list, scope] : list.filter((x) => x !== scope)))}
              />
              {scope}
            </label>
          ))}
          <button type="submit" class="primary" disabled={scopes.length === 0}>
            {t('createToken')}
          </button>
        </form>
        {newToken && (
          <p role="status">
            {t('tokenShownOnce')} <code class="secret">{newToken}</code>
          </p>
        )}
      </section>
    </section>
  );
}
