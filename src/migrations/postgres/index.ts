import * as migration_20261128_185807_initial from './20261128_185807_initial';
import * as migration_20261128_200540_workflow_audit_log from './20261128_200540_workflow_audit_log';

export const migrations = [
  {
    up: migration_20261128_185807_initial.up,
    down: migration_20261128_185807_initial.down,
    name: '20261128_185807_initial',
  },
  {
    up: migration_20261128_200540_workflow_audit_log.up,
    down: migration_20261128_200540_workflow_audit_log.down,
    name: '20261128_200540_workflow_audit_log'
  },
];
