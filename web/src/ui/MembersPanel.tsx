// A group's members. Owners and admins add and remove people and change roles; everyone can leave.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Group, type Member } from '../api/client';
import { t } from '../i18n';
import { actThenReload } from './actions';
import type { Chat } from '../state/chat';
import { Panel } from './Panel';
import { navigate } from './route';
import { isolate } from './format';

export function MembersPanel({ chat, group, onClose }: { chat: Chat; group: string; onClose: () => void }) {
  const [info, setInfo] = useState<Group | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const path = { path: { name: group } };

  async function load() {
    try {
      const [g, m] = await Promise.all([
        call(api.GET('/api/v1/groups/{name}', { params: path })),
        call(api.GET('/api/v1/groups/{name}/members', { params: { ...path, query: { limit: 200 } } })),
      ]);
      setInfo(g);
      setMembers(m.members);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void load();
  }, [group, chat.groupsVersion]);

  const act = actThenReload(setError, load);
  const manager = info?.myRole === 'owner' || info?.myRole === 'admin';

  return (
    <Panel title={t('members')} onClose={onClose}>
      {info && <p class="muted">{info.description}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="muted" role="status">
          {notice}
        </p>
      )}
      {manager && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (adding.trim())
              void act(
                call(api.POST('/api/v1/groups/{name}/members', { params: path, body: { username: adding.trim() } })).then((added) => {
                  setAdding('');
                  setNotice(added.role === 'invited' ? t('invitedNotice', { name: isolate(added.username) }) : null);
                }),
              );
          }}
        >
          <input
            aria-label={t('addMember')}
            placeholder={t('addMember')}
            value={adding}
            onInput={(e) => setAdding((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="primary">
            {t('add')}
          </button>
        </form>
      )}
      <ul class="plain-list members">
        {members.map((m) => (
          <li>
            <span>
              <strong>
                <bdi>{m.displayName}</bdi>
              </strong>{' '}
              <span class="muted">@{m.username}</span>
            </span>
            {manager && m.username !== chat.me && m.role !== 'invited' ? (
              <select
                aria-label={`${t('role')}: ${m.username}`}
                value={m.role}
                onChange={(e) =>
                  act(
                    call(
                      api.PATCH('/api/v1/groups/{name}/members/{username}', {
                        params: { path: { name: group, username: m.username } },
                        body: { role: (e.currentTarget as HTMLSelectElement).value as 'owner' | 'admin' | 'member' },
                      }),
                    ),
                  )
                }
              >
                <option value="member">member</option>
                <option value="admin">admin</option>
                <option value="owner">owner</option>
              </select>
            ) : (
              <span class="tag">{m.role}</span>
            )}
            {manager && m.username !== chat.me && (
              <button
                type="button"
                class="ghost small"
                onClick={() => act(call(api.DELETE('/api/v1/groups/{name}/members/{username}', { params: { path: { name: group, username: m.username } } })))}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="danger"
        onClick={() =>
          act(
            call(api.POST('/api/v1/groups/{name}/leave', { params: path })).then(async () => {
              await chat.refreshConversations();
              navigate({ view: 'home' });
            }),
          )
        }
      >
        {t('leave')}
      </button>
    </Panel>
  );
}
