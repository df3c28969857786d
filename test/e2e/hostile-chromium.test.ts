import { hostileSuite } from './hostile-suite';

hostileSuite('chromium');
