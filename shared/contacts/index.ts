// Contact import and export formats that run anywhere (vCard); CSV lives in renderer/features/contacts.
export { parseVCards, MAX_CARDS, type InvalidCard, type ParsedContact, type VCardParseResult } from './vcard';
export { serializeVCards } from './vcardExport';
export { readCategory } from './categories';
export { clip, schemaProblems, type ImportProblem } from './importProblems';
