import { packageBuild } from '../../tsup.shared.ts';

// The command runs on Node: its bin entry reads files and the process's arguments.
export default packageBuild({ index: 'src/index.ts', bin: 'src/bin.ts' }, { platform: 'node' });
