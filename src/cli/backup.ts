// npm run backup -- <dir>: an online backup of this realm (database snapshot, files, keys) into a new
// directory, safe while the server runs. Same environment variables as the server. See backup-restore.ts.
import { ConfigError, loadConfig } from '../config.js';
import { backup, BackupError } from './backup-restore.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run backup -- <new directory>\n');
  process.exit(2);
}
try {
  process.umask(0o077);
  const manifest = backup(loadConfig(process.env), dir, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`backup of realm ${manifest.realm} complete in ${dir}\n`);
} catch (e) {
  if (!(e instanceof BackupError || e instanceof ConfigError)) throw e;
  process.stderr.write(`backup: ${e.message}\n`);
  process.exit(1);
}
