import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms` (typing settled), so a search or a classification
 * runs once per pause rather than per keystroke; an empty value settles at once.
 */
export function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!value) {
      setSettled('');
      return;
    }
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
