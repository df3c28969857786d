import { markingSuite, shellSuite } from './shell-suite';

shellSuite('chromium');
markingSuite('chromium');
