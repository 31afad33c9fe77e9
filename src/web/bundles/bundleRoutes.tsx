import type { ReactElement } from 'react';
import { Route } from 'react-router';
import type { WorkbenchKey } from '../app/workbenches';
import { BundleApplyPage } from './BundleApplyPage';
import { BundleProgressPage, WindowBundlePage } from './BundleProgressPages';
import { WindowBundleIntakePage } from './WindowBundleIntakePage';

/**
 * The bundle pages that are not navigation sections, per workbench (paths relative to its base):
 * the online application the bundle guide links to, 开办进度, and the window's walk-in wizard and bundle page.
 */
export function bundleRoutes(workbench: WorkbenchKey): ReactElement[] {
  switch (workbench) {
    case 'portal':
      return [
        <Route key="bundle-apply" path="bundles/apply/:code" element={<BundleApplyPage />} />,
        <Route key="bundle" path="bundles/:id" element={<BundleProgressPage />} />,
      ];
    case 'window':
      return [
        <Route key="bundle-new" path="bundles/new" element={<WindowBundleIntakePage />} />,
        <Route key="bundle" path="bundles/:id" element={<WindowBundlePage />} />,
      ];
    default:
      return [];
  }
}
