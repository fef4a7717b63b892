import { packageBuild } from '../../tsup.shared.ts';

// exceljs and the zip guard need Node's Buffer and zlib, so this package builds for Node rather than neutral.
export default packageBuild({ index: 'src/index.ts' }, { platform: 'node' });
