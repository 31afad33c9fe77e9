import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageSpinner } from '../shared/FullPageSpinner';
import { loginPathFor, useAuth } from './auth';
import { ForbiddenPage } from './ForbiddenPage';
import { canOpenWorkbench, type Workbench } from './workbenches';

/** Lets through users holding one of the workbench's roles; others sign in first or see 403. */
export function RequireWorkbench({ workbench, children }: { workbench: Workbench; children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'anonymous') return <Navigate to={loginPathFor(location.pathname, location.search)} replace />;
  if (!canOpenWorkbench(state.me.roles, workbench)) return <ForbiddenPage />;
  return children;
}
