import { hueOf, initials } from './format';

/** An avatar image (public URL) or the person's initials on a colour of their own. */
export function Avatar({ name, url, online }: { name: string; url?: string | null; online?: boolean }) {
  return (
    <span class="avatar" aria-hidden="true" style={{ '--hue': String(hueOf(name)) }}>
      {url ? <img src={url} alt="" loading="lazy" /> : initials(name)}
      {online !== undefined && <span class={`presence ${online ? 'on' : 'off'}`} />}
    </span>
  );
}
