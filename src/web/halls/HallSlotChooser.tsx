import { Card, Empty, Radio, Skeleton } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery, type Query } from '../shared/useApiQuery';
import type { PlaceSummary, PlacesResponse } from '../../shared/places/places.wire';
import { placesFor } from './appointmentsApi';
import { SlotPicker } from './SlotPicker';
import type { SlotWire } from './slotText';

/**
 * The two choices of a booking (docs/decisions.md D28): the hall, among those that handle the item
 * (chosen for the person when only one does), then a day and a time there. Used by the citizen's
 * booking page and the 12345 agent's booking for a caller.
 */
export function HallSlotChooser({
  itemCode,
  places,
  place,
  onPlace,
  slot,
  onSlot,
  reloadKey,
}: {
  itemCode: string;
  /** The halls that handle the item (`usePlacesFor`), read by the caller too, which needs the one chosen. */
  places: Query<PlacesResponse>;
  place: string | null;
  onPlace: (code: string) => void;
  slot: SlotWire | null;
  onSlot: (slot: SlotWire | null) => void;
  reloadKey: number;
}) {
  const t = useT();
  const list = places.status === 'done' ? places.data.places : [];
  const chosen = chosenPlace(list, place);
  return (
    <>
      <Card size="small" className="tb-case-card" title={<h2 className="tb-card-title">{t('halls.book.placeTitle')}</h2>}>
        {places.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
        {places.status === 'error' && <ErrorAlert error={places.error} title={t('halls.book.placesError')} onRetry={places.reload} />}
        {places.status === 'done' && list.length === 0 && <Empty description={t('halls.book.noPlaces')} />}
        {list.length > 0 && (
          <Radio.Group
            className="tb-apply-delivery"
            aria-label={t('halls.book.placeTitle')}
            value={chosen?.code}
            onChange={(e) => {
              onSlot(null);
              onPlace(e.target.value as string);
            }}
          >
            {list.map((p) => (
              <Radio key={p.code} value={p.code}>
                <span className="tb-apply-delivery-name">{p.name}</span>
                <span className="tb-hint tb-apply-delivery-hint">
                  {p.regionName} · {p.address}
                </span>
              </Radio>
            ))}
          </Radio.Group>
        )}
      </Card>
      {chosen && (
        <Card size="small" className="tb-case-card" title={<h2 className="tb-card-title">{t('halls.book.timeTitle')}</h2>}>
          <SlotPicker place={chosen.code} item={itemCode} value={slot} onChange={onSlot} reloadKey={reloadKey} />
        </Card>
      )}
    </>
  );
}

/** The hall chosen, or the only one there is. */
export function chosenPlace(list: readonly PlaceSummary[], code: string | null): PlaceSummary | undefined {
  return list.find((p) => p.code === code) ?? (list.length === 1 ? list[0] : undefined);
}

/** The halls that handle an item, for HallSlotChooser and the page that books. */
export function usePlacesFor(itemCode: string | null): Query<PlacesResponse> {
  return useApiQuery((signal) => (itemCode ? placesFor(itemCode, signal) : Promise.resolve({ places: [], total: 0, page: 1, pageSize: 100 })), [itemCode]);
}
