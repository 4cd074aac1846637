// Shapes shared by the in-page bridge bundle and the test process.

/** A `securitypolicyviolation` event, as the page saw it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  documentURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}
