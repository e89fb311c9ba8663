import { useCallback } from 'react';
import { App } from 'antd';
import { useErrorText } from '../ErrorAlert';

export type RunMutation = <R>(mutate: () => Promise<R>, success?: string) => Promise<R | null>;

/**
 * Every form's submit: runs the mutation, says so on success, shows the API's coded message in
 * the current language on failure, and answers the result (null when it failed).
 */
export function useRunMutation(): RunMutation {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    async <R,>(mutate: () => Promise<R>, success?: string) => {
      try {
        const result = await mutate();
        if (success) void message.success(success);
        return result;
      } catch (error) {
        void message.error(errorText(error));
        return null;
      }
    },
    [message, errorText],
  ) as RunMutation;
}
