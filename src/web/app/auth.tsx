import { App } from 'antd';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from '../shared/api';
import type { Me } from '../shared/me';

export type AuthState = { status: 'loading' } | { status: 'anonymous' } | { status: 'authenticated'; me: Me };

interface AuthValue {
  state: AuthState;
  /** The signed-in user, or null. */
  me: Me | null;
  /** Signs in; rejects with the server's ApiError (401 bad credentials, 429 locked/limited). */
  login: (username: string, password: string) => Promise<Me>;
  /**
   * Signs out on the server, then forgets the session locally even if the server call failed;
   * `then` (a navigation) happens in the same render as the forgetting.
   */
  logout: (then?: () => void) => Promise<void>;
  /** Takes a session another way of signing in opened (registration, SMS code, an invitation). */
  adopt: (me: Me) => void;
}

const AuthContext = createContext<AuthValue | null>(null);

/** Builds `/login?next=<current location>` so that sign-in returns the user where they were. */
export function loginPathFor(pathname: string, search: string): string {
  const next = `${pathname}${search}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * Knows who is signed in. Probes `GET /me` on load (and on a language change) and routes every
 * 401 of other API calls back to the sign-in page. Must sit inside the router and antd's <App>.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const t = useT();
  const { lang } = useLang();

  // The 401 handler is registered once but must see the current location and language.
  const latest = useRef({ location, t });
  useEffect(() => {
    latest.current = { location, t };
  });

  const becomeAnonymous = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'anonymous' });
  }, []);

  const becomeAuthenticated = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'authenticated', me });
  }, []);

  // Probe the session on load, and again when the language changes, because the server names
  // the department and region in the request's language.
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ me: Me | null }>('/api/v1/auth/session', { signal: controller.signal, redirectOnUnauthorized: false })
      .then(({ me }) => (me ? becomeAuthenticated(me) : becomeAnonymous()))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) becomeAnonymous();
        // Server unreachable or failing: a first probe leaves the user anonymous (the sign-in
        // form will then say what is wrong); a later one keeps the session we already know.
        else setState((previous) => (previous.status === 'loading' ? { status: 'anonymous' } : previous));
      });
    return () => controller.abort();
  }, [lang, becomeAnonymous, becomeAuthenticated]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      const { location: current, t: translateNow } = latest.current;
      becomeAnonymous();
      // The kiosk has no sign-in page: it goes back to its own start (docs/decisions.md D32).
      if (current.pathname === '/login' || current.pathname.startsWith('/kiosk/')) return;
      void message.warning(translateNow('error.sessionExpired'));
      navigate(loginPathFor(current.pathname, current.search), { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [becomeAnonymous, message, navigate]);

  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.post<Me>('/api/v1/auth/login', { username, password }, { redirectOnUnauthorized: false });
      becomeAuthenticated(me);
      return me;
    },
    [becomeAuthenticated],
  );

  const logout = useCallback(
    async (then?: () => void) => {
      try {
        const signedOut = api.post<void>('/api/v1/auth/logout', undefined, { redirectOnUnauthorized: false });
        // The sign-out request took the token with it: from here on, a 401 to a request sent
        // earlier is the sign-out's doing, not a session that ran out (shared/api.ts).
        setCsrfToken(null);
        await signedOut;
      } catch (error) {
        // An expired session is already signed out; anything else is still reported.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      } finally {
        // One transition with the navigation that follows: the router moves in transitions, so
        // forgetting the session on its own rendered the workbench left behind signed out, which
        // sent the person to the sign-in page instead of where signing out takes them.
        startTransition(() => {
          becomeAnonymous();
          then?.();
        });
      }
    },
    [becomeAnonymous],
  );

  const value = useMemo<AuthValue>(
    () => ({ state, me: state.status === 'authenticated' ? state.me : null, login, logout, adopt: becomeAuthenticated }),
    [state, login, logout, becomeAuthenticated],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
