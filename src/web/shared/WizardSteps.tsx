import { Grid, Steps, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';

/**
 * The step bar and heading of a guided walk (the case application, a bundle's application):
 * "第 2 步（共 5 步）：…", earlier steps clickable to go back, unless `locked` (after submitting).
 * Each step is one page: a new step starts at the top with its heading focused for screen readers.
 */
export function WizardSteps({
  titles,
  current,
  onBack,
  locked = false,
}: {
  titles: readonly string[];
  current: number;
  onBack: (index: number) => void;
  locked?: boolean;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [current]);

  return (
    <>
      <nav aria-label={t('bundles.stepsLabel')} className="tb-bundle-steps">
        <Steps
          size="small"
          current={current}
          responsive={false}
          type={screens.md ? 'default' : 'inline'}
          items={titles.map((title, i) => ({
            // On a phone the dots alone (titles would overlap); the title stays for screen readers.
            title: screens.md ? title : <span className="tb-visually-hidden">{title}</span>,
            disabled: locked || i >= current,
          }))}
          onChange={(i) => {
            if (!locked && i < current) onBack(i);
          }}
        />
      </nav>
      <Typography.Title level={2} className="tb-bundle-step-title" tabIndex={-1} ref={heading}>
        {t('bundles.stepOf', { n: current + 1, total: titles.length, title: titles[current] ?? '' })}
      </Typography.Title>
    </>
  );
}
