// The page: the sign-in screen, or the chat (sidebar + the routed view). On a phone-sized screen only
// one of the two columns shows: the list, or the open view with a back button.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { setUnauthorizedHandler } from '../api/client';
import { t } from '../i18n';
import { Chat } from '../state/chat';
import { useObservable } from '../state/observable';
import { loadSession, logout, saveSession, type Session } from '../state/session';
import { AdminView } from './AdminView';
import { AuthScreen } from './AuthScreen';
import { ConversationView } from './ConversationView';
import { GroupsView } from './GroupsView';
import { NewDirect } from './NewDirect';
import { useRoute } from './route';
import { SearchView } from './SearchView';
import { SettingsView } from './SettingsView';
import { Sidebar } from './Sidebar';

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  useEffect(() => {
    setUnauthorizedHandler(() => {
      saveSession(null);
      setSession(null);
    });
  }, []);
  if (!session) return <AuthScreen onSignedIn={setSession} />;
  return (
    <ChatScreen
      key={session.user.username}
      session={session}
      onProfile={setSession}
      onSignOut={async () => {
        await logout(session.user.username);
        setSession(null);
      }}
    />
  );
}

function ChatScreen({ session, onSignOut, onProfile }: { session: Session; onSignOut: () => void; onProfile: (session: Session) => void }) {
  const chat = useMemo(
    () =>
      new Chat(session, () => {
        saveSession(null);
        location.reload();
      }),
    [session.token],
  );
  chat.session = session;
  useEffect(() => {
    chat.start();
    return () => chat.stop();
  }, [chat]);
  useObservable(chat);
  const route = useRoute();
  chat.openConversation = route.view === 'conversation' ? route.id : null;

  let main;
  switch (route.view) {
    case 'conversation':
      main = <ConversationView key={route.id} chat={chat} id={route.id} focus={route.focus} />;
      break;
    case 'search':
      main = <SearchView chat={chat} q={route.q} conversation={route.conversation} />;
      break;
    case 'groups':
      main = <GroupsView chat={chat} />;
      break;
    case 'new':
      main = <NewDirect />;
      break;
    case 'admin':
      main = <AdminView me={session.user.username} />;
      break;
    case 'settings':
      main = <SettingsView chat={chat} onProfile={(user) => onProfile({ ...session, user })} />;
      break;
    default:
      main = <p class="empty-main">{t('emptyMain')}</p>;
  }
  return (
    <div class={`layout ${route.view === 'home' ? 'show-list' : 'show-main'}`}>
      {chat.status !== 'open' && (
        <div class={`banner ${chat.status}`} role="status" aria-live="polite">
          {chat.status === 'offline' ? t('offline') : t('reconnecting')}
        </div>
      )}
      <Sidebar chat={chat} route={route} onSignOut={onSignOut} />
      <main class="main" id="main">
        {main}
      </main>
    </div>
  );
}
