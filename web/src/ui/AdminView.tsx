// What the admin API offers: peer realms and federation status, users (disable, promote), and who may
// register (with invite codes). Only shown to admins; the server checks the role on every call.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client';
import { t } from '../i18n';
import { actThenReload } from './actions';
import { PageHead } from './PageHead';

type Peer = Schemas['Peer'];
type PeerStatus = Schemas['PeerStatus'];
type AdminUser = Schemas['AdminUser'];
type Mode = 'open' | 'invite' | 'closed';

export function AdminView({ me }: { me: string }) {
  const [peers, setPeers] = useState<Peer[]>([]);
  const [status, setStatus] = useState<PeerStatus[]>([]);
  const [realm, setRealm] = useState('');
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [mode, setMode] = useState<Mode | null>(null);
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [peerId, setPeerId] = useState('');
  const [q, setQ] = useState('');

  async function load() {
    try {
      const [p, f, u, r] = await Promise.all([
        call(api.GET('/api/v1/admin/realms', {})),
        call(api.GET('/api/v1/admin/federation', {})),
        call(api.GET('/api/v1/admin/users', { params: { query: { limit: 100, ...(q.trim() ? { q: q.trim() } : {}) } } })),
        call(api.GET('/api/v1/admin/registration', {})),
      ]);
      setPeers(p.realms);
      setStatus(f.peers);
      setRealm(f.realm);
      setUsers(u.users);
      setMode(r.mode);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void load();
  }, [q]);

  const act = actThenReload(setError, load);

  return (
    <section class="page" aria-labelledby="admin-title">
      <PageHead id="admin-title">
        {t('admin')} <span class="muted">{realm}</span>
      </PageHead>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section class="card stack" aria-labelledby="peers-title">
        <h2 id="peers-title">{t('peers')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">id</th>
              <th scope="col">URL</th>
              <th scope="col">{t('federation')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {peers.map((p) => {
              const s = status.find((x) => x.peer === p.id);
              return (
                <tr>
                  <td>{p.id}</td>
                  <td>{p.url}</td>
                  <td>{s ? `${s.state}, ${t('queue')} ${s.queueDepth}${s.lastError ? `, ${t('lastError')}: ${s.lastError}` : ''}` : '—'}</td>
                  <td>
                    <button
                      type="button"
                      class="ghost small"
                      onClick={() => act(call(api.DELETE('/api/v1/admin/realms/{id}', { params: { path: { id: p.id } } })))}
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              call(api.POST('/api/v1/admin/realms', { body: { url: url.trim(), ...(peerId.trim() ? { id: peerId.trim() } : {}) } })).then(() => setUrl('')),
            );
          }}
        >
          <input
            aria-label={t('peerUrl')}
            placeholder={t('peerUrl')}
            value={url}
            required
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
          <input aria-label={t('peerId')} placeholder={t('peerId')} value={peerId} onInput={(e) => setPeerId((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="primary">
            {t('addPeer')}
          </button>
        </form>
      </section>
      <section class="card stack" aria-labelledby="registration-title">
        <h2 id="registration-title">{t('registration')}</h2>
        <label class="inline">
          {t('registrationMode')}
          <select
            value={mode ?? 'open'}
            onChange={(e) => act(call(api.PUT('/api/v1/admin/registration', { body: { mode: (e.currentTarget as HTMLSelectElement).value as Mode } })))}
          >
            <option value="open">open</option>
            <option value="invite">invite</option>
            <option value="closed">closed</option>
          </select>
        </label>
        <button type="button" class="ghost" onClick={() => act(call(api.POST('/api/v1/admin/invites', { body: {} })).then(setInvite))}>
          {t('createInvite')}
        </button>
        {invite && <p>{t('inviteCode', { code: invite.code, until: new Date(invite.expiresAt).toLocaleString() })}</p>}
      </section>
      <section class="card stack" aria-labelledby="users-title">
        <h2 id="users-title">{t('users')}</h2>
        <input
          type="search"
          aria-label={t('findPeople')}
          placeholder={t('findPeople')}
          value={q}
          onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
        />
        <ul class="plain-list">
          {users.map((u) => (
            <li class="group-row">
              <span>
                <strong>
                  <bdi>{u.displayName}</bdi>
                </strong>{' '}
                <span class="muted">@{u.username}</span> {u.isAdmin && <span class="tag">{t('isAdmin')}</span>}{' '}
                {u.disabled && <span class="tag danger">{t('disabled')}</span>}
              </span>
              {/* Your own account is not disabled or demoted from here (the CLI can, if you really mean it). */}
              <span class="row" hidden={u.username === me}>
                <Toggle
                  on={u.disabled}
                  onLabel={t('enable')}
                  offLabel={t('disable')}
                  path={{ on: '/api/v1/admin/users/{username}/enable', off: '/api/v1/admin/users/{username}/disable' }}
                  username={u.username}
                  act={act}
                />
                <Toggle
                  on={u.isAdmin}
                  onLabel={t('demote')}
                  offLabel={t('promote')}
                  path={{ on: '/api/v1/admin/users/{username}/demote', off: '/api/v1/admin/users/{username}/promote' }}
                  username={u.username}
                  act={act}
                />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

type UserAction =
  | '/api/v1/admin/users/{username}/enable'
  | '/api/v1/admin/users/{username}/disable'
  | '/api/v1/admin/users/{username}/promote'
  | '/api/v1/admin/users/{username}/demote';

/** A button that undoes a user's state (enabled/disabled, admin/not): `on` names the undo. */
function Toggle(props: {
  on: boolean;
  onLabel: string;
  offLabel: string;
  path: { on: UserAction; off: UserAction };
  username: string;
  act: (work: Promise<unknown>) => unknown;
}) {
  const action = props.on ? props.path.on : props.path.off;
  return (
    <button type="button" class="ghost small" onClick={() => props.act(call(api.POST(action, { params: { path: { username: props.username } } })))}>
      {props.on ? props.onLabel : props.offLabel}
    </button>
  );
}
