import type { ReactElement } from 'react';
import { Route } from 'react-router';
import type { WorkbenchKey } from '../app/workbenches';
import './cases.css';
import { OfficeCasePage } from './office/OfficeCasePage';
import { ApplyPage } from './portal/ApplyPage';
import { PortalCasePage } from './portal/PortalCasePage';
import { AcceptanceNoticePage } from './window/AcceptanceNoticePage';
import { SupervisionCasePage } from './supervision/SupervisionCasePage';
import { WindowCasePage } from './window/WindowCasePage';

/**
 * The case pages that are not navigation sections, per workbench (paths relative to its base):
 * applying for an item and a case's own page; the catalog links to `/portal/me/apply/:code`.
 */
export function caseRoutes(workbench: WorkbenchKey): ReactElement[] {
  switch (workbench) {
    case 'portal':
      return [<Route key="apply" path="apply/:code" element={<ApplyPage />} />, <Route key="case" path="cases/:id" element={<PortalCasePage />} />];
    case 'window':
      return [
        <Route key="case" path="cases/:id" element={<WindowCasePage />} />,
        <Route key="notice" path="cases/:id/notice" element={<AcceptanceNoticePage />} />,
      ];
    case 'office':
      return [<Route key="case" path="cases/:id" element={<OfficeCasePage />} />];
    case 'supervision':
      return [<Route key="case" path="cases/:id" element={<SupervisionCasePage />} />];
    default:
      return [];
  }
}
