import { markingSuite, shellSuite } from './shell-suite';

shellSuite('firefox');
markingSuite('firefox');
