import { useEffect, useState } from 'react';
import { useAuth } from '../app/auth';
import { useApiQuery } from '../shared/useApiQuery';
import { placesIn } from './appointmentsApi';

/** The time of day a hall's screen shows, moved on every 15 seconds. */
export function useWallClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The halls of the signed-in staff member's region, for the pages that read one hall at a time. */
export function useRegionPlaces() {
  const { me } = useAuth();
  const region = me?.regionCode ?? '';
  const query = useApiQuery((signal) => placesIn(region, signal), [region]);
  return { query, list: query.status === 'done' ? query.data.places : [] };
}
