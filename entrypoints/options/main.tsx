import { mountOptions } from '../../components/options/mount';

// The options page: sites, pause, memory limits, export/import/delete, the searchable memory.
mountOptions(document.getElementById('app')!);
