// The app's one database and write context. Only this folder imports it.
import { LanternDB } from './db';
import { createContext } from './context';
import { IncidentLogCache } from './stores/incidentLog';
import { attachJournal, JournalWriter } from './journal';
import { journalHost } from '../platform/journalHost';

export const appDb = new LanternDB();
/** main's log journal (a plain browser has none): every committed entry is written there too. */
export const journalWriter = new JournalWriter(journalHost());
attachJournal(appDb, journalWriter);
export const appContext = createContext(appDb);
export const incidentLogs = new IncidentLogCache(appDb);
