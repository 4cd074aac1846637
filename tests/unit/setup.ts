// Runs before every unit test file: gives Node an in-memory IndexedDB so Dexie
// repositories run without a browser. Files are isolated, so each starts empty.
import 'fake-indexeddb/auto';
