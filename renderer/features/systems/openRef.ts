// How a mention chip anywhere in the incident (timeline, system page) opens what it
// points to: IncidentView provides the handler, EntryRow and the system page use it.
import { createContext, useContext } from 'react';
import type { OpenRef } from '../../editor';

export const OpenRefContext = createContext<OpenRef | undefined>(undefined);

/** The incident's "open this ref" handler, or undefined outside an incident view. */
export const useOpenRef = (): OpenRef | undefined => useContext(OpenRefContext);
