import { Button, type ButtonProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

/**
 * A link that looks like an antd button and navigates inside the app (a real `<a href>`, so it
 * opens in a new tab and reads as a link to screen readers).
 */
export function LinkButton({
  to,
  children,
  type = 'default',
  size = 'large',
  icon,
}: {
  to: string;
  children: ReactNode;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  icon?: ReactNode;
}) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Button href={to} type={type} size={size} icon={icon} onClick={onClick}>
      {children}
    </Button>
  );
}
