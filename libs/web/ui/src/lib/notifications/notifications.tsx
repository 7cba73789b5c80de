import { Toast, Toaster, ToastTitle, useId, useToastController, type ToastIntent } from '@fluentui/react-components';
import { createContext, type ReactNode, useCallback, useContext } from 'react';

const ToasterIdContext = createContext<string | undefined>(undefined);

/** One place for short confirmations ("Rollen är given"): Fluent's toaster, announced politely. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('notifications');
  return (
    <ToasterIdContext.Provider value={toasterId}>
      {children}
      <Toaster toasterId={toasterId} position="top-end" pauseOnHover pauseOnWindowBlur />
    </ToasterIdContext.Provider>
  );
}

/** Shows a short message; success unless told otherwise. */
export function useNotify(): (message: string, intent?: ToastIntent) => void {
  const toasterId = useContext(ToasterIdContext);
  const { dispatchToast } = useToastController(toasterId);
  return useCallback(
    (message, intent = 'success') =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent, timeout: intent === 'error' ? 10_000 : 5_000 },
      ),
    [dispatchToast],
  );
}
