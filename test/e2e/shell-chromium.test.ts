import { controlSuite, markingSuite, shellSuite } from './shell-suite';

shellSuite('chromium');
controlSuite('chromium');
markingSuite('chromium');
