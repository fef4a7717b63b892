import { packageBuild } from '../../tsup.shared.ts';

// The drivers are optional peers, loaded only by the adapter a host imports.
export default packageBuild(
  {
    index: 'src/index.ts',
    sqlite: 'src/sqlite/index.ts',
    postgres: 'src/postgres/index.ts',
    mysql: 'src/mysql/index.ts',
  },
  { platform: 'node', external: ['better-sqlite3', 'pg', 'mysql2', 'mysql2/promise'] },
);
