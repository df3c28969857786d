import { backupSuite } from './backup-suite';

backupSuite('chromium');
