import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { Icon } from './Icon';
import { href, type Route } from './route';

/** A page's heading, with the way back (shown on phone-sized screens, where the list is hidden). */
export function PageHead({ id, back = { view: 'home' }, children }: { id: string; back?: Route; children: ComponentChildren }) {
  return (
    <header class="page-head">
      <a class="back" href={href(back)} aria-label={t('back')}>
        <Icon name="back" />
      </a>
      <h1 id={id}>{children}</h1>
    </header>
  );
}
