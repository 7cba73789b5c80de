import { Button, type ButtonProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** A link that looks like a button ("Närvaro" opens a page, it does no action), routed in the app. */
export function RouteButton({
  to,
  icon,
  appearance,
  size,
  children,
}: {
  to: string;
  icon?: ButtonProps['icon'];
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
  children: ReactNode;
}) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button as="a" href={href} onClick={onClick} icon={icon} appearance={appearance} size={size}>
      {children}
    </Button>
  );
}
