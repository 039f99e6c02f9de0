import { useEffect, useState } from 'preact/hooks';
import { api, call, type Message } from '../api/client';
import { t } from '../i18n';
import type { Chat } from '../state/chat';
import { timeOf } from './format';
import { Panel } from './Panel';
import { href } from './route';

export function PinsPanel({ chat, conversation, onClose }: { chat: Chat; conversation: string; onClose: () => void }) {
  const [pins, setPins] = useState<{ message: Message }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const log = chat.log(conversation);
  // Refetched when a pin changes in the log (pin events bump its version).
  const pinnedIds = log.messages
    .filter((m) => m.pinnedAt)
    .map((m) => m.id)
    .join(',');
  useEffect(() => {
    call(api.GET('/api/v1/conversations/{id}/pins', { params: { path: { id: conversation } } }))
      .then((r) => setPins(r.pins))
      .catch((e: Error) => setError(e.message));
  }, [conversation, pinnedIds]);
  return (
    <Panel title={t('pins')} onClose={onClose}>
      {error && <p class="error">{error}</p>}
      {pins && pins.length === 0 && <p class="muted">{t('noPins')}</p>}
      <ul class="plain-list">
        {pins?.map(({ message }) => (
          <li>
            <a href={href({ view: 'conversation', id: conversation, focus: message.id })}>
              <strong>
                <bdi>{message.senderName}</bdi>
              </strong>{' '}
              <span class="muted small">{timeOf(message.createdAt)}</span>
              <div>{message.deleted ? t('deleted') : (message.text ?? message.file?.name)}</div>
            </a>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
