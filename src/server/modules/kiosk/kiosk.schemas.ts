// Shared with the web app (src/shared/README.md).
export * from '../../../shared/kiosk/kiosk.schemas';
