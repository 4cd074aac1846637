// The app's one database and write context. Only this folder imports it.
import { LanternDB } from './db';
import { createContext } from './context';
import { IncidentLogCache } from './stores/incidentLog';

export const appDb = new LanternDB();
export const appContext = createContext(appDb);
export const incidentLogs = new IncidentLogCache(appDb);
