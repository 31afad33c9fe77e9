import { api } from '../shared/api';
import type { ReportCut, ReportPeriod } from '../../shared/reports/reports.enums';
import type { PeriodicDetailWire, PeriodicListWire, ReportWire, ScoresWire, TrendWire, WeightsWire } from '../../shared/reports/reports.wire';

/** The reports API (统计通报 and 定期通报) as the pages call it; every shape comes from src/shared. */

export interface ReportParams {
  period: ReportPeriod;
  date: string;
  by: ReportCut;
}

export function getReport(p: ReportParams, signal?: AbortSignal): Promise<ReportWire> {
  return api.get<ReportWire>('/api/v1/reports', { query: { ...p }, signal });
}

/** The same report as a file, for a download link (the session cookie goes with it). */
export function getTrend(p: { period: ReportPeriod; date: string; points: number }, signal?: AbortSignal): Promise<TrendWire> {
  return api.get<TrendWire>('/api/v1/reports/trend', { query: { ...p }, signal });
}

export function reportFileUrl(p: ReportParams, format: 'xlsx' | 'pdf'): string {
  return `/api/v1/reports?${new URLSearchParams({ ...p, format }).toString()}`;
}

export function listPeriodic(query: { page: number; pageSize: number }, signal?: AbortSignal): Promise<PeriodicListWire> {
  return api.get<PeriodicListWire>('/api/v1/reports/periodic', { query, signal });
}

export function getPeriodic(id: string, signal?: AbortSignal): Promise<PeriodicDetailWire> {
  return api.get<PeriodicDetailWire>(`/api/v1/reports/periodic/${id}`, { signal });
}

export function periodicFileUrl(id: string, format: 'xlsx' | 'pdf'): string {
  return `/api/v1/reports/periodic/${id}/${format}`;
}

export function getScores(query: { period: ReportPeriod; date: string; level: 'department' | 'region' }, signal?: AbortSignal): Promise<ScoresWire> {
  return api.get<ScoresWire>('/api/v1/scores', { query: { ...query }, signal });
}

export function getWeights(signal?: AbortSignal): Promise<WeightsWire> {
  return api.get<WeightsWire>('/api/v1/scores/weights', { signal });
}

export function putWeights(weights: { indicator: string; weight: number }[]): Promise<WeightsWire> {
  return api.put<WeightsWire>('/api/v1/scores/weights', { weights });
}
