import { Button, type ButtonProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** A link that looks like a button ("Ny regel" opens a page, it does no action), routed in the app. */
export function RouteButton({
  to,
  icon,
  appearance,
  children,
}: {
  to: string;
  icon?: ButtonProps['icon'];
  appearance?: ButtonProps['appearance'];
  children: ReactNode;
}) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button as="a" href={href} onClick={onClick} icon={icon} appearance={appearance}>
      {children}
    </Button>
  );
}
