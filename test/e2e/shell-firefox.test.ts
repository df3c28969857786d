import { controlSuite, markingSuite, shellSuite } from './shell-suite';

shellSuite('firefox');
controlSuite('firefox');
markingSuite('firefox');
