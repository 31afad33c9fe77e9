import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useNotifyError } from '../shared/useNotifyError';
import { useAuth } from './auth';

/** Signs out and returns to the public home; a failed server call is reported, not fatal. */
export function useSignOut(): () => Promise<void> {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  return useCallback(async () => {
    try {
      await logout(() => navigate('/', { replace: true }));
    } catch (error) {
      notifyError(error);
    }
  }, [logout, navigate, notifyError]);
}
