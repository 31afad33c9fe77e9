import { EnvironmentOutlined, MessageOutlined, PhoneOutlined, ShopOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, Row, Space } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { BaotouMap } from './BaotouMap';
import { LINK_12315 } from './CallOutcome';
import { CategorySelect } from './CategorySelect';
import { EmergencyBanner } from './EmergencyBanner';
import { PhoneField } from './PhoneField';
import type { Reference } from './reference';
import { SuggestionCard } from './SuggestionCard';
import type { CallForm } from './useCallForm';

/** A live emergency: the agent transfers the call (三方通话) and logs it; no ticket is made. */
function LiveEmergency({ form }: { form: CallForm }) {
  const t = useT();
  const emergency = form.derived.liveEmergency;
  if (!emergency) return null;
  return (
    <EmergencyBanner emergency={emergency}>
      <Space wrap>
        <Button danger type="primary" size="large" loading={form.status.submitting === 'emergency'} onClick={() => void form.actions.logTransfer()}>
          {t('hotline.emergency.transferDone', { line: emergency.line })}
        </Button>
      </Space>
    </EmergencyBanner>
  );
}

/** Who is calling: number (masked as typed), name, anonymity. */
function CallerFields({ form }: { form: CallForm }) {
  const t = useT();
  const { values, set, derived } = form;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('hotline.call.phone')}
            htmlFor="hl-phone"
            validateStatus={!derived.phoneValid ? 'error' : undefined}
            help={!derived.phoneValid ? t('hotline.call.phoneInvalid') : undefined}
            extra={t('hotline.call.phoneHelp')}
          >
            <PhoneField id="hl-phone" value={values.phone} onChange={set.phone} invalid={!derived.phoneValid} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('hotline.call.name')} htmlFor="hl-name">
            <Input id="hl-name" value={values.name} maxLength={50} autoComplete="off" onChange={(event) => set.name(event.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item>
        <Checkbox checked={values.anonymous} onChange={(event) => set.anonymous(event.target.checked)}>
          {t('hotline.call.anonymous')}
        </Checkbox>
      </Form.Item>
    </>
  );
}

/** What the caller says, the classifier's suggestion, and the category the ticket gets. */
function RequestFields({ form, reference }: { form: CallForm; reference: Reference | null }) {
  const t = useT();
  const { values, set, derived, actions } = form;
  return (
    <>
      <Form.Item
        label={t('hotline.call.text')}
        htmlFor="hl-text"
        required
        validateStatus={derived.showErrors && !values.text.trim() ? 'error' : undefined}
        help={derived.showErrors && !values.text.trim() ? t('hotline.call.textRequired') : undefined}
      >
        <Input.TextArea
          id="hl-text"
          value={values.text}
          onChange={(event) => set.text(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={4000}
          showCount
          placeholder={t('hotline.call.textPlaceholder')}
        />
      </Form.Item>
      <SuggestionCard state={derived.classify} reference={reference} chosen={values.category} onChoose={actions.chooseCategory} />
      <Form.Item
        label={t('hotline.call.category')}
        htmlFor="hl-category"
        required
        className="tb-hl-category-item"
        validateStatus={derived.showErrors && !values.category ? 'error' : undefined}
        help={derived.showErrors && !values.category ? t('hotline.call.categoryRequired') : derived.corrected ? t('hotline.call.correction') : undefined}
      >
        <CategorySelect id="hl-category" reference={reference} value={values.category} onChange={actions.chooseCategory} />
      </Form.Item>
      {derived.consumer && (
        <Alert
          className="tb-hl-alert"
          type="info"
          showIcon
          icon={<ShopOutlined />}
          title={t('hotline.call.consumerTitle')}
          description={
            <>
              {t('hotline.call.consumerDesc')}{' '}
              <a href={LINK_12315} target="_blank" rel="noreferrer">
                {t('hotline.link12315')}
              </a>
            </>
          }
        />
      )}
    </>
  );
}

/** Where it happens: an address, and optionally a point picked on the map. */
function PlaceFields({ form, reference }: { form: CallForm; reference: Reference | null }) {
  const t = useT();
  const { values, set } = form;
  return (
    <>
      <Form.Item label={t('hotline.call.address')} htmlFor="hl-address">
        <Input
          id="hl-address"
          value={values.address}
          maxLength={300}
          autoComplete="off"
          placeholder={t('hotline.call.addressPlaceholder')}
          onChange={(event) => set.address(event.target.value)}
        />
      </Form.Item>
      <Button
        type="link"
        icon={<EnvironmentOutlined />}
        onClick={() => set.showMap((open) => !open)}
        aria-expanded={values.showMap}
        className="tb-hl-map-toggle"
      >
        {values.showMap ? t('hotline.map.hide') : values.point ? t('hotline.map.change') : t('hotline.map.show')}
      </Button>
      {values.showMap && <BaotouMap value={values.point} onChange={set.point} reference={reference} />}
      {!values.showMap && values.point && (
        <p className="tb-hl-muted">{t('hotline.map.pickedShort', { lat: values.point.lat.toFixed(4), lng: values.point.lng.toFixed(4) })}</p>
      )}
    </>
  );
}

/** The answer given at first contact (from a chosen article), errors, and the ways to end the call. */
function CallActions({ form }: { form: CallForm }) {
  const t = useT();
  const { values, set, derived, status, actions } = form;
  const { article } = values;
  return (
    <>
      {article && (
        <div className="tb-hl-answer">
          <Form.Item label={t('hotline.call.answer', { title: article.title })} htmlFor="hl-answer">
            <Input.TextArea
              id="hl-answer"
              value={values.answer}
              onChange={(event) => set.answer(event.target.value)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
            />
          </Form.Item>
        </div>
      )}

      {status.submitError && <ErrorAlert error={status.submitError} title={t('hotline.call.submitError')} />}
      <div className="tb-hl-actions">
        <Button
          type="primary"
          size="large"
          disabled={!!derived.liveEmergency || !derived.isHotlineStaff}
          loading={status.submitting === 'ticket'}
          onClick={() => void actions.submit('ticket')}
        >
          {t('hotline.call.createTicket')}
        </Button>
        <Button
          size="large"
          icon={<MessageOutlined />}
          disabled={!!derived.liveEmergency || !article || !derived.isHotlineStaff}
          loading={status.submitting === 'answered'}
          onClick={() => void actions.submit('answered')}
        >
          {t('hotline.call.answerAndClose')}
        </Button>
        <Button size="large" type="text" onClick={actions.reset}>
          {t('hotline.call.clear')}
        </Button>
        <Button size="large" type="text" onClick={() => void actions.logAbandoned()} disabled={status.callId !== null}>
          {t('hotline.call.abandoned')}
        </Button>
      </div>
      {!article && <p className="tb-hl-muted tb-hl-actions-hint">{t('hotline.call.answerHint')}</p>}
    </>
  );
}

/** The console's left column: a live emergency, then the call form. */
export function CallFormPanel({ form, reference }: { form: CallForm; reference: Reference | null }) {
  const t = useT();
  return (
    <>
      <LiveEmergency form={form} />
      <section className="tb-hl-panel" aria-labelledby="hl-call-form">
        <h2 id="hl-call-form" className="tb-card-title">
          <PhoneOutlined aria-hidden="true" /> {t('hotline.call.formTitle')}
        </h2>
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <CallerFields form={form} />
          <RequestFields form={form} reference={reference} />
          <PlaceFields form={form} reference={reference} />
          <CallActions form={form} />
        </Form>
      </section>
    </>
  );
}
