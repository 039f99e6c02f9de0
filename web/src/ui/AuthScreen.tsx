import { useState } from 'preact/hooks';
import { currentLanguage, LANGUAGES, setLanguage, t, type Language } from '../i18n';
import { login, register, type Session } from '../state/session';

export function AuthScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, rerender] = useState(0);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const session =
        mode === 'login'
          ? await login(value('username'), String(form.get('password') ?? ''))
          : await register(value('username'), String(form.get('password') ?? ''), value('displayName'), value('invite'));
      onSignedIn(session);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="auth">
      <form class="card auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <h1 id="auth-title">{t('appName')}</h1>
        <h2>{mode === 'login' ? t('signIn') : t('register')}</h2>
        <label>
          {t('username')}
          <input name="username" autocomplete="username" required maxLength={32} autoFocus />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autocomplete={mode === 'login' ? 'current-password' : 'new-password'}
            required
            minLength={mode === 'register' ? 8 : 1}
          />
        </label>
        {mode === 'register' && (
          <>
            <label>
              {t('displayName')}
              <input name="displayName" maxLength={64} />
            </label>
            <label>
              {t('invite')}
              <input name="invite" />
            </label>
          </>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {mode === 'login' ? t('signIn') : t('register')}
        </button>
        <button type="button" class="link" onClick={() => setMode(mode === 'login' ? 'register' : 'login')}>
          {mode === 'login' ? t('needAccount') : t('haveAccount')}
        </button>
        <label class="inline">
          {t('language')}
          <select
            value={currentLanguage()}
            onChange={(e) => {
              setLanguage((e.currentTarget as HTMLSelectElement).value as Language);
              rerender((n) => n + 1);
            }}
          >
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </label>
      </form>
    </main>
  );
}
