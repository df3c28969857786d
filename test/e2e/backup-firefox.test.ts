import { backupSuite } from './backup-suite';

backupSuite('firefox');
