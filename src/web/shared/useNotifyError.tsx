import { App } from 'antd';
import { useCallback } from 'react';
import { isAbortError, toApiError } from './api';
import { RequestId } from './ErrorAlert';

/** Shows a failed call as an antd message toast: the server's message plus its request id. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (isAbortError(error)) return;
      const apiError = toApiError(error);
      void message.error({
        content: (
          <span>
            {apiError.message} {apiError.requestId && <RequestId id={apiError.requestId} />}
          </span>
        ),
        duration: 6,
      });
    },
    [message],
  );
}
