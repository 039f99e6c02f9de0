// npm run restore -- <dir>: puts a backup made by npm run backup into the data dir of the environment,
// which must be empty (the server not running on it). The next start applies any newer migrations.
import { ConfigError, loadConfig } from '../config.js';
import { BackupError, restore } from './backup-restore.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run restore -- <backup directory>\n');
  process.exit(2);
}
try {
  process.umask(0o077);
  const config = loadConfig(process.env);
  const manifest = restore(config, dir, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`restored realm ${manifest.realm} (backup of ${manifest.createdAt}) into ${config.dataDir}\n`);
} catch (e) {
  if (!(e instanceof BackupError || e instanceof ConfigError)) throw e;
  process.stderr.write(`restore: ${e.message}\n`);
  process.exit(1);
}
