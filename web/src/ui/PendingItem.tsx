import { t } from '../i18n';
import type { OutboxItem } from '../lib/outbox';
import type { Chat } from '../state/chat';

/** A message of the outbox: shown where it will land, with its state and, if refused, what to do. */
export function PendingItem({ chat, item }: { chat: Chat; item: OutboxItem }) {
  return (
    <li class={`message pending ${item.state}`} data-txn={item.clientTxnId}>
      <div class="message-body">
        <div class="message-text">{item.text ?? item.fileName}</div>
        <div class="pending-state small">
          {item.state === 'failed' ? (
            <>
              <span class="error">{t('failed', { error: item.error ?? '' })}</span>{' '}
              <button type="button" class="link" onClick={() => chat.retry(item.clientTxnId)}>
                {t('retry')}
              </button>{' '}
              <button type="button" class="link" onClick={() => chat.outbox.discard(item.clientTxnId)}>
                {t('discard')}
              </button>
            </>
          ) : chat.status === 'open' ? (
            t('sending')
          ) : (
            t('queued')
          )}
        </div>
      </div>
    </li>
  );
}
