import * as migration_20261128_185814_initial from './20261128_185814_initial';

export const migrations = [
  {
    up: migration_20261128_185814_initial.up,
    down: migration_20261128_185814_initial.down,
    name: '20261128_185814_initial'
  },
];
