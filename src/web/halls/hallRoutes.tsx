import type { ReactElement } from 'react';
import { Route } from 'react-router';
import type { WorkbenchKey } from '../app/workbenches';
import { BookAppointmentPage } from './BookAppointmentPage';

/** The halls' pages that are not menu entries (docs/decisions.md D28): booking from an item's guide. */
export function hallRoutes(workbench: WorkbenchKey): ReactElement[] {
  return workbench === 'portal' ? [<Route key="appointment-new" path="appointments/new" element={<BookAppointmentPage />} />] : [];
}
