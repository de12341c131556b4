import * as migration_20261128_185807_initial from './20261128_185807_initial';
import * as migration_20261128_200540_workflow_audit_log from './20261128_200540_workflow_audit_log';
import * as migration_20261128_201153_publishing_jobs from './20261128_201153_publishing_jobs';
import * as migration_20261128_223340_checks from './20261128_223340_checks';
import * as migration_20261128_230319_deliveries from './20261128_230319_deliveries';
import * as migration_20261129_004202_wechat_noticeboard from './20261129_004202_wechat_noticeboard';
import * as migration_20261129_015908_disclosure_requests from './20261129_015908_disclosure_requests';
import * as migration_20261129_020811_request_outcomes from './20261129_020811_request_outcomes';
import * as migration_20261129_021228_work_calendar from './20261129_021228_work_calendar';
import * as migration_20261129_031413_request_fees_reminders from './20261129_031413_request_fees_reminders';
import * as migration_20261129_032146_annual_report_compile from './20261129_032146_annual_report_compile';
import * as migration_20261129_032915_public_versions from './20261129_032915_public_versions';
import * as migration_20261129_050205_delivery_run_claim from './20261129_050205_delivery_run_claim';
import * as migration_20261129_063140_delivery_run_by from './20261129_063140_delivery_run_by';
import * as migration_20261201_220244_organ_correction_period from './20261201_220244_organ_correction_period';
import * as migration_20261202_011855_identity_audit_chain from './20261202_011855_identity_audit_chain';
import * as migration_20261202_020725_media_gate from './20261202_020725_media_gate';
import * as migration_20261202_022724_wechat_nonces from './20261202_022724_wechat_nonces';
import * as migration_20261202_043306_reviewed_texts from './20261202_043306_reviewed_texts';
import * as migration_20261202_112306_request_registration from './20261202_112306_request_registration';
import * as migration_20261202_180432_outbox_queue from './20261202_180432_outbox_queue';

export const migrations = [
  {
    up: migration_20261128_185807_initial.up,
    down: migration_20261128_185807_initial.down,
    name: '20261128_185807_initial',
  },
  {
    up: migration_20261128_200540_workflow_audit_log.up,
    down: migration_20261128_200540_workflow_audit_log.down,
    name: '20261128_200540_workflow_audit_log',
  },
  {
    up: migration_20261128_201153_publishing_jobs.up,
    down: migration_20261128_201153_publishing_jobs.down,
    name: '20261128_201153_publishing_jobs',
  },
  {
    up: migration_20261128_223340_checks.up,
    down: migration_20261128_223340_checks.down,
    name: '20261128_223340_checks',
  },
  {
    up: migration_20261128_230319_deliveries.up,
    down: migration_20261128_230319_deliveries.down,
    name: '20261128_230319_deliveries',
  },
  {
    up: migration_20261129_004202_wechat_noticeboard.up,
    down: migration_20261129_004202_wechat_noticeboard.down,
    name: '20261129_004202_wechat_noticeboard',
  },
  {
    up: migration_20261129_015908_disclosure_requests.up,
    down: migration_20261129_015908_disclosure_requests.down,
    name: '20261129_015908_disclosure_requests',
  },
  {
    up: migration_20261129_020811_request_outcomes.up,
    down: migration_20261129_020811_request_outcomes.down,
    name: '20261129_020811_request_outcomes',
  },
  {
    up: migration_20261129_021228_work_calendar.up,
    down: migration_20261129_021228_work_calendar.down,
    name: '20261129_021228_work_calendar',
  },
  {
    up: migration_20261129_031413_request_fees_reminders.up,
    down: migration_20261129_031413_request_fees_reminders.down,
    name: '20261129_031413_request_fees_reminders',
  },
  {
    up: migration_20261129_032146_annual_report_compile.up,
    down: migration_20261129_032146_annual_report_compile.down,
    name: '20261129_032146_annual_report_compile',
  },
  {
    up: migration_20261129_032915_public_versions.up,
    down: migration_20261129_032915_public_versions.down,
    name: '20261129_032915_public_versions',
  },
  {
    up: migration_20261129_050205_delivery_run_claim.up,
    down: migration_20261129_050205_delivery_run_claim.down,
    name: '20261129_050205_delivery_run_claim',
  },
  {
    up: migration_20261129_063140_delivery_run_by.up,
    down: migration_20261129_063140_delivery_run_by.down,
    name: '20261129_063140_delivery_run_by',
  },
  {
    up: migration_20261201_220244_organ_correction_period.up,
    down: migration_20261201_220244_organ_correction_period.down,
    name: '20261201_220244_organ_correction_period',
  },
  {
    up: migration_20261202_011855_identity_audit_chain.up,
    down: migration_20261202_011855_identity_audit_chain.down,
    name: '20261202_011855_identity_audit_chain',
  },
  {
    up: migration_20261202_020725_media_gate.up,
    down: migration_20261202_020725_media_gate.down,
    name: '20261202_020725_media_gate',
  },
  {
    up: migration_20261202_022724_wechat_nonces.up,
    down: migration_20261202_022724_wechat_nonces.down,
    name: '20261202_022724_wechat_nonces',
  },
  {
    up: migration_20261202_043306_reviewed_texts.up,
    down: migration_20261202_043306_reviewed_texts.down,
    name: '20261202_043306_reviewed_texts',
  },
  {
    up: migration_20261202_112306_request_registration.up,
    down: migration_20261202_112306_request_registration.down,
    name: '20261202_112306_request_registration',
  },
  {
    up: migration_20261202_180432_outbox_queue.up,
    down: migration_20261202_180432_outbox_queue.down,
    name: '20261202_180432_outbox_queue'
  },
];
